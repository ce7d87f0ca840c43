/**
 * The bench page's API, driven by test/bench/run.mjs with page.evaluate: each call runs
 * one measurement series in the page and returns its samples (ms). Elements come from
 * dist/disclosure-elements.js (the minified bundle), ECharts from its full bundle; both
 * are loaded by bench.html before this module runs.
 */
import { datasets, leafCount, threePublicVariants } from './data.js';
import { accountSummaryReference, functionalBreakdownReference, threePublicReference } from './references.js';
import { interleaved, series, settle } from './timing.js';

const TAGS = ['account-summary', 'functional-breakdown', 'three-public-expenses', 'disclosure-report'];
/** Every element tag, renamed in a floor's HTML so that the floor's copies are never upgraded. */
const ELEMENT_TAG = /<(\/?)((?:account-summary|functional-breakdown|three-public-expenses|income-breakdown|expenditure-breakdown|appropriation-summary|basic-expenditure|fund-appropriation|other-matters|department-profile|disclosure-glossary|disclosure-report)(?=[\s>]))/g;
const renamed = (html) => html.replace(ELEMENT_TAG, '<$1static-$2');
const REFERENCES = {
  'account-summary': accountSummaryReference,
  'functional-breakdown': functionalBreakdownReference,
  'three-public-expenses': threePublicReference,
};

const stage = document.getElementById('stage');
/** What is on the stage: elements, floor hosts, ECharts references (with dispose). */
let mounted = [];

function clear() {
  for (const item of mounted) {
    if (typeof item.dispose === 'function') item.dispose();
    else item.remove();
  }
  mounted = [];
  stage.replaceChildren();
}

/**
 * The element's first paint: its heading and tables are in its shadow root. The cross-checks run after it, in
 * idle time (`updateComplete` and `state === 'ready'` wait for them), so a first render is timed to here; the
 * checks then run untimed, before `check`. Falls back to updateComplete.
 */
function drawn(element) {
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      resolve();
    };
    const observer = new MutationObserver(() => {
      if (element.shadowRoot.querySelector('[part~=heading]') && !element.isUpdatePending) done();
    });
    observer.observe(element.shadowRoot, { childList: true, subtree: true });
    element.updateComplete.then(done);
  });
}

function assertReady(element, what) {
  if (element.state !== 'ready') throw new Error(`${what}: <${element.localName}> is ${element.state}, not ready`);
}

/**
 * A rendered element's shadow content as one static string: Lit's comment markers dropped, so it is plain HTML
 * and SVG. An element that holds other elements (the report) is serialised with theirs as declarative shadow
 * roots, each with its adopted style sheets as a <style>, and their tags renamed so nothing is upgraded: the
 * floor then parses it all with setHTMLUnsafe (`deep`).
 */
function serialise(element) {
  const sheets = [...element.shadowRoot.adoptedStyleSheets];
  const nested = [...element.shadowRoot.querySelectorAll('*')].filter((node) => node.shadowRoot);
  if (nested.length === 0) return { html: element.shadowRoot.innerHTML.replace(/<!--[\s\S]*?-->/g, ''), sheets };
  const roots = [];
  const styles = [];
  const collect = (root) => {
    for (const node of root.querySelectorAll('*')) {
      if (!node.shadowRoot) continue;
      roots.push(node.shadowRoot);
      const style = document.createElement('style');
      style.textContent = node.shadowRoot.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
      node.shadowRoot.prepend(style);
      styles.push(style);
      collect(node.shadowRoot);
    }
  };
  collect(element.shadowRoot);
  const html = renamed(element.shadowRoot.getHTML({ shadowRoots: roots }).replace(/<!--[\s\S]*?-->/g, ''));
  styles.forEach((style) => style.remove());
  return { html, sheets, deep: true };
}

/** Puts a floor's HTML into its host: declarative shadow roots need setHTMLUnsafe, plain HTML innerHTML. */
function fill(host, { html, deep }) {
  if (deep) host.shadowRoot.setHTMLUnsafe(html);
  else host.shadowRoot.innerHTML = html;
}

/** Every element inside `element`'s shadow root (the report's sections), drawn too. */
async function drawnDeep(element) {
  await drawn(element);
  const inner = [...element.shadowRoot.querySelectorAll('*')].filter((node) => typeof node.updateComplete?.then === 'function');
  await Promise.all(inner.map(drawnDeep));
}

/** A plain div whose shadow root adopts the element's own style sheets: the floor does the same style and layout work, no more. */
function floorHost(sheets) {
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).adoptedStyleSheets = sheets;
  return host;
}

async function renderElement(tag, disclosure) {
  const element = document.createElement(tag);
  element.disclosure = structuredClone(disclosure);
  stage.append(element);
  await element.updateComplete;
  assertReady(element, 'render');
  return element;
}

const floors = new Map();
async function floorOf(tag, dataset) {
  const key = `${tag}:${dataset}`;
  if (!floors.has(key)) {
    clear();
    const element = await renderElement(tag, datasets[dataset]);
    await settle();
    floors.set(key, serialise(element));
    clear();
  }
  return floors.get(key);
}

/** A page of widgets: the three original elements in turn, each on its own disclosure. */
/**
 * The measurement of an element rendering `dataset` from the data: a fresh element and a fresh copy each run,
 * timed to its first paint (with the sections it holds); untimed after it, the checks run and it is ready.
 */
function clientRender(tag, dataset) {
  return {
    prepare: () => {
      clear();
      const element = document.createElement(tag);
      mounted.push(element);
      return { element, disclosure: structuredClone(datasets[dataset]) };
    },
    act: async ({ element, disclosure }) => {
      element.disclosure = disclosure;
      stage.append(element);
      await drawnDeep(element);
    },
    check: async ({ element }) => {
      await element.updateComplete;
      assertReady(element, `${tag} on ${dataset}`);
    },
  };
}

const MANY_TAGS = ['three-public-expenses', 'account-summary', 'functional-breakdown'];
const manyTag = (index) => MANY_TAGS[index % MANY_TAGS.length];
let manyDisclosures;
let manyFloor;
/** The `count` disclosures of `many`, and their floor strings (from the elements' own output). */
async function manyReady(count) {
  if (manyDisclosures?.length === count) return;
  manyDisclosures = threePublicVariants(count);
  clear();
  const elements = await Promise.all(manyDisclosures.map((disclosure, index) => renderElement(manyTag(index), disclosure)));
  await settle();
  manyFloor = elements.map(serialise);
  clear();
}

const api = {
  clear,

  info() {
    return {
      userAgent: navigator.userAgent,
      echarts: globalThis.echarts?.version,
      devicePixelRatio: devicePixelRatio,
      viewport: `${innerWidth}×${innerHeight}`,
      leaves: { fb100: leafCount(datasets.fb100), fb1000: leafCount(datasets.fb1000), fb3000: leafCount(datasets.fb3000), fb10000: leafCount(datasets.fb10000) },
      defined: TAGS.every((tag) => customElements.get(tag) !== undefined),
    };
  },

  /** Renders one widget (element, floor or ECharts reference) untimed and leaves it on the page: for looking at, not measuring. */
  async show({ tag, dataset, variant = 'element' }) {
    clear();
    if (variant === 'element') mounted.push(await renderElement(tag, datasets[dataset]));
    else if (variant === 'floor') {
      const floor = await floorOf(tag, dataset);
      const host = floorHost(floor.sheets);
      fill(host, floor);
      stage.append(host);
      mounted.push(host);
    } else mounted.push(REFERENCES[tag](stage, structuredClone(datasets[dataset])));
    await settle();
    return stage.getBoundingClientRect().height;
  },

  /** The rule's own minimum: one text node changed. */
  async noop({ warmups, runs }) {
    clear();
    const p = document.createElement('p');
    p.textContent = 'baseline';
    stage.append(p);
    mounted.push(p);
    return series({ warmups, runs, prepare: () => p, act: (node) => void (node.textContent = `baseline ${performance.now()}`) });
  },

  /**
   * First render of `tag` on `dataset`, three ways taken in turns: the element, its static-HTML
   * floor, and the ECharts reference. Returns { element, floor, echarts } samples.
   */
  async firstRender({ tag, dataset, warmups, runs }) {
    const data = datasets[dataset];
    const floor = await floorOf(tag, dataset);
    const reference = REFERENCES[tag];
    const result = await interleaved({
      warmups,
      runs,
      variants: {
        element: clientRender(tag, dataset),
        floor: {
          prepare: () => {
            clear();
            const host = floorHost(floor.sheets);
            mounted.push(host);
            return host;
          },
          act: (host) => {
            fill(host, floor);
            stage.append(host);
          },
        },
        // The report has no ECharts reference: nobody would build nine tables with it.
        ...(reference
          ? {
              echarts: {
                prepare: () => {
                  clear();
                  return structuredClone(data);
                },
                act: (disclosure) => void mounted.push(reference(stage, disclosure)),
              },
            }
          : {}),
      },
    });
    clear();
    result.floor.bytes = floor.html.length;
    return result;
  },

  /**
   * A pre-rendered fragment (`html`, from the pre-renderer in Node: the element with a declarative shadow root
   * and its inline JSON) three ways, in turns: `client`, the element rendering from the data (as in
   * firstRender); `fragment`, the fragment parsed with the element's tags renamed, so no JavaScript runs: the
   * first figure on screen from the HTML alone; `hydrated`, the fragment parsed with the element defined, so it
   * upgrades and takes the fragment over (hydration; its cross-checks included, as the element waits for them
   * to match the server's note).
   */
  async prerendered({ tag, dataset, html, warmups, runs }) {
    const holder = () => {
      clear();
      const div = document.createElement('div');
      mounted.push(div);
      return div;
    };
    const result = await interleaved({
      warmups,
      runs,
      variants: {
        client: clientRender(tag, dataset),
        fragment: {
          prepare: holder,
          act: (div) => {
            div.setHTMLUnsafe(renamed(html));
            stage.append(div);
          },
          check: (div) => {
            if (!div.firstElementChild?.shadowRoot?.querySelector('table')) throw new Error(`the pre-rendered <${tag}> has no table`);
          },
        },
        hydrated: {
          prepare: holder,
          act: async (div) => {
            div.setHTMLUnsafe(html);
            stage.append(div);
            await div.querySelector(tag).updateComplete;
          },
          check: (div) => assertReady(div.querySelector(tag), `hydrated ${tag}`),
        },
      },
    });
    clear();
    return result;
  },

  /** An update of a rendered element: `unit` 万元→元 (property), `lang` zh-CN→en (attribute), or `expand` (a click on the toggle of the first 类). */
  async update({ tag, dataset, change, warmups, runs }) {
    const data = datasets[dataset];
    const rows = (element) => element.shadowRoot.querySelectorAll('tbody tr').length;
    let before = 0;
    let after = 0;
    const result = await series({
      warmups,
      runs,
      prepare: async () => {
        clear();
        const element = await renderElement(tag, data);
        mounted.push(element);
        if (element.unit || element.lang) throw new Error('the element starts with unit or lang set');
        return { element, text: element.shadowRoot.textContent, rows: rows(element) };
      },
      act: async ({ element }) => {
        if (change === 'unit') element.unit = '元';
        // The attribute, not the property: setting the `lang` property re-renders in the old
        // language (willUpdate reads the attribute before Lit reflects the property to it).
        else if (change === 'lang') element.setAttribute('lang', 'en');
        else element.shadowRoot.querySelector('tr[data-key="0"] button.toggle').click();
        await element.updateComplete;
      },
      check: (context) => {
        const { element } = context;
        if (element.shadowRoot.textContent === context.text) throw new Error(`${change} on <${tag}> changed nothing`);
        before = context.rows;
        after = rows(element);
      },
    });
    clear();
    return { ...result, rowsBefore: before, rowsAfter: after };
  },

  /**
   * `count` widgets (the three original elements in turn) from `count` different disclosures, all set at once, their
   * floor, and as many ECharts references, taken in turns. Returns { element, floor, echarts }.
   */
  async many({ count, warmups, runs }) {
    await manyReady(count);
    let warnings = 0;
    const result = await interleaved({
      warmups,
      runs,
      variants: {
        element: {
          prepare: () => {
            clear();
            const elements = manyDisclosures.map((_, index) => document.createElement(manyTag(index)));
            mounted.push(...elements);
            return { elements, disclosures: manyDisclosures.map((disclosure) => structuredClone(disclosure)) };
          },
          act: async ({ elements, disclosures }) => {
            const fragment = document.createDocumentFragment();
            elements.forEach((element, index) => {
              element.disclosure = disclosures[index];
              fragment.append(element);
            });
            stage.append(fragment);
            // First paint of every widget, as for one; their checks run after, untimed (check).
            await Promise.all(elements.map(drawn));
          },
          check: async ({ elements }) => {
            await Promise.all(elements.map((element) => element.updateComplete));
            elements.forEach((element) => assertReady(element, 'many'));
            warnings = elements.reduce((sum, element) => sum + element.data.warnings.length, 0);
          },
        },
        floor: {
          prepare: () => {
            clear();
            const hosts = manyFloor.map(({ sheets }) => floorHost(sheets));
            mounted.push(...hosts);
            return hosts;
          },
          act: (hosts) => {
            const fragment = document.createDocumentFragment();
            hosts.forEach((host, index) => {
              host.shadowRoot.innerHTML = manyFloor[index].html;
              fragment.append(host);
            });
            stage.append(fragment);
          },
        },
        echarts: {
          prepare: () => {
            clear();
            return manyDisclosures.map((disclosure) => structuredClone(disclosure));
          },
          act: (disclosures) => {
            disclosures.forEach((disclosure, index) => mounted.push(REFERENCES[manyTag(index)](stage, disclosure)));
          },
        },
      },
    });
    clear();
    result.element.warnings = warnings;
    return result;
  },

  /** Renders the `count` widgets of one variant of `many` (untimed) and leaves them on the page, for the heap reading. */
  async manyShow({ count, variant }) {
    await manyReady(count);
    clear();
    if (variant === 'element') {
      mounted.push(...(await Promise.all(manyDisclosures.map((disclosure, index) => renderElement(manyTag(index), disclosure)))));
    } else if (variant === 'floor') {
      for (const { html, sheets } of manyFloor) {
        const host = floorHost(sheets);
        host.shadowRoot.innerHTML = html;
        stage.append(host);
        mounted.push(host);
      }
    } else {
      manyDisclosures.forEach((disclosure, index) => mounted.push(REFERENCES[manyTag(index)](stage, structuredClone(disclosure))));
    }
    await settle();
    return stage.children.length;
  },
};

await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
globalThis.bench = api;
globalThis.benchReady = true;
