/**
 * The importer's own words in every locale. They live here, not in the
 * elements' catalogues, so that the elements' bundle does not carry them.
 */
import type { Locale, LocalisedText } from '../core/locale/index.js';
import { MAX_INPUT_BYTES, MAX_PDF_PAGES, MAX_WORKBOOK_CELLS, MAX_UNZIPPED_BYTES } from './limits.js';
import type { FigureSource } from './types.js';
import type { ImportWarning } from './warnings.js';

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)}`;

export const IMPORT_MESSAGES = {
  empty: (): LocalisedText => ({ 'zh-CN': '文件是空的：请选择发布的 PDF、XLSX 或 CSV 文件。', en: 'The file is empty: choose the published PDF, XLSX or CSV file.' }),
  tooLarge: (bytes: number): LocalisedText => ({
    'zh-CN': `文件过大（${megabytes(bytes)} MB），导入上限为 ${megabytes(MAX_INPUT_BYTES)} MB。`,
    en: `The file is too large (${megabytes(bytes)} MB); the importer reads files up to ${megabytes(MAX_INPUT_BYTES)} MB.`,
  }),
  tooManyPages: (pages: number): LocalisedText => ({
    'zh-CN': `PDF 共 ${pages} 页，导入上限为 ${MAX_PDF_PAGES} 页：一份部门决算或预算远少于此。`,
    en: `The PDF has ${pages} pages; the importer reads up to ${MAX_PDF_PAGES}: a department's accounts or budget has far fewer.`,
  }),
  tooLargeUnzipped: (bytes: number): LocalisedText => ({
    'zh-CN': `电子表格解压后过大（至少 ${megabytes(bytes)} MB），导入上限为 ${megabytes(MAX_UNZIPPED_BYTES)} MB。`,
    en: `The workbook is too large unzipped (at least ${megabytes(bytes)} MB); the importer reads up to ${megabytes(MAX_UNZIPPED_BYTES)} MB.`,
  }),
  tooManyCells: (): LocalisedText => ({
    'zh-CN': `电子表格的单元格（含合并单元格覆盖的范围）超过导入上限 ${MAX_WORKBOOK_CELLS.toLocaleString('en-US')} 个：标准表格远少于此。`,
    en: `The workbook fills more than ${MAX_WORKBOOK_CELLS.toLocaleString('en-US')} cells (merged ranges counted over every cell they cover), the importer's limit: the standard tables have far fewer.`,
  }),
  unsupported: (): LocalisedText => ({
    'zh-CN': '无法识别的文件类型：请使用 PDF、XLSX、CSV 或文本。',
    en: 'Unrecognised file type: use a PDF, an XLSX workbook, CSV or text.',
  }),
  pdfReaderMissing: (): LocalisedText => ({
    'zh-CN': '读取 PDF 需要 pdfjs-dist，但未安装：请运行 npm install pdfjs-dist@~5.6.205（它是可选的对等依赖，只有导入 PDF 时才需要）。',
    en: 'Reading a PDF needs pdfjs-dist, which is not installed: run npm install pdfjs-dist@~5.6.205 (an optional peer dependency, needed only to import PDFs).',
  }),
  encrypted: (): LocalisedText => ({
    'zh-CN': 'PDF 已加密（需要密码），无法读取：请使用未加密的文件。',
    en: 'The PDF is encrypted (password protected) and cannot be read: use an unencrypted copy.',
  }),
  // The reader's own words (pdf.js's, the unzip's: English, technical) go in the error's details, not in the sentence.
  corruptPdf: (): LocalisedText => ({
    'zh-CN': 'PDF 已损坏或不完整，无法读取：请重新下载发布的原文件后再试。',
    en: 'The PDF is damaged or incomplete and cannot be read: download the published file again and retry.',
  }),
  corruptSheet: (): LocalisedText => ({
    'zh-CN': '电子表格已损坏或不是 XLSX，无法读取：请在表格软件中另存为 XLSX 后再试。',
    en: 'The workbook is damaged or not an XLSX file and cannot be read: save it as XLSX in your spreadsheet program and retry.',
  }),
  readFailed: (): LocalisedText => ({
    'zh-CN': '读取失败：无法从这个文件中读出公开文件的内容。请确认选择的是部门决算或预算公开文件的原件，然后重试。',
    en: 'Reading failed: the contents of the published document could not be read from this file. Check that it is the original published accounts or budget document, and retry.',
  }),
  noTextLayer: (pages: number): LocalisedText => ({
    'zh-CN': `PDF 共 ${pages} 页，但没有文字层：可能是扫描件？请改用电子表格，或先进行文字识别（OCR）。`,
    en: `The PDF has ${pages} page${pages === 1 ? '' : 's'} but no text layer: scanned? Use the spreadsheet or OCR it first.`,
  }),
  notADisclosure: (): LocalisedText => ({
    'zh-CN': '没有找到部门决算或部门预算的标准表格或情况说明：这不像是一份部门决算/预算公开文件。请选择部门发布的决算或预算公开文件（PDF），或其表格（XLSX、CSV）。',
    en: 'No standard table or explanation of a department’s final accounts or budget was found: this does not look like a disclosure. Choose the final accounts or budget the department published (a PDF), or its tables (XLSX, CSV).',
  }),
  noFigures: (tables: number): LocalisedText => ({
    'zh-CN': `找到 ${tables} 张标准表格，但没有任何数字：这是空白模板吗？`,
    en: `Found ${tables} standard table${tables === 1 ? '' : 's'} but not one figure: is this a blank template?`,
  }),
  invalid: (count: number): LocalisedText => ({
    'zh-CN': `读取的内容不能构成有效的公开数据（${count} 个问题）。`,
    en: `What was read does not make a valid disclosure (${count} problem${count === 1 ? '' : 's'}).`,
  }),
  noYear: (): LocalisedText => ({ 'zh-CN': '没有找到年度。', en: 'The fiscal year was not found.' }),
  noDepartment: (): LocalisedText => ({ 'zh-CN': '没有找到部门名称。', en: 'The department’s name was not found.' }),
  tableMissing: (title: string): LocalisedText => ({ 'zh-CN': `未找到“${title}”。`, en: `“${title}” was not found.` }),
  tableEmpty: (title: string, note: string): LocalisedText => ({
    'zh-CN': `“${title}”存在但没有数字${note ? `（${note}）` : ''}。`,
    en: `“${title}” is present but holds no figure${note ? ` (${note})` : ''}.`,
  }),
  sectionMissing: (section: string): LocalisedText => ({
    'zh-CN': `没有可用于“${section}”的数据，该部分留空。`,
    en: `Nothing in the document fills “${section}”; the section stays absent.`,
  }),
  notUnderstood: (text: string): LocalisedText => ({ 'zh-CN': `读取但未理解：${text}`, en: `Read but not understood: ${text}` }),
  notMapped: (title: string): LocalisedText => ({
    'zh-CN': `“${title}”已读取，但数据格式（第 1 版）中尚无对应部分。`,
    en: `“${title}” was read, but version 1 of the contract has no section for it yet.`,
  }),
  figuresNotMapped: (title: string, count: number, shown: readonly string[], more: boolean): LocalisedText => ({
    'zh-CN': `“${title}”中有 ${count} 个数字已读取，但数据格式中没有对应的位置，未导入：${shown.join('；')}${more ? ' 等' : ''}。`,
    en: `${count} figure${count === 1 ? '' : 's'} of “${title}” ${count === 1 ? 'was' : 'were'} read but ${count === 1 ? 'has' : 'have'} no place in the contract and ${count === 1 ? 'was' : 'were'} not imported: ${shown.join('; ')}${more ? '; …' : ''}.`,
  }),
  unitMismatch: (title: string, unit: string, documentUnit: string): LocalisedText => ({
    'zh-CN': `“${title}”的单位是${unit}，与文件的${documentUnit}不同：该表的数字未采用。`,
    en: `“${title}” is in ${unit}, not in the document’s ${documentUnit}: its figures were not used.`,
  }),
  tableUnit: (title: string, unit: string, documentUnit: string): LocalisedText => ({
    'zh-CN': `“${title}”的单位是${unit}，与文件的${documentUnit}不同：该表的数字按原样（${unit}）采用，并注明单位。`,
    en: `“${title}” is in ${unit}, not in the document’s ${documentUnit}: its figures are kept as printed, in ${unit}, with the unit stated.`,
  }),
  budgetItemUnmatched: (subject: string): LocalisedText => ({
    'zh-CN': `预算编制说明中“${subject}”的说明在一般公共预算支出功能分类预算表中没有对应的项：该段按原文保留在预算编制说明中。`,
    en: `The budget explanation’s paragraph on “${subject}” names no item of the general public budget expenditure table: it is kept, as published, in the budget explanation.`,
  }),
  budgetItemByAmount: (subject: string, item: string): LocalisedText => ({
    'zh-CN': `预算编制说明中“${subject}”与功能分类预算表的项名称不同：按所述金额对应到该类中唯一金额相同的项“${item}”，请核对。`,
    en: `The budget explanation’s “${subject}” names its item differently from the expenditure table: joined by the amount it states to “${item}”, the one item of that class with that amount; please check.`,
  }),
  figuresUnderEmptyNote: (title: string, note: string): LocalisedText => ({
    'zh-CN': `“${title}”印有数字，但表下说明称“${note}”：两者矛盾。数字按表中所印导入，说明作为该表的备注保留，请核对。`,
    en: `“${title}” prints figures, but the note under it says “${note}”: the two disagree. The figures are imported as printed and the note is kept as the table’s remark; please check.`,
  }),
  narrativeItemByAmount: (subject: string, item: string): LocalisedText => ({
    'zh-CN': `情况说明中“${subject}”与支出决算表的项名称不同：按所述金额对应到该类中唯一金额相同的项“${item}”，请核对。`,
    en: `The explanation’s “${subject}” names its item differently from the expenditure table: joined by the amount it states to “${item}”, the one item of that class with that amount; please check.`,
  }),
  dutiesRepeated: (from: number, to: number): LocalisedText => ({
    'zh-CN': `主要职能第 ${from}–${to} 项在文件中印了两次：采用后一次印出的文字，请核对。`,
    en: `Duties ${from}–${to} are printed twice in the document: the later printing is used; please check.`,
  }),
  budgetPartKept: (title: string): LocalisedText => ({
    'zh-CN': `“${title}”没有可对应的数据部分：该段按原文保留在 explanations 中。`,
    en: `“${title}” has no section of the contract to go in: it is kept, as published, in explanations.`,
  }),
} as const;

/** Where a figure was read, in words: page, table, row and column; the spreadsheet's cell; or the sentence. */
export function placeOf(source: FigureSource): LocalisedText {
  const { at } = source;
  const cells = [source.table && `“${source.table}”`, source.row, source.column].filter(Boolean).join(' · ');
  if (at.kind === 'pdf') return { 'zh-CN': `第 ${at.page} 页${cells ? ` ${cells}` : ''}`, en: `page ${at.page}${cells ? ` ${cells}` : ''}` };
  if (at.kind === 'sheet') {
    const cell = [at.sheet, at.cell].filter(Boolean).join('!');
    return { 'zh-CN': `${cell}${cells ? ` ${cells}` : ''}`, en: `${cell}${cells ? ` ${cells}` : ''}` };
  }
  return sentencePlace(at.sentence);
}

/** A sentence of the narrative as a place; at most `length` characters of it. */
const sentencePlace = (sentence: string, length = Infinity): LocalisedText => {
  const shown = sentence.length > length ? `${sentence.slice(0, length)}…` : sentence;
  return { 'zh-CN': `情况说明：“${shown}”`, en: `the explanation: “${shown}”` };
};

/** Where a warning points in the document, in words; undefined when it names a figure worked out, not read. */
export function warningPlace(warning: ImportWarning): LocalisedText | undefined {
  const parts: LocalisedText[] = [];
  if (warning.source) parts.push(warning.source.at.kind === 'text' ? sentencePlace(warning.source.at.sentence, 80) : placeOf(warning.source));
  else if (warning.stated) parts.push(sentencePlace(warning.stated, 80));
  if (warning.compared) {
    const compared = placeOf(warning.compared);
    const value = String(warning.compared.value);
    parts.push({ 'zh-CN': `对照 ${compared['zh-CN']}：${value}`, en: `against ${compared.en}: ${value}` });
  }
  if (parts.length === 0) return undefined;
  return { 'zh-CN': parts.map((part) => part['zh-CN']).join('；'), en: parts.map((part) => part.en).join('; ') };
}

export function pick(text: LocalisedText, locale: Locale): string {
  return text[locale];
}
