import { expect, html } from '@open-wc/testing';
import '../../components/three-public-expenses/define.js';
import '../../components/account-summary/define.js';
import { loadJson, render, seedPath, settle, type AnyDisclosureElement } from './harness.js';

describe('the lang property', () => {
  it('re-renders in the new language when set as a property, not only as an attribute', async () => {
    for (const tag of ['account-summary', 'three-public-expenses']) {
      const element = await render<AnyDisclosureElement>(
        tag === 'account-summary'
          ? html`<account-summary .disclosure=${await loadJson(seedPath)}></account-summary>`
          : html`<three-public-expenses .disclosure=${await loadJson(seedPath)}></three-public-expenses>`,
      );
      await settle(element);
      const heading = () => element.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim();
      expect(heading()).to.match(/^2022年度/);
      element.lang = 'en';
      await element.updateComplete;
      expect(heading(), tag).to.match(/, 2022$/);
      expect(element.getAttribute('lang')).to.equal('en');
    }
  });

  it('follows the language it inherits: moved into a container of another language, and when a container\'s lang changes', async () => {
    const host = await render<HTMLElement>(html`<div><section lang="zh-CN"></section><section lang="en"></section></div>`);
    const [chinese, english] = [...host.querySelectorAll('section')];
    const element = document.createElement('account-summary') as AnyDisclosureElement;
    element.disclosure = await loadJson(seedPath);
    chinese!.append(element);
    await settle(element);
    const heading = () => element.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim();
    expect(heading()).to.match(/^2022年度/);
    english!.append(element);
    await element.updateComplete;
    expect(heading(), 'moved into lang="en"').to.match(/, 2022$/);
    english!.setAttribute('lang', 'zh-CN');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    expect(heading(), 'the container became zh-CN').to.match(/^2022年度/);
  });
});
