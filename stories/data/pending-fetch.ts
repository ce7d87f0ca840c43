/**
 * The loading state, reliably, in any build of the Storybook (dev server or
 * static files, online or not): a static site has no URL that never answers,
 * so the preview answers one itself. `installPendingFetch()` (called once in
 * .storybook/preview.ts) wraps `fetch` so that a request for PENDING_URL
 * never settles: it only rejects, as an abort, when the element aborts it
 * (its `timeout` ran out, or it was removed from the page). Every other
 * request goes to the network unchanged.
 */
export const PENDING_URL = 'data/pending/never-answers.json';

const MARK = Symbol.for('disclosure-elements.pending-fetch');

export function installPendingFetch(target: typeof globalThis = globalThis): void {
  const original = target.fetch as typeof fetch & { [MARK]?: true };
  if (original[MARK]) return;
  const pendingPath = new URL(PENDING_URL, 'http://localhost/').pathname;
  const wrapped = function (this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, target.document?.baseURI ?? 'http://localhost/');
    if (!url.pathname.endsWith(pendingPath)) return original.call(this, input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise<Response>((_resolve, reject) => {
      const abort = () => reject(signal?.reason ?? new DOMException('The request was aborted.', 'AbortError'));
      if (signal?.aborted) abort();
      else signal?.addEventListener('abort', abort, { once: true });
    });
  } as typeof fetch & { [MARK]?: true };
  wrapped[MARK] = true;
  target.fetch = wrapped;
}
