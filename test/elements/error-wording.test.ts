/**
 * The error alert speaks to two readers: the citizen reads one plain sentence
 * (no URL, no JSON path, no markup); the site editor opens "技术详情 /
 * Technical details" for what went wrong and where.
 */
import { expect, html } from '@open-wc/testing';
import '../../components/account-summary/define.js';
import '../../components/functional-breakdown/define.js';
import '../../components/three-public-expenses/define.js';
import { alertOf, loadJson, render, seedPath, settle } from './harness.js';

const visible = (element: HTMLElement) => element.innerText.replace(/\s+/g, ' ').trim();

describe('error alert: citizen wording, editor details', () => {
  it('"no data": a plain note, not an alert (a framework may set the data a moment later); the <script> hint only in the closed technical details', async () => {
    const errors: Event[] = [];
    const element = await render(html`<account-summary lang="zh-CN" @disclosure-error=${(event: Event) => errors.push(event)}></account-summary>`);
    await settle(element, 'empty');
    expect(alertOf(element)).to.equal(null);
    expect(errors).to.have.length(0);
    const alert = element.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!;
    expect(alert.querySelector('.error-title')!.textContent!.trim()).to.equal('暂无数据');
    expect(visible(alert)).to.contain('这里还没有可显示的公开数据。');
    expect(visible(alert)).not.to.contain('请稍后再试');
    expect(visible(alert)).not.to.contain('<script');
    expect(visible(alert)).not.to.contain('disclosure 属性');
    const details = alert.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('技术详情（供网站编辑）');
    expect(details.textContent).to.contain('<script type="application/json">');
  });

  it('a failure after "no data" puts a new alert on the page (announced), not the note with a role added', async () => {
    const element = await render(html`<account-summary lang="zh-CN"></account-summary>`);
    await settle(element, 'empty');
    const note = element.shadowRoot!.querySelector('[part~="error"]')!;
    const seed = await loadJson(seedPath);
    seed.accountSummary.income[0].amount = 'abc';
    element.disclosure = seed;
    await settle(element, 'error');
    const alert = alertOf(element)!;
    expect(alert).to.exist;
    expect(alert).to.not.equal(note);
    expect(note.isConnected).to.equal(false);
  });

  it('an invalid disclosure: paths folded away from the citizen, listed for the editor (en)', async () => {
    const seed = await loadJson(seedPath);
    seed.accountSummary.income[0].amount = 'abc';
    const element = await render(html`<functional-breakdown lang="en" .disclosure=${seed}></functional-breakdown>`);
    await settle(element, 'error');
    const alert = alertOf(element)!;
    expect(visible(alert)).to.contain('This part of the published accounts cannot be shown at the moment.');
    expect(visible(alert)).not.to.contain('accountSummary.income[0].amount');
    const details = alert.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Technical details (for the site editor)');
    details.open = true;
    expect(visible(alert)).to.contain('accountSummary.income[0].amount');
  });

  it('a disclosure without the section: says the accounts do not include it, not "try again later"', async () => {
    const seed = await loadJson(seedPath);
    delete seed.threePublicExpenses;
    for (const [lang, wording] of [
      ['zh-CN', '这份公开数据不含此部分。'],
      ['en', 'These published accounts do not include this part.'],
    ] as const) {
      const element = await render(html`<three-public-expenses lang=${lang} .disclosure=${structuredClone(seed)}></three-public-expenses>`);
      await settle(element, 'error');
      const alert = alertOf(element)!;
      expect(visible(alert), lang).to.contain(wording);
      expect(visible(alert), lang).not.to.match(/稍后再试|try again later/);
    }
  });
});
