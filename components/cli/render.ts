/**
 * disclosure-render FILE --element TAG [options] — pre-renders one element
 * with a disclosure to an HTML fragment (declarative shadow DOM plus the data
 * for hydration), for static site generators and CMS publishing pipelines.
 * `-` reads standard input; the fragment goes to standard output or `-o`.
 * Exit status: 0 rendered, 1 not a valid disclosure for that element (the
 * problems are listed with their JSON paths, and nothing is written),
 * 2 the file cannot be read or is not JSON, or the options are wrong.
 *
 * A thin shell over renderToString (components/render) and the CLIs' shared
 * options, usage and help (program.ts), reading and printing.
 */
import { writeFile } from 'node:fs/promises';
import { DisclosureError } from '../core/disclosure/index.js';
import { catalogueFor, type Locale } from '../core/locale/index.js';
import { failureMessage } from '../core/element/source.js';
import { renderToString, RenderError, styleHashes } from '../render/render.js';
import { RENDERABLE_ELEMENTS, type RenderableTag } from '../render/elements.js';
import { readInput, STDIN } from './io.js';
import { CLI_COMMON } from './messages.js';
import { RENDER_MESSAGES } from './render.messages.js';
import { printLines } from './output.js';
import { refuse, runAsProgram, startProgram, type Program } from './program.js';

export const EXIT_RENDERED = 0;
export const EXIT_INVALID = 1;
export const EXIT_UNREADABLE = 2;

const PROGRAM: Program = {
  name: 'disclosure-render',
  options: [
    { name: 'element', short: 'e', value: { values: Object.keys(RENDERABLE_ELEMENTS) } },
    { name: 'unit', value: { values: ['元', '万元', '亿元'] } },
    { name: 'view', value: { values: ['both', 'table', 'chart'] } },
    { name: 'heading-level', value: { values: ['1', '2', '3', '4', '5', '6', '7', '8', '9'] } },
    { name: 'hide-zero' },
    { name: 'fund', value: { values: ['general-public-budget', 'government-fund', 'state-capital'] } },
    { name: 'expand', value: { values: ['all', 'auto'] } },
    { name: 'style-hashes' },
    { name: 'output', short: 'o', value: {} },
  ],
  help: RENDER_MESSAGES,
};


/** Runs the CLI; resolves to the exit status. Everything printed that came from data or a file name is escaped. */
export async function main(args: readonly string[], environment: NodeJS.ProcessEnv = process.env): Promise<number> {
  const call = startProgram(PROGRAM, args, environment);
  if ('exit' in call) return call.exit;
  const { options, operands, locale } = call;
  const m = RENDER_MESSAGES[locale];
  const tag = options.get('element');
  if (operands.length !== 1) return refuse(PROGRAM, locale, m.oneFile);
  if (typeof tag !== 'string') return refuse(PROGRAM, locale, m.elementRequired);
  const file = operands[0]!;
  const shownFile = file === STDIN ? m.stdin : file;
  const read = await readInput(file);
  if (!read.ok) {
    printLines([m.unreadable(shownFile, CLI_COMMON[locale].readFailure(read.failure))], process.stderr);
    return EXIT_UNREADABLE;
  }
  const lang = options.get('lang');
  let fragment: string;
  try {
    fragment = await renderToString(tag as RenderableTag, read.text, {
      lang: typeof lang === 'string' ? lang : 'zh-CN',
      unit: stringOption(options.get('unit')),
      view: stringOption(options.get('view')),
      headingLevel: options.has('heading-level') ? Number(options.get('heading-level')) : undefined,
      hideZero: options.has('hide-zero'),
      fund: stringOption(options.get('fund')),
      expand: stringOption(options.get('expand')) as 'all' | 'auto' | undefined,
    });
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    return reportRenderError(error, shownFile, locale);
  }
  // --style-hashes: the CSP sources for the fragment's inline styles (docs/prerender.md), one per line, instead of the fragment.
  const written = options.has('style-hashes') ? (await styleHashes(fragment)).join('\n') : fragment;
  const output = options.get('output');
  if (typeof output === 'string' && output !== STDIN) {
    try {
      await writeFile(output, `${written}\n`);
    } catch (error) {
      printLines([m.unwritable(output, (error as NodeJS.ErrnoException).code ?? String(error))], process.stderr);
      return EXIT_UNREADABLE;
    }
  } else {
    // The fragment is HTML for a file, not text for a terminal: written as it is.
    process.stdout.write(`${written}\n`);
  }
  return EXIT_RENDERED;
}

function stringOption(value: string | true | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The validator's problems (invalid, or not JSON), or the element's own error (a section it needs is missing). */
function reportRenderError(error: RenderError, file: string, locale: Locale): number {
  const m = RENDER_MESSAGES[locale];
  const catalogue = catalogueFor(locale);
  const cause = error.cause;
  const problems =
    cause instanceof DisclosureError ? cause.problems : cause.failure.kind === 'invalid' ? cause.failure.error.problems : [];
  const notJson = problems.length === 1 && problems[0]!.code === 'not-json';
  if (problems.length > 0) {
    printLines(
      [
        notJson ? m.notJson(file) : m.invalid(file, problems.length),
        ...problems.map((problem) => `  ${problem.path || catalogue.root}${catalogue.colon}${problem.message[locale]}`),
      ],
      process.stderr,
    );
  } else if (!(cause instanceof DisclosureError)) {
    printLines([m.cannotRender(file, failureMessage(cause.failure, catalogue))], process.stderr);
  }
  return notJson ? EXIT_UNREADABLE : EXIT_INVALID;
}

runAsProgram(import.meta.url, main);
