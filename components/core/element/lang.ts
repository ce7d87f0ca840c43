import { normaliseLocale, type Locale } from '../locale/index.js';

/**
 * An element's language: its own `lang` (property or attribute), else its nearest ancestor's
 * (crossing shadow roots, so an element inside another component follows the
 * page), else zh-CN.
 */
export function resolveLocale(element: Element, ownLang?: string): Locale {
  // The element's own `lang` property is read directly: Lit reflects it to the attribute only after rendering.
  if (ownLang) return normaliseLocale(ownLang);
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang');
      if (lang) return normaliseLocale(lang);
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return normaliseLocale(undefined);
}

/** What each element on the page does when a `lang` attribute of the document changes (it looks whether its own language did). */
const followers = new Set<() => void>();
let documentObserver: MutationObserver | undefined;

/**
 * Calls `changed` whenever a `lang` attribute in the document changes (<html lang>, or a container's, which an
 * element may inherit); returns the function that stops it. One observer for the page: `lang` changes are rare.
 */
export function followDocumentLang(changed: () => void): () => void {
  followers.add(changed);
  if (!documentObserver) {
    documentObserver = new MutationObserver(() => followers.forEach((follower) => follower()));
    documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => followers.delete(changed);
}
