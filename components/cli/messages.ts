/**
 * The CLI's own words, in every locale. They live here rather than in the
 * element catalogues so that the browser bundle does not carry them. `usage`
 * and the read failures are shared by every CLI (`CLI_COMMON`); each CLI adds
 * its own words.
 */
import type { Locale } from '../core/locale/index.js';
import type { UsageProblem } from './args.js';
import type { ReadFailure } from './io.js';

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10}`;

const commonZhCN = {
  usageProblem: (program: string, problem: UsageProblem) =>
    `${program}：` +
    {
      'unknown-option': () => `未知选项 ${problem.option}`,
      'missing-value': () => `选项 ${problem.option} 需要一个值`,
      'bad-value': () =>
        problem.kind === 'bad-value' ? `选项 ${problem.option} 的值 ${problem.value} 无效，可选：${problem.allowed.join('、')}` : '',
      'unexpected-value': () => `选项 ${problem.option} 不带值`,
    }[problem.kind](),
  readFailure: (failure: ReadFailure) => {
    switch (failure.kind) {
      case 'not-found':
        return '文件不存在';
      case 'permission-denied':
        return '没有读取权限';
      case 'is-directory':
        return '这是一个目录，不是文件';
      case 'not-regular-file':
        return '不是普通文件（设备、管道或套接字不读取；标准输入请用 -）';
      case 'too-large':
        return `文件超过 ${megabytes(failure.limit)} MB 的上限`;
      case 'timeout':
        return `${failure.seconds} 秒内未读完`;
      case 'not-utf8':
        return failure.encoding === 'GB18030'
          ? '不是 UTF-8 编码；看起来是 GB18030/GBK 编码，请先转换为 UTF-8（例如 iconv -f GB18030 -t UTF-8）'
          : failure.encoding === 'UTF-16'
            ? '不是 UTF-8 编码；看起来是 UTF-16 编码，请另存为 UTF-8'
            : '不是有效的 UTF-8 编码';
      case 'other':
        return `读取出错（${failure.code}）`;
    }
  },
};

type CommonMessages = typeof commonZhCN;

const commonEn: CommonMessages = {
  usageProblem: (program, problem) =>
    `${program}: ` +
    {
      'unknown-option': () => `unknown option ${problem.option}`,
      'missing-value': () => `option ${problem.option} needs a value`,
      'bad-value': () =>
        problem.kind === 'bad-value' ? `${problem.value} is not a valid value for ${problem.option}; use one of: ${problem.allowed.join(', ')}` : '',
      'unexpected-value': () => `option ${problem.option} takes no value`,
    }[problem.kind](),
  readFailure: (failure) => {
    switch (failure.kind) {
      case 'not-found':
        return 'no such file';
      case 'permission-denied':
        return 'permission denied';
      case 'is-directory':
        return 'a directory, not a file';
      case 'not-regular-file':
        return 'not a regular file (devices, pipes and sockets are not read; use - for standard input)';
      case 'too-large':
        return `larger than the limit of ${megabytes(failure.limit)} MB`;
      case 'timeout':
        return `not read to its end within ${failure.seconds} seconds`;
      case 'not-utf8':
        return failure.encoding === 'GB18030'
          ? 'not UTF-8; it looks like GB18030/GBK: convert it to UTF-8 first (e.g. iconv -f GB18030 -t UTF-8)'
          : failure.encoding === 'UTF-16'
            ? 'not UTF-8; it looks like UTF-16: save it as UTF-8'
            : 'not valid UTF-8';
      case 'other':
        return `read error (${failure.code})`;
    }
  },
};

/** Words every CLI shares: usage problems and read failures. */
export const CLI_COMMON: Record<Locale, CommonMessages> = { 'zh-CN': commonZhCN, en: commonEn };

const zhCN = {
  usage:
    '用法：disclosure-validate [--lang zh-CN|en] [--json] 文件...\n校验部门决算公开 JSON：有效时退出码为 0（可有警告），无效为 1，文件无法读取或不是 JSON 为 2。',
  options:
    '选项：\n  --lang zh-CN|en  输出语言（默认取 LC_ALL / LANG，否则 zh-CN）\n  --json           以 JSON 输出结果\n  --help, -h       显示本帮助\n  --version        显示版本\n  --               其后的参数都是文件名\n  -                从标准输入读取',
  valid: (file: string) => `${file}：有效`,
  validWithWarnings: (file: string, count: number) => `${file}：有效，${count} 条核对警告`,
  invalid: (file: string, count: number) => `${file}：无效，${count} 个错误`,
  unreadable: (file: string, detail: string) => `${file}：无法读取（${detail}）`,
  stdin: '（标准输入）',
  error: '错误',
  warning: '警告',
  rounding: '舍入差异',
  mismatch: '不一致',
};

type CliMessages = typeof zhCN;

const en: CliMessages = {
  usage:
    'Usage: disclosure-validate [--lang zh-CN|en] [--json] FILE...\nValidates disclosure JSON: exit 0 when valid (warnings allowed), 1 when invalid, 2 when a file cannot be read or is not JSON.',
  options:
    'Options:\n  --lang zh-CN|en  language of the output (default from LC_ALL / LANG, else zh-CN)\n  --json           print the results as JSON\n  --help, -h       show this help\n  --version        show the version\n  --               every argument after it is a file name\n  -                read standard input',
  valid: (file) => `${file}: valid`,
  validWithWarnings: (file, count) => `${file}: valid, ${count} cross-check warning${count === 1 ? '' : 's'}`,
  invalid: (file, count) => `${file}: invalid, ${count} error${count === 1 ? '' : 's'}`,
  unreadable: (file, detail) => `${file}: cannot be read (${detail})`,
  stdin: '(standard input)',
  error: 'error',
  warning: 'warning',
  rounding: 'rounding difference',
  mismatch: 'mismatch',
};

export const CLI_MESSAGES: Record<Locale, CliMessages> = { 'zh-CN': zhCN, en };
