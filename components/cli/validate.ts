/**
 * disclosure-validate FILE... — checks disclosure JSON files for portal data
 * pipelines. Prints every error and cross-check warning with its JSON path,
 * in the language of `--lang` or else `LANG`; `--json` prints the results as
 * JSON. Exit status: 0 valid (warnings allowed), 1 invalid, 2 a file cannot
 * be read or is not JSON.
 */
import { readFileSync } from 'node:fs';
import { parseDisclosure, DisclosureError, type DisclosureProblem, type DisclosureWarning } from '../core/disclosure/index.js';
import { catalogueFor, normaliseLocale, type Locale } from '../core/locale/index.js';
import { CLI_MESSAGES } from './messages.js';

export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_UNREADABLE = 2;

interface FileResult {
  file: string;
  status: 'valid' | 'invalid' | 'unreadable';
  errors: DisclosureProblem[];
  warnings: DisclosureWarning[];
  /** Why the file could not be read (unreadable only). */
  reason?: string;
}

interface Options {
  files: string[];
  locale: Locale;
  json: boolean;
  help: boolean;
}

function parseArguments(args: readonly string[], environment: NodeJS.ProcessEnv): Options {
  const options: Options = { files: [], locale: normaliseLocale(environment.LC_ALL || environment.LANG), json: false, help: false };
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    if (argument === '--json') options.json = true;
    else if (argument === '--help' || argument === '-h') options.help = true;
    else if (argument === '--lang') options.locale = normaliseLocale(args[++index]);
    else if (argument.startsWith('--lang=')) options.locale = normaliseLocale(argument.slice('--lang='.length));
    else options.files.push(argument);
  }
  return options;
}

export function validateFile(file: string): FileResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { file, status: 'unreadable', errors: [], warnings: [], reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  try {
    const { warnings } = parseDisclosure(text);
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
  if (result.status === 'unreadable') {
    return [m.unreadable(result.file, result.reason ?? result.errors.map((problem) => problem.message[locale]).join('; '))];
  }
  const lines = [
    result.status === 'invalid'
      ? m.invalid(result.file, result.errors.length)
      : result.warnings.length > 0
        ? m.validWithWarnings(result.file, result.warnings.length)
        : m.valid(result.file),
  ];
  for (const problem of result.errors) lines.push(`  ${m.error} ${where(problem.path)}${c.colon}${problem.message[locale]}`);
  for (const warning of result.warnings) {
    const kind = warning.withinRounding === undefined ? '' : ` (${warning.withinRounding ? m.rounding : m.mismatch})`;
    lines.push(`  ${m.warning} ${where(warning.path)}${kind}${c.colon}${warning.message[locale]}`);
  }
  return lines;
}

/** Runs the CLI; returns the exit status. */
export function main(args: readonly string[], environment: NodeJS.ProcessEnv = process.env): number {
  const options = parseArguments(args, environment);
  const m = CLI_MESSAGES[options.locale];
  if (options.help || options.files.length === 0) {
    console.log(m.usage);
    return options.help ? EXIT_VALID : EXIT_UNREADABLE;
  }
  const results = options.files.map(validateFile);
  if (options.json) console.log(JSON.stringify(results, null, 2));
  else for (const result of results) console.log(report(result, options.locale).join('\n'));
  const statuses = results.map((result) => result.status);
  return statuses.includes('unreadable') ? EXIT_UNREADABLE : statuses.includes('invalid') ? EXIT_INVALID : EXIT_VALID;
}

process.exitCode = main(process.argv.slice(2));
