/**
 * Readers on phones, on paper and as open data (issue 18): narrow containers
 * reflow wide tables and keep every figure in the accessibility tree with its
 * headers; print shows every row with repeated headers and no controls; each
 * table downloads as CSV with the published figures; rates follow one rule.
 * Expected figures are transcribed by hand from the PDFs (pdftotext -layout
 * of /work/brief/putuo-planning-resources-2024-final-accounts.txt and the
 * seed's text).
 */
import { expect, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../components/account-summary/define.js';
import '../../components/basic-expenditure/define.js';
import '../../components/disclosure-report/define.js';
import '../../components/functional-breakdown/define.js';
import '../../components/income-breakdown/define.js';
import '../../components/three-public-expenses/define.js';
import { lastDownload } from '../../components/core/element/download.js';
import { BYTE_ORDER_MARK, parseCsv } from '../../components/core/table/csv.js';
import { padToColumn } from './column-rule.js';
import { loadJson, plain, render, seedPath, settle, syntheticPath, tables, type AnyDisclosureElement } from './harness.js';

const putuoPath = 'test/fixtures/putuo-planning-resources-2024.json';

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

function findAll(node: AxNode, predicate: (node: AxNode) => boolean, found: AxNode[] = []): AxNode[] {
  if (predicate(node)) found.push(node);
  for (const child of node.children ?? []) findAll(child, predicate, found);
  return found;
}

const cases: { tag: string; path: string; attributes?: Record<string, string> }[] = [
  { tag: 'account-summary', path: seedPath },
  { tag: 'functional-breakdown', path: seedPath },
  { tag: 'three-public-expenses', path: syntheticPath },
  { tag: 'account-summary', path: putuoPath },
  { tag: 'functional-breakdown', path: putuoPath, attributes: { expand: 'all' } },
  { tag: 'three-public-expenses', path: putuoPath },
];

async function inWidth(width: number, tag: string, path: string, attributes: Record<string, string> = {}): Promise<AnyDisclosureElement> {
  const wrapper = await render<HTMLElement>(html`<div style=${`width: ${width}px`}></div>`);
  const element = document.createElement(tag) as AnyDisclosureElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.disclosure = await loadJson(path);
  wrapper.append(element);
  await settle(element);
  return element;
}

/** Whether a node is drawn (not display: none, not visually hidden by a 1px clip). */
function drawn(node: Element): boolean {
  const rect = node.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  if (rect.width <= 1 && rect.height <= 1) return false;
  for (let at: Element | null = node; at; at = at.parentElement) {
    const style = getComputedStyle(at);
    if (style.clip !== 'auto' && style.clip !== '') return false;
    if (style.clipPath === 'inset(50%)') return false;
  }
  return true;
}

describe('narrow containers (320, 360, 480 px)', () => {
  for (const width of [320, 360, 480]) {
    for (const { tag, path, attributes } of cases) {
      it(`${tag} with ${path.split('/').pop()} at ${width} px: nothing wider than the element, no table needs a horizontal scroll`, async () => {
        const element = await inWidth(width, tag, path, attributes);
        const host = element.getBoundingClientRect();
        expect(host.width).to.be.at.most(width + 0.5);
        const root = element.shadowRoot!;
        const wide = [...root.querySelectorAll('*')].filter((node) => {
          if (!drawn(node)) return false;
          const rect = node.getBoundingClientRect();
          return rect.right > host.right + 1 || rect.left < host.left - 1;
        });
        expect(wide.map((node) => `${node.localName}.${node.getAttribute('class') ?? ''} ${plain(node.textContent).slice(0, 30)}`)).to.deep.equal([]);
        for (const region of root.querySelectorAll<HTMLElement>('.table-scroll')) {
          expect(region.scrollWidth, `table region ${region.getAttribute('aria-labelledby')}`).to.be.at.most(region.clientWidth + 1);
        }
        // Wide tables reflow: each figure sits under its row label, with its column's label beside it.
        for (const table of root.querySelectorAll('table[data-reflow]')) {
          const cell = table.querySelector('tbody td[data-label]')!;
          expect(getComputedStyle(cell, '::before').content).to.contain(cell.getAttribute('data-label')!);
        }
      });
    }
  }

  it('never splits a classification code across lines (2080505 stays one token) at 320 px, in either language', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const element = await inWidth(320, 'income-breakdown', 'test/fixtures/putuo-planning-resources-2024.json', { view: 'table', expand: 'all', lang });
      const codes = [...element.shadowRoot!.querySelectorAll<HTMLElement>('th .code')];
      expect(codes.length).to.be.greaterThan(10);
      const split = codes.filter((code) => code.getClientRects().length > 1).map((code) => code.textContent);
      expect(split, lang).to.deep.equal([]);
    }
  });

  for (const width of [320, 360]) {
    it(`keeps every figure in the accessibility tree with its row and column headers at ${width} px`, async () => {
      const element = await inWidth(width, 'functional-breakdown', putuoPath, { expand: 'all' });
      const table = element.shadowRoot!.querySelector('table')!;
      expect(table.hasAttribute('data-reflow')).to.equal(true);
      expect(getComputedStyle(table.querySelector('tbody tr')!).display).to.equal('grid');
      const snapshot = (await executeServerCommand('full-a11y-snapshot')) as AxNode;
      // A nested table is a treegrid (a table whose rows have levels): its cells are grid cells.
      const axTable = findAll(snapshot, (node) => (node.role === 'table' || node.role === 'treegrid') && plain(node.name) === '按支出功能分类科目（单位：万元）')[0]!;
      expect(axTable, 'the table is a table').to.not.equal(undefined);
      expect(findAll(axTable, (node) => node.role === 'columnheader').map((node) => node.name)).to.deep.equal([
        '科目',
        '金额（万元）',
        '占比',
        '基本支出',
        '项目支出',
        '年初预算',
        '完成率',
      ]);
      const rows = findAll(axTable, (node) => node.role === 'row').filter((row) => (row.children ?? []).some((child) => child.role === 'rowheader'));
      const axRow = (code: string) => rows.find((row) => plain(row.children!.find((child) => child.role === 'rowheader')!.name).includes(code));
      const isCell = (node: AxNode) => node.role === 'cell' || node.role === 'gridcell';
      const cells = (code: string) => axRow(code)!.children!.filter(isCell).map((child) => plain(child.name));
      // 2080501 行政单位离退休: 54.53, basic 54.53, project 0.00 (决算表 p. 294); 22001 自然资源事务: 4461.67 = 2339.58 + 2122.09.
      expect(cells('2080501').slice(0, 4)).to.deep.equal(['54.53', '0.56%', '54.53', '0.00']);
      expect(cells('22001').slice(0, 4)).to.deep.equal(['4,461.67', '45.78%', '2,339.58', '2,122.09']);
      // Every body row of the table is a row with its row header and one cell per figure column.
      const domRows = [...table.tBodies[0]!.rows].filter((row) => !row.classList.contains('zero-rows'));
      expect(rows.length).to.be.at.least(domRows.length);
      for (const row of rows) expect(row.children!.filter(isCell).length).to.equal(6);
    });
  }

  it('gives expand toggles and buttons a 44 × 44 px target in a narrow container', async () => {
    const element = await inWidth(360, 'functional-breakdown', putuoPath, { expand: 'all' });
    const toggles = [...element.shadowRoot!.querySelectorAll('.toggle, .download')];
    expect(toggles.length).to.be.greaterThan(3);
    for (const toggle of toggles) {
      const rect = toggle.getBoundingClientRect();
      expect(rect.width, toggle.getAttribute('aria-label') ?? '').to.be.at.least(44);
      expect(rect.height).to.be.at.least(44);
    }
    for (const mark of element.shadowRoot!.querySelectorAll('.mark-target')) expect(mark.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('hangs a wrapped row label after its toggle at 360 px, not under it', async () => {
    // 收入决算表: three columns, not reflowed, so the names wrap in their column.
    const element = await inWidth(360, 'income-breakdown', putuoPath, { expand: 'all' });
    const headers = [...element.shadowRoot!.querySelectorAll('tbody th')].filter((th) => th.querySelector('.toggle'));
    // Among them the 类 210 卫生健康支出 and 220 自然资源海洋气象等支出 (收入决算表), which wrap in the name column.
    const wrapped = headers.filter((th) => th.querySelector('.label')!.getClientRects().length > 1);
    expect(wrapped.length, 'some labels wrap at 360 px').to.be.greaterThan(0);
    for (const th of wrapped) {
      const toggleEnd = th.querySelector('.toggle')!.getBoundingClientRect().right;
      for (const line of th.querySelector('.label')!.getClientRects()) expect(line.left, plain(th.textContent)).to.be.at.least(toggleEnd);
    }
  });

  it('leaves a figure the document does not give out of a card, still a blank cell to a screen reader', async () => {
    const element = await inWidth(360, 'three-public-expenses', putuoPath);
    const table = element.shadowRoot!.querySelector('table[data-reflow]')!;
    // 外事接待费 (p. 295): 0.00 this year, no change, no budget and no completion rate printed.
    const row = [...table.querySelectorAll('tbody tr')].find((tr) => plain(tr.querySelector('th')!.textContent).includes('外事接待费'))!;
    const cells = [...row.querySelectorAll('td[data-label]')];
    expect(cells.filter(drawn).map((cell) => cell.getAttribute('data-label'))).to.deep.equal(['2024年度']);
    const blank = cells.filter((cell) => !drawn(cell));
    expect(blank.length).to.equal(4);
    for (const cell of blank) expect(plain(cell.textContent)).to.equal('未公布（表中空白）');
  });

  it('never breaks an English column header inside a word at 320 px ("Number", not "Numb|er")', async () => {
    for (const tag of ['three-public-expenses', 'income-breakdown', 'account-summary']) {
      const element = await inWidth(320, tag, putuoPath, { lang: 'en' });
      const headers = [...element.shadowRoot!.querySelectorAll('thead th')].filter(drawn);
      expect(headers.length, tag).to.be.greaterThan(0);
      for (const header of headers) {
        const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const word of node.textContent!.matchAll(/[A-Za-z]+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index!);
            range.setEnd(node, word.index! + word[0].length);
            expect(range.getClientRects().length, `${tag}: "${word[0]}" in "${plain(header.textContent)}"`).to.equal(1);
          }
        }
      }
    }
  });

  it('writes the widest bar’s figure after its bar and budget marker at 320 px, not clipped', async () => {
    const element = await inWidth(320, 'functional-breakdown', seedPath);
    const host = element.getBoundingClientRect();
    const texts = [...element.shadowRoot!.querySelectorAll('.bar-text')];
    expect(texts.length).to.be.greaterThan(0);
    // The seed's 项 level: 2013299 其他组织事务支出 901.17万元, 90.82% of its budget, is the widest bar.
    const widest = texts.find((text) => plain(text.textContent).startsWith('901.17万元'))!;
    const bars = [...element.shadowRoot!.querySelectorAll('figure.chart .bar-value, figure.chart .bar-reference')].map((mark) => mark.getBoundingClientRect().right);
    expect(widest.getBoundingClientRect().left).to.be.at.least(Math.max(...bars));
    for (const text of texts) expect(text.getBoundingClientRect().right).to.be.at.most(host.right);
  });
});

describe('a table that scrolls sideways (600 px)', () => {
  it('keeps its row headers in view as its figures scroll, at least 11em wide; a table that fits is laid out as before', async () => {
    // 按支出功能分类科目 of the planning fixture has seven columns: at 600 px it scrolls.
    const element = await inWidth(600, 'functional-breakdown', putuoPath, { view: 'table' });
    const region = element.shadowRoot!.querySelector<HTMLElement>('.table-scroll')!;
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(region.getAttribute('role')).to.equal('region');
    const header = [...region.querySelectorAll<HTMLElement>('tbody th[scope="row"]')].find((cell) => cell.querySelector('.code')?.textContent === '208')!;
    const corner = region.querySelector<HTMLElement>('thead th')!;
    expect(plain(corner.textContent)).to.equal('科目');
    expect(header.getBoundingClientRect().width).to.be.at.least(11 * parseFloat(getComputedStyle(header).fontSize) - 0.5);
    // The amount of 208 (754.75, PDF p. 14) is its row's first figure: it scrolls under the header, the header stays.
    const amount = header.parentElement!.querySelector('td')!;
    expect(plain(amount.textContent)).to.contain('754.75');
    const before = amount.getBoundingClientRect().left;
    region.scrollLeft = region.scrollWidth;
    expect(region.scrollLeft).to.be.greaterThan(0);
    const left = region.getBoundingClientRect().left;
    expect(header.getBoundingClientRect().left).to.be.closeTo(left, 1);
    expect(corner.getBoundingClientRect().left).to.be.closeTo(left, 1);
    expect(amount.getBoundingClientRect().left).to.be.lessThan(before);
    // Opaque, so the figures passing under it do not show through.
    expect(getComputedStyle(header).backgroundColor).to.equal('rgb(255, 255, 255)');

    // A selected row keeps its bar at the start (the cue besides its tint) while its header sticks.
    header.click();
    await element.updateComplete;
    expect(header.parentElement!.hasAttribute('data-selected')).to.equal(true);
    expect(getComputedStyle(header).boxShadow).to.match(/^rgb\(11, 92, 173\) 4px 0px 0px 0px inset/);
    // On paper nothing scrolls: the header sits in its column, the region marked or not.
    await emulateMedia({ media: 'print' });
    try {
      expect(region.getAttribute('role')).to.equal('region');
      expect(getComputedStyle(header).position).to.equal('static');
    } finally {
      await emulateMedia({ media: 'screen' });
    }

    const wide = await inWidth(1280, 'functional-breakdown', putuoPath, { view: 'table' });
    const fits = wide.shadowRoot!.querySelector<HTMLElement>('.table-scroll')!;
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(fits.hasAttribute('role')).to.equal(false);
    expect(getComputedStyle(fits.querySelector('tbody th[scope="row"]')!).position).to.equal('static');
  });
});

describe('print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('shows every row of the hierarchy, no toggles or buttons, headers repeated, rows kept whole; and folds back after', async () => {
    const disclosure = await loadJson(putuoPath);
    const element = await inWidth(800, 'functional-breakdown', putuoPath);
    element.disclosure = disclosure;
    await settle(element);
    const root = element.shadowRoot!;
    // The reader closes the first class.
    root.querySelector<HTMLButtonElement>('tbody .toggle[aria-expanded="true"]')!.click();
    await element.updateComplete;
    const onScreen = root.querySelectorAll('tbody tr').length;
    await emulateMedia({ media: 'print' });
    await new Promise((done) => setTimeout(done, 50));
    await element.updateComplete;
    const printed = [...root.querySelectorAll('tbody tr')].map((row) => row.getAttribute('data-key'));
    expect(printed.length).to.be.greaterThan(onScreen);
    // 2080501 行政单位离退休 is under the closed class 208; it is on paper.
    expect(plain(root.querySelector('tbody')!.textContent)).to.contain('2080501');
    for (const control of root.querySelectorAll('.toggle, .download')) expect(control.getClientRects().length, control.className).to.equal(0);
    expect(getComputedStyle(root.querySelector('thead')!).display).to.equal('table-header-group');
    expect(getComputedStyle(root.querySelector('tbody tr')!).breakInside).to.equal('avoid');
    expect(getComputedStyle(root.querySelector('table')!).display).to.equal('table');
    await emulateMedia({ media: 'screen' });
    await new Promise((done) => setTimeout(done, 50));
    await element.updateComplete;
    expect(root.querySelectorAll('tbody tr').length).to.equal(onScreen);
  });

  it('shows every row of every classified table on paper: <basic-expenditure>\'s 款 and a class the reader closed', async () => {
    const element = await inWidth(800, 'basic-expenditure', 'test/fixtures/putuo-planning-resources-2024.json', { view: 'table' });
    const root = element.shadowRoot!;
    // 一般公共预算财政拨款基本支出决算表 (p. 16): 30101 基本工资 537.64, under 301 工资福利支出, closed by default.
    expect(plain(root.querySelector('tbody')!.textContent)).to.not.contain('30101');
    const onScreen = root.querySelectorAll('tbody tr').length;
    await emulateMedia({ media: 'print' });
    await new Promise((done) => setTimeout(done, 50));
    await element.updateComplete;
    const row = [...root.querySelectorAll('tbody tr')].find((candidate) => plain(candidate.textContent).includes('30101'));
    expect(plain(row?.textContent ?? '')).to.contain('537.64');
    expect(root.querySelectorAll('tbody tr').length).to.be.greaterThan(onScreen);
    await emulateMedia({ media: 'screen' });
    await new Promise((done) => setTimeout(done, 50));
    await element.updateComplete;
    expect(root.querySelectorAll('tbody tr').length).to.equal(onScreen);
  });

  it('opens the data-check note on paper', async () => {
    const disclosure = await loadJson(syntheticPath);
    disclosure.functionalBreakdown.total = '11800.01';
    const element = await inWidth(800, 'functional-breakdown', syntheticPath);
    element.disclosure = disclosure;
    await settle(element);
    const note = element.shadowRoot!.querySelector('details.warnings') as HTMLDetailsElement;
    expect(note.open).to.equal(false);
    await emulateMedia({ media: 'print' });
    await new Promise((done) => setTimeout(done, 50));
    await element.updateComplete;
    expect(note.open).to.equal(true);
    await emulateMedia({ media: 'screen' });
    await new Promise((done) => setTimeout(done, 50));
    expect(note.open).to.equal(false);
  });

  it('prints to PDF with every row and the column headers on each page', async function () {
    this.timeout(40000);
    await inWidth(700, 'functional-breakdown', putuoPath, { expand: 'all' });
    const text = (await executeServerCommand('pdf-text', { width: '210mm', height: '150mm' })) as string;
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).to.be.greaterThan(1);
    // Pages with a row of the table: a 项 code, its figures and its completion rate.
    const tablePages = pages.filter((page) => /^\s*\d{7}\s.*\d%\s*$/m.test(page));
    expect(tablePages.length).to.be.greaterThan(1);
    for (const page of tablePages) expect(page).to.match(/科目\s+金额（万/);
    // Rows from the 决算表, by code, each once, none split.
    for (const code of ['2080501', '2080502', '2080505', '2080506', '22001']) expect(text).to.contain(code);
    expect(text).not.to.contain('下载 CSV');
  });

  it('keeps the space between the blocks of an element on paper (heading, chart, table, notes)', async () => {
    const element = await inWidth(800, 'functional-breakdown', putuoPath);
    const gaps = () => {
      // The heading and the blocks after it (positioned helpers, such as the chart's screen-reader section, aside).
      const blocks = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.content > *')].filter(
        (node) => getComputedStyle(node).position !== 'absolute' && node.getBoundingClientRect().height > 1,
      );
      return blocks.slice(1).map((block, index) => Math.round(block.getBoundingClientRect().top - blocks[index]!.getBoundingClientRect().bottom));
    };
    const onScreen = gaps();
    expect(onScreen.length).to.be.greaterThan(1);
    await emulateMedia({ media: 'print' });
    await new Promise((done) => setTimeout(done, 50));
    // 0.75rem (--disclosure-spacing) between heading, chart and table, as on screen; a table's note 0.5em under it.
    const onPaper = gaps();
    expect(onPaper.slice(0, 2)).to.deep.equal([12, 12]);
    for (const gap of onPaper) expect(gap).to.be.at.least(6);
  });

  it('prints the whole report on A4 with no page ending in a heading, a caption, a table\'s header row or a label away from what it introduces', async function () {
    this.timeout(90000);
    for (const lang of ['zh-CN', 'en']) {
      const wrapper = await render<HTMLElement>(html`<div style="width: 1024px"></div>`);
      const report = document.createElement('disclosure-report') as AnyDisclosureElement;
      report.setAttribute('lang', lang);
      report.disclosure = await loadJson(putuoPath);
      wrapper.append(report);
      await settle(report);
      const inner = [...report.shadowRoot!.querySelectorAll('*')].filter((node): node is AnyDisclosureElement => 'updateComplete' in node);
      await Promise.all(inner.map((section) => settle(section)));
      // Every text that introduces what follows it, from the report and its sections, white space folded.
      const fold = (text: string | null | undefined) => plain(text).replace(/\s+/g, ' ').trim();
      const introducing = new Set<string>();
      for (const root of [report.shadowRoot!, ...inner.map((section) => section.shadowRoot!)]) {
        for (const node of root.querySelectorAll('h1, h2, h3, h4, h5, h6, caption, dt, .published-label, .list-title')) introducing.add(fold(node.textContent));
        for (const row of root.querySelectorAll('thead tr')) introducing.add(fold([...row.children].map((cell) => cell.textContent).join(' ')));
      }
      expect(introducing.size).to.be.greaterThan(40);
      const text = (await executeServerCommand('pdf-text', { width: '210mm', height: '297mm' })) as string;
      const pages = text.split('\f').filter((page) => page.trim() !== '');
      expect(pages.length).to.be.greaterThan(10);
      const stranded = pages.slice(0, -1).flatMap((page, index) => {
        const last = fold(page.trimEnd().split('\n').at(-1));
        return introducing.has(last) ? [`page ${index + 1}: ${last}`] : [];
      });
      expect(stranded, lang).to.deep.equal([]);
    }
  });
});

describe('open data', () => {
  let clicked: HTMLAnchorElement[] = [];
  const click = HTMLAnchorElement.prototype.click;
  beforeEach(() => {
    clicked = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
  });
  afterEach(() => {
    HTMLAnchorElement.prototype.click = click;
  });

  async function downloaded(): Promise<{ bytes: Uint8Array; text: string }> {
    const bytes = new Uint8Array(await lastDownload!.blob.arrayBuffer());
    return { bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
  }

  it('downloads the function table as CSV: BOM, unit in the header, code and name, every row with the published digits', async () => {
    const element = await inWidth(800, 'functional-breakdown', putuoPath);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[data-download="csv"]')!.click();
    expect(clicked.length).to.equal(1);
    expect(clicked[0]!.href).to.match(/^blob:/);
    expect(clicked[0]!.download).to.match(/\.csv$/);
    expect(lastDownload!.blob.type).to.contain('text/csv');
    const { bytes, text } = await downloaded();
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(text.startsWith(BYTE_ORDER_MARK)).to.equal(true);
    const rows = parseCsv(text);
    expect(rows[0]).to.deep.equal(['科目编码', '科目', '金额（万元）', '占比', '基本支出（万元）', '项目支出（万元）', '年初预算（万元）', '完成率']);
    const row = (code: string) => rows.find((fields) => fields[0] === code);
    // By hand from the 决算表 (pdftotext): 2080501 行政单位离退休 54.53 = 54.53 + 0.00; 22001 自然资源事务 4461.67 = 2339.58 + 2122.09.
    expect(row('2080501')!.slice(0, 6)).to.deep.equal(['2080501', '行政单位离退休', '54.53', '0.56%', '54.53', '0.00']);
    expect(row('22001')!.slice(0, 6)).to.deep.equal(['22001', '自然资源事务', '4461.67', '45.78%', '2339.58', '2122.09']);
    expect(row('220')![2]).to.equal('4461.67');
    // The total line, and every line of the hierarchy, however many the screen shows.
    expect(rows.at(-1)!.slice(1, 3)).to.deep.equal(['合计', '9746.50']);
    expect(rows.length).to.be.greaterThan(element.shadowRoot!.querySelectorAll('tbody tr').length);
    for (const fields of rows) expect(fields.length).to.equal(8);
  });

  it('quotes fields per RFC 4180 and offers the disclosure as JSON', async () => {
    const disclosure = await loadJson(seedPath);
    disclosure.accountSummary.expenditure[0].note = '含 "引号", 逗号\n和换行';
    const element = await inWidth(800, 'account-summary', seedPath);
    element.disclosure = disclosure;
    await settle(element);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[data-download="csv"]')!.click();
    const rows = parseCsv((await downloaded()).text);
    expect(rows[0]).to.deep.equal(['项目', '金额（万元）', '占比']);
    expect(rows.find((fields) => fields[0] === '财政拨款收入')).to.deep.equal(['财政拨款收入', '933.74', '100.00%']);
    element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-download="csv"]')[1]!.click();
    const raw = (await downloaded()).text;
    expect(parseCsv(raw).find((fields) => fields[0] === '项目支出')!.slice(1, 3)).to.deep.equal(['932.14', '99.83%']);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[data-download="json"]')!.click();
    expect(clicked.at(-1)!.download).to.equal('2022 高新区党群工作部.json');
    const json = JSON.parse(await lastDownload!.blob.text());
    expect(json.accountSummary.incomeTotal).to.equal('933.74');
    expect(json.functionalBreakdown.items[0].children[0].children[2].amount).to.equal('901.17');
  });

  it('works under the strict CSP of test/pages/csp.html: Blob, object URL, <a download>', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
    frame.src = '/test/pages/csp.html?csp';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis & { cspViolations?: string[] };
    const blobs: Blob[] = [];
    const create = win.URL.createObjectURL.bind(win.URL);
    win.URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return create(blob);
    };
    const links: HTMLAnchorElement[] = [];
    win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      links.push(this);
    };
    try {
      const breakdown = win.document.querySelector('functional-breakdown') as AnyDisclosureElement;
      await settle(breakdown);
      breakdown.shadowRoot!.querySelector<HTMLButtonElement>('[data-download="csv"]')!.click();
      expect(blobs.length).to.equal(1);
      expect(links[0]!.href).to.match(/^blob:/);
      const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(new TextDecoder().decode(bytes));
      // The seed's 2013299 其他组织事务支出: 901.17, completion 90.82 (published).
      expect(rows.find((fields) => fields[0] === '2013299')!.slice(0, 3)).to.deep.equal(['2013299', '其他组织事务支出', '901.17']);
      await new Promise((done) => setTimeout(done, 100));
      expect(win.cspViolations ?? []).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('polish', () => {
  it('<three-public-expenses> says the total’s year-on-year change once', async () => {
    const element = await inWidth(800, 'three-public-expenses', putuoPath);
    // What is seen: the chart's screen-reader section (which repeats the chart's description) left out.
    const seen = element.shadowRoot!.querySelector('.base')!.cloneNode(true) as Element;
    seen.querySelectorAll('.chart-intro, .live').forEach((hidden) => hidden.remove());
    const text = plain(seen.textContent).replace(/\s+/g, ' ');
    // The 说明: 2024年度“三公”经费财政拨款支出决算数比2023年度减少0.15万元，下降27.78%.
    const total = text.match(/比2023年度减少0\.15万元，下降27\.78%/g) ?? [];
    // Once for the total (in the chart's summary), once for 公务接待费 (the only part that changed).
    expect(total.length).to.equal(2);
    expect(plain(element.shadowRoot!.querySelector('[part="changes"]')?.textContent)).to.contain('公务接待费比2023年度减少0.15万元，下降27.78%');
    expect(plain(element.shadowRoot!.querySelector('[part="changes"]')?.textContent)).not.to.contain('合计');
  });

  it('puts each value label of the “三公” bar chart right after its bar', async () => {
    const element = await inWidth(480, 'three-public-expenses', syntheticPath);
    const root = element.shadowRoot!;
    const texts = [...root.querySelectorAll('.bars-text')];
    const bars = [...root.querySelectorAll('.bars-plot > svg:first-child rect[class^="series-"]')];
    expect(texts.length).to.be.greaterThan(3);
    texts.forEach((text, index) => {
      const gap = text.getBoundingClientRect().left - bars[index]!.getBoundingClientRect().right;
      expect(gap, plain(text.textContent)).to.be.within(0, 12);
    });
  });

  it('shows computed shares with two decimals, like computed completion rates, and published rates with their digits', async () => {
    const element = await inWidth(800, 'account-summary', seedPath);
    const [income, expenditure, appropriation] = tables(element);
    // Shares, computed: 1.6 of 933.74 = 0.1713…% → 0.17%; 933.74 of 933.74 → 100.00%; 0 → 0.00%.
    expect(income!.rows[1]).to.deep.equal(['财政拨款收入', '933.74', '100.00%']);
    expect(expenditure!.rows.find((row) => row[0]!.startsWith('基本支出'))![2]).to.equal('0.17%');
    for (const table of [income!, expenditure!]) for (const row of table.rows.slice(1)) if (row[2]) expect(row[2]).to.match(/^\d+\.\d\d%$/);
    // Completion rates, published (财政拨款支出决算表: 90.3, 100, 90.3): every published digit, shown under the
    // column rule (test/elements/column-rule.ts): the column's most decimals is 1, so 100 gains a zero, nothing is rounded.
    expect(appropriation!.rows.slice(1).map((row) => row[2])).to.deep.equal(['90.3%', padToColumn('100%', 1), '90.3%']);
  });
});
