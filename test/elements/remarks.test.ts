/**
 * The remark a document prints under a table (说明：…; 注：本部门无…，故本表为空表) is shown under that table,
 * as published, by every element whose section can carry one, including <three-public-expenses> and
 * <functional-breakdown>, which did not show it. The remark below is transcribed from the Wanli street 2024
 * budget (putuo-wanli-street-2024-budget.pdf, under its “三公”经费和机关运行经费预算表), a table printed with
 * figures whose remark says it is empty: the reader must see both.
 */
import { expect, html } from '@open-wc/testing';
import '../../components/three-public-expenses/define.js';
import '../../components/functional-breakdown/define.js';
import { loadJson, plain, render, settle } from './harness.js';

const WANLI_REMARK = '注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。';
const planningPath = 'test/fixtures/putuo-planning-resources-2024.json';

function remarkOf(element: Element): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>('[part~="remark"]');
}

describe('the remark under a table', () => {
  it('<three-public-expenses> shows its section\'s remark, as published and marked as the document\'s language, in every view', async () => {
    const disclosure = await loadJson(planningPath);
    disclosure.threePublicExpenses.remark = WANLI_REMARK;
    for (const view of ['both', 'table', 'chart']) {
      const element = await render(html`<three-public-expenses lang="en" view=${view} .disclosure=${structuredClone(disclosure)}></three-public-expenses>`);
      await settle(element);
      const remark = remarkOf(element);
      expect(remark, `the remark with view=${view}`).to.exist;
      expect(remark!.textContent).to.equal(WANLI_REMARK);
      expect(remark!.getAttribute('lang')).to.equal('zh-CN');
      expect(remark!.classList.contains('remark')).to.equal(true);
      // Under the figures, not instead of them: 2.85 (2024 “三公”经费 budget, planning-resources 决算 说明七).
      expect(plain(element.shadowRoot!.textContent)).to.contain('2.85');
    }
  });

  it('<functional-breakdown> shows its section\'s remark after the table; none when there is none', async () => {
    const disclosure = await loadJson(planningPath);
    const plainElement = await render(html`<functional-breakdown .disclosure=${structuredClone(disclosure)}></functional-breakdown>`);
    await settle(plainElement);
    expect(remarkOf(plainElement)).to.equal(null);

    disclosure.functionalBreakdown.remark = '说明：本表反映部门本年度一般公共预算财政拨款实际支出情况。';
    const element = await render(html`<functional-breakdown .disclosure=${disclosure}></functional-breakdown>`);
    await settle(element);
    const remark = remarkOf(element)!;
    expect(remark.textContent).to.equal('说明：本表反映部门本年度一般公共预算财政拨款实际支出情况。');
    const table = element.shadowRoot!.querySelector('table')!;
    expect(table.compareDocumentPosition(remark) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the table').to.not.equal(0);
  });

  it('keeps a hostile remark as text', async () => {
    const disclosure = await loadJson(planningPath);
    disclosure.threePublicExpenses.remark = '<img src=x onerror="window.__remarkInjected=1">说明';
    const element = await render(html`<three-public-expenses .disclosure=${disclosure}></three-public-expenses>`);
    await settle(element);
    expect(remarkOf(element)!.textContent).to.equal('<img src=x onerror="window.__remarkInjected=1">说明');
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __remarkInjected?: number }).__remarkInjected).to.equal(undefined);
  });
});
