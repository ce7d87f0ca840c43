/**
 * A real local server for the `src` tests, as middleware of the test
 * runner's own dev server (localhost only). Routes under /test-api/:
 *   /test-api/file?path=stories/data/seed-2022.json&delay=300  the file, after a delay (ms)
 *   /test-api/status?code=500                                   that status, with a JSON body
 *   /test-api/hang                                               never answers (until the client gives up)
 *   /test-api/redirect?to=/stories/data/seed-2022.json          302 to `to`
 *   /test-api/type?type=text/html&path=…                         the file with that content type
 *   /test-api/count?key=k&path=…                                 the file, counting requests per key
 *   /test-api/hits?key=k                                         how many requests /count had for key
 *   /test-api/cors?path=…                                        the file with Access-Control-Allow-Origin: *
 *   /test-api/cookie?key=k                                       the seed, remembering the request's Cookie header
 *   /test-api/seen-cookie?key=k                                  { "cookie": the header /cookie saw for key }
 *   /test-api/big?bytes=N&length=1                               N bytes of JSON white space, streamed in 64 KB chunks
 *                                                                (with Content-Length only when length=1); /big-sent?key=k says how many were sent
 * Every answer is bounded: delays are capped at 10 s and /hang ends after 60 s.
 * Also: a page's fetch() of a .json file gets raw JSON, and example pages
 * (stories/examples, test/pages) are served with a strict CSP when asked (?csp).
 */
import { readFile } from 'node:fs/promises';
import { resolve, relative } from 'node:path';
import { Readable } from 'node:stream';

/** The policy of the CSP test: what a strict government portal sends. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const hits = new Map();
const sent = new Map();
const cookies = new Map();
const root = process.cwd();
const wait = (ms) => new Promise((done) => setTimeout(done, Math.min(Number(ms) || 0, 10_000)));

async function readRepoFile(path) {
  const absolute = resolve(root, path ?? '');
  if (relative(root, absolute).startsWith('..')) throw new Error('outside the repository');
  return readFile(absolute, 'utf8');
}

export async function testApi(context, next) {
  // A page's fetch of a .json file gets the file as it is: the test runner
  // otherwise serves .json as a JS module (for tests that import JSON).
  if (context.path.endsWith('.json')) {
    // The same URL is JSON for fetch() and a JS module for an import: never let the browser's cache mix them up.
    context.set('Cache-Control', 'no-store');
    context.set('Vary', 'Sec-Fetch-Dest');
    if (context.get('sec-fetch-dest') === 'empty') {
      const text = await readRepoFile(decodeURIComponent(context.path.slice(1))).catch(() => undefined);
      if (text === undefined) return next(); // a missing file: the ordinary 404
      context.type = 'application/json';
      context.body = text;
      return;
    }
    await next();
    context.set('Cache-Control', 'no-store');
    return;
  }
  if (context.path.startsWith('/test/pages/') || context.path.startsWith('/stories/examples/')) {
    // Example pages are served under the strict CSP that government portals use.
    await next();
    if (context.query.csp !== undefined) context.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (!context.path.startsWith('/test-api/')) return next();
  const query = context.query;
  const route = context.path.slice('/test-api/'.length);
  context.set('Cache-Control', 'no-store');
  switch (route) {
    case 'file':
      await wait(query.delay);
      context.type = 'application/json';
      context.body = await readRepoFile(query.path);
      return;
    case 'cors':
      // The file, readable from any origin (the element's fetch follows CORS like any other).
      context.set('Access-Control-Allow-Origin', '*');
      context.type = 'application/json';
      context.body = await readRepoFile(query.path);
      return;
    case 'status':
      context.status = Number(query.code) || 500;
      context.type = 'application/json';
      context.body = JSON.stringify({ error: 'test status' });
      return;
    case 'hang':
      await new Promise((done) => {
        const timer = setTimeout(done, 60_000);
        context.req.on('close', () => {
          clearTimeout(timer);
          done();
        });
      });
      context.status = 504;
      return;
    case 'redirect':
      context.redirect(String(query.to ?? '/'));
      return;
    case 'type':
      context.type = String(query.type ?? 'text/plain');
      context.body = await readRepoFile(query.path);
      return;
    case 'count':
      hits.set(query.key, (hits.get(query.key) ?? 0) + 1);
      await wait(query.delay ?? 100);
      context.type = 'application/json';
      context.body = await readRepoFile(query.path);
      return;
    case 'cookie':
      // The seed, remembering the Cookie header the request carried (for the credentials test).
      cookies.set(query.key, context.get('cookie'));
      context.type = 'application/json';
      context.body = await readRepoFile('stories/data/seed-2022.json');
      return;
    case 'seen-cookie':
      context.type = 'application/json';
      context.body = JSON.stringify({ cookie: cookies.get(query.key) ?? null });
      return;
    case 'big': {
      // A huge body, streamed, counting what the client actually took (it must stop early).
      const total = Math.min(Number(query.bytes) || 0, 600 * 1024 * 1024);
      const key = String(query.key ?? '');
      sent.set(key, 0);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      async function* body() {
        for (let done = 0; done < total; done += chunk.length) {
          sent.set(key, done);
          yield chunk.subarray(0, Math.min(chunk.length, total - done));
          await new Promise((next) => setImmediate(next));
        }
        sent.set(key, total);
      }
      context.type = 'application/json';
      if (query.length === '1') context.length = total;
      context.body = Readable.from(body());
      return;
    }
    case 'big-sent':
      context.type = 'application/json';
      context.body = JSON.stringify({ sent: sent.get(String(query.key ?? '')) ?? 0 });
      return;
    case 'hits':
      context.type = 'application/json';
      context.body = JSON.stringify({ hits: hits.get(query.key) ?? 0 });
      return;
    default:
      context.status = 404;
  }
}
