/**
 * Data playground: paste or drop a disclosure JSON, see the elements render it
 * at once, read every problem with its JSON path (the same checks the
 * elements and `disclosure-validate` run), and copy the embed code.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DisclosureError, parseDisclosure } from '../components/core/disclosure/index.js';
import { normaliseLocale } from '../components/core/locale/index.js';
import { synthetic } from './data/disclosures.js';
import { embedCode } from './data/inline.js';
// The elements themselves (a bare import of ./data/render.js would be dropped: package.json marks only define.ts as side effects).
import '../components/account-summary/define.js';
import '../components/functional-breakdown/define.js';
import '../components/three-public-expenses/define.js';

const TAGS = ['account-summary', 'functional-breakdown', 'three-public-expenses'] as const;

const WORDS = {
  'zh-CN': {
    data: '公开数据（JSON）：粘贴或把 .json 文件拖到这里',
    file: '或选择文件',
    element: '展示的组件',
    valid: '数据有效：可以发布。',
    warnings: (count: number) => `数据有效，但有 ${count} 处核对提示（仍按公开数字显示）：`,
    invalid: (count: number) => `数据有 ${count} 处问题，组件会显示错误提示：`,
    code: '嵌入代码（复制到门户页面）',
    copy: '复制代码',
    copied: '已复制',
    preview: '预览',
  },
  en: {
    data: 'Disclosure JSON: paste it, or drop a .json file here',
    file: 'Or choose a file',
    element: 'Element to show',
    valid: 'The data is valid: ready to publish.',
    warnings: (count: number) => `The data is valid, with ${count} data-check note(s) (the published figures are shown as published):`,
    invalid: (count: number) => `The data has ${count} problem(s); the element shows an error alert:`,
    code: 'Embed code (paste into the portal page)',
    copy: 'Copy code',
    copied: 'Copied',
    preview: 'Preview',
  },
};

let counter = 0;

function playground(initial: string, tagName: string): HTMLElement {
  const locale = normaliseLocale(document.documentElement.lang) === 'en' ? 'en' : 'zh-CN';
  const words = WORDS[locale];
  const id = `playground-${++counter}`;
  const root = document.createElement('div');
  root.className = 'playground';
  root.style.cssText = 'display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); align-items: start;';

  const editor = document.createElement('div');
  editor.style.cssText = 'display: grid; gap: 0.5rem;';
  const label = document.createElement('label');
  label.htmlFor = `${id}-data`;
  label.textContent = words.data;
  const textarea = document.createElement('textarea');
  textarea.id = `${id}-data`;
  textarea.spellcheck = false;
  textarea.rows = 18;
  textarea.value = initial;
  textarea.style.cssText = 'width: 100%; box-sizing: border-box; font: 13px/1.4 ui-monospace, Menlo, Consolas, monospace; color: inherit; background: inherit;';

  const fileLabel = document.createElement('label');
  fileLabel.textContent = `${words.file} `;
  const file = document.createElement('input');
  file.type = 'file';
  file.accept = 'application/json,.json';
  fileLabel.append(file);

  const pick = document.createElement('label');
  pick.textContent = `${words.element} `;
  const select = document.createElement('select');
  for (const tag of TAGS) select.append(new Option(`<${tag}>`, tag, tag === tagName, tag === tagName));
  pick.append(select);

  const status = document.createElement('div');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');

  const codeHeading = document.createElement('p');
  codeHeading.id = `${id}-code-label`;
  codeHeading.textContent = words.code;
  const code = document.createElement('pre');
  code.tabIndex = 0;
  code.setAttribute('aria-labelledby', codeHeading.id);
  code.style.cssText = 'max-height: 14rem; overflow: auto; margin: 0; padding: 0.5rem; border: 1px solid #8c959f; font-size: 13px; white-space: pre-wrap;';
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = words.copy;
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      copy.textContent = words.copied;
    } catch {
      // No clipboard permission (an iframe without it): select the code instead, for Ctrl+C.
      getSelection()?.selectAllChildren(code);
    }
    setTimeout(() => (copy.textContent = words.copy), 1500);
  });
  editor.append(label, textarea, fileLabel, pick, status, codeHeading, code, copy);

  const previewBox = document.createElement('section');
  previewBox.setAttribute('aria-label', words.preview);

  const update = () => {
    const text = textarea.value;
    status.replaceChildren();
    const list = document.createElement('ul');
    let data: unknown = text;
    try {
      const parsed = parseDisclosure(text);
      data = parsed.disclosure;
      const summary = document.createElement('p');
      summary.textContent = parsed.warnings.length === 0 ? words.valid : words.warnings(parsed.warnings.length);
      status.append(summary);
      for (const warning of parsed.warnings) list.append(item(warning.path, warning.message[locale]));
    } catch (error) {
      const problems = error instanceof DisclosureError ? error.problems : [{ path: '', message: { 'zh-CN': String(error), en: String(error) } }];
      const summary = document.createElement('p');
      summary.textContent = words.invalid(problems.length);
      status.append(summary);
      for (const problem of problems) list.append(item(problem.path, problem.message[locale]));
    }
    if (list.childElementCount > 0) status.append(list);
    code.textContent = embedCode(select.value, text.trim());
    const element = document.createElement(select.value) as HTMLElement & { disclosure?: unknown };
    element.disclosure = data;
    previewBox.replaceChildren(element);
  };
  const item = (path: string, message: string) => {
    const li = document.createElement('li');
    const where = document.createElement('code');
    where.textContent = path || '(root)';
    li.append(where, ` ${message}`);
    return li;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  textarea.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  });
  select.addEventListener('change', update);
  const load = async (chosen: File | undefined) => {
    if (!chosen) return;
    textarea.value = await chosen.text();
    update();
  };
  file.addEventListener('change', () => load(file.files?.[0]));
  textarea.addEventListener('dragover', (event) => event.preventDefault());
  textarea.addEventListener('drop', (event) => {
    const dropped = event.dataTransfer?.files?.[0];
    if (!dropped) return;
    event.preventDefault();
    void load(dropped);
  });

  update();
  root.append(editor, previewBox);
  return root;
}

const meta = {
  title: 'Tools/Data playground',
  parameters: { layout: 'padded', controls: { disable: true } },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Start from the synthetic disclosure (示例市教育局 2023): edit a figure and watch the element and the checks. */
export const Playground: Story = {
  name: 'Paste or drop a disclosure JSON',
  render: () => playground(JSON.stringify(synthetic(), null, 2), 'account-summary'),
};

/** Start from the synthetic disclosure with <functional-breakdown>. */
export const PlaygroundBreakdown: Story = {
  name: 'Paste or drop a disclosure JSON: functional breakdown',
  tags: ['!autodocs'],
  render: () => playground(JSON.stringify(synthetic(), null, 2), 'functional-breakdown'),
};
