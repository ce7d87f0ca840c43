/**
 * disclosure-validate [--lang zh-CN|en] [--json] FILE... — checks disclosure
 * JSON files for portal data pipelines. Prints every error and cross-check
 * warning with its JSON path, in the language of `--lang` or else
 * `LC_ALL`/`LANG`; `--json` prints the results as JSON. `-` reads standard
 * input. Exit status: 0 valid (warnings allowed), 1 invalid, 2 a file cannot
 * be read or is not JSON, or the options are wrong.
 *
 * A thin shell: options, usage and help (program.ts, args.ts), reading (io.ts) and printing (output.ts)
 * are shared with the other CLIs; validation is parseDisclosure's.
 */
import { parseDisclosure, DisclosureError, type DisclosureProblem, type DisclosureWarning } from '../core/disclosure/index.js';
import { catalogueFor, type Locale, type LocalisedText } from '../core/locale/index.js';
import { readInput, stringifyForTerminal, STDIN, type ReadFailure } from './io.js';
import { CLI_COMMON, CLI_MESSAGES } from './messages.js';
import { printLines, printText } from './output.js';
import { runAsProgram, startProgram, type Program } from './program.js';

export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_UNREADABLE = 2;

const PROGRAM: Program = {
  name: 'disclosure-validate',
  options: [{ name: 'json' }],
  help: CLI_MESSAGES,
};

interface FileResult {
  file: string;
  status: 'valid' | 'invalid' | 'unreadable';
  errors: DisclosureProblem[];
  warnings: DisclosureWarning[];
  /** Why the file could not be read (unreadable only): a code (`not-found`, `not-utf8` …) and the sentence in every locale. */
  reason?: ReadFailure['kind'];
  readError?: LocalisedText;
}

export async function validateFile(file: string): Promise<FileResult> {
  const read = await readInput(file);
  if (!read.ok) {
    const failure = read.failure;
    return {
      file,
      status: 'unreadable',
      errors: [],
      warnings: [],
      reason: failure.kind,
      readError: { 'zh-CN': CLI_COMMON['zh-CN'].readFailure(failure), en: CLI_COMMON.en.readFailure(failure) },
    };
  }
  try {
    const { warnings } = parseDisclosure(read.text);
    return { file, status: 'valid', errors: [], warnings };
  } catch (error) {
    if (!(error instanceof DisclosureError)) throw error;
    const notJson = error.problems.length === 1 && error.problems[0]!.code === 'not-json';
    return { file, status: notJson ? 'unreadable' : 'invalid', errors: [...error.problems], warnings: [] };
  }
}

function report(result: FileResult, locale: Locale): string[] {
  const c = catalogueFor(locale);
  const m = CLI_MESSAGES[locale];
  const where = (path: string) => path || c.root;
  const file = result.file === STDIN ? m.stdin : result.file;
  if (result.status === 'unreadable') {
    return [m.unreadable(file, result.readError?.[locale] ?? result.errors.map((problem) => problem.message[locale]).join('; '))];
  }
  const lines = [
    result.status === 'invalid'
      ? m.invalid(file, result.errors.length)
      : result.warnings.length > 0
        ? m.validWithWarnings(file, result.warnings.length)
        : m.valid(file),
  ];
  for (const problem of result.errors) lines.push(`  ${m.error} ${where(problem.path)}${c.colon}${problem.message[locale]}`);
  for (const warning of result.warnings) {
    const kind = warning.withinRounding === undefined ? '' : ` (${warning.withinRounding ? m.rounding : m.mismatch})`;
    lines.push(`  ${m.warning} ${where(warning.path)}${kind}${c.colon}${warning.message[locale]}`);
  }
  return lines;
}


/** Runs the CLI; resolves to the exit status. Everything printed that came from data or a file name is escaped. */
export async function main(args: readonly string[], environment: NodeJS.ProcessEnv = process.env): Promise<number> {
  const call = startProgram(PROGRAM, args, environment);
  if ('exit' in call) return call.exit;
  const { options, operands: files, locale } = call;
  if (files.length === 0) {
    // No file: the usage, on standard output as ever.
    printText(CLI_MESSAGES[locale].usage);
    return EXIT_UNREADABLE;
  }
  const results: FileResult[] = [];
  for (const file of files) results.push(await validateFile(file));
  if (options.has('json')) process.stdout.write(`${stringifyForTerminal(results)}\n`);
  else printLines(results.flatMap((result) => report(result, locale)));
  const statuses = results.map((result) => result.status);
  return statuses.includes('unreadable') ? EXIT_UNREADABLE : statuses.includes('invalid') ? EXIT_INVALID : EXIT_VALID;
}

runAsProgram(import.meta.url, main);
