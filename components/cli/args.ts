/**
 * Strict option parsing shared by the CLIs (disclosure-validate, and the
 * importer and renderer as they come): an unknown option, a missing value or
 * a value outside its list is a UsageError (the CLI prints it with its usage
 * and exits 2), never taken for a file name. `--` ends the options; `-`
 * alone is an operand (standard input).
 */

import { normaliseLocale, type Locale } from '../core/locale/index.js';

/**
 * The language of a CLI's messages before its options are known to be right
 * (a usage error is reported in it): the last valid `--lang` among the
 * arguments, else LC_ALL / LANG, else zh-CN.
 */
export function messageLocale(args: readonly string[], environment: NodeJS.ProcessEnv): Locale {
  for (let index = args.length - 1; index >= 0; index--) {
    const value = args[index] === '--lang' ? args[index + 1] : args[index]!.startsWith('--lang=') ? args[index]!.slice(7) : undefined;
    if (value === 'en' || value === 'zh-CN') return value;
  }
  return normaliseLocale(environment.LC_ALL || environment.LANG);
}

export interface OptionSpec {
  /** The long name without dashes: `json` for `--json`. */
  name: string;
  /** A one-letter alias without its dash: `h` for `-h`. */
  short?: string;
  /** The option takes a value (`--lang en` or `--lang=en`); `values` lists the allowed ones. */
  value?: { values?: readonly string[] };
}

export type UsageProblem =
  | { kind: 'unknown-option'; option: string }
  | { kind: 'missing-value'; option: string }
  | { kind: 'bad-value'; option: string; value: string; allowed: readonly string[] }
  | { kind: 'unexpected-value'; option: string };

export class UsageError extends Error {
  constructor(readonly problem: UsageProblem) {
    super(`${problem.kind}: ${problem.option}`);
    this.name = 'UsageError';
  }
}

export interface ParsedArguments {
  /** Each option given, by its long name: its value, or true for a flag. The last one given wins. */
  options: Map<string, string | true>;
  /** Everything else, in order: file names, `-`. */
  operands: string[];
}

/** Parses `args` against `specs`; throws UsageError on the first problem. */
export function parseArguments(args: readonly string[], specs: readonly OptionSpec[]): ParsedArguments {
  const options = new Map<string, string | true>();
  const operands: string[] = [];
  const byLong = new Map(specs.map((spec) => [spec.name, spec]));
  const byShort = new Map(specs.filter((spec) => spec.short).map((spec) => [spec.short!, spec]));
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    if (argument === '--') {
      operands.push(...args.slice(index + 1));
      break;
    }
    if (argument === '-' || !argument.startsWith('-')) {
      operands.push(argument);
      continue;
    }
    const long = argument.startsWith('--');
    const equals = long ? argument.indexOf('=') : -1;
    const name = long ? argument.slice(2, equals < 0 ? undefined : equals) : argument.slice(1);
    const spec = long ? byLong.get(name) : byShort.get(name);
    const option = long ? `--${name}` : argument;
    if (!spec) throw new UsageError({ kind: 'unknown-option', option: argument });
    if (!spec.value) {
      if (equals >= 0) throw new UsageError({ kind: 'unexpected-value', option });
      options.set(spec.name, true);
      continue;
    }
    let value: string | undefined;
    if (equals >= 0) value = argument.slice(equals + 1);
    else {
      const next = args[index + 1];
      // `--lang --json`: an option is not a value.
      if (next !== undefined && !(next.startsWith('-') && next !== '-')) {
        value = next;
        index++;
      }
    }
    if (value === undefined || value === '') throw new UsageError({ kind: 'missing-value', option });
    const allowed = spec.value.values;
    if (allowed && !allowed.includes(value)) throw new UsageError({ kind: 'bad-value', option, value, allowed });
    options.set(spec.name, value);
  }
  return { options, operands };
}
