/**
 * Test harness for the disclosure elements: talks about the element (its
 * state, its tables, its alert, its chart marks), not about DOM details.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { DisclosureElement, DisclosureState } from '../../components/core/element/disclosure-element.js';
import { clearDisclosureCache } from '../../components/core/element/source.js';

export type AnyDisclosureElement = DisclosureElement<unknown>;

const jsonCache = new Map<string, unknown>();

/** A data file of the repository, parsed (a fresh copy each call, so tests may mutate it). */
export async function loadJson<T = any>(path: string): Promise<T> {
  if (!jsonCache.has(path)) {
    // Through the test server: the test runner serves .json files as JS modules.
    const response = await fetch(dataUrl(path));
    jsonCache.set(path, await response.json());
  }
  return structuredClone(jsonCache.get(path)) as T;
}

/** The URL that serves a repository file as JSON (optionally after `delay` ms), for `src`. */
export function dataUrl(path: string, delay = 0): string {
  return `/test-api/file?path=${encodeURIComponent(path)}${delay ? `&delay=${delay}` : ''}`;
}

export const seedPath = 'stories/data/seed-2022.json';
export const syntheticPath = 'stories/data/synthetic-2023.json';

/** Renders a template and returns its first element, with a fresh fetch cache. */
export async function render<T extends Element = AnyDisclosureElement>(template: TemplateResult): Promise<T> {
  clearDisclosureCache();
  return fixture<T>(template);
}

/** Waits until the element reaches `state` (and has rendered it). */
export async function settle(element: AnyDisclosureElement, state: DisclosureState = 'ready', timeout = 5000): Promise<void> {
  await waitUntil(() => element.state === state, `expected state ${state}, was ${element.state}`, { timeout });
  await element.updateComplete;
}

/**
 * Text as a reader sees it: without the invisible bidi isolation marks
 * (U+2066–U+2069) that keep data strings and figures from reordering each
 * other (test/reliability/bidi.test.ts checks that they are there).
 */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u2066-\u2069]/g, '');
}

/** The visible text of the element's shadow root, white space folded. */
export function textOf(element: Element): string {
  return plain(element.shadowRoot?.textContent).replace(/\s+/g, ' ').trim();
}

/** The element's tables: caption and the text of each cell, row by row. */
export function tables(element: Element): { caption: string; rows: string[][] }[] {
  return [...(element.shadowRoot?.querySelectorAll('table') ?? [])].map((table) => ({
    caption: plain(table.caption?.textContent).replace(/\s+/g, ' ').trim(),
    // A blank cell's reason (heard by screen readers only) is tested on its own (test/accessibility/beyond.test.ts).
    rows: [...table.rows].map((row) => [...row.cells].map((cell) => plain(cellText(cell)).replace(/\s+/g, ' ').trim())),
  }));
}

/** A cell's text without the reason of a blank cell (screen-reader only). */
function cellText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('.blank-reason').forEach((reason) => reason.remove());
  return copy.textContent ?? '';
}

/** The row of a table whose header cell contains `label`, as cell texts. */
export function rowOf(element: Element, label: string, tableIndex?: number): string[] | undefined {
  const candidates = tableIndex === undefined ? tables(element) : [tables(element)[tableIndex]!];
  for (const table of candidates) {
    const row = table.rows.find((cells) => cells[0]!.includes(label));
    if (row) return row;
  }
  return undefined;
}

/** The alert, if the element shows one. */
export function alertOf(element: Element): HTMLElement | null {
  return element.shadowRoot?.querySelector<HTMLElement>('[role="alert"]') ?? null;
}

/** The chart marks (focusable targets) of the element, in order. */
export function marksOf(element: Element): SVGElement[] {
  return [...(element.shadowRoot?.querySelectorAll<SVGElement>('.mark-target') ?? [])];
}

/** How many times the test server answered /test-api/count for `key`. */
export async function hitsFor(key: string): Promise<number> {
  const response = await fetch(`/test-api/hits?key=${encodeURIComponent(key)}`);
  return ((await response.json()) as { hits: number }).hits;
}

export const nextFrame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
