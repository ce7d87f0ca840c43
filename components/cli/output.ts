/**
 * Printing for the CLIs: every line goes through escapeForTerminal, so no
 * text that came from data or a file name can move the cursor, erase a line
 * or reorder what follows it.
 */
import { readFileSync } from 'node:fs';
import { escapeForTerminal } from './io.js';

/** Writes lines to standard output, each escaped. */
export function printLines(lines: readonly string[], stream: NodeJS.WritableStream = process.stdout): void {
  if (lines.length > 0) stream.write(`${lines.map(escapeForTerminal).join('\n')}\n`);
}

/** Our own multi-line text (usage): split into lines, each escaped like any other. */
export function printText(text: string, stream: NodeJS.WritableStream = process.stdout): void {
  printLines(text.split('\n'), stream);
}

/** The package's version, from its package.json (two levels above dist/cli/ and components/cli/). */
export function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
