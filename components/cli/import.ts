/**
 * disclosure-import FILE [-o out.json] [--report report.json] [--lang en] —
 * imports a published PDF, XLSX/CSV/TSV or narrative text to a disclosure
 * JSON. Without -o the JSON goes to standard output. Exit status: 0 imported
 * (cross-check warnings allowed), 1 read but not a disclosure it can import
 * (says why), 2 the file cannot be read (missing, empty, too large, damaged,
 * encrypted) or the arguments are wrong.
 *
 * Self-contained for now; to be moved onto the shared CLI plumbing
 * (argument parsing, output escaping) once that is merged.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { importDisclosure, ImportError, MAX_INPUT_BYTES, UNREADABLE_CODES, IMPORT_MESSAGES } from '../import/index.js';
import { normaliseLocale, type Locale } from '../core/locale/index.js';

export const EXIT_IMPORTED = 0;
export const EXIT_NOT_A_DISCLOSURE = 1;
export const EXIT_UNREADABLE = 2;

const MESSAGES = {
  'zh-CN': {
    usage:
      '用法：disclosure-import 文件 [-o 输出.json] [--report 报告.json] [--lang zh-CN|en]\n' +
      '将部门决算/预算公开文件（带文字层的 PDF、XLSX、CSV、TSV 或情况说明文本）导入为公开数据 JSON。\n' +
      `退出码：0 已导入（可有核对警告），1 不是可导入的公开文件，2 文件无法读取或参数有误。文件上限 ${MAX_INPUT_BYTES / 1024 / 1024} MB。`,
    unknownFlag: (flag: string) => `未知参数：${flag}（见 --help）`,
    missingValue: (flag: string) => `参数 ${flag} 缺少值`,
    oneFile: '请给出一个文件。',
    cannotRead: (file: string, detail: string) => `${file}：无法读取（${detail}）`,
    imported: (file: string, figures: number, warnings: number) => `${file}：已导入 ${figures} 个数字，${warnings} 条核对警告。`,
    failed: (file: string, message: string) => `${file}：${message}`,
    warning: '警告',
    note: '说明',
  },
  en: {
    usage:
      'Usage: disclosure-import FILE [-o OUT.json] [--report REPORT.json] [--lang zh-CN|en]\n' +
      'Imports a published final accounts / budget document (PDF with a text layer, XLSX, CSV, TSV or the narrative text) to a disclosure JSON.\n' +
      `Exit: 0 imported (cross-check warnings allowed), 1 not a disclosure it can import, 2 the file cannot be read or the arguments are wrong. Files up to ${MAX_INPUT_BYTES / 1024 / 1024} MB.`,
    unknownFlag: (flag: string) => `Unknown option: ${flag} (see --help)`,
    missingValue: (flag: string) => `Option ${flag} needs a value`,
    oneFile: 'Give one file.',
    cannotRead: (file: string, detail: string) => `${file}: cannot be read (${detail})`,
    imported: (file: string, figures: number, warnings: number) => `${file}: imported ${figures} figures, ${warnings} cross-check warning${warnings === 1 ? '' : 's'}.`,
    failed: (file: string, message: string) => `${file}: ${message}`,
    warning: 'warning',
    note: 'note',
  },
} as const;

/** Control characters of file contents never reach the terminal as such. */
const safe = (text: string) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

interface Options {
  file?: string;
  out?: string;
  report?: string;
  locale: Locale;
  help: boolean;
  error?: string;
}

function parseArguments(args: readonly string[], environment: NodeJS.ProcessEnv): Options {
  const options: Options = { locale: normaliseLocale(environment.LC_ALL || environment.LANG), help: false };
  const files: string[] = [];
  const errors: (() => string)[] = [];
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    const value = (flag: string) => {
      const next = args[++index];
      if (next === undefined) errors.push(() => MESSAGES[options.locale].missingValue(flag));
      return next;
    };
    if (argument === '--help' || argument === '-h') options.help = true;
    else if (argument === '-o' || argument === '--out') options.out = value(argument);
    else if (argument.startsWith('--out=')) options.out = argument.slice(6);
    else if (argument === '--report') options.report = value(argument);
    else if (argument.startsWith('--report=')) options.report = argument.slice(9);
    else if (argument === '--lang') options.locale = normaliseLocale(value(argument));
    else if (argument.startsWith('--lang=')) options.locale = normaliseLocale(argument.slice(7));
    else if (argument.startsWith('-') && argument !== '-') errors.push(() => MESSAGES[options.locale].unknownFlag(argument));
    else files.push(argument);
  }
  if (files.length > 1) errors.push(() => MESSAGES[options.locale].oneFile);
  if (files[0] !== undefined) options.file = files[0];
  if (errors.length > 0) options.error = errors.map((message) => message()).join('\n');
  return options;
}

export async function main(args: readonly string[], environment: NodeJS.ProcessEnv = process.env): Promise<number> {
  const options = parseArguments(args, environment);
  const m = MESSAGES[options.locale];
  if (options.help) {
    console.log(m.usage);
    return EXIT_IMPORTED;
  }
  if (options.error || options.file === undefined) {
    console.error(options.error ?? m.oneFile);
    console.error(m.usage);
    return EXIT_UNREADABLE;
  }
  const file = options.file;
  let bytes: Uint8Array;
  try {
    const size = statSync(file).size;
    if (size > MAX_INPUT_BYTES) {
      console.error(m.failed(safe(file), IMPORT_MESSAGES.tooLarge(size)[options.locale]));
      return EXIT_UNREADABLE;
    }
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    console.error(m.cannotRead(safe(file), (error as NodeJS.ErrnoException).code ?? String(error)));
    return EXIT_UNREADABLE;
  }
  try {
    const result = await importDisclosure(bytes, { fileName: file });
    const json = `${JSON.stringify(result.json, null, 2)}\n`;
    if (options.out) writeFileSync(options.out, json);
    else process.stdout.write(json);
    if (options.report) writeFileSync(options.report, `${JSON.stringify({ ...result.report, warnings: result.warnings }, null, 2)}\n`);
    console.error(m.imported(safe(file), result.report.figures.length, result.warnings.length));
    for (const warning of result.warnings) console.error(`  ${m.warning} ${warning.path}: ${safe(warning.message[options.locale])}`);
    for (const note of result.report.notes) console.error(`  ${m.note}: ${safe(note.message[options.locale])}`);
    return EXIT_IMPORTED;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    console.error(m.failed(safe(file), safe(error.localised[options.locale])));
    for (const detail of error.details.slice(0, 20)) console.error(`  ${safe(detail)}`);
    return UNREADABLE_CODES.includes(error.code) ? EXIT_UNREADABLE : EXIT_NOT_A_DISCLOSURE;
  }
}

// Run when executed (the built dist/cli/disclosure-import.js), not when a test imports main().
const invokedDirectly = typeof process !== 'undefined' && /disclosure-import(?:\.js)?$|cli\/import\.ts$/.test(process.argv[1] ?? '');
if (invokedDirectly) process.exitCode = await main(process.argv.slice(2));
