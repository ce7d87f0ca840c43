/**
 * Where an element's disclosure comes from, and what can go wrong on the way:
 * the inline `<script type="application/json">` child, and `src` fetched
 * through a page-wide cache so that several elements with the same `src`
 * fetch it once. A request is aborted only when no element waits for it.
 */
import type { DisclosureError } from '../disclosure/index.js';
import { MAX_CACHED_BYTES, MAX_CACHED_DOCUMENTS, MAX_DOCUMENT_BYTES } from '../disclosure/limits.js';
import { catalogueFor, loadedLocale, PROBLEMS_PARTS, type Catalogue, type Locale, type LocalisedText } from '../locale/index.js';

/** Why an element could not show its disclosure. */
export type LoadFailure =
  | { kind: 'http'; url: string; status: number; statusText: string }
  | { kind: 'network'; url: string; detail: string }
  | { kind: 'timeout'; url: string; seconds: number }
  | { kind: 'content-type'; url: string; contentType: string }
  | { kind: 'too-large'; url: string; limit: number }
  | { kind: 'not-utf8'; url: string }
  /** No words could be loaded in any language (the catalogue's chunks failed to download). */
  | { kind: 'words'; locale: Locale }
  /** `src` is not a URL (a mistyped port, a space in the host). */
  | { kind: 'bad-url'; url: string }
  | { kind: 'not-json'; url?: string; detail: string; /** The parser's words in every language, when the validator wrote them. */ localisedDetail?: LocalisedText }
  | { kind: 'invalid'; url?: string; error: DisclosureError }
  | { kind: 'no-data' };

/**
 * The error an element reports in `disclosure-error` and shows in its alert; its message is the English one
 * where the English catalogue is loaded (always in Node), else the one of the page's language, written when
 * first read (the element loads only its language's catalogue).
 */
export class DisclosureLoadError extends Error {
  readonly failure: LoadFailure;
  constructor(failure: LoadFailure) {
    super();
    this.name = 'DisclosureLoadError';
    this.failure = failure;
    Object.defineProperty(this, 'message', {
      configurable: true,
      enumerable: false,
      get: () => {
        // In the words of what went wrong (their catalogue part loads only when an element shows an error).
        const locale = loadedLocale('en', PROBLEMS_PARTS);
        if (!locale) return failure.kind;
        const message = failureMessage(failure, catalogueFor(locale));
        // The alert lists the problems under this sentence; the error's own message names the first ones itself.
        if (failure.kind !== 'invalid') return message;
        const problems = failure.error.problems;
        const shown = problems.slice(0, 3).map((problem) => `${problem.path || '(root)'}: ${problem.message[locale]}`);
        return `${message} ${shown.join('; ')}${problems.length > shown.length ? '; …' : ''}`;
      },
    });
  }
}

/** The sentence, in the catalogue's language, that says what went wrong and where. */
export function failureMessage(failure: LoadFailure, catalogue: Catalogue): string {
  const messages = catalogue.failures;
  switch (failure.kind) {
    case 'invalid':
      return messages.invalid({ url: failure.url, count: failure.error.problems.length });
    case 'no-data':
      return messages['no-data'];
    case 'not-json':
      // The alert speaks the element's language; `detail` (the error's own message) stays as the error writes it.
      return messages['not-json']({ url: failure.url, detail: failure.localisedDetail?.[catalogue.lang as Locale] ?? failure.detail });
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
  /** The document's size once it has arrived (UTF-16: 2 bytes a character); 0 while it is on its way. */
  bytes: number;
  /** True once the request has answered or failed. */
  settled?: boolean;
}

/**
 * One request per URL and credentials mode, shared by every element on the
 * page. A bounded LRU (Map order is use order): at most MAX_CACHED_DOCUMENTS
 * documents and MAX_CACHED_BYTES, the least recently used evicted first.
 */
const cache = new Map<string, CacheEntry>();
let cachedBytes = 0;

function forget(key: string, entry: CacheEntry): void {
  if (cache.get(key) !== entry) return;
  cache.delete(key);
  cachedBytes -= entry.bytes;
}

function evict(): void {
  for (const [key, entry] of cache) {
    if (cache.size <= MAX_CACHED_DOCUMENTS && cachedBytes <= MAX_CACHED_BYTES) return;
    forget(key, entry);
  }
}

const cacheKey = (url: string, credentials: RequestCredentials) => `${credentials} ${url}`;

/** `url` resolved against the document, or undefined when it is not a URL. */
export function absoluteUrl(url: string): string | undefined {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return undefined;
  }
}

/**
 * Fetches `url` as text, sharing the request with every other element that
 * asks for the same URL. `signal` withdraws only this caller, and so does its
 * own timeout (each element waits as long as its `timeout` says, whoever asked
 * first): the request is aborted when its last waiter withdraws. Rejects with
 * DisclosureLoadError.
 */
export function fetchDisclosureText(url: string, options: FetchOptions, signal: AbortSignal): Promise<string> {
  const absolute = absoluteUrl(url);
  if (absolute === undefined) return Promise.reject(new DisclosureLoadError({ kind: 'bad-url', url }));
  const key = cacheKey(absolute, options.credentials);
  let entry = cache.get(key);
  if (entry) {
    // Used again: now the most recently used.
    cache.delete(key);
    cache.set(key, entry);
  } else {
    const controller = new AbortController();
    const created: CacheEntry = { controller, waiters: 0, bytes: 0, promise: request(absolute, options.credentials, controller) };
    entry = created;
    cache.set(key, created);
    evict();
    created.promise.then(
      (text) => {
        created.settled = true;
        if (cache.get(key) !== created) return;
        created.bytes = text.length * 2;
        cachedBytes += created.bytes;
        evict();
      },
      // A failed request is not kept: the next element (or a retry) asks again.
      () => {
        created.settled = true;
        forget(key, created);
      },
    );
  }
  const shared = entry;
  shared.waiters += 1;
  return new Promise<string>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const withdraw = (reason: unknown = new DOMException('Aborted', 'AbortError')) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      shared.waiters -= 1;
      // The last waiter of a request still in flight aborts it, whether or not the cache still holds it (reload()
      // and eviction drop entries in flight): no request outlives everyone who waited for it.
      if (shared.waiters === 0 && !shared.settled) {
        forget(key, shared);
        shared.controller.abort();
      }
      reject(reason);
    };
    const onAbort = () => withdraw();
    if (signal.aborted) return withdraw();
    signal.addEventListener('abort', onAbort, { once: true });
    timer = setTimeout(() => withdraw(new DisclosureLoadError({ kind: 'timeout', url: absolute, seconds: options.timeoutSeconds })), options.timeoutSeconds * 1000);
    shared.promise.then(
      (text) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        resolve(text);
      },
      (error: unknown) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** The shared request. It has no timeout of its own: each waiter has its own, and the last to give up aborts it. */
async function request(url: string, credentials: RequestCredentials, controller: AbortController): Promise<string> {
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials,
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
    return await readBody(response, url);
  } catch (error) {
    if (error instanceof DisclosureLoadError) throw error;
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new DisclosureLoadError({ kind: 'network', url, detail: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * The body as text (UTF-8; a body that is not is an error), read as a stream
 * and abandoned as soon as it passes MAX_DOCUMENT_BYTES: a 500 MB answer is
 * never held in memory.
 */
async function readBody(response: Response, url: string): Promise<string> {
  const tooLarge = () => new DisclosureLoadError({ kind: 'too-large', url: response.url || url, limit: MAX_DOCUMENT_BYTES });
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_DOCUMENT_BYTES) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  // JSON is UTF-8 (RFC 8259): a body in GBK or UTF-16 is said to be so, not decoded into replacement characters.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (value?: Uint8Array) => {
    try {
      return value ? decoder.decode(value, { stream: true }) : decoder.decode();
    } catch {
      void reader.cancel().catch(() => {});
      throw new DisclosureLoadError({ kind: 'not-utf8', url: response.url || url });
    }
  };
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_DOCUMENT_BYTES) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    parts.push(decode(value));
  }
  parts.push(decode());
  return parts.join('');
}

/** Forgets every cached request (tests; a portal that replaced its data files). */
export function clearDisclosureCache(): void {
  cache.clear();
  cachedBytes = 0;
}

/** Forgets the cached document for one URL (all credentials modes), so that the next request fetches it again. */
export function forgetDisclosure(url: string): void {
  for (const credentials of ['omit', 'same-origin', 'include'] as const) {
    const key = cacheKey(url, credentials);
    const entry = cache.get(key);
    if (entry) forget(key, entry);
  }
}

/** What the cache holds now (tests, and a portal's diagnostics): documents and bytes. */
export function disclosureCacheSize(): { documents: number; bytes: number } {
  return { documents: cache.size, bytes: cachedBytes };
}
