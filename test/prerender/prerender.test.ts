/**
 * Pre-rendered HTML (disclosure-render) in Chromium: what a reader gets with
 * JavaScript off, and what the bundle does with it when JavaScript is on
 * (hydration: the same DOM taken over, no second copy, no fetch, everything
 * interactive). Pages are made by the real CLI (test/tools/prerender-server.mjs).
 * Expected figures are the seed's as published (收入总计 933.74万元; 项
 * 2013201 行政运行 1.6, 2013202 一般行政管理事务 30.97, 2013299 其他组织事务支出 901.17).
 */
import { expect, html, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../components/account-summary/define.js';
import '../../components/functional-breakdown/define.js';
import '../../components/three-public-expenses/define.js';
import { syntheticConsolidated } from '../../stories/data/synthetic-large.js';
import { loadJson, plain, seedPath, settle, textOf, type AnyDisclosureElement } from '../elements/harness.js';

interface Prerendered {
  id: string;
  status: number;
  stderr: string;
}

interface ElementReading {
  tag: string;
  scriptRan: boolean;
  text: string;
  tables: { caption: string; columnHeaders: number; rowHeaders: number; rows: number }[];
  charts: number;
}

interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}

async function prerender(element: string, source: { path: string } | { disclosure: unknown }, args: string[] = []): Promise<string> {
  const response = await fetch('/test-api/prerender', { method: 'POST', body: JSON.stringify({ element, ...source, args }) });
  const result = (await response.json()) as Prerendered;
  expect(result.status, result.stderr).to.equal(0);
  return `/test-api/prerendered/${result.id}`;
}

async function withoutJavaScript(url: string, width = 1280) {
  return (await executeServerCommand('open-without-javascript', { url, width })) as { elements: ElementReading[]; tree: AxNode };
}

function allNodes(node: AxNode, found: AxNode[] = []): AxNode[] {
  found.push(node);
  for (const child of node.children ?? []) allNodes(child, found);
  return found;
}

/** Loads `url` in an iframe of the test page and resolves with its document once loaded. */
async function frame(url: string): Promise<{ iframe: HTMLIFrameElement; document: Document }> {
  const iframe = await fixture<HTMLIFrameElement>(html`<iframe style="width: 1024px; height: 800px" title="pre-rendered page"></iframe>`);
  await new Promise<void>((resolve) => {
    iframe.addEventListener('load', () => resolve(), { once: true });
    iframe.src = url;
  });
  return { iframe, document: iframe.contentDocument! };
}

/** Adds the one-file bundle to the page in `iframe` (which was loaded without it); resolves once `tag` is defined. */
async function loadBundle(iframe: HTMLIFrameElement, tag: string): Promise<Window & typeof globalThis> {
  const page = iframe.contentDocument!;
  const script = page.createElement('script');
  script.type = 'module';
  script.src = '/dist/disclosure-elements.js';
  page.head.append(script);
  const view = iframe.contentWindow as Window & typeof globalThis;
  await view.customElements.whenDefined(tag);
  return view;
}

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('pre-rendered elements without JavaScript', function () {
  // Each page is made by the CLI in a Node process of its own (about a second each on 2 cores).
  this.timeout(60_000);
  it('show every figure of the seed, with table headers and described charts, and no script has run', async () => {
    const pages = await Promise.all(
      (['account-summary', 'functional-breakdown', 'three-public-expenses'] as const).map((tag) => prerender(tag, { path: seedPath })),
    );
    const readings = await Promise.all(pages.map((url) => withoutJavaScript(url)));
    const [summary, breakdown, threePublic] = readings.map((reading) => reading.elements[0]!);
    for (const reading of [summary!, breakdown!, threePublic!]) {
      expect(reading.scriptRan, reading.tag).to.equal(false);
      expect(reading.tables.length, reading.tag).to.be.greaterThan(0);
      for (const table of reading.tables) {
        expect(table.caption, reading.tag).to.not.equal('');
        expect(table.columnHeaders, `${reading.tag} ${table.caption}`).to.be.greaterThan(0);
      }
    }
    // 收入支出决算总体情况: 收入总计 933.74, 基本支出 1.6, 项目支出 932.14.
    for (const figure of ['933.74', '1.6', '932.14']) expect(summary!.text).to.contain(figure);
    expect(summary!.charts).to.be.greaterThan(0);
    // Every 项 of the seed's 一般公共预算财政拨款支出, as published.
    for (const figure of ['2013201', '行政运行', '1.6', '2013202', '30.97', '2013299', '901.17', '90.3%']) {
      expect(breakdown!.text).to.contain(figure);
    }
    // The seed's “三公” are all 0: one sentence says so; the counts table is still there.
    expect(threePublic!.text).to.contain('三公');
  });

  it('reach the accessibility tree as tables with column and row headers', async () => {
    const url = await prerender('account-summary', { path: seedPath }, ['--lang', 'en']);
    const { tree } = await withoutJavaScript(url);
    const nodes = allNodes(tree);
    expect(nodes.filter((node) => node.role === 'table' || node.role === 'treegrid').length).to.be.greaterThan(1);
    expect(nodes.some((node) => node.role === 'columnheader')).to.equal(true);
    expect(nodes.some((node) => node.role === 'rowheader')).to.equal(true);
    expect(nodes.some((node) => node.role === 'heading' && node.name.includes('高新区党群工作部'))).to.equal(true);
    expect(nodes.some((node) => node.role === 'image')).to.equal(true);
  });

  it('show every 项 of a large consolidated disclosure (10 类 × 10 款 × 10 项), the table fully open', async () => {
    const large = syntheticConsolidated({ classes: 10, sectionsPerClass: 10, itemsPerSection: 10 });
    const url = await prerender('functional-breakdown', { disclosure: large }, ['--view', 'table']);
    const reading = (await withoutJavaScript(url)).elements[0]!;
    const codes: string[] = [];
    const walk = (items: { code?: string; children?: unknown[] }[]) =>
      items.forEach((item) => {
        if (item.code) codes.push(item.code);
        walk((item.children ?? []) as typeof items);
      });
    walk(large.functionalBreakdown!.items as { code?: string; children?: unknown[] }[]);
    expect(codes.length).to.equal(1110);
    const missing = codes.filter((code) => !reading.text.includes(code));
    expect(missing, `${missing.length} codes missing`).to.deep.equal([]);
    expect(reading.tables[0]!.rows).to.be.at.least(1110);
  });

  it('pass axe with the DOM exactly as parsed (no script on the page)', async () => {
    const url = await prerender('functional-breakdown', { path: seedPath });
    const { document: page, iframe } = await frame(url);
    const element = page.querySelector('functional-breakdown')!;
    expect(element.shadowRoot, 'declarative shadow root').to.not.equal(null);
    expect(iframe.contentWindow!.customElements.get('functional-breakdown'), 'not defined in that page').to.equal(undefined);
    // axe itself is the one script the page gets; the elements stay as parsed (undefined there).
    const axeScript = page.createElement('script');
    axeScript.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve) => {
      axeScript.addEventListener('load', resolve, { once: true });
      page.head.append(axeScript);
    });
    const axe = (iframe.contentWindow as unknown as { axe: { run(context: Node): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const { violations } = await axe.run(page);
    expect(violations.map((violation) => violation.id)).to.deep.equal([]);
  });
});

describe('pre-rendered elements hydrated by the bundle', function () {
  this.timeout(60_000);
  it('take over the existing DOM: same nodes, one copy of each table, no request for the data', async () => {
    const url = await prerender('functional-breakdown', { path: seedPath }, ['--lang', 'en']);
    const { document: page, iframe } = await frame(url);
    const element = page.querySelector('functional-breakdown') as AnyDisclosureElement;
    const tablesBefore = [...element.shadowRoot!.querySelectorAll('table')];
    const textBefore = folded(element.shadowRoot!.textContent ?? '');
    expect(tablesBefore.length).to.be.greaterThan(0);

    const view = await loadBundle(iframe, 'functional-breakdown');
    await settle(element);

    const tablesAfter = [...element.shadowRoot!.querySelectorAll('table')];
    expect(tablesAfter.length).to.equal(tablesBefore.length);
    tablesAfter.forEach((table, index) => expect(table === tablesBefore[index], `table ${index} is the pre-rendered node`).to.equal(true));
    expect(folded(element.shadowRoot!.textContent ?? '')).to.equal(textBefore);
    // Nothing new to say: the content was on the page before the script ran (no "Loaded: …" for each element).
    expect(element.shadowRoot!.querySelector('.live')!.textContent).to.equal('');
    expect(element.querySelectorAll('table').length, 'no copy in the light DOM').to.equal(0);
    const requested = view.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((name) => name.includes('.json') || name.includes('test-api/file'))).to.deep.equal([]);
  });

  it('under a strict Content-Security-Policy: styled once the bundle takes over; styled without it when style-src has the CLI\'s --style-hashes', async () => {
    // The heading's size is the element's own (1.25em of 16 px), not the browser's h2 (1.5em).
    const headingSize = (page: Document) => getComputedStyle(page.querySelector('three-public-expenses')!.shadowRoot!.querySelector('h2')!).fontSize;
    const url = await prerender('three-public-expenses', { path: seedPath });
    // No inline style allowed: the HTML alone is unstyled (the policy blocks the <style> of the shadow root) …
    const blocked = await frame(`${url}?csp`);
    expect(headingSize(blocked.document)).to.equal('24px');
    // … and the element adopts its style sheets when it takes the fragment over.
    const hydrated = await frame(`${url}?csp&bundle`);
    const element = hydrated.document.querySelector('three-public-expenses') as AnyDisclosureElement;
    await (hydrated.iframe.contentWindow as Window & typeof globalThis).customElements.whenDefined('three-public-expenses');
    await settle(element);
    expect(element.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(headingSize(hydrated.document)).to.equal('20px');
    // The sources --style-hashes prints let the inline style in: styled with no script at all.
    const hashesUrl = await prerender('three-public-expenses', { path: seedPath }, ['--style-hashes']);
    const hashes = (await (await fetch(`${hashesUrl}?raw`)).text()).trim().split('\n');
    expect(hashes).to.have.length(1);
    const allowed = await frame(`${url}?csp=${encodeURIComponent(hashes.join(' '))}`);
    expect(headingSize(allowed.document)).to.equal('20px');
    expect(allowed.document.querySelector('three-public-expenses')!.shadowRoot!.adoptedStyleSheets).to.have.length(0);
  });

  it('stay interactive after hydration: expand and collapse, unit change', async () => {
    const url = await prerender('functional-breakdown', { path: seedPath }, ['--lang', 'en']);
    const { document: page, iframe } = await frame(`${url}?bundle`);
    const view = iframe.contentWindow as Window & typeof globalThis;
    await view.customElements.whenDefined('functional-breakdown');
    const element = page.querySelector('functional-breakdown') as AnyDisclosureElement;
    await settle(element);
    const bodyRows = () => element.shadowRoot!.querySelector('table')!.tBodies[0]!.rows;
    const rowsOpen = bodyRows().length;
    // 201 一般公共服务支出 opens to 20132 组织事务 and its three 项.
    const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded="true"]')!;
    expect(toggle).to.not.equal(null);
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(bodyRows().length).to.equal(rowsOpen - 4);
    toggle.click();
    await element.updateComplete;
    expect(bodyRows().length).to.equal(rowsOpen);
    expect([...bodyRows()].some((row) => row.textContent!.includes('901.17'))).to.equal(true);

    element.setAttribute('unit', '元');
    await element.updateComplete;
    // 901.17万元 = 9,011,700元, converted exactly.
    expect(textOf(element)).to.contain('9,011,700');
  });

  it("the whole report (planning-resources 决算): every section's tables taken over as they are, no fetch, then interactive", async () => {
    const url = await prerender('disclosure-report', { path: 'test/fixtures/putuo-planning-resources-2024.json' });
    const { document: page, iframe } = await frame(url);
    const report = page.querySelector('disclosure-report') as AnyDisclosureElement;
    const sectionsOf = () => [...report.shadowRoot!.querySelectorAll<AnyDisclosureElement>('.section > *')];
    const tablesOf = () => sectionsOf().flatMap((section) => [...section.shadowRoot!.querySelectorAll('table')]);
    const tablesBefore = tablesOf();
    const textBefore = folded(sectionsOf().map((section) => section.shadowRoot!.textContent ?? '').join(' '));
    // Eleven sections: 概况, the nine tables (the two fund tables published empty are sentences) and 其他重要事项, 名词解释.
    expect(sectionsOf().length).to.be.at.least(11);
    expect(tablesBefore.length).to.be.greaterThan(9);

    const view = await loadBundle(iframe, 'disclosure-report');
    await settle(report);
    for (const section of sectionsOf()) await settle(section);

    const tablesAfter = tablesOf();
    expect(tablesAfter.length).to.equal(tablesBefore.length);
    tablesAfter.forEach((table, index) => expect(table === tablesBefore[index], `table ${index} is the pre-rendered node`).to.equal(true));
    // Everything reads as the server wrote it. Nothing is announced: the sections were on the page before the script
    // ran (nine "已载入…" in a row would be noise), as for an element pre-rendered on its own.
    const textAfter = folded(sectionsOf().map((section) => section.shadowRoot!.textContent ?? '').join(' '));
    const announced = sectionsOf().map((section) => folded(section.shadowRoot!.querySelector('.live')?.textContent ?? '')).filter(Boolean);
    expect(announced).to.deep.equal([]);
    expect(textAfter).to.equal(textBefore);
    const requested = view.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((name) => name.includes('.json') || name.includes('test-api/file'))).to.deep.equal([]);
    // Interactive: the 收入决算表's first class closes and opens again.
    const income = report.shadowRoot!.querySelector<AnyDisclosureElement>('income-breakdown')!;
    const toggle = income.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
    const expanded = toggle.getAttribute('aria-expanded');
    toggle.click();
    await income.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.not.equal(expanded);
  });

  it('render the same text on the server as in the browser, for every element and both languages', async () => {
    const seed = await loadJson(seedPath);
    for (const tag of ['account-summary', 'functional-breakdown', 'three-public-expenses'] as const) {
      for (const lang of ['zh-CN', 'en']) {
        const url = await prerender(tag, { path: seedPath }, ['--lang', lang]);
        const { document: page } = await frame(url);
        const client = document.createElement(tag) as AnyDisclosureElement;
        client.setAttribute('lang', lang);
        client.disclosure = seed;
        document.body.append(client);
        await settle(client);
        // The server's shadow root starts with its <style> text; the browser adopts its styles instead.
        const serverWithoutStyles = plain(folded(
          [...page.querySelector(tag)!.shadowRoot!.childNodes]
            .filter((node) => node.nodeName !== 'STYLE' && node.nodeType !== Node.COMMENT_NODE)
            .map((node) => node.textContent)
            .join(''),
        ));
        // The browser's polite live region announces "已载入…" once loaded; the server renders it empty.
        const live = client.shadowRoot!.querySelector('.live');
        const clientText = plain(textOf(client).replace(plain(live?.textContent ?? '').trim(), '').replace(/\s+/g, ' ').trim());
        expect(serverWithoutStyles, `${tag} ${lang}`).to.equal(clientText);
        expect(serverWithoutStyles.length).to.be.greaterThan(0);
        client.remove();
      }
    }
  });
});
