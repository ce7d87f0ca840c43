import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2] || 'components/index.ts';
const r = await build({ entryPoints: [entry], bundle: true, format: 'esm', minify: true, write: false, metafile: true, outdir: '/tmp/an', platform: 'browser', conditions: ['production'], define: { 'globalThis.__DISCLOSURE_NO_DOCS__': 'true' }, legalComments: 'none', charset: 'utf8' });
const out = Object.values(r.metafile.outputs)[0];
for (const [file, { bytesInOutput }] of Object.entries(out.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)) if (file.startsWith('components/core')) console.log(String(bytesInOutput).padStart(8), file);
