/**
 * Loads pdf.js only when a PDF is imported, reads each page's text items and
 * hands them to the pure layout reader. In Node the legacy build runs without
 * a worker; in the browser set `workerSrc` (or pdf.js's GlobalWorkerOptions)
 * to where pdf.worker.min.mjs is served.
 */
import { ImportError } from '../errors.js';
import { IMPORT_MESSAGES } from '../messages.js';
import { MAX_PDF_PAGES } from '../limits.js';
import type { ReadDocument } from '../types.js';
import { readPdfLayout, type PdfPage } from './layout.js';

export interface PdfOptions {
  /** URL of pdf.worker(.min).mjs for the browser; ignored in Node. */
  workerSrc?: string;
}

type PdfJs = typeof import('pdfjs-dist');

const scope = globalThis as { process?: { versions?: { node?: string } }; window?: unknown };
const inNode = typeof scope.process?.versions?.node === 'string' && scope.window === undefined;

/** Whether a dynamic import failed because the package is not installed (Node, bundlers and browsers word it differently). */
export function isModuleMissing(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return true;
  const message = error instanceof Error ? error.message : String(error);
  return /pdfjs-dist/.test(message) && /(cannot find|not found|failed to (fetch|resolve)|could not resolve)/i.test(message);
}

/** pdf.js, or an ImportError saying how to install it: it is an optional peer dependency, needed only for PDFs. */
async function loadPdfJs(options: PdfOptions): Promise<PdfJs> {
  try {
    return await loadPdfJsModule(options);
  } catch (error) {
    if (isModuleMissing(error)) throw new ImportError('pdf-reader-missing', IMPORT_MESSAGES.pdfReaderMissing(), [error instanceof Error ? error.message : String(error)]);
    throw error;
  }
}

async function loadPdfJsModule(options: PdfOptions): Promise<PdfJs> {
  if (inNode) {
    const specifier = 'pdfjs-dist/legacy/build/pdf.mjs';
    return (await import(/* @vite-ignore */ specifier)) as PdfJs;
  }
  const pdfjs = (await import('pdfjs-dist')) as PdfJs;
  if (options.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = options.workerSrc;
  return pdfjs;
}

type PdfWorker = InstanceType<PdfJs['PDFWorker']>;
/**
 * The browser's pdf.js worker, started once and kept for every PDF after
 * (starting one costs a few hundred milliseconds). pdf.js leaves a worker it
 * was given running when a document is destroyed.
 */
let sharedWorker: Promise<PdfWorker> | undefined;

function workerFor(options: PdfOptions): Promise<PdfWorker> | undefined {
  if (inNode) return undefined;
  if (!sharedWorker) {
    const starting = loadPdfJs(options).then(async (pdfjs) => {
      const worker = new pdfjs.PDFWorker({ verbosity: 0 });
      await worker.promise;
      return worker;
    });
    // A worker that could not start is not kept: the next PDF tries again (and pdf.js starts its own meanwhile).
    starting.catch(() => {
      if (sharedWorker === starting) sharedWorker = undefined;
    });
    sharedWorker = starting;
  }
  return sharedWorker;
}

/**
 * Loads pdf.js and starts its worker before the first PDF arrives (the import
 * page calls it when the browser is idle), so the first import does not wait
 * for either. Resolves when they are ready; nothing to do in Node.
 */
export async function preparePdfReader(options: PdfOptions = {}): Promise<void> {
  await (workerFor(options) ?? loadPdfJs(options));
}

export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<ReadDocument> {
  const pdfjs = await loadPdfJs(options);
  const worker = await workerFor(options)?.catch(() => undefined);
  let document: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  const task = pdfjs.getDocument({
    ...(worker ? { worker } : {}),
    // pdf.js takes ownership of (detaches) the buffer it is given: give it a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    document = await task.promise;
  } catch (error) {
    const name = (error as { name?: string })?.name ?? '';
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'PasswordException') throw new ImportError('encrypted', IMPORT_MESSAGES.encrypted(), [message]);
    throw new ImportError('corrupt', IMPORT_MESSAGES.corruptPdf(), [message]);
  }
  try {
    // Refused before any page is read: a file of thousands of pages would hold the reader for minutes.
    if (document.numPages > MAX_PDF_PAGES) throw new ImportError('too-large', IMPORT_MESSAGES.tooManyPages(document.numPages));
    const pages: PdfPage[] = [];
    let items = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const pageItems: PdfPage['items'] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim().length === 0) continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        pageItems.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(c!, d!) || Math.hypot(a!, b!) || item.height });
      }
      items += pageItems.length;
      pages.push({ number, items: pageItems });
      page.cleanup();
    }
    if (items === 0) throw new ImportError('no-text-layer', IMPORT_MESSAGES.noTextLayer(document.numPages));
    return readPdfLayout(pages);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportError('corrupt', IMPORT_MESSAGES.corruptPdf(), [message]);
  } finally {
    await task.destroy();
  }
}
