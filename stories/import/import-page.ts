/**
 * The import page's behaviour: drop or choose a file (PDF, XLSX, CSV) or paste
 * text, see the import report and a live preview of the elements with the
 * imported data, download the JSON and copy the embed snippet. No lit: plain
 * DOM, every data string set as text (never as markup). zh-CN and en.
 */
import { importDisclosure, ImportError, placeOf, preparePdfReader, warningPlace, type ImportResult } from '../../components/import/index.js';

type Lang = 'zh-CN' | 'en';

const WORDS = {
  'zh-CN': {
    title: '导入部门决算/预算公开文件',
    intro: '选择或拖入公开文件（带文字层的 PDF、XLSX、CSV），或粘贴情况说明文本。导入在本机浏览器中完成，文件不会上传。',
    file: '选择文件',
    drop: '或将文件拖到这里',
    paste: '或粘贴文本（情况说明、从 Excel 复制的表格）',
    importText: '导入粘贴的文本',
    reading: (name: string) => `正在读取 ${name}…`,
    done: (figures: number, warnings: number) => `已导入 ${figures} 个数字，${warnings} 条核对警告。`,
    failed: '无法导入：',
    report: '导入报告',
    tablesFound: '找到的表格',
    tablesMissing: '未找到的表格',
    sectionsMissing: '留空的部分',
    notes: '说明',
    warnings: '核对警告',
    figures: '每个数字的来源',
    path: '位置（JSON 路径）',
    value: '数字',
    source: '来源',
    where: '出处：',
    openPlace: '（',
    closePlace: '）',
    jsonPath: 'JSON 路径：',
    none: '无',
    preview: '预览',
    download: '下载 JSON',
    embed: '嵌入代码',
    embedHint: '把下面这一段粘贴到文章正文（富文本编辑器的“源代码”视图）：数据就在其中，不需要另外上传文件。它显示整份公开文件（概况、九张表、情况说明、名词解释）。',
    embedCode: '粘贴到正文的代码',
    script: '网站模板中（每个页面一次，由网站管理员添加）',
    copy: '复制嵌入代码',
    copied: '已复制嵌入代码。',
    copyFailed: '无法复制：请手动选择代码。',
    language: 'English',
  },
  en: {
    title: 'Import a published final accounts / budget document',
    intro: 'Choose or drop the published file (a PDF with a text layer, XLSX, CSV), or paste the explanation text. The import runs in this browser; the file is not uploaded.',
    file: 'Choose a file',
    drop: 'or drop a file here',
    paste: 'or paste text (the explanations, a table copied from Excel)',
    importText: 'Import the pasted text',
    reading: (name: string) => `Reading ${name}…`,
    done: (figures: number, warnings: number) => `Imported ${figures} figures, ${warnings} cross-check warning${warnings === 1 ? '' : 's'}.`,
    failed: 'Could not import: ',
    report: 'Import report',
    tablesFound: 'Tables found',
    tablesMissing: 'Tables not found',
    sectionsMissing: 'Sections left absent',
    notes: 'Notes',
    warnings: 'Cross-check warnings',
    figures: 'Where each figure came from',
    path: 'Where (JSON path)',
    value: 'Figure',
    source: 'Source',
    where: 'where: ',
    openPlace: ' (',
    closePlace: ')',
    jsonPath: 'JSON path: ',
    none: 'none',
    preview: 'Preview',
    download: 'Download the JSON',
    embed: 'Embed snippet',
    embedHint: 'Paste the code below into the article body (the rich-text editor\'s source view): the data is in it, no file to upload. It shows the whole disclosure (profile, the nine tables, explanations, glossary).',
    embedCode: 'Code to paste into the article',
    script: 'In the site template (once per page, added by the site administrator)',
    copy: 'Copy the embed snippet',
    copied: 'The embed snippet is copied.',
    copyFailed: 'Could not copy: select the snippet by hand.',
    language: '中文',
  },
} as const;

export interface ImportPageOptions {
  lang?: Lang;
  /** URL of pdf.worker.min.mjs. */
  workerSrc?: string;
  /** URL of the elements' bundle, written into the embed snippet. */
  bundleUrl?: string;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Builds the page inside `root` and wires it; returns a function that imports a file or text (for tests). */
export function mountImportPage(root: HTMLElement, options: ImportPageOptions = {}): (input: File | string) => Promise<ImportResult | undefined> {
  const lang: Lang = options.lang ?? 'zh-CN';
  const w = WORDS[lang];
  root.replaceChildren();
  root.lang = lang;
  const heading = element('h1', {}, w.title);
  const intro = element('p', {}, w.intro);
  const form = element('div', { class: 'import-inputs' });
  const fileLabel = element('label', { for: 'import-file' }, w.file);
  const fileInput = element('input', { id: 'import-file', type: 'file', accept: '.pdf,.xlsx,.csv,.tsv,.txt,.html,application/pdf' });
  // The zone is a second label of the file input: a click on it opens the file chooser, and the input (the keyboard's
  // way in, one Tab stop) is named by both ("选择文件 或将文件拖到这里"). The whole page accepts a dropped file.
  const drop = element('label', { class: 'drop-zone', for: 'import-file' }, w.drop);
  const pasteLabel = element('label', { for: 'import-text' }, w.paste);
  const textArea = element('textarea', { id: 'import-text', rows: '6' });
  const importButton = element('button', { type: 'button' }, w.importText);
  form.append(fileLabel, fileInput, drop, pasteLabel, textArea, importButton);
  const status = element('p', { role: 'status', 'aria-live': 'polite', class: 'import-status' });
  const reportSection = element('section', { 'aria-labelledby': 'import-report-heading', hidden: '' });
  const previewSection = element('section', { 'aria-labelledby': 'import-preview-heading', hidden: '' });
  const outputSection = element('section', { 'aria-labelledby': 'import-embed-heading', hidden: '' });
  root.append(heading, intro, form, status, outputSection, reportSection, previewSection);

  // The latest file or text given: an earlier import that finishes after it is dropped, so what the page shows (and
  // what the editor downloads and pastes) is always the last file's.
  let latest = 0;
  const run = async (input: File | string): Promise<ImportResult | undefined> => {
    const generation = ++latest;
    const name = typeof input === 'string' ? (lang === 'en' ? 'the pasted text' : '粘贴的文本') : input.name;
    status.textContent = w.reading(name);
    reportSection.hidden = previewSection.hidden = outputSection.hidden = true;
    try {
      const result = await importDisclosure(input, typeof input === 'string' ? {} : { fileName: input.name, ...(options.workerSrc ? { workerSrc: options.workerSrc } : {}) });
      if (generation !== latest) return undefined;
      status.textContent = w.done(result.report.figures.length, result.warnings.length);
      showReport(result);
      showPreview(result);
      showOutput(result);
      // The result is below the inputs: focus goes to its first heading (the snippet to paste), so a keyboard or
      // screen-reader user lands on it.
      outputSection.querySelector<HTMLElement>('h2')?.focus();
      return result;
    } catch (error) {
      if (generation !== latest) return undefined;
      const message = error instanceof ImportError ? error.localised[lang] : String(error);
      status.textContent = `${w.failed}${message}`;
      return undefined;
    }
  };

  const list = (title: string, items: readonly (string | readonly (string | Node)[])[]) => {
    const block = element('div');
    block.append(element('h3', {}, title));
    if (items.length === 0) block.append(element('p', {}, w.none));
    else {
      const ul = element('ul');
      for (const item of items) {
        const li = element('li');
        if (typeof item === 'string') li.textContent = item;
        else li.append(...item);
        ul.append(li);
      }
      block.append(ul);
    }
    return block;
  };

  function showReport(result: ImportResult): void {
    const { report, warnings } = result;
    reportSection.replaceChildren(element('h2', { id: 'import-report-heading' }, w.report));
    reportSection.append(
      list(w.tablesFound, report.tablesFound),
      list(w.tablesMissing, report.tablesMissing),
      list(w.sectionsMissing, report.sectionsMissing),
      list(
        w.warnings,
        // An editor reads what is wrong and where it is in the document first; the JSON path is for whoever
        // checks the file, so it comes last, apart.
        warnings.map((warning) => {
          const place = warningPlace(warning);
          return [
            `${warning.message[lang]}${place ? `${w.openPlace}${w.where}${place[lang]}${w.closePlace}` : ''}`,
            ' ',
            element('small', { class: 'json-path' }, `${w.jsonPath}${warning.path}`),
          ];
        }),
      ),
      list(w.notes, report.notes.map((note) => note.message[lang])),
    );
    const table = element('table');
    table.append(element('caption', {}, w.figures));
    const head = element('tr');
    for (const text of [w.path, w.value, w.source]) head.append(element('th', { scope: 'col' }, text));
    table.append(element('thead'), element('tbody'));
    table.tHead!.append(head);
    for (const figure of report.figures) {
      const row = element('tr');
      row.append(element('th', { scope: 'row' }, figure.path), element('td', {}, String(figure.value)), element('td', {}, placeOf(figure)[lang]));
      table.tBodies[0]!.append(row);
    }
    const scroller = element('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': w.figures });
    scroller.append(table);
    reportSection.append(scroller);
    reportSection.hidden = false;
  }

  function showPreview(result: ImportResult): void {
    previewSection.replaceChildren(element('h2', { id: 'import-preview-heading' }, w.preview));
    for (const tag of ['account-summary', 'functional-breakdown', 'three-public-expenses']) {
      const preview = document.createElement(tag) as HTMLElement & { disclosure?: unknown };
      preview.lang = lang;
      preview.setAttribute('heading-level', '3');
      preview.disclosure = result.json;
      previewSection.append(preview);
    }
    previewSection.hidden = false;
  }

  let downloadUrl: string | undefined;
  function showOutput(result: ImportResult): void {
    outputSection.replaceChildren(element('h2', { id: 'import-embed-heading', tabindex: '-1' }, w.embed));
    const json = `${JSON.stringify(result.json, null, 2)}\n`;
    const link = element('a', { download: 'disclosure.json', class: 'download' }, w.download);
    // One download at a time: the previous import's file is let go.
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    downloadUrl = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    link.href = downloadUrl;
    const bundle = options.bundleUrl ?? 'https://cdn.example.org/disclosure-elements/dist/disclosure-elements.js';
    // The div form (README, "For CMS editors"): rich-text editors keep a div and its text where they strip custom tags
    // and <script>. The disclosure is the div's text, so there is no file to upload; the text is escaped, never markup.
    const escaped = JSON.stringify(result.json).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const snippet = `<div data-disclosure-element="disclosure-report" lang="${lang}">${escaped}</div>`;
    const hint = element('p', {}, w.embedHint);
    const snippetLabel = element('label', { for: 'import-embed' }, w.embedCode);
    const code = element('textarea', { id: 'import-embed', rows: '5', readonly: '' });
    code.value = snippet;
    const copy = element('button', { type: 'button' }, w.copy);
    // Its own status: copying does not replace what the import found.
    const copyStatus = element('span', { role: 'status', class: 'copy-status' });
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(snippet);
        copyStatus.textContent = w.copied;
      } catch {
        code.select();
        copyStatus.textContent = w.copyFailed;
      }
    });
    const scriptLabel = element('label', { for: 'import-script' }, w.script);
    const script = element('input', { id: 'import-script', type: 'text', readonly: '', size: '60' });
    script.value = `<script type="module" src="${bundle}"></script>`;
    outputSection.append(hint, snippetLabel, code, copy, copyStatus, scriptLabel, script, link);
    outputSection.hidden = false;
  }

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void run(file);
  });
  importButton.addEventListener('click', () => {
    if (textArea.value.trim()) void run(textArea.value);
  });
  // The whole page accepts a dropped file; the visible zone says so.
  root.addEventListener('dragover', (event) => event.preventDefault());
  root.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void run(file);
  });
  // pdf.js and its worker start while the editor finds the file: the first PDF waits for neither.
  if (options.workerSrc) {
    const prepare = () => void preparePdfReader({ workerSrc: options.workerSrc }).catch(() => undefined);
    if ('requestIdleCallback' in window) requestIdleCallback(prepare, { timeout: 2000 });
    else setTimeout(prepare, 0);
  }
  return run;
}
