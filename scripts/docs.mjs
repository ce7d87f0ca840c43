#!/usr/bin/env node
/**
 * The generated docs, in one place:
 *   npm run docs         writes every generated file
 *   npm run docs:check   writes nothing; fails (exit 1) when a committed file differs from what its generator makes
 * `npm test` runs the same check (test/node/docs.test.ts). The build never writes these files.
 *
 * Each generator is a module exporting `OUTPUT` (the file it owns, from the
 * repository root) and `generate()` (its full text, sync or async). To add
 * one, add its module to GENERATORS.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

export const GENERATORS = [
  // docs/elements.md: the element reference, from the elements' JSDoc.
  '../stories/tools/element-reference.mjs',
  // docs/contract.md: the contract reference, from the shape's field descriptions and the list of cross-checks.
  './docs/contract.mjs',
];

/** Every generated file: its path, what the generator makes of the sources now, and what is committed (undefined when missing). */
export async function renderAll() {
  const results = [];
  for (const specifier of GENERATORS) {
    const generator = await import(new URL(specifier, import.meta.url).href);
    const expected = await generator.generate();
    const committed = existsSync(generator.OUTPUT) ? readFileSync(generator.OUTPUT, 'utf8') : undefined;
    results.push({ path: generator.OUTPUT, expected, committed });
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const { path, expected, committed } of await renderAll()) {
    if (committed === expected) {
      console.log(`${path}: up to date`);
    } else if (check) {
      stale++;
      console.error(`${path}: differs from what \`npm run docs\` generates (edit the source, not the file; then run npm run docs)`);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, expected);
      console.log(`${path}: written`);
    }
  }
  if (stale > 0) process.exit(1);
}
