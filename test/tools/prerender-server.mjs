/**
 * Pre-rendered pages for the tests, made by the real CLI (dist/cli/disclosure-render.js,
 * built by `npm test` before the browser suites), as middleware of the test runner's server:
 *   POST /test-api/prerender   { element, disclosure | path, args: ['--lang', 'en', …] }
 *        → { id, status, stderr }: the CLI's exit status and messages; the page is kept under `id`
 *   GET  /test-api/prerendered/<id>            the page: the fragment in <main>, and no script at all
 *   GET  /test-api/prerendered/<id>?bundle     the same page loading dist/disclosure-elements.js
 *   GET  /test-api/prerendered/<id>?csp[=SOURCES]  the page under a strict Content-Security-Policy (no inline
 *        style, no inline script), SOURCES (e.g. 'sha256-…') added to its style-src; with ?bundle too
 *   GET  /test-api/prerendered/<id>?raw        what the CLI printed, as text (e.g. --style-hashes)
 * Pages are kept in memory, at most 50.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

const pages = new Map();
let next = 0;

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export async function prerenderApi(context, next_) {
  if (context.path === '/test-api/prerender' && context.method === 'POST') {
    const { element, disclosure, path, args = [] } = await readBody(context.req);
    const input = disclosure !== undefined ? JSON.stringify(disclosure) : await readFile(path, 'utf8');
    const result = spawnSync(process.execPath, ['dist/cli/disclosure-render.js', '-', '--element', element, ...args], {
      input,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' },
    });
    const id = String(++next);
    const lang = args[args.indexOf('--lang') + 1] ?? 'zh-CN';
    pages.set(id, { lang: args.includes('--lang') ? lang : 'zh-CN', fragment: result.stdout });
    if (pages.size > 50) pages.delete(pages.keys().next().value);
    context.type = 'application/json';
    context.body = JSON.stringify({ id, status: result.status, stderr: result.stderr });
    return;
  }
  const match = context.path.match(/^\/test-api\/prerendered\/(\d+)$/);
  if (!match) return next_();
  const page = pages.get(match[1]);
  if (!page) {
    context.status = 404;
    return;
  }
  context.set('Cache-Control', 'no-store');
  if (context.query.raw !== undefined) {
    context.type = 'text/plain';
    context.body = page.fragment;
    return;
  }
  const csp = context.query.csp;
  if (csp !== undefined) context.set('Content-Security-Policy', `default-src 'self'; script-src 'self'; style-src 'self'${csp ? ` ${csp}` : ''}`);
  context.type = 'text/html';
  const script = context.query.bundle !== undefined ? '<script type="module" src="/dist/disclosure-elements.js"></script>' : '';
  context.body = `<!doctype html>
<html lang="${page.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Pre-rendered disclosure</title>${script}</head>
<body><main><h1>Pre-rendered disclosure</h1>${page.fragment}</main></body>
</html>`;
}
