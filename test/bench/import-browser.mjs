/**
 * `node test/bench/import-browser.mjs [--runs 5] [--json] [FILE]`: how long importDisclosure takes in headless
 * Chromium on a corpus PDF (default: the 30-page planning-resources 决算), as the import page runs it: the importer
 * bundled for the browser (esbuild, in memory, from components/import/index.ts, pdf.js split into its own chunk
 * and loaded only when the PDF is imported) and pdf.js's worker (node_modules/pdfjs-dist/build/pdf.worker.min.mjs),
 * served from 127.0.0.1. The PDF's bytes are fetched before the clock starts.
 *   cold: the first import in a fresh page (pdf.js chunk load, worker start-up, reading, mapping, validation);
 *   warm: median of the imports after it in the same page.
 * Not part of `npm test`; the target is under 2 s for a 30-page PDF on this 2-core machine.
 * Chromium: CHROME_PATH, else /usr/bin/chromium.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = Math.max(1, runsAt >= 0 ? Number(args[runsAt + 1]) : 5);
const file = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--runs') ?? join(root, '..', 'shared', 'corpus', 'putuo-planning-resources-2024-final-accounts.pdf');

const bundled = await build({
  entryPoints: { importer: join(root, 'components/import/index.ts') },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  write: false,
  outdir: '/__import',
  logLevel: 'error',
});
const files = new Map(bundled.outputFiles.map((output) => [output.path, output.contents]));
files.set('/__import/pdf.worker.min.mjs', readFileSync(join(root, 'node_modules/pdfjs-dist/build/pdf.worker.min.mjs')));
files.set('/__import/document.pdf', readFileSync(file));
files.set('/', Buffer.from('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>import bench</title></head><body></body></html>'));

const server = createServer((request, response) => {
  const body = files.get(new URL(request.url, 'http://localhost').pathname);
  if (!body) {
    response.writeHead(404).end();
    return;
  }
  const type = request.url.endsWith('.pdf') ? 'application/pdf' : request.url === '/' ? 'text/html; charset=utf-8' : 'text/javascript';
  response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const puppeteer = (await import('puppeteer-core')).default;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  protocolTimeout: 600_000,
});
let result;
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${base}/`);
  result = await page.evaluate(async (runs) => {
    const bytes = new Uint8Array(await (await fetch('/__import/document.pdf')).arrayBuffer());
    const workerSrc = new URL('/__import/pdf.worker.min.mjs', location.href).href;
    const moduleStart = performance.now();
    const { importDisclosure } = await import('/__import/importer.js');
    const moduleMs = performance.now() - moduleStart;
    const started = performance.now();
    const first = await importDisclosure(bytes, { workerSrc });
    const cold = performance.now() - started;
    const times = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      await importDisclosure(bytes, { workerSrc });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { pages: first.report.pages, figures: first.report.figures.length, moduleMs, cold, times };
  }, runs);
  // The import page's path: a fresh page starts pdf.js and its worker while idle (preparePdfReader), then the editor drops the PDF.
  // A context of its own: nothing cached from the page above.
  const prepared = await (await browser.createBrowserContext()).newPage();
  await prepared.goto(`${base}/`);
  Object.assign(
    result,
    await prepared.evaluate(async () => {
      const bytes = new Uint8Array(await (await fetch('/__import/document.pdf')).arrayBuffer());
      const workerSrc = new URL('/__import/pdf.worker.min.mjs', location.href).href;
      const { importDisclosure, preparePdfReader } = await import('/__import/importer.js');
      const prepareStart = performance.now();
      await preparePdfReader({ workerSrc });
      const prepareMs = performance.now() - prepareStart;
      const started = performance.now();
      await importDisclosure(bytes, { workerSrc });
      return { prepareMs, preparedFirst: performance.now() - started };
    }),
  );
} finally {
  await browser.close();
  server.close();
}

const median = result.times[Math.floor(result.times.length / 2)];
console.log(`${file} in headless Chromium: ${result.pages} pages, ${result.figures} figures`);
console.log(`importer module load: ${Math.round(result.moduleMs)} ms`);
console.log(`cold (first import: pdf.js chunk, worker start-up, read, map, validate): ${Math.round(result.cold)} ms`);
console.log(`warm: median ${Math.round(median)} ms, min ${Math.round(result.times[0])} ms, max ${Math.round(result.times.at(-1))} ms over ${runs} runs`);
console.log(`first import in a fresh page after preparePdfReader (the import page, ${Math.round(result.prepareMs)} ms while idle): ${Math.round(result.preparedFirst)} ms`);
console.log(`load average: ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
if (args.includes('--json')) {
  // For test/bench/run.mjs: one line of JSON, last on standard output.
  console.log(JSON.stringify({ file: file.split('/').pop(), pages: result.pages, moduleMs: Math.round(result.moduleMs), coldMs: Math.round(result.cold), warmMedianMs: Math.round(median), preparedFirstMs: Math.round(result.preparedFirst), prepareMs: Math.round(result.prepareMs), runs, targetMs: 2000, load: loadavg()[0] }));
}
