/**
 * Bad input on the page: every case of the shared corpus
 * (test/fixtures/bad-inputs.ts) gives the documented error in the element's
 * alert, nothing is thrown out of the element, and its neighbour on the page
 * renders untouched. Then the cases that are valid but hard: 50-level
 * nesting, a 10 MB disclosure, duplicate codes, empty lists, unicode labels.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/account-summary/define.js';
import '../../components/functional-breakdown/define.js';
import type { FunctionItem } from '../../components/core/disclosure/index.js';
import { badInputs, materialise } from '../fixtures/bad-inputs.js';
import { syntheticConsolidated } from '../../stories/data/synthetic-large.js';
import { alertOf, loadJson, seedPath, settle, textOf, type AnyDisclosureElement } from '../elements/harness.js';

describe('the bad-input corpus, on the page', () => {
  let seed: unknown;
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  before(async () => {
    seed = await loadJson(seedPath);
    window.addEventListener('error', onError);
  });
  after(() => window.removeEventListener('error', onError));

  for (const testCase of badInputs) {
    it(`${testCase.name}: the alert names the problem, the neighbour renders`, async () => {
      const input = materialise(testCase.input, seed);
      const container = await fixture<HTMLDivElement>(html`<div>
        <functional-breakdown .disclosure=${input}></functional-breakdown>
        <account-summary .disclosure=${structuredClone(seed)}></account-summary>
      </div>`);
      const [broken, neighbour] = [...container.children] as AnyDisclosureElement[];
      if (input === '') {
        // Given to an element, empty text is no data (a framework's empty default), as null is: the calm note, no
        // alert. parseDisclosure('') still says it is not JSON (test/core/parse.test.ts).
        await settle(broken!, 'empty');
        expect(alertOf(broken!)).to.equal(null);
        expect(textOf(broken!)).to.contain('暂无数据');
        await settle(neighbour!);
        expect(textOf(neighbour!)).to.contain('933.74');
        return;
      }
      await settle(broken!, 'error');
      await settle(neighbour!);
      const alert = alertOf(broken!)!;
      const first = testCase.problems[0]!;
      if (first.code === 'not-json') expect(alert.textContent).to.contain('数据不是有效的 JSON');
      else expect(alert.textContent).to.contain(first.path === '' ? '（根）' : first.path);
      expect(textOf(neighbour!)).to.contain('933.74');
      expect(uncaught).to.deep.equal([]);
    });
  }
});

describe('not JSON, in the element\'s language', () => {
  it('says where the text stops being JSON in Chinese, though an English element on the page loaded the English words first', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <functional-breakdown lang="en" .disclosure=${'{"schemaVersion": 1,'}></functional-breakdown>
    </div>`);
    await settle(container.firstElementChild as AnyDisclosureElement, 'error');
    expect(alertOf(container.firstElementChild as AnyDisclosureElement)!.textContent).to.contain('(line 1, column 21)');
    const element = await fixture<AnyDisclosureElement>(html`<functional-breakdown .disclosure=${'{"schemaVersion": 1,'}></functional-breakdown>`);
    await settle(element, 'error');
    const text = alertOf(element)!.textContent!;
    expect(text).to.contain('数据不是有效的 JSON：不是有效的 JSON（第 1 行第 21 列）');
    expect(text).to.not.contain('Not valid JSON (line 1, column 21)');
  });
});

describe('valid but hard input', () => {
  async function breakdownOf(disclosure: unknown): Promise<AnyDisclosureElement> {
    const element = await fixture<AnyDisclosureElement>(html`<functional-breakdown .disclosure=${disclosure}></functional-breakdown>`);
    await settle(element, 'ready', 20000);
    return element;
  }

  it('50 levels of nesting are refused with the documented depth error, not a stack overflow', async () => {
    const disclosure = await loadJson(seedPath);
    let item: FunctionItem = { code: '2019999', name: '第50层', amount: '1.6' };
    for (let level = 49; level >= 1; level--) item = { name: `第${level}层`, amount: '1.6', children: [item] };
    disclosure.functionalBreakdown = { total: '1.6', items: [item] };
    const element = await fixture<AnyDisclosureElement>(html`<functional-breakdown .disclosure=${disclosure}></functional-breakdown>`);
    await settle(element, 'error');
    expect(alertOf(element)!.textContent).to.contain('嵌套超过 64 层');
    expect(alertOf(element)!.textContent).to.contain('functionalBreakdown.items[0].children[0]');
  });

  it('a 10 MB disclosure (96,800 项) is refused with the limits it passes (docs/limits.md), not rendered for seconds', async function () {
    this.timeout(60000);
    const disclosure = syntheticConsolidated({ classes: 200, sectionsPerClass: 22, itemsPerSection: 22 });
    const text = JSON.stringify(disclosure);
    expect(new TextEncoder().encode(text).length).to.be.greaterThan(10_000_000);
    const asText = await fixture<AnyDisclosureElement>(html`<functional-breakdown lang="en" .disclosure=${text}></functional-breakdown>`);
    await settle(asText, 'error');
    expect(alertOf(asText)!.textContent).to.contain(`(root): The document has ${text.length} characters, more than the limit of 8388608`);
    const asObject = await fixture<AnyDisclosureElement>(html`<functional-breakdown lang="en" .disclosure=${disclosure}></functional-breakdown>`);
    await settle(asObject, 'error');
    expect(alertOf(asObject)!.textContent).to.contain('The disclosure has more than 20000 list items in all, the limit');
  });

  it('duplicate codes render, with a data-check note naming them', async () => {
    const disclosure = await loadJson(seedPath);
    disclosure.functionalBreakdown.items[2].code = '206';
    const element = await breakdownOf(disclosure);
    const note = element.shadowRoot!.querySelector('details.warnings')!;
    expect(note.textContent).to.contain('同级科目编码 206 重复');
  });

  it('empty lists render as empty tables with their totals, not as blank boxes', async () => {
    const disclosure = await loadJson(seedPath);
    disclosure.accountSummary.income = [];
    disclosure.accountSummary.incomeTotal = '0';
    disclosure.accountSummary.expenditure = [];
    disclosure.accountSummary.expenditureTotal = '0';
    disclosure.accountSummary.yearEndBalance = '0';
    const element = await fixture<AnyDisclosureElement>(html`<account-summary .disclosure=${disclosure}></account-summary>`);
    await settle(element);
    expect(textOf(element)).to.contain('收入总计');
    expect(textOf(element)).to.contain('没有可绘制的非零数据。');
  });

  it('unicode labels (emoji, RTL, combining marks, astral CJK) are shown as given', async () => {
    const disclosure = await loadJson(seedPath);
    const labels = ['预算𠀀扩展', 'مصروف', 'e\u0301tude', '📊 图表'];
    disclosure.functionalBreakdown.items.slice(1, 5).forEach((item: FunctionItem, index: number) => (item.name = labels[index]!));
    const element = await breakdownOf(disclosure);
    for (const label of labels) expect(textOf(element)).to.contain(label);
  });
});
