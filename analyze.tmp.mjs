import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2] || 'components/index.ts';
const r = await build({ entryPoints: [entry], bundle: true, format: 'esm', minify: true, write: false, metafile: true, outdir: '/tmp/an', platform: 'browser', conditions: ['production'], define: { 'globalThis.__DISCLOSURE_NO_DOCS__': 'true' }, legalComments: 'none', charset: 'utf8' });
const out = Object.values(r.metafile.outputs)[0];
const groups = {};
for (const [file, { bytesInOutput }] of Object.entries(out.inputs)) {
  let g = file.replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, 'nm:$1').replace(/^components\/([^/]+\/[^/]+)\/.*/, 'c:$1').replace(/^components\/([^/]+)\/.*/, 'c:$1/');
  groups[g] = (groups[g] || 0) + bytesInOutput;
}
const total = Object.values(groups).reduce((a, b) => a + b, 0);
console.log('total minified', total, 'gz', gzipSync(r.outputFiles[0].contents, { level: 9 }).length);
for (const [g, b] of Object.entries(groups).sort((a, b) => b[1] - a[1])) console.log(String(b).padStart(8), g);
