/**
 * Test middleware: serves the corpus PDFs of the shared folder beside the
 * checkout (`../shared/corpus/<file>`) at `/__corpus/<file>`, so browser
 * tests can import the real published documents. Only plain file names of
 * that one folder; anything else falls through.
 */
import { readFile } from 'node:fs/promises';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url);

export async function corpusFiles(context, next) {
  const match = /^\/__corpus\/([\w.-]+\.pdf)$/.exec(context.path);
  if (!match) return next();
  try {
    context.body = await readFile(new URL(match[1], CORPUS));
    context.type = 'application/pdf';
  } catch {
    context.status = 404;
  }
}
