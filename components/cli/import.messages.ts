/**
 * disclosure-import's own words, in every locale (the shared ones, usage
 * problems and read failures, are CLI_COMMON's in messages.ts).
 */
import type { Locale } from '../core/locale/index.js';
import { MAX_INPUT_BYTES } from '../import/limits.js';

const limit = MAX_INPUT_BYTES / 1024 / 1024;

const zhCN = {
  usage:
    '用法：disclosure-import 文件 [-o 输出.json] [--report 报告.json] [--lang zh-CN|en]\n' +
    '将部门决算/预算公开文件（带文字层的 PDF、XLSX、CSV、TSV 或情况说明文本）导入为公开数据 JSON。\n' +
    `退出码：0 已导入（可有核对警告），1 不是可导入的公开文件，2 文件无法读取或参数有误。文件上限 ${limit} MB。`,
  options:
    '选项：\n  -o, --out 文件    JSON 写入该文件（默认写到标准输出）\n  --report 文件     导入报告（每个数字的出处）写入该文件\n  --lang zh-CN|en  输出语言（默认取 LC_ALL / LANG，否则 zh-CN）\n  --help, -h       显示本帮助\n  --version        显示版本\n  --               其后的参数都是文件名\n  -                从标准输入读取',
  oneFile: '请给出一个文件。',
  stdin: '（标准输入）',
  cannotRead: (file: string, detail: string) => `${file}：无法读取（${detail}）`,
  cannotWrite: (file: string, detail: string) => `${file}：无法写入（${detail}）`,
  imported: (file: string, figures: number, warnings: number) => `${file}：已导入 ${figures} 个数字，${warnings} 条核对警告。`,
  failed: (file: string, message: string) => `${file}：${message}`,
  warning: '警告',
  where: '出处：',
  note: '说明',
};

type ImportCliMessages = typeof zhCN;

const en: ImportCliMessages = {
  usage:
    'Usage: disclosure-import FILE [-o OUT.json] [--report REPORT.json] [--lang zh-CN|en]\n' +
    'Imports a published final accounts / budget document (PDF with a text layer, XLSX, CSV, TSV or the narrative text) to a disclosure JSON.\n' +
    `Exit: 0 imported (cross-check warnings allowed), 1 not a disclosure it can import, 2 the file cannot be read or the arguments are wrong. Files up to ${limit} MB.`,
  options:
    'Options:\n  -o, --out FILE    write the JSON to FILE (default: standard output)\n  --report FILE     write the import report (where each figure came from) to FILE\n  --lang zh-CN|en   language of the messages (default from LC_ALL / LANG, else zh-CN)\n  --help, -h        show this help\n  --version         show the version\n  --                every argument after it is a file name\n  -                 read standard input',
  oneFile: 'Give one file.',
  stdin: '(standard input)',
  cannotRead: (file, detail) => `${file}: cannot be read (${detail})`,
  cannotWrite: (file, detail) => `${file}: cannot be written (${detail})`,
  imported: (file, figures, warnings) => `${file}: imported ${figures} figures, ${warnings} cross-check warning${warnings === 1 ? '' : 's'}.`,
  failed: (file, message) => `${file}: ${message}`,
  warning: 'warning',
  where: 'where: ',
  note: 'note',
};

export const IMPORT_CLI_MESSAGES: Record<Locale, ImportCliMessages> = { 'zh-CN': zhCN, en };
