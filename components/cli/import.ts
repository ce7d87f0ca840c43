/**
 * disclosure-import FILE [-o out.json] [--report report.json] [--lang en] —
 * imports a published PDF, XLSX/CSV/TSV or narrative text to a disclosure
 * JSON. Without -o the JSON goes to standard output; `-` reads standard
 * input. Exit status: 0 imported (cross-check warnings allowed), 1 read but
 * not a disclosure it can import (says why), 2 the file cannot be read
 * (missing, empty, too large, not UTF-8 text, damaged, encrypted) or the
 * options are wrong.
 *
 * A thin shell like disclosure-validate: the common options, usage and help
 * (program.ts, over args.ts), bounded reading and encoding detection (io.ts)
 * and escaped printing (output.ts) are shared
 * with the other CLIs; the import is importDisclosure's.
 */
import { writeFileSync } from 'node:fs';
import { importDisclosure, ImportError, MAX_INPUT_BYTES, UNREADABLE_CODES, warningPlace } from '../import/index.js';
import { decode, readInputBytes, readTimeoutSeconds, stringifyForTerminal, STDIN } from './io.js';
import { CLI_COMMON } from './messages.js';
import { IMPORT_CLI_MESSAGES } from './import.messages.js';
import { printLines } from './output.js';
import { refuse, runAsProgram, startProgram, type Program } from './program.js';

export const EXIT_IMPORTED = 0;
export const EXIT_NOT_A_DISCLOSURE = 1;
export const EXIT_UNREADABLE = 2;

const PROGRAM: Program = {
  name: 'disclosure-import',
  options: [{ name: 'out', short: 'o', value: {} }, { name: 'report', value: {} }],
  help: IMPORT_CLI_MESSAGES,
};

const PDF = /%PDF-/;
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Whether the bytes are a binary format the importer reads as such (PDF, XLSX), rather than text that must be UTF-8. */
function isBinaryDocument(bytes: Uint8Array): boolean {
  if (PDF.test(new TextDecoder('latin1').decode(bytes.subarray(0, 1024)))) return true;
  return ZIP.every((byte, index) => bytes[index] === byte);
}

/** Runs the CLI; resolves to the exit status. Everything printed that came from data or a file name is escaped. */
export async function main(args: readonly string[], environment: NodeJS.ProcessEnv = process.env): Promise<number> {
  const call = startProgram(PROGRAM, args, environment);
  if ('exit' in call) return call.exit;
  const { options, operands, locale } = call;
  const m = IMPORT_CLI_MESSAGES[locale];
  if (operands.length !== 1) return refuse(PROGRAM, locale, m.oneFile);
  const file = operands[0]!;
  const shown = file === STDIN ? m.stdin : file;
  const read = await readInputBytes(file, { maxBytes: MAX_INPUT_BYTES, timeoutSeconds: readTimeoutSeconds(environment) });
  if (!read.ok) {
    printLines([m.cannotRead(shown, CLI_COMMON[locale].readFailure(read.failure))], process.stderr);
    return EXIT_UNREADABLE;
  }
  // A plain Uint8Array (pdf.js refuses a Buffer).
  const bytes = new Uint8Array(read.bytes);
  if (bytes.byteLength > 0 && !isBinaryDocument(bytes)) {
    // Text (narrative, CSV, TSV) must be UTF-8; a GB18030/GBK or UTF-16 file is named as such, not read as mojibake.
    const text = decode(bytes);
    if (!text.ok) {
      printLines([m.cannotRead(shown, CLI_COMMON[locale].readFailure(text.failure))], process.stderr);
      return EXIT_UNREADABLE;
    }
  }
  let result;
  try {
    result = await importDisclosure(bytes, file === STDIN ? {} : { fileName: file });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    printLines([m.failed(shown, error.localised[locale]), ...error.details.slice(0, 20).map((detail) => `  ${detail}`)], process.stderr);
    return UNREADABLE_CODES.includes(error.code) ? EXIT_UNREADABLE : EXIT_NOT_A_DISCLOSURE;
  }
  const json = `${JSON.stringify(result.json, null, 2)}\n`;
  const out = options.get('out');
  const reportFile = options.get('report');
  try {
    if (typeof out === 'string') writeFileSync(out, json);
    else process.stdout.write(`${stringifyForTerminal(result.json)}\n`);
  } catch (error) {
    printLines([m.cannotWrite(String(out), (error as NodeJS.ErrnoException).code ?? String(error))], process.stderr);
    return EXIT_UNREADABLE;
  }
  try {
    if (typeof reportFile === 'string') writeFileSync(reportFile, `${JSON.stringify({ ...result.report, warnings: result.warnings }, null, 2)}\n`);
  } catch (error) {
    printLines([m.cannotWrite(reportFile as string, (error as NodeJS.ErrnoException).code ?? String(error))], process.stderr);
    return EXIT_UNREADABLE;
  }
  printLines(
    [
      m.imported(shown, result.report.figures.length, result.warnings.length),
      ...result.warnings.flatMap((warning) => {
        const place = warningPlace(warning);
        return [`  ${m.warning} ${warning.path}: ${warning.message[locale]}`, ...(place ? [`    ${m.where}${place[locale]}`] : [])];
      }),
      ...result.report.notes.map((note) => `  ${m.note}: ${note.message[locale]}`),
    ],
    process.stderr,
  );
  return EXIT_IMPORTED;
}

runAsProgram(import.meta.url, main);
