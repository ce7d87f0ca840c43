/** disclosure-render's own words, in every locale (the shared ones are CLI_COMMON in messages.ts). */
import type { Locale } from '../core/locale/index.js';

const zhCN = {
  usage:
    '用法：disclosure-render 文件 --element 标签 [--lang zh-CN|en] [--unit 元|万元|亿元] [--view both|table|chart] [--heading-level 1-9] [--hide-zero] [--fund …] [--expand all|auto] [--style-hashes] [-o 输出.html]\n' +
    '把一个元素连同披露数据预渲染为 HTML 片段（声明式 Shadow DOM，含用于激活的数据）：成功时退出码为 0，数据无效为 1，文件无法读取、不是 JSON 或选项有误为 2。',
  options:
    '选项：\n' +
    '  --element, -e 标签    要渲染的元素：disclosure-report（整份报告）或其中一节，如 account-summary、functional-breakdown、three-public-expenses（全部见 docs/elements.md）\n' +
    '  --lang zh-CN|en       元素的语言（默认 zh-CN）\n' +
    '  --unit 元|万元|亿元    金额单位（默认取各表公布时的单位）\n' +
    '  --view both|table|chart\n' +
    '  --heading-level 1-9   元素标题的级别（默认 2；7–9 为 role="heading"）\n' +
    '  --hide-zero           合并金额为 0 的行\n' +
    '  --fund 资金            functional-breakdown 的资金：general-public-budget、government-fund、state-capital\n' +
    '  --expand all|auto     分级表格展开到哪一级：all（默认，全部展开，每个数字都在 HTML 中）或 auto（元素自己的默认）\n' +
    '  --style-hashes        不输出片段，改为输出允许其内联样式的 CSP 来源（\'sha256-…\'，每行一个），供 style-src 使用\n' +
    '  --output, -o 文件      写入文件而不是标准输出\n' +
    '  --help, -h            显示本帮助\n' +
    '  --version             显示版本\n' +
    '  -                     从标准输入读取',
  oneFile: '请给出一个文件（标准输入用 -）。',
  elementRequired: '请用 --element 指定要渲染的元素。',
  stdin: '（标准输入）',
  unreadable: (file: string, detail: string) => `${file}：无法读取（${detail}）`,
  unwritable: (file: string, detail: string) => `${file}：无法写入（${detail}）`,
  notJson: (file: string) => `${file}：不是 JSON，未渲染`,
  invalid: (file: string, count: number) => `${file}：无效，${count} 个错误，未渲染`,
  cannotRender: (file: string, detail: string) => `${file}：未渲染：${detail}`,
};

type RenderMessages = typeof zhCN;

const en: RenderMessages = {
  usage:
    'Usage: disclosure-render FILE --element TAG [--lang zh-CN|en] [--unit 元|万元|亿元] [--view both|table|chart] [--heading-level 1-9] [--hide-zero] [--fund …] [--expand all|auto] [--style-hashes] [-o OUT.html]\n' +
    'Pre-renders one element with a disclosure to an HTML fragment (declarative shadow DOM, with the data for hydration): exit 0 when rendered, 1 when the data is not valid, 2 when the file cannot be read or is not JSON, or the options are wrong.',
  options:
    'Options:\n' +
    '  --element, -e TAG     the element: disclosure-report (the whole report) or one of its sections, e.g. account-summary, functional-breakdown, three-public-expenses (all in docs/elements.md)\n' +
    '  --lang zh-CN|en       the element\'s language (default zh-CN)\n' +
    '  --unit 元|万元|亿元    the unit of amounts (default the unit each table is published in)\n' +
    '  --view both|table|chart\n' +
    '  --heading-level 1-9   level of the element\'s heading (default 2; 7–9 as role="heading")\n' +
    '  --hide-zero           fold lines whose amount is 0\n' +
    '  --fund FUND           functional-breakdown\'s fund: general-public-budget, government-fund, state-capital\n' +
    '  --expand all|auto     rows of a hierarchical table open: all (default: every figure in the HTML) or auto (the element\'s own default)\n' +
    '  --style-hashes        instead of the fragment, the CSP sources (\'sha256-…\', one per line) that allow its inline styles, for style-src\n' +
    '  --output, -o FILE     write to FILE instead of standard output\n' +
    '  --help, -h            show this help\n' +
    '  --version             show the version\n' +
    '  -                     read standard input',
  oneFile: 'Give one file (- for standard input).',
  elementRequired: 'Name the element to render with --element.',
  stdin: '(standard input)',
  unreadable: (file, detail) => `${file}: cannot be read (${detail})`,
  unwritable: (file, detail) => `${file}: cannot be written (${detail})`,
  notJson: (file) => `${file}: not JSON; nothing rendered`,
  invalid: (file, count) => `${file}: invalid, ${count} error${count === 1 ? '' : 's'}; nothing rendered`,
  cannotRender: (file, detail) => `${file}: not rendered: ${detail}`,
};

export const RENDER_MESSAGES: Record<Locale, RenderMessages> = { 'zh-CN': zhCN, en };
