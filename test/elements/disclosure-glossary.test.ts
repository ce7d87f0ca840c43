import { expect, html } from '@open-wc/testing';
import { executeServerCommand, findAccessibilityNode, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../components/disclosure-glossary/define.js';
import '../../components/account-summary/define.js';
import type { DisclosureGlossaryElement } from '../../components/disclosure-glossary/disclosure-glossary.js';
import { findTerms } from '../../components/core/glossary.js';
import { loadJson, plain, render, seedPath, settle } from './harness.js';
import { budgetPath, planningPath } from './classified-tables.js';

async function glossary(disclosure: unknown, lang = 'zh-CN') {
  const element = await render<DisclosureGlossaryElement>(html`<disclosure-glossary lang=${lang} .disclosure=${disclosure}></disclosure-glossary>`);
  await settle(element);
  return element;
}

const pairs = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('dt')].map((term) => [plain(term.textContent).trim(), plain(term.nextElementSibling!.textContent).trim()]);

describe('<disclosure-glossary> (名词解释)', () => {
  it('lists the planning-resources glossary as term and definition, in order', async () => {
    const element = await glossary(await loadJson(planningPath));
    const entries = pairs(element);
    // 第四部分 名词解释, transcribed: 11 terms.
    expect(entries).to.have.length(11);
    expect(entries[0]).to.deep.equal(['财政拨款收入', '指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。']);
    expect(entries[6]).to.deep.equal(['基本支出', '指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。']);
    expect(entries[10]![0]).to.equal('机关运行经费');
    expect(plain(element.shadowRoot!.querySelector('h2')!.textContent)).to.equal('2024年度上海市普陀区规划和自然资源局名词解释');
  });

  it('shows the budget glossary, and a sentence for an empty one', async () => {
    expect(pairs(await glossary(await loadJson(budgetPath))).map(([term]) => term)).to.deep.equal([
      '财政拨款收入', '事业收入', '事业单位经营收入', '其他收入', '基本支出预算', '项目支出预算', '“三公”经费', '机关运行经费',
    ]);
    const seed = await loadJson(seedPath);
    seed.glossary = [];
    const element = await glossary(seed);
    expect(plain(element.shadowRoot!.querySelector('[part="statement"]')!.textContent)).to.equal('本部门未公开名词解释。');
    expect(element.shadowRoot!.querySelector('dl')).to.equal(null);
  });

  it('is an error when the disclosure has no glossary', async () => {
    const seed = await loadJson(seedPath);
    delete seed.glossary;
    const element = await render<DisclosureGlossaryElement>(html`<disclosure-glossary .disclosure=${seed}></disclosure-glossary>`);
    await settle(element, 'error');
  });
});

describe('glossary term marking', () => {
  it('splits a text at the longest terms, each marked once', () => {
    const glossary = [
      { term: '财政拨款收入', definition: 'a' },
      { term: '财政拨款', definition: 'b' },
      { term: '其他收入', definition: 'c' },
    ];
    expect(findTerms('一般公共预算财政拨款收入与其他收入', glossary)).to.deep.equal(['一般公共预算', { term: '财政拨款收入', entry: 0 }, '与', { term: '其他收入', entry: 2 }]);
    expect(findTerms('无', glossary)).to.deep.equal(['无']);
    expect(findTerms('x', undefined)).to.deep.equal(['x']);
  });

  it('marks the terms of account-summary line labels with a described <dfn> and a tooltip on focus and hover', async () => {
    const element = await render(html`<account-summary .disclosure=${await loadJson(planningPath)}></account-summary>`);
    await settle(element);
    const term = element.shadowRoot!.querySelector<HTMLElement>('th dfn.term')!;
    expect(term.textContent).to.equal('财政拨款收入');
    expect(term.tabIndex).to.equal(0);
    const description = element.shadowRoot!.getElementById(term.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.equal('指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。');
    expect(getComputedStyle(term, '::after').content).to.equal('none');
    // :focus matches only in a focused page: give the test page the focus first.
    await executeServerCommand('focus-page');
    term.focus();
    expect(getComputedStyle(term, '::after').content).to.contain('指单位本年度从本级财政部门取得的财政拨款');
    // Not colour alone: underlined, and the tooltip has a border.
    expect(getComputedStyle(term).textDecorationLine).to.equal('underline');
    expect(getComputedStyle(term, '::after').borderTopStyle).to.equal('solid');
    term.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(getComputedStyle(term, '::after').content).to.equal('none');
  });

  it('a definition shown on hover is hidden by Escape wherever focus is (WCAG 1.4.13), and is not read as part of the term\'s name', async () => {
    const element = await render(html`<account-summary .disclosure=${await loadJson(planningPath)}></account-summary>`);
    await settle(element);
    const term = element.shadowRoot!.querySelector<HTMLElement>('th dfn.term')!;
    term.scrollIntoView({ block: 'center' });
    const box = term.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    expect(getComputedStyle(term, '::after').content).to.contain('指单位本年度从本级财政部门取得的财政拨款');
    // Focus is not on the term: the key goes to the page.
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Escape' });
    expect(getComputedStyle(term, '::after').content).to.equal('none');
    await sendMouse({ type: 'move', position: [0, 0] });
    expect(term.hasAttribute('data-dismissed')).to.equal(false);
    // Focused, the term's accessible name is the term alone; the definition is its description.
    await executeServerCommand('focus-page');
    term.focus();
    type AxNode = { role?: string; name?: string; description?: string; children: AxNode[] };
    const snapshot = (await executeServerCommand('full-a11y-snapshot')) as AxNode;
    const node = findAccessibilityNode<AxNode>(snapshot, (candidate) => (candidate.description ?? '').startsWith('指单位本年度') && candidate.role !== 'rowheader');
    expect(node, 'the focused term in the tree').to.not.equal(null);
    expect(node!.name).to.equal('财政拨款收入');
  });
});

describe('<disclosure-glossary> accessibility (axe-core)', function () {
  this.timeout(30000);
  it('has no violations: planning, zh-CN', async () => {
    await expect(await glossary(await loadJson(planningPath))).to.be.accessible();
  });
  it('has no violations: budget, en', async () => {
    await expect(await glossary(await loadJson(budgetPath), 'en')).to.be.accessible();
  });
});
