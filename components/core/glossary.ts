/**
 * Term marking from the disclosure's own glossary (名词解释): a label or
 * heading that uses a defined term gets the term wrapped in a `<dfn>` that
 * screen readers describe with the definition (`aria-describedby` to a
 * hidden copy, rendered once per element by `definitions()`), and
 * that shows the definition as a tooltip on hover and on keyboard focus
 * (Escape dismisses it). The tooltip is a bordered box drawn from the
 * `data-definition` attribute, so data strings stay text and the element's
 * text content holds each definition once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GlossaryEntry } from './disclosure/index.js';

/** One piece of a text: plain, or a glossary term (its index in the glossary). */
export type TermPiece = string | { term: string; entry: number };

/** A glossary's terms in the order they are searched for, longest first (worked out once per glossary, not per text). */
const searchOrders = new WeakMap<readonly GlossaryEntry[], readonly { term: string; index: number }[]>();

/**
 * Splits `text` at the glossary terms it uses, longest term first, each term
 * marked at its first place only. Pure (no lit, no DOM).
 */
export function findTerms(text: string, glossary: readonly GlossaryEntry[] | undefined): TermPiece[] {
  if (!glossary || glossary.length === 0 || !text) return [text];
  let order = searchOrders.get(glossary);
  if (!order) {
    order = glossary
      .map((entry, index) => ({ term: entry.term.trim(), index }))
      .filter((entry) => entry.term.length > 1)
      .sort((a, b) => b.term.length - a.term.length);
    searchOrders.set(glossary, order);
  }
  // Claimed character ranges, so that a shorter term inside a longer one is not marked again.
  const hits: { start: number; end: number; entry: number; term: string }[] = [];
  for (const { term, index } of order) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(term, from);
      if (start < 0) break;
      const end = start + term.length;
      if (!hits.some((hit) => start < hit.end && end > hit.start)) {
        hits.push({ start, end, entry: index, term });
        break;
      }
      from = start + 1;
    }
  }
  if (hits.length === 0) return [text];
  hits.sort((a, b) => a.start - b.start);
  const pieces: TermPiece[] = [];
  let at = 0;
  for (const hit of hits) {
    if (hit.start > at) pieces.push(text.slice(at, hit.start));
    pieces.push({ term: hit.term, entry: hit.entry });
    at = hit.end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}

/**
 * Before a definition shows (focus, pointer): it opens toward the side of its term with more room, no wider than
 * that room, so that a term near the edge of a 320 px page does not push its definition off the page.
 */
function place(event: Event): void {
  const term = event.currentTarget as HTMLElement;
  const box = term.getBoundingClientRect();
  const page = term.ownerDocument.documentElement.clientWidth;
  const rtl = getComputedStyle(term).direction === 'rtl';
  const fromStart = rtl ? box.right : page - box.left;
  const fromEnd = rtl ? page - box.left : box.right;
  const end = fromEnd > fromStart;
  term.toggleAttribute('data-open-end', end);
  term.style.setProperty('--_term-room', `${Math.max(Math.floor((end ? fromEnd : fromStart) - 8), 96)}px`);
}

function dismiss(event: KeyboardEvent): void {
  if (event.key === 'Escape') (event.currentTarget as HTMLElement).setAttribute('data-dismissed', '');
}
function undismiss(event: Event): void {
  (event.currentTarget as HTMLElement).removeAttribute('data-dismissed');
}

/**
 * The term under the pointer. Escape hides its definition wherever focus is (WCAG 1.4.13: content shown on
 * hover can be dismissed without moving the pointer), through one listener on its document while it is hovered.
 */
let hovered: HTMLElement | undefined;
function escapeHovered(event: KeyboardEvent): void {
  // A term drawn away under the pointer gets no mouseleave: let it go here.
  if (hovered && !hovered.isConnected) {
    hovered.ownerDocument.removeEventListener('keydown', escapeHovered);
    hovered = undefined;
  }
  if (event.key === 'Escape') hovered?.setAttribute('data-dismissed', '');
}
function enter(event: Event): void {
  place(event);
  // The previous term, if it was drawn away without a mouseleave, is let go (its document's listener too).
  if (hovered && hovered !== event.currentTarget) hovered.ownerDocument.removeEventListener('keydown', escapeHovered);
  hovered = event.currentTarget as HTMLElement;
  hovered.ownerDocument.addEventListener('keydown', escapeHovered);
}
function leave(event: Event): void {
  const term = event.currentTarget as HTMLElement;
  term.ownerDocument.removeEventListener('keydown', escapeHovered);
  if (hovered === term) hovered = undefined;
  undismiss(event);
}

/**
 * Marks terms in the texts of one render, and renders the definitions those
 * marks refer to once (ids from `idPrefix`, unique in the shadow root).
 */
export class TermMarker {
  private readonly used = new Set<number>();
  constructor(
    private readonly glossary: readonly GlossaryEntry[] | undefined,
    private readonly idPrefix: string,
  ) {}

  /** `text` with the glossary terms it uses marked, each term once per marker; the text itself when it uses none. */
  mark(text: string): TemplateResult | string {
    let marked = false;
    const content = findTerms(text, this.glossary).map((piece) => {
      if (typeof piece === 'string') return piece;
      // The first use of a term in an element is marked (one tab stop per term), later ones stay text.
      if (this.used.has(piece.entry)) return piece.term;
      this.used.add(piece.entry);
      marked = true;
      const definition = this.glossary![piece.entry]!.definition;
      return html`<dfn class="term" part="term" tabindex="0" aria-describedby=${`${this.idPrefix}-${piece.entry}`} data-definition=${definition}
        @focus=${place} @mouseenter=${enter} @keydown=${dismiss} @blur=${undismiss} @mouseleave=${leave}>${piece.term}</dfn>`;
    });
    // A text whose terms were all marked before is the text itself, not a template of its pieces.
    return marked ? html`${content}` : text;
  }

  /**
   * The definitions the marks refer to, hidden (`aria-describedby` reads
   * hidden text; a screen reader's reading order does not meet it twice);
   * nothing when no term was marked. Call it after every `mark` (marks made
   * lazily, e.g. inside `repeat`, must be made beforehand).
   */
  definitions(): TemplateResult | typeof nothing {
    if (this.used.size === 0) return nothing;
    return html`<div class="term-definitions" hidden>
      ${[...this.used].map((entry) => html`<span id=${`${this.idPrefix}-${entry}`}>${this.glossary![entry]!.definition}</span>`)}
    </div>`;
  }
}
