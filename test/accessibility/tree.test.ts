/**
 * What a screen reader gets: Chromium's accessibility tree shows each table
 * with its caption, column and row headers, and each chart as an image with
 * its name and its data-generated description; a keyboard-only walk reaches
 * every interactive part with a visible focus indicator.
 */
import { expect, html } from '@open-wc/testing';
import { executeServerCommand, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import '../../components/account-summary/define.js';
import '../../components/functional-breakdown/define.js';
import '../../components/three-public-expenses/define.js';
import '../../components/expenditure-breakdown/define.js';
import { loadJson, plain, render, seedPath, settle, syntheticPath, type AnyDisclosureElement } from '../elements/harness.js';

interface AxNode {
  role: string;
  name: string;
  description?: string;
  level?: number;
  expanded?: boolean;
  children: AxNode[];
}

function findAll(node: AxNode, predicate: (node: AxNode) => boolean, found: AxNode[] = []): AxNode[] {
  if (predicate(node)) found.push(node);
  for (const child of node.children ?? []) findAll(child, predicate, found);
  return found;
}

describe('the accessibility tree', () => {
  it('shows the tables with captions and headers, and the charts as named, described images', async () => {
    const element = await render<AnyDisclosureElement>(html`<account-summary .disclosure=${await loadJson(seedPath)}></account-summary>`);
    await settle(element);
    const snapshot = (await executeServerCommand('full-a11y-snapshot')) as AxNode;
    const heading = findAccessibilityNode(snapshot, (node) => node.role === 'heading' && plain(node.name) === '2022年度高新区党群工作部收入支出决算总体情况') as AxNode | null;
    expect(heading?.level).to.equal(2);
    // Nested lines make the income table a treegrid (issue 21).
    const table = findAccessibilityNode(snapshot, (node) => (node.role === 'table' || node.role === 'treegrid') && plain(node.name) === '收入（单位：万元）') as AxNode | null;
    expect(table).to.not.equal(null);
    // Named by its caption once: the caption is not also its description (it was, through aria-labelledby).
    expect(table!.role).to.equal('treegrid');
    expect(plain(table!.description ?? '')).to.not.equal('收入（单位：万元）');
    const columnHeaders = findAll(table!, (node) => node.role === 'columnheader').map((node) => node.name);
    expect(columnHeaders).to.deep.equal(['项目', '金额（万元）', '占比']);
    const rowHeaders = findAll(table!, (node) => node.role === 'rowheader').map((node) => node.name.replace(/\s+/g, ''));
    expect(rowHeaders).to.include('一般公共预算财政拨款收入');
    expect(rowHeaders.at(-1)).to.equal('收入总计');
    const images = findAll(snapshot, (node) => node.role === 'image' || node.role === 'img');
    const income = images.find((node) => plain(node.name) === '收入构成');
    expect(plain(income?.description)).to.equal('2022年度收入总计933.74万元，全部为财政拨款收入，其余7项为0。');
    const bar = images.find((node) => plain(node.name) === '项目支出：932.14万元，占99.83%');
    expect(bar).to.not.equal(undefined);
  });

  it('announces the expand buttons of the function table with their state', async () => {
    const element = await render<AnyDisclosureElement>(html`<functional-breakdown .disclosure=${await loadJson(seedPath)}></functional-breakdown>`);
    await settle(element);
    const snapshot = (await executeServerCommand('full-a11y-snapshot')) as AxNode;
    const toggle = findAccessibilityNode(snapshot, (node) => node.role === 'button' && plain(node.name) === '收起“201 一般公共服务支出”的下级科目') as AxNode | null;
    expect(toggle?.expanded).to.equal(true);
  });
});

describe('chart marks\' names in English', () => {
  it('read as written: no space before the comma ("Official reception, 2024: …"), and only published names marked zh-CN', async () => {
    const element = await render<AnyDisclosureElement>(html`<div>
      <three-public-expenses lang="en" .disclosure=${await loadJson('test/fixtures/putuo-planning-resources-2024.json')}></three-public-expenses>
      <expenditure-breakdown lang="en" .disclosure=${await loadJson('test/fixtures/putuo-planning-resources-2024.json')}></expenditure-breakdown>
    </div>`);
    const [threePublic, expenditure] = [...element.children] as AnyDisclosureElement[];
    await settle(threePublic!);
    await settle(expenditure!);
    const snapshot = (await executeServerCommand('full-a11y-snapshot')) as AxNode;
    // A mark's name is "<group>, <series>: <amount>".
    const marks = findAll(snapshot, (node) => (node.role === 'image' || node.role === 'img') && /,.*: /.test(plain(node.name)));
    expect(marks.length).to.be.greaterThan(4);
    for (const mark of marks) expect(plain(mark.name), mark.name).to.not.match(/ ,/);
    // 三公 (决算 表八, p. 18): 公务接待费 0.39 万元 in 2024.
    expect(marks.map((mark) => plain(mark.name))).to.include('Official reception, 2024: 0.39 (10k yuan)');
    // The element's own words are English; the class names of 支出决算表 are the document's, marked zh-CN.
    const marked = (host: AnyDisclosureElement) => [...host.shadowRoot!.querySelectorAll('.mark-names [lang="zh-CN"]')].map((span) => span.textContent);
    expect(marked(threePublic!)).to.deep.equal([]);
    expect(marked(expenditure!)).to.include('208 社会保障和就业支出');
  });
});

describe('keyboard-only walk-through', () => {
  it('reaches the skip link, chart marks, toggles and the data-check note in order, each with a visible focus', async () => {
    const disclosure = await loadJson(syntheticPath);
    disclosure.functionalBreakdown.total = '11800.01';
    const element = await render<AnyDisclosureElement>(html`<div><button id="before">before</button><functional-breakdown .disclosure=${disclosure}></functional-breakdown></div>`);
    const breakdown = element.querySelector('functional-breakdown') as AnyDisclosureElement;
    await settle(breakdown);
    element.querySelector<HTMLButtonElement>('#before')!.focus();
    const visited: string[] = [];
    for (let step = 0; step < 16; step++) {
      await sendKeys({ press: 'Tab' });
      const active = breakdown.shadowRoot!.activeElement as HTMLElement | SVGElement | null;
      if (!active) break;
      const style = getComputedStyle(active);
      const visible = style.outlineStyle !== 'none' || (style.stroke !== 'none' && Number.parseFloat(style.strokeWidth) > 0);
      expect(visible, `focus of ${active.localName}.${active.getAttribute('class')} is not visible`).to.equal(true);
      visited.push(active.getAttribute('class') ?? active.localName);
    }
    // The chart's "跳到数据表" link comes first, then its marks; the table does not scroll at this width, so its wrapper is no stop (issue 21).
    expect(visited[0]).to.equal('skip-link');
    expect(visited[1]).to.equal('mark-target');
    expect(visited).to.not.include('table-scroll');
    expect(visited.filter((name) => name === 'toggle').length).to.be.greaterThan(2);
    // After the table: its "下载 CSV" button, the data-check note, the "下载数据（JSON）" button.
    expect(visited.slice(-3)).to.deep.equal(['download', 'summary', 'download']);
  });
});
