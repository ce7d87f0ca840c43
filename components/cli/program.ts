/**
 * What every CLI does around its own work, once: parse the options (a usage
 * problem is printed with the usage, exit 2), choose the language of the
 * messages (`--lang`, else LC_ALL / LANG, else zh-CN), answer `--version`
 * and `--help` (exit 0), refuse a call without what it needs (a line and the
 * usage, exit 2), and run `main` when the module is the program being run
 * (not when a test or another CLI imports it).
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { normaliseLocale, type Locale } from '../core/locale/index.js';
import { messageLocale, parseArguments, UsageError, type OptionSpec, type ParsedArguments } from './args.js';
import { CLI_COMMON } from './messages.js';
import { packageVersion, printLines, printText } from './output.js';

/** Exit status of a call with wrong options (and, for every CLI, of a file it cannot read). */
export const EXIT_USAGE = 2;

/** The languages of the CLIs' messages (`--lang`). */
const LANGS = ['zh-CN', 'en'] as const;

/** The options every CLI takes: `--lang`, `--help` (`-h`) and `--version`. */
const COMMON_OPTIONS: readonly OptionSpec[] = [{ name: 'lang', value: { values: LANGS } }, { name: 'help', short: 'h' }, { name: 'version' }];

export interface Program {
  /** The command's name, as in its messages: `disclosure-validate`. */
  name: string;
  /** Its own options, besides the common ones. */
  options: readonly OptionSpec[];
  /** Its usage line(s) and its options, in each language. */
  help: Record<Locale, { usage: string; options: string }>;
}

/** The parsed call and the language of the messages; or the exit status when the call is answered already (usage problem, `--help`, `--version`). */
export type Call = (ParsedArguments & { locale: Locale }) | { exit: number };

export function startProgram(program: Program, args: readonly string[], environment: NodeJS.ProcessEnv): Call {
  let parsed: ParsedArguments;
  try {
    parsed = parseArguments(args, [...program.options, ...COMMON_OPTIONS]);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const locale = messageLocale(args, environment);
    return { exit: refuse(program, locale, CLI_COMMON[locale].usageProblem(program.name, error.problem)) };
  }
  const lang = parsed.options.get('lang');
  const locale: Locale = typeof lang === 'string' ? normaliseLocale(lang) : normaliseLocale(environment.LC_ALL || environment.LANG);
  if (parsed.options.has('version')) {
    printLines([`${program.name} ${packageVersion()}`]);
    return { exit: 0 };
  }
  if (parsed.options.has('help')) {
    const { usage, options } = program.help[locale];
    printText(`${usage}\n\n${options}`);
    return { exit: 0 };
  }
  return { ...parsed, locale };
}

/** Prints `line` and the usage to standard error; returns EXIT_USAGE. */
export function refuse(program: Program, locale: Locale, line: string): number {
  printText(`${line}\n${program.help[locale].usage}`, process.stderr);
  return EXIT_USAGE;
}

/**
 * Runs `main` with the process's arguments when `moduleUrl` (the CLI's
 * `import.meta.url`) is the program being run, and sets the exit status
 * (exitCode, not exit(): a large output written to a pipe is flushed first).
 * An unexpected error is printed and exits EXIT_USAGE.
 */
export function runAsProgram(moduleUrl: string, main: (args: readonly string[]) => Promise<number>): void {
  if (!isProgram(moduleUrl)) return;
  main(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = EXIT_USAGE;
    },
  );
}

function isProgram(moduleUrl: string): boolean {
  try {
    return process.argv[1] !== undefined && pathToFileURL(realpathSync(process.argv[1])).href === moduleUrl;
  } catch {
    return false;
  }
}
