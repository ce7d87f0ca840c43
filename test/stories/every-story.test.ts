/**
 * Every story of the built Storybook (storybook-static/, `npm run build-storybook`,
 * which test/run.mjs runs first), read from its index.json: a story added
 * later is covered with no change here. Each story is shown in an <iframe>
 * as Storybook shows it (iframe.html?id=…&viewMode=story; see Preview below);
 * then
 *   - its disclosure elements settle: `ready`, or `error` / `empty` with an
 *     alert for stories tagged "error", or still `loading` for stories tagged
 *     "loading"; an element with `data-expected-state` (the state matrix)
 *     reaches that state;
 *   - axe-core, run inside the story's document, finds no violation;
 *   - nothing was written to console.error and nothing was thrown (the
 *     preview records both from its first script on: .storybook/preview-head.html).
 */
import { expect } from '@open-wc/testing';

interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  title: string;
  name: string;
  tags?: string[];
}
interface StoryWindow extends Window {
  eval(code: string): unknown;
  axe?: { run(context: Document | Element, options: object): Promise<AxeResults> };
  __storyErrors?: string[];
}
interface AxeResults {
  violations: { id: string; impact?: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}
interface DisclosureLike extends HTMLElement {
  state: string;
  updateComplete: Promise<unknown>;
}

const STATIC = '/storybook-static';
/** Rules about a whole page (landmarks, an <h1>) that a component shown alone in a story cannot meet. */
const PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one'];

async function loadIndex(): Promise<IndexEntry[] | Error> {
  try {
    const response = await fetch(`${STATIC}/index.json`, { cache: 'no-store' });
    if (!response.ok) return new Error(`${STATIC}/index.json: HTTP ${response.status}. Run npm run build-storybook first.`);
    // The test server answers an import of .json with a module; a fetch should get the JSON itself.
    const text = (await response.text()).replace(/^\s*export default\s*/, '').replace(/;\s*$/, '');
    const index = JSON.parse(text) as { entries: Record<string, IndexEntry> };
    return Object.values(index.entries).filter((entry) => entry.type === 'story');
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

const delay = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function until<T>(condition: () => T | undefined | false, what: () => string, timeout = 15000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = condition();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out after ${timeout} ms: ${what()}`);
    await delay(25);
  }
}

let axeSource: string | undefined;
/** axe-core's script (the one @open-wc/testing's chai-a11y-axe loads), to run inside each story's own document. */
async function axeScript(): Promise<string> {
  if (!axeSource) {
    const response = await fetch('/node_modules/axe-core/axe.min.js');
    if (!response.ok) throw new Error(`/node_modules/axe-core/axe.min.js: HTTP ${response.status}`);
    axeSource = await response.text();
  }
  return axeSource;
}

/** The custom elements in the story that have a disclosure state. */
function disclosureElements(root: ParentNode): DisclosureLike[] {
  return [...root.querySelectorAll('*')].filter((element): element is DisclosureLike => element.localName.includes('-') && 'state' in element);
}

interface Channel {
  emit(event: string, payload: unknown): void;
  on(event: string, listener: (payload: unknown) => void): void;
  off(event: string, listener: (payload: unknown) => void): void;
}

/**
 * One preview per element's stories: the first story is loaded by its URL
 * (iframe.html?id=…&viewMode=story), the next ones are shown in the same
 * preview through Storybook's channel, as the Storybook UI itself does when a
 * reader picks another story. Loading the preview (and axe-core) once per
 * element instead of once per story keeps this suite within the test
 * runner's time per file on a 2-core machine.
 */
class Preview {
  readonly iframe = document.createElement('iframe');
  private ready: Promise<void>;

  constructor(first: IndexEntry) {
    this.iframe.title = `Storybook preview: ${first.title}`;
    this.iframe.style.cssText = 'width: 1024px; height: 900px; border: 0;';
    // The addon's own automatic axe run is switched off: this test runs axe itself.
    this.iframe.src = `${STATIC}/iframe.html?id=${encodeURIComponent(first.id)}&viewMode=story&globals=a11y.manual:!true`;
    const loaded = new Promise((done) => this.iframe.addEventListener('load', done, { once: true }));
    document.body.append(this.iframe);
    this.ready = loaded.then(async () => {
      this.window.eval(await axeScript());
    });
    this.current = first.id;
  }

  private current: string;
  get window(): StoryWindow {
    return this.iframe.contentWindow as StoryWindow;
  }
  get document(): Document {
    return this.iframe.contentDocument!;
  }

  /** Shows the story and resolves once Storybook has rendered it; rejects when Storybook could not. */
  async show(entry: IndexEntry): Promise<void> {
    await this.ready;
    const doc = this.document;
    if (entry.id !== this.current) {
      this.window.__storyErrors!.length = 0;
      const channel = await until(() => (this.window as unknown as { __STORYBOOK_ADDONS_CHANNEL__?: Channel }).__STORYBOOK_ADDONS_CHANNEL__, () => 'the Storybook channel');
      await new Promise<void>((resolve, reject) => {
        const events: Record<string, (payload: unknown) => void> = {
          storyRendered: (id) => (id === entry.id ? finish() : undefined),
          storyErrored: (payload) => finish(new Error(`Storybook could not render ${entry.id}: ${JSON.stringify(payload)}`)),
          storyThrewException: (payload) => finish(new Error(`${entry.id} threw: ${String((payload as Error)?.stack ?? payload)}`)),
          storyMissing: () => finish(new Error(`Storybook has no story ${entry.id}`)),
        };
        const finish = (error?: Error) => {
          for (const [name, listener] of Object.entries(events)) channel.off(name, listener);
          if (error) reject(error);
          else resolve();
        };
        for (const [name, listener] of Object.entries(events)) channel.on(name, listener);
        channel.emit('setCurrentStory', { storyId: entry.id, viewMode: 'story' });
      });
      this.current = entry.id;
    }
    await until(
      () => doc.body.classList.contains('sb-show-main') || doc.body.classList.contains('sb-show-errordisplay'),
      () => `story shown (body class "${doc.body.className}")`,
    );
    if (doc.body.classList.contains('sb-show-errordisplay')) {
      throw new Error(`Storybook could not render the story: ${doc.querySelector('#error-message')?.textContent ?? ''} ${doc.querySelector('#error-stack')?.textContent ?? ''}`);
    }
  }
}

const loaded = await loadIndex();

describe('Storybook: every story', function () {
  this.timeout(60000);

  if (loaded instanceof Error) {
    it('has a built Storybook (storybook-static/index.json)', () => {
      throw loaded;
    });
    return;
  }

  it('lists stories of every element', () => {
    const titles = new Set(loaded.map((entry) => entry.title));
    for (const tag of ['account-summary', 'functional-breakdown', 'three-public-expenses']) {
      expect([...titles].some((title) => title.endsWith(tag)), `stories of <${tag}>`).to.equal(true);
    }
  });

  const titles = [...new Set(loaded.map((entry) => entry.title))];
  for (const title of titles) {
    describe(title, () => {
      const entries = loaded.filter((entry) => entry.title === title);
      let preview: Preview;
      before(() => {
        preview = new Preview(entries[0]!);
      });
      after(() => preview.iframe.remove());

      for (const entry of entries) {
        const tags = entry.tags ?? [];
        const expected = tags.includes('loading') ? 'loading' : tags.includes('error') ? 'error' : 'ready';

        it(`${entry.name} (${entry.id}) renders ${expected}, passes axe-core, logs no error`, async () => {
          await preview.show(entry);
          const win = preview.window;
          const doc = preview.document;
          const root = doc.querySelector('#storybook-root')!;
          const elements = await until(
            () => {
              const found = disclosureElements(root);
              return found.length > 0 && found;
            },
            () => 'a disclosure element in the story',
          );
          const expectedOf = (element: DisclosureLike) => element.dataset.expectedState ?? expected;
          await until(
            () => elements.every((element) => (expectedOf(element) === 'loading' ? element.state === 'loading' : element.state !== 'loading')),
            () => `elements settled: ${elements.map((element) => `<${element.localName}> ${element.state}`).join(', ')}`,
          );
          await Promise.all(elements.map((element) => element.updateComplete));
          // A timer, not requestAnimationFrame: this page may run in the background beside another test file, where no frame comes.
          await delay(50);

          for (const element of elements) {
            const where = `<${element.localName}> in ${entry.id}`;
            const wanted = expectedOf(element);
            if (wanted === 'error' || wanted === 'empty') {
              expect(wanted === 'empty' ? ['empty'] : ['error', 'empty'], `${where}: state`).to.include(element.state);
              // A failure is an alert; no data given (yet) a plain note (nothing has failed: a framework may set it a moment later).
              if (element.state === 'empty') {
                expect(element.shadowRoot!.querySelector('[part~="error"].no-data'), `${where}: the no-data note`).to.not.equal(null);
                expect(element.shadowRoot!.querySelector('[role="alert"]'), `${where}: no alert`).to.equal(null);
              } else expect(element.shadowRoot!.querySelector('[role="alert"]'), `${where}: an alert`).to.not.equal(null);
            } else {
              expect(element.state, `${where}: state`).to.equal(wanted);
            }
            // The stories of published totals that do not add up show what they are for: the data-check note.
            if (entry.id.endsWith('--validator-warnings')) expect(element.shadowRoot!.querySelector('[part~="warnings"]'), `${where}: the data-check note`).to.not.equal(null);
          }

          // A story tagged "repeats" shows the same element several times on purpose (one per theme, one per state):
          // their regions have the same names, which a real page, showing each table once, would not.
          const offRules = tags.includes('repeats') ? [...PAGE_RULES, 'landmark-unique'] : PAGE_RULES;
          const results = await win.axe!.run(doc, {
            rules: Object.fromEntries(offRules.map((rule) => [rule, { enabled: false }])),
            resultTypes: ['violations'],
          });
          const violations = results.violations.map(
            (violation) =>
              `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
                .slice(0, 5)
                .map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
                .join('\n')}`,
          );
          if (violations.length > 0) throw new Error(`axe-core violations in ${entry.id}:\n${violations.join('\n')}`);

          expect(Array.isArray(win.__storyErrors), 'the error recorder of .storybook/preview-head.html is in the preview').to.equal(true);
          const errors = win.__storyErrors!;
          if (errors.length > 0) throw new Error(`console errors in ${entry.id}:\n${errors.join('\n')}`);
        });
      }
    });
  }
});

describe('the element reference in Storybook (stories/reference.mdx, from docs/elements.md)', function () {
  // A docs page loads the whole preview and the React docs renderer: on a loaded 2-core machine that takes more than mocha's 10 s.
  this.timeout(60000);
  it('renders every element’s attribute table, with the shared attributes', async () => {
    const iframe = document.createElement('iframe');
    iframe.title = 'Storybook docs: element reference';
    iframe.style.cssText = 'width: 1024px; height: 900px; border: 0;';
    iframe.src = `${STATIC}/iframe.html?id=reference-elements--docs&viewMode=docs`;
    document.body.append(iframe);
    try {
      const headings = await until(
        () => {
          const found = [...(iframe.contentDocument?.querySelectorAll('h2') ?? [])].map((heading) => heading.textContent?.trim() ?? '');
          return found.includes('<three-public-expenses>') ? found : undefined;
        },
        () => 'the reference page shows no <three-public-expenses> heading',
      );
      expect(headings).to.include.members(['<account-summary>', '<functional-breakdown>', '<three-public-expenses>', 'CSS custom properties']);
      const cells = [...iframe.contentDocument!.querySelectorAll('td')].map((cell) => cell.textContent?.trim());
      expect(cells).to.include('heading-level');
      expect(cells).to.include('fund');
    } finally {
      iframe.remove();
    }
  });
});

describe('docs pages (autodocs) in Storybook', function () {
  this.timeout(90000);

  /** Loads an element's docs page with the language global and returns its elements once they are ready. */
  async function docsPage(tag: string, locale: string): Promise<{ iframe: HTMLIFrameElement; elements: DisclosureLike[] }> {
    const iframe = document.createElement('iframe');
    iframe.title = `Storybook docs: ${tag} (${locale})`;
    iframe.style.cssText = 'width: 1024px; height: 900px; border: 0;';
    iframe.src = `${STATIC}/iframe.html?id=elements-${tag}--docs&viewMode=docs&globals=locale:${locale};a11y.manual:!true`;
    document.body.append(iframe);
    const elements = await until(
      () => {
        const found = [...(iframe.contentDocument?.querySelectorAll<DisclosureLike>(tag) ?? [])];
        return found.length > 0 && found.every((element) => element.state === 'ready' || element.state === 'error') && found;
      },
      () => `the docs page of <${tag}> shows no settled <${tag}>`,
      60000,
    );
    await Promise.all(elements.map((element) => element.updateComplete));
    return { iframe, elements };
  }

  for (const [locale, heading] of [
    ['zh-CN', '收入支出决算总体情况'],
    ['en', 'Income and expenditure'],
  ] as const) {
    it(`the language global (${locale}) reaches the elements on a docs page`, async () => {
      const { iframe, elements } = await docsPage('account-summary', locale);
      try {
        for (const element of elements.filter((candidate) => candidate.state === 'ready')) {
          expect(element.closest('[lang]')?.getAttribute('lang'), 'the nearest lang').to.equal(locale);
          expect(element.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.contain(heading);
        }
      } finally {
        iframe.remove();
      }
    });
  }

  it('a docs page shows a few representative stories, not every story', async () => {
    const { iframe } = await docsPage('functional-breakdown', 'zh-CN');
    try {
      const blocks = iframe.contentDocument!.querySelectorAll('.docs-story');
      expect(blocks.length).to.be.within(3, 6);
      const all = loaded instanceof Error ? [] : loaded.filter((entry) => entry.title === 'Elements/functional-breakdown');
      expect(all.length, 'stories of <functional-breakdown>').to.be.greaterThan(15);
    } finally {
      iframe.remove();
    }
  });
});
