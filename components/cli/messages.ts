/**
 * The CLI's own words, in every locale. They live here rather than in the
 * element catalogues so that the browser bundle does not carry them.
 */
import type { Locale } from '../core/locale/index.js';

const zhCN = {
  usage:
    '用法：disclosure-validate [--lang zh-CN|en] [--json] 文件...\n校验部门决算公开 JSON：有效时退出码为 0（可有警告），无效为 1，文件无法读取或不是 JSON 为 2。',
  valid: (file: string) => `${file}：有效`,
  validWithWarnings: (file: string, count: number) => `${file}：有效，${count} 条核对警告`,
  invalid: (file: string, count: number) => `${file}：无效，${count} 个错误`,
  unreadable: (file: string, detail: string) => `${file}：无法读取（${detail}）`,
  error: '错误',
  warning: '警告',
  rounding: '舍入差异',
  mismatch: '不一致',
};

type CliMessages = typeof zhCN;

const en: CliMessages = {
  usage:
    'Usage: disclosure-validate [--lang zh-CN|en] [--json] FILE...\nValidates disclosure JSON: exit 0 when valid (warnings allowed), 1 when invalid, 2 when a file cannot be read or is not JSON.',
  valid: (file) => `${file}: valid`,
  validWithWarnings: (file, count) => `${file}: valid, ${count} cross-check warning${count === 1 ? '' : 's'}`,
  invalid: (file, count) => `${file}: invalid, ${count} error${count === 1 ? '' : 's'}`,
  unreadable: (file, detail) => `${file}: cannot be read (${detail})`,
  error: 'error',
  warning: 'warning',
  rounding: 'rounding difference',
  mismatch: 'mismatch',
};

export const CLI_MESSAGES: Record<Locale, CliMessages> = { 'zh-CN': zhCN, en };
