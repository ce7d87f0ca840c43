import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n');
const per = {};
let last = null;
const mappings = [];
map.eachMapping((m) => mappings.push(m));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
for (let i = 0; i < mappings.length; i++) {
  const m = mappings[i], n = mappings[i + 1];
  const line = lines[m.generatedLine - 1];
  const end = n && n.generatedLine === m.generatedLine ? n.generatedColumn : line.length;
  const src = (m.source || '?').replace(/.*node_modules\//, 'nm:').replace(/.*components\//, '');
  per[src] = (per[src] || '') + line.slice(m.generatedColumn, end);
}
const total = gzipSync(code, { level: 9 }).length;
let sum = 0; const rows = [];
for (const [s, t] of Object.entries(per)) { const g = gzipSync(t, { level: 9 }).length; sum += g; rows.push([t.length, g, s]); }
rows.sort((a, b) => b[1] - a[1]);
console.log('file gz', total, 'sum of separately gz', sum);
for (const r of rows.slice(0, 40)) console.log(String(r[0]).padStart(7), String(r[1]).padStart(6), r[2]);
