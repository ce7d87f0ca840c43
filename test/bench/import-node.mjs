/**
 * `node test/bench/import-node.mjs [--runs 5] [FILE]`: how long importDisclosure takes in Node on a corpus
 * PDF (default: the 30-page planning-resources 决算), cold (first import in the process: module load, pdf.js
 * start-up) and warm (median of the runs after it). Uses the built dist/lib (run `npm run build` first).
 * Not part of `npm test`; the target is under 2 s for a 30-page PDF on this 2-core machine.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
// --json: also print the measurement as one line of JSON (read by test/bench/run.mjs).
const file = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--runs') ?? new URL('../../../shared/corpus/putuo-planning-resources-2024-final-accounts.pdf', import.meta.url).pathname;
const bytes = new Uint8Array(readFileSync(file));

const started = performance.now();
const { importDisclosure } = await import('../../dist/lib/import/index.js');
const first = await importDisclosure(bytes);
const cold = performance.now() - started;
const times = [];
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  await importDisclosure(bytes);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`${file}: ${first.report.pages} pages, ${first.report.figures.length} figures`);
console.log(`cold (module load + first import): ${Math.round(cold)} ms`);
console.log(`warm: median ${Math.round(median)} ms, min ${Math.round(times[0])} ms, max ${Math.round(times[times.length - 1])} ms over ${runs} runs`);
console.log(`load average: ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
if (args.includes('--json')) {
  // For test/bench/run.mjs: one line of JSON, last on standard output.
  console.log(JSON.stringify({ file: file.split('/').pop(), pages: first.report.pages, coldMs: Math.round(cold), warmMedianMs: Math.round(median), runs, targetMs: 2000, load: loadavg()[0] }));
}
