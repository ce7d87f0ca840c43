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

/** Elements that follow the page's language: re-rendered when <html lang> changes. */
const followers = new Set<{ requestUpdate(): void }>();
let documentObserver: MutationObserver | undefined;

/** Re-renders `element` whenever the document's `lang` changes; returns the function that stops it. */
export function followDocumentLang(element: { requestUpdate(): void }): () => void {
  followers.add(element);
  if (!documentObserver) {
    documentObserver = new MutationObserver(() => followers.forEach((follower) => follower.requestUpdate()));
    documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => followers.delete(element);
}
