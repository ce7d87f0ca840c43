/**
 * The CMS-safe embed. Rich-text editors (TinyMCE, CKEditor) strip unknown
 * tags and <script> blocks, but keep a plain div with data attributes:
 *
 *   <div data-disclosure-element="account-summary" data-src="/data/2022.json" lang="zh-CN"></div>
 *
 * The bundle upgrades such divs into the element, on load and whenever they
 * appear later (a MutationObserver). The disclosure comes from `data-src`, or
 * from JSON pasted as the div's text. A `data-*` attribute or `lang` changed
 * on the div later is changed on the element too. Only this library's tags
 * are created, whatever the attribute says.
 */

/**
 * The library's tags: those a div may ask for, and the one list the
 * autoloader (components/autoloader.ts) and the framework types
 * (components/frameworks/) are built from. A new element is added here.
 */
export const EMBEDDABLE_TAGS = [
  'account-summary',
  'functional-breakdown',
  'three-public-expenses',
  'income-breakdown',
  'expenditure-breakdown',
  'fund-appropriation',
  'basic-expenditure',
  'appropriation-summary',
  'department-profile',
  'other-matters',
  'disclosure-glossary',
  'disclosure-report',
] as const;
export type EmbeddableTag = (typeof EMBEDDABLE_TAGS)[number];

/** data-* attributes copied onto the element as its attributes, at the upgrade and whenever they change on the div. */
const COPIED_ATTRIBUTES = ['src', 'unit', 'view', 'heading-level', 'hide-zero', 'fund', 'credentials', 'timeout'];
/** The div's attributes the element follows once it is made (`lang` as it is, the others without `data-`). */
const FOLLOWED_ATTRIBUTES = ['lang', ...COPIED_ATTRIBUTES.map((name) => `data-${name}`)];
const SELECTOR = '[data-disclosure-element]:not([data-disclosure-upgraded])';

/** Upgrades every embed div inside `root` (or `root` itself). */
export function upgradeEmbeds(root: ParentNode | Element = document): void {
  if (root instanceof Element && root.matches(SELECTOR)) upgrade(root);
  root.querySelectorAll(SELECTOR).forEach(upgrade);
}

function upgrade(container: Element): void {
  const tag = container.getAttribute('data-disclosure-element')?.trim().toLowerCase() ?? '';
  container.setAttribute('data-disclosure-upgraded', '');
  if (!(EMBEDDABLE_TAGS as readonly string[]).includes(tag)) {
    console.warn(`data-disclosure-element="${tag}" is not one of ${EMBEDDABLE_TAGS.join(', ')}; the div was left as it is.`);
    return;
  }
  const element = document.createElement(tag) as HTMLElement & { disclosure?: unknown };
  for (const name of COPIED_ATTRIBUTES) {
    const value = container.getAttribute(`data-${name}`);
    if (value !== null) element.setAttribute(name, value);
  }
  const lang = container.getAttribute('lang');
  if (lang) element.setAttribute('lang', lang);
  // JSON pasted as the div's text becomes the disclosure property: no <script> is created.
  const text = container.textContent?.trim() ?? '';
  if (text.startsWith('{')) element.disclosure = text;
  container.replaceChildren(element);
}

/**
 * A followed attribute changed on an upgraded div (a page script switching the year's `data-src`, the language):
 * the element it holds gets it too, or loses it when the div did.
 */
function follow(container: Element, attribute: string): void {
  const tag = container.getAttribute('data-disclosure-element')?.trim().toLowerCase();
  const element = container.firstElementChild;
  if (!container.hasAttribute('data-disclosure-upgraded') || !element || element.localName !== tag) return;
  const name = attribute === 'lang' ? 'lang' : attribute.slice('data-'.length);
  const value = container.getAttribute(attribute);
  // An empty lang is none, as at the upgrade: the element follows its ancestors then.
  if (value === null || (name === 'lang' && value === '')) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

let observer: MutationObserver | undefined;

/** Upgrades embed divs now and whenever they are added to the page later. Idempotent. */
export function observeEmbeds(): void {
  if (observer || typeof document === 'undefined') return;
  const start = () => {
    upgradeEmbeds(document);
    observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        mutation.addedNodes.forEach((node) => {
          if (node instanceof Element) upgradeEmbeds(node);
        });
        if (mutation.type !== 'attributes' || !(mutation.target instanceof Element)) continue;
        if (mutation.attributeName === 'data-disclosure-element') upgradeEmbeds(mutation.target);
        else follow(mutation.target, mutation.attributeName!);
      }
    });
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-disclosure-element', ...FOLLOWED_ATTRIBUTES],
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
