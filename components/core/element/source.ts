/**
 * Where an element's disclosure comes from, and what can go wrong on the way:
 * the inline `<script type="application/json">` child, and `src` fetched
 * through a page-wide cache so that several elements with the same `src`
 * fetch it once. A request is aborted only when no element waits for it.
 */
import type { DisclosureError } from '../disclosure/index.js';
import { catalogueFor, type Catalogue } from '../locale/index.js';

/** Why an element could not show its disclosure. */
export type LoadFailure =
  | { kind: 'http'; url: string; status: number; statusText: string }
  | { kind: 'network'; url: string; detail: string }
  | { kind: 'timeout'; url: string; seconds: number }
  | { kind: 'content-type'; url: string; contentType: string }
  | { kind: 'not-json'; url?: string; detail: string }
  | { kind: 'invalid'; url?: string; error: DisclosureError }
  | { kind: 'no-data' };

/** The error an element reports in `disclosure-error` and shows in its alert; its message is the English one. */
export class DisclosureLoadError extends Error {
  readonly failure: LoadFailure;
  constructor(failure: LoadFailure) {
    super(failureMessage(failure, catalogueFor('en')));
    this.name = 'DisclosureLoadError';
    this.failure = failure;
  }
}

/** The sentence, in the catalogue's language, that says what went wrong and where. */
export function failureMessage(failure: LoadFailure, catalogue: Catalogue): string {
  const messages = catalogue.element.failures;
  switch (failure.kind) {
    case 'invalid':
      return messages.invalid({ url: failure.url, count: failure.error.problems.length });
    case 'no-data':
      return messages['no-data'];
    default:
      return (messages[failure.kind] as (details: typeof failure) => string)(failure);
  }
}

/** The text of the element's own inline JSON child, if it has one. */
export function readInlineJson(host: Element): string | undefined {
  for (const child of Array.from(host.children)) {
    if (child.localName === 'script' && (child as HTMLScriptElement).type.trim().toLowerCase() === 'application/json') {
      return child.textContent ?? '';
    }
  }
  return undefined;
}

export interface FetchOptions {
  /** `omit` (the elements' default) sends no cookies; `same-origin` sends them to the page's own origin; `include` sends them everywhere. */
  credentials: RequestCredentials;
  /** Seconds to wait for an answer before giving up. */
  timeoutSeconds: number;
}

interface CacheEntry {
  promise: Promise<string>;
  controller: AbortController;
  waiters: number;
}

/** One request per URL and credentials mode, shared by every element on the page. */
const cache = new Map<string, CacheEntry>();

/**
 * Fetches `url` as text, sharing the request with every other element that
 * asks for the same URL. `signal` withdraws only this caller: the request is
 * aborted when its last waiter withdraws. Rejects with DisclosureLoadError.
 */
export function fetchDisclosureText(url: string, options: FetchOptions, signal: AbortSignal): Promise<string> {
  const absolute = new URL(url, document.baseURI).href;
  const key = `${options.credentials} ${absolute}`;
  let entry = cache.get(key);
  if (!entry) {
    const controller = new AbortController();
    const created: CacheEntry = { controller, waiters: 0, promise: request(absolute, options, controller) };
    entry = created;
    cache.set(key, created);
    // A failed request is not kept: the next element (or a retry) asks again.
    created.promise.catch(() => {
      if (cache.get(key) === created) cache.delete(key);
    });
  }
  const shared = entry;
  shared.waiters += 1;
  return new Promise<string>((resolve, reject) => {
    const withdraw = () => {
      shared.waiters -= 1;
      if (shared.waiters === 0 && cache.get(key) === shared) {
        cache.delete(key);
        shared.controller.abort();
      }
      reject(new DOMException('Aborted', 'AbortError'));
    };
    if (signal.aborted) return withdraw();
    signal.addEventListener('abort', withdraw, { once: true });
    shared.promise.then(
      (text) => {
        signal.removeEventListener('abort', withdraw);
        resolve(text);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', withdraw);
        reject(error);
      },
    );
  });
}

async function request(url: string, options: FetchOptions, controller: AbortController): Promise<string> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutSeconds * 1000);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: options.credentials,
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      throw new DisclosureLoadError({ kind: 'http', url: response.url || url, status: response.status, statusText: response.statusText });
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (/^\s*text\/html\b/i.test(contentType)) {
      // A portal that answers a missing file with its HTML home page: say so, not "not JSON at line 1".
      throw new DisclosureLoadError({ kind: 'content-type', url: response.url || url, contentType: contentType.split(';')[0]!.trim() });
    }
    return await response.text();
  } catch (error) {
    if (error instanceof DisclosureLoadError) throw error;
    if (timedOut) throw new DisclosureLoadError({ kind: 'timeout', url, seconds: options.timeoutSeconds });
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new DisclosureLoadError({ kind: 'network', url, detail: error instanceof Error ? error.message : String(error) });
  } finally {
    clearTimeout(timer);
  }
}

/** Forgets every cached request (tests; a portal that replaced its data files). */
export function clearDisclosureCache(): void {
  cache.clear();
}
