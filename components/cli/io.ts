/**
 * Reading and printing for the CLIs, safe against hostile input:
 * - `readInput` reads a regular file or `-` (standard input) and nothing
 *   else (a FIFO, a device such as /dev/zero, a directory are refused before
 *   they are opened), at most MAX_DOCUMENT_BYTES, within a timeout, and
 *   decodes it as UTF-8, saying so when it is not (and naming GB18030/GBK or
 *   UTF-16 when it decodes as that);
 * - `escapeForTerminal` makes any text that came from data or a file name
 *   safe to print: control characters (C0, DEL, C1 with ESC and CR), bidi
 *   controls and other invisible format characters become visible escapes.
 */
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { CLI_READ_TIMEOUT_SECONDS, MAX_DOCUMENT_BYTES } from '../core/disclosure/limits.js';

/** The operand that means standard input. */
export const STDIN = '-';

export type ReadFailure =
  | { kind: 'not-found' }
  | { kind: 'permission-denied' }
  | { kind: 'is-directory' }
  | { kind: 'not-regular-file' }
  | { kind: 'too-large'; limit: number }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'not-utf8'; encoding?: 'GB18030' | 'UTF-16' }
  | { kind: 'other'; code: string };

export type ReadResult = { ok: true; text: string } | { ok: false; failure: ReadFailure };

export interface ReadOptions {
  maxBytes?: number;
  timeoutSeconds?: number;
  /** Standard input (tests pass their own stream). */
  stdin?: NodeJS.ReadableStream & { destroy?: () => void };
}

/** The read timeout: `DISCLOSURE_READ_TIMEOUT` (seconds) in the environment, or CLI_READ_TIMEOUT_SECONDS. */
export function readTimeoutSeconds(environment: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(environment.DISCLOSURE_READ_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 3600) : CLI_READ_TIMEOUT_SECONDS;
}

/** Reads a file (or `-`) as UTF-8 text, within the size limit and the timeout. Never throws. */
export async function readInput(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const read = await readInputBytes(file, options);
  return read.ok ? decode(read.bytes) : read;
}

export type BytesResult = { ok: true; bytes: Uint8Array } | { ok: false; failure: ReadFailure };

/** Reads a file (or `-`) as bytes (a PDF, a workbook), within the size limit and the timeout. Never throws. */
export async function readInputBytes(file: string, options: ReadOptions = {}): Promise<BytesResult> {
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const seconds = options.timeoutSeconds ?? readTimeoutSeconds();
  let timer: NodeJS.Timeout | undefined;
  let cancel = () => {};
  const timeout = new Promise<BytesResult>((resolve) => {
    timer = setTimeout(() => {
      cancel();
      resolve({ ok: false, failure: { kind: 'timeout', seconds } });
    }, seconds * 1000);
  });
  const reading = (async (): Promise<BytesResult> => {
    const read = file === STDIN ? await readStream(options.stdin ?? process.stdin, maxBytes, (stop) => (cancel = stop)) : await readFile(file, maxBytes);
    return 'failure' in read ? { ok: false, failure: read.failure } : { ok: true, bytes: read.bytes };
  })();
  try {
    return await Promise.race([reading, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

type Bytes = { bytes: Uint8Array } | { failure: ReadFailure };

async function readFile(file: string, maxBytes: number): Promise<Bytes> {
  try {
    // stat, not open: opening a FIFO without a writer would block.
    const info = await stat(file);
    if (info.isDirectory()) return { failure: { kind: 'is-directory' } };
    if (!info.isFile()) return { failure: { kind: 'not-regular-file' } };
    if (info.size > maxBytes) return { failure: { kind: 'too-large', limit: maxBytes } };
    const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      // Read to at most one byte past the limit, whatever the size said (a file can grow while it is read).
      const chunks: Buffer[] = [];
      let length = 0;
      for (;;) {
        const chunk = Buffer.alloc(Math.min(1024 * 1024, maxBytes + 1 - length));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        length += bytesRead;
        if (length > maxBytes) return { failure: { kind: 'too-large', limit: maxBytes } };
      }
      return { bytes: Buffer.concat(chunks, length) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { failure: failureOf(error) };
  }
}

function readStream(stream: NodeJS.ReadableStream & { destroy?: () => void }, maxBytes: number, onCancel: (stop: () => void) => void): Promise<Bytes> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const finish = (result: Bytes) => {
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
      resolve(result);
    };
    const stop = () => {
      stream.removeListener('data', onData);
      stream.pause();
      stream.destroy?.();
    };
    onCancel(stop);
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      length += bytes.length;
      if (length > maxBytes) {
        stop();
        return finish({ failure: { kind: 'too-large', limit: maxBytes } });
      }
      chunks.push(bytes);
    };
    const onEnd = () => finish({ bytes: Buffer.concat(chunks, length) });
    const onError = (error: unknown) => finish({ failure: failureOf(error) });
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}

function failureOf(error: unknown): ReadFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'not-found' };
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'permission-denied' };
  if (code === 'EISDIR') return { kind: 'is-directory' };
  return { kind: 'other', code: code ?? (error instanceof Error ? error.name : 'unknown') };
}

/** UTF-8 (a BOM allowed), or a failure that names the encoding it decodes as. */
export function decode(bytes: Uint8Array): ReadResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      return { ok: false, failure: { kind: 'not-utf8', encoding: 'UTF-16' } };
    }
    try {
      new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      return { ok: false, failure: { kind: 'not-utf8', encoding: 'GB18030' } };
    } catch {
      return { ok: false, failure: { kind: 'not-utf8' } };
    }
  }
}

/**
 * Characters never printed raw: C0 controls (ESC, CR, LF, TAB …), DEL, C1
 * controls (U+0080–U+009F, whose CSI a terminal may obey), the bidi controls
 * and isolates (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069), and other
 * invisible format characters (zero-width space and joiners, word joiner,
 * invisible operators, BOM, line and paragraph separators, interlinear
 * annotation, lone surrogates).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` with every unsafe character written as a visible `\u001B`-style escape. Linear in the length. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

 /** What JSON.stringify leaves raw in strings: every UNSAFE character but the C0 controls it escapes itself (and its own line breaks). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** JSON text safe for a terminal: JSON.stringify, with the characters it leaves raw (DEL, C1, bidi, invisible) escaped as JSON escapes. */
export function stringifyForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
