/**
 * The contract reference generator for `npm run docs`: docs/contract.md from
 * components/core/disclosure/reference.ts (which reads the shape, its field
 * descriptions, the standard keys, the catalogues and the list of
 * cross-checks). Plain Node: the TypeScript is bundled in memory with esbuild.
 *
 *   import { contractDoc, CONTRACT_DOC_PATH } from './scripts/docs/contract.mjs';
 *   const markdown = await contractDoc();
 *
 * Run directly (`node scripts/docs/contract.mjs`) it writes docs/contract.md.
 * test/node/contract-doc.test.ts fails when the committed file differs.
 */
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the generated reference is committed, from the repository root. */
export const CONTRACT_DOC_PATH = 'docs/contract.md';
/** The runner's interface (scripts/docs.mjs): the file this generator owns. */
export const OUTPUT = CONTRACT_DOC_PATH;

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The markdown of docs/contract.md, as the contract's one source gives it. */
export async function contractDoc() {
  const bundled = await build({
    entryPoints: [`${root}components/core/disclosure/reference.ts`],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
    charset: 'utf8',
  });
  const source = Buffer.from(bundled.outputFiles[0].text).toString('base64');
  const { contractReference } = await import(`data:text/javascript;base64,${source}`);
  return contractReference();
}

/** The runner's interface (scripts/docs.mjs): the file's full text. */
export const generate = contractDoc;

/** Writes docs/contract.md; returns its path. */
export async function writeContractDoc() {
  writeFileSync(`${root}${CONTRACT_DOC_PATH}`, await contractDoc());
  return CONTRACT_DOC_PATH;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`wrote ${await writeContractDoc()}`);
}
