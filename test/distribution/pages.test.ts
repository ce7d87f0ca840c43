/**
 * What a CMS editor and a portal get from the built bundle alone: the example
 * pages (one per data path, and the div embed) render the seed from
 * dist/disclosure-elements.js over plain HTTP, and the elements work under
 * the strict CSP of a government portal with no violation reported.
 */
import { expect, waitUntil } from '@open-wc/testing';

type Page = Window & { cspViolations?: string[] };

async function openPage(url: string): Promise<{ frame: HTMLIFrameElement; window: Page; document: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return { frame, window: frame.contentWindow as Page, document: frame.contentDocument! };
}

type Rendered = HTMLElement & { state: string; shadowRoot: ShadowRoot };

async function renderedElements(page: Document, count: number): Promise<Rendered[]> {
  const selector = 'account-summary, functional-breakdown, three-public-expenses';
  await waitUntil(() => page.querySelectorAll(selector).length >= count, `expected ${count} elements`, { timeout: 5000 });
  const elements = [...page.querySelectorAll<Rendered>(selector)];
  await waitUntil(() => elements.every((element) => element.state === 'ready'), `not every element of ${selector} reached the ready state`, { timeout: 8000 });
  return elements;
}

/** The text without the invisible bidi isolation marks (U+2066–U+2069) the elements put around data and figures. */
const textOf = (element: Rendered) => (element.shadowRoot.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

describe('the built bundle on plain pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('cross-checks the elements already on the page when the bundle loads (inline JSON, upgraded while the bundle runs)', async () => {
    // The planning-resources 决算 has 9 differences in 表五 and its 情况说明 (test/node/putuo-planning-resources-checks.test.ts).
    const json = (await (await fetch('/test/fixtures/putuo-planning-resources-2024.json')).text()).replace(/</g, '\\u003c');
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>
      <functional-breakdown><script type="application/json">${json}</script></functional-breakdown>
      <script type="module" src="${location.origin}/dist/disclosure-elements.js"></script></body></html>`;
    document.body.append(frame);
    await loaded;
    const element = frame.contentDocument!.querySelector('functional-breakdown') as Rendered & { data?: { warnings: { path: string }[] } };
    await waitUntil(() => element.state === 'ready', 'the element did not become ready', { timeout: 8000 });
    const paths = element.data!.warnings.filter((warning) => warning.path.startsWith('functionalBreakdown')).map((warning) => warning.path);
    expect(paths).to.include('functionalBreakdown.totalCompletionRate');
    expect(paths.length).to.equal(9);
    expect(element.shadowRoot.querySelector('[part=warnings] summary')!.textContent).to.contain('数据核对：9 条提示');
  });

  for (const page of ['inline', 'src', 'property', 'embed']) {
    it(`renders the seed on stories/examples/${page}.html`, async () => {
      const { document: doc } = await openPage(`/stories/examples/${page}.html`);
      const elements = await renderedElements(doc, page === 'inline' ? 1 : 3);
      expect(textOf(elements[0]!)).to.contain('2022年度高新区党群工作部收入支出决算总体情况');
      expect(textOf(elements[0]!)).to.contain('933.74');
    });
  }

  it('renders the div form the same as the tag form', async () => {
    const tags = await openPage('/stories/examples/src.html');
    const tagTexts = (await renderedElements(tags.document, 3)).map(textOf);
    const divs = await openPage('/stories/examples/embed.html');
    const divElements = await renderedElements(divs.document, 3);
    expect(divElements.map((element) => element.parentElement!.dataset.disclosureElement)).to.deep.equal([
      'account-summary',
      'functional-breakdown',
      'three-public-expenses',
    ]);
    expect(textOf(divElements[0]!)).to.equal(tagTexts[0]);
    expect(textOf(divElements[2]!)).to.equal(tagTexts[2]);
    // The page's functional-breakdown div asks for hide-zero: the eleven zero 类 fold into one line.
    expect(textOf(divElements[1]!)).to.contain('另有 11 项金额为 0，已折叠');
  });

  it('upgrades embed divs added after load, and refuses tags that are not ours', async () => {
    const { document: doc, window: win } = await openPage('/stories/examples/embed.html');
    await renderedElements(doc, 3);
    const late = doc.createElement('div');
    late.dataset.disclosureElement = 'account-summary';
    late.dataset.src = '../data/seed-2022.json';
    late.lang = 'en';
    const foreign = doc.createElement('div');
    foreign.dataset.disclosureElement = 'img';
    foreign.textContent = 'left alone';
    doc.body.append(late, foreign);
    await waitUntil(() => late.firstElementChild?.localName === 'account-summary', 'late div not upgraded');
    const element = late.firstElementChild as Rendered;
    await waitUntil(() => element.state === 'ready');
    expect(textOf(element)).to.contain('Total income');
    await new Promise((done) => win.setTimeout(done, 50));
    expect(foreign.textContent).to.equal('left alone');
    expect(foreign.querySelector('img')).to.equal(null);
  });

  it('works under a strict CSP with Trusted Types, reporting no violation', async () => {
    const { document: doc, window: win } = await openPage('/test/pages/csp.html?csp');
    const elements = await renderedElements(doc, 4);
    expect(elements.map((element) => element.localName)).to.deep.equal(['account-summary', 'functional-breakdown', 'three-public-expenses', 'account-summary']);
    expect(textOf(elements[0]!)).to.contain('933.74');
    expect(textOf(elements[3]!)).to.contain('9,337,400');
    // Let any late violation (styles, images, fonts) surface.
    await new Promise((done) => win.setTimeout(done, 200));
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('really applies the CSP on that page: script URLs need Trusted Types, inline styles are refused', async () => {
    const { document: doc, window: win } = await openPage('/test/pages/csp.html?csp');
    await renderedElements(doc, 4);
    const script = doc.createElement('script');
    expect(() => {
      script.src = 'data:text/javascript,window.ranInline=true';
    }).to.throw(/TrustedScriptURL/);
    const styled = doc.createElement('p');
    styled.setAttribute('style', 'color: red');
    doc.body.append(styled);
    expect(win.getComputedStyle(styled).color).not.to.equal('rgb(255, 0, 0)');
    await waitUntil(() => (win.cspViolations ?? []).length >= 2, 'violations not reported');
    expect(win.cspViolations!.some((violation) => violation.startsWith('require-trusted-types-for'))).to.equal(true);
    expect(win.cspViolations!.some((violation) => violation.startsWith('style-src'))).to.equal(true);
  });
});
