/**
 * The CDN autoloader (dist/autoloader.js): one small module that loads each
 * element's code the first time its tag appears on the page, the way
 * Shoelace's autoloader does.
 *
 *   <script type="module" src="https://cdn.example/disclosure-elements/dist/autoloader.js"></script>
 *   <three-public-expenses src="/data/2022.json"></three-public-expenses>
 *
 * It looks at the document now and, through a MutationObserver, at everything
 * added later; a CMS-safe div (`data-disclosure-element`, components/embed.ts)
 * is upgraded into its tag, which then loads the same way. Each element's code
 * is a chunk built next to this file (dist/chunks/), and the chunks share one
 * common core (Lit, decimal.js, the base element), so a page with one element
 * loads that element and the core, nothing else.
 *
 * The tags come from EMBEDDABLE_TAGS: a new element is added there, and the
 * type of LOADERS below then requires its chunk.
 */
import { EMBEDDABLE_TAGS, observeEmbeds, upgradeEmbeds, type EmbeddableTag } from './embed.js';

/** The chunk of each element (esbuild splits every dynamic import into its own file). */
const LOADERS: Record<EmbeddableTag, () => Promise<unknown>> = {
  'account-summary': () => import('./account-summary/define.js'),
  'functional-breakdown': () => import('./functional-breakdown/define.js'),
  'three-public-expenses': () => import('./three-public-expenses/define.js'),
  'income-breakdown': () => import('./income-breakdown/define.js'),
  'expenditure-breakdown': () => import('./expenditure-breakdown/define.js'),
  'fund-appropriation': () => import('./fund-appropriation/define.js'),
  'basic-expenditure': () => import('./basic-expenditure/define.js'),
  'appropriation-summary': () => import('./appropriation-summary/define.js'),
  'department-profile': () => import('./department-profile/define.js'),
  'other-matters': () => import('./other-matters/define.js'),
  'disclosure-glossary': () => import('./disclosure-glossary/define.js'),
  'disclosure-report': () => import('./disclosure-report/define.js'),
};

const requested = new Map<EmbeddableTag, Promise<unknown>>();

/**
 * Hydration support (components/hydrate.ts), loaded before any element's code
 * when the page holds a pre-rendered element (one that arrived with its
 * declarative shadow root), so that it takes over that DOM instead of
 * rendering it again; pages without pre-rendered elements never load it.
 */
let hydration: Promise<unknown> | undefined;
function hydrationFor(root: ParentNode | Element): Promise<unknown> {
  if (!hydration && requested.size === 0) {
    const selector = EMBEDDABLE_TAGS.join(',');
    const candidates = [...(root instanceof Element && root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)];
    if (candidates.some((element) => element.shadowRoot)) hydration = import('./hydrate.js');
  }
  return hydration ?? Promise.resolve();
}

/** Loads one element's code (once); resolves when its tag is defined. */
export function loadElement(tag: EmbeddableTag): Promise<unknown> {
  let loading = requested.get(tag);
  if (!loading) {
    loading = customElements.get(tag)
      ? Promise.resolve()
      : (hydration ?? Promise.resolve()).then(LOADERS[tag]).catch((error: unknown) => {
          requested.delete(tag);
          console.error(`disclosure-elements: the code of <${tag}> could not be loaded.`, error);
        });
    requested.set(tag, loading);
  }
  return loading;
}

/**
 * Loads the code of every library tag in `root` (the document, or a shadow root the observer cannot see), after
 * turning the div form there (`<div data-disclosure-element>`) into its tags.
 */
export function discover(root: ParentNode | Element = document): Promise<unknown[]> {
  upgradeEmbeds(root);
  void hydrationFor(root);
  const waiting: Promise<unknown>[] = [];
  for (const tag of EMBEDDABLE_TAGS) {
    if (requested.has(tag)) continue;
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) waiting.push(loadElement(tag));
  }
  return Promise.all(waiting);
}

let observer: MutationObserver | undefined;

function start(): void {
  if (observer) return;
  void discover(document);
  observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      mutation.addedNodes.forEach((node) => {
        if (node instanceof Element) void discover(node);
      });
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  // Divs pasted through a CMS become tags, which the observer above then loads.
  observeEmbeds();
}

if (typeof document !== 'undefined') start();
