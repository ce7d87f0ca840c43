/**
 * Pre-rendering (Node): an element, with its attributes and a disclosure, to
 * an HTML fragment that shows every figure before, and without, JavaScript.
 *
 * The fragment is the element's own tag holding
 *   - a declarative shadow root (`<template shadowrootmode="open">`) with the
 *     same styles, tables, chart SVGs and descriptions the browser renders,
 *     rendered by Lit's server renderer (@lit-labs/ssr), and
 *   - the validated disclosure as the element's inline JSON child
 *     (`<script type="application/json">`, `<` written as `\u003c`), so the
 *     element takes over the existing DOM when the bundle loads (hydration)
 *     without fetching anything.
 *
 * Nothing here runs in the browser; the elements' own code is the same code
 * the bundle ships, run against Lit's DOM shim.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { nothing, type LitElement } from 'lit';
import { parseDisclosure, DisclosureError, crossCheck } from '../core/disclosure/index.js';
import { DisclosureLoadError } from '../core/element/source.js';
import { runChecksSynchronously, type DisclosureElement } from '../core/element/disclosure-element.js';
import { RENDERABLE_ELEMENTS, type RenderableTag } from './elements.js';

// Lit's server renderer is synchronous: the fragment holds the "数据核对" note, so the checks run with the validation here.
runChecksSynchronously(crossCheck);

/** The attributes an element can be pre-rendered with; each is the element's attribute of the same name. */
export interface RenderOptions {
  /** `zh-CN` (default) or `en`. Always written on the element, so the server and the browser agree on the language. */
  lang?: string;
  /** `元`, `万元` or `亿元`. */
  unit?: string;
  /** `both`, `table` or `chart`. */
  view?: string;
  /** 1–6. */
  headingLevel?: number;
  hideZero?: boolean;
  /** `<functional-breakdown>` only. */
  fund?: string;
  /**
   * Which rows of a hierarchical table are open: `all` (default here, so that
   * every figure is in the HTML for readers without JavaScript and for search
   * engines) or `auto` (the element's own default). Only for elements with an
   * `expand` attribute.
   */
  expand?: 'all' | 'auto';
}

/** Why a disclosure could not be pre-rendered: the validator's problems, or the element's own error (a section it needs is missing). */
export class RenderError extends Error {
  override readonly cause: DisclosureError | DisclosureLoadError;
  constructor(cause: DisclosureError | DisclosureLoadError) {
    super(cause.message);
    this.name = 'RenderError';
    this.cause = cause;
  }
}

/**
 * The Content-Security-Policy sources (`'sha256-…'`) that allow the inline
 * `<style>`s of `fragment`, one per distinct style (one per kind of element
 * in it). A page whose `style-src` has neither these nor 'unsafe-inline'
 * shows the fragment unstyled until the bundle runs (the element then adopts
 * its style sheets, which the policy allows). Data never makes a `<style>`:
 * its text is escaped in the HTML and in the inline JSON.
 */
export async function styleHashes(fragment: string): Promise<string[]> {
  const styles = new Set([...fragment.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css!));
  return Promise.all(
    [...styles].map(async (css) => {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
      return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
    }),
  );
}

/** Every element that captured its instance while rendering (the server renderer keeps them private). */
class CapturingRenderer extends LitElementRenderer {
  static captured: Element[] = [];
  constructor(tagName: string) {
    super(tagName);
    CapturingRenderer.captured.push(this.element);
  }
}

/**
 * JSON text made safe inside `<script>`: `<`, `>` and `&` (which JSON allows
 * only inside strings) as `\u003c`, `\u003e` and `\u0026`, so no `</script>`
 * or `<!--` can end or bend the element; the text means the same JSON.
 */
export function scriptSafeJson(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

let defined = false;
function defineElements(): void {
  if (defined) return;
  for (const [tag, element] of Object.entries(RENDERABLE_ELEMENTS)) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
  defined = true;
}

/**
 * Renders `tag` with `disclosure` (an object or JSON text) to an HTML
 * fragment. Throws RenderError when the disclosure is not valid or lacks the
 * section the element shows: nothing is rendered then.
 */
export async function renderToString(tag: RenderableTag, disclosure: unknown, options: RenderOptions = {}): Promise<string> {
  if (!Object.hasOwn(RENDERABLE_ELEMENTS, tag)) {
    throw new TypeError(`Cannot pre-render <${String(tag)}>: it is not one of ${Object.keys(RENDERABLE_ELEMENTS).join(', ')}.`);
  }
  // The browser reads the same JSON text the server rendered from, so the two renders agree.
  const text = typeof disclosure === 'string' ? disclosure.replace(/^\uFEFF/, '') : JSON.stringify(disclosure);
  try {
    // On the text as given, so that a JSON syntax error names its line and column.
    parseDisclosure(text);
  } catch (error) {
    if (error instanceof DisclosureError) throw new RenderError(error);
    throw error;
  }
  const json = compactJson(text);
  defineElements();
  const name = unsafeStatic(tag);
  const hierarchical = (RENDERABLE_ELEMENTS[tag] as unknown as typeof LitElement).elementProperties.has('expand');
  const template = html`<${name}
    lang=${options.lang ?? 'zh-CN'}
    unit=${options.unit ?? nothing}
    view=${options.view ?? nothing}
    heading-level=${options.headingLevel ?? nothing}
    ?hide-zero=${options.hideZero ?? false}
    fund=${options.fund ?? nothing}
    expand=${hierarchical ? (options.expand ?? 'all') : nothing}
    .disclosure=${json}
  ></${name}>`;
  CapturingRenderer.captured = [];
  const markup = await collectResult(render(template, { elementRenderers: [CapturingRenderer] }));
  const element = CapturingRenderer.captured[0] as DisclosureElement<unknown> | undefined;
  if (element?.state !== 'ready') {
    const failure = element?.error;
    throw new RenderError(failure ?? new DisclosureLoadError({ kind: 'no-data' }));
  }
  return withInlineData(stripOuterMarkers(markup), tag, json);
}

/**
 * JSON text without the white space between its tokens, every string and
 * number kept character for character (so "933.70" and 12345678901234567891
 * reach the browser as they were written). Linear in the length.
 */
export function compactJson(json: string): string {
  let out = '';
  let start = 0;
  let inString = false;
  for (let index = 0; index < json.length; index++) {
    const char = json.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index++; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x20 || char === 0x0a || char === 0x0d || char === 0x09) {
      out += json.slice(start, index);
      start = index + 1;
    }
  }
  return out + json.slice(start);
}

/** The page-level template's hydration markers around the element: nothing on the page hydrates them, so they go. */
function stripOuterMarkers(markup: string): string {
  return markup
    .replace(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^(<[a-z-]+)\s+/, '$1 ');
}

/** Puts the disclosure inside the element as its inline JSON child, right before its closing tag. */
function withInlineData(markup: string, tag: string, json: string): string {
  const closing = `</${tag}>`;
  const at = markup.lastIndexOf(closing);
  return `${markup.slice(0, at)}<script type="application/json">${scriptSafeJson(json)}</script>${closing}`;
}
