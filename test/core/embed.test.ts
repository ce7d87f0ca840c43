/**
 * The CMS div (components/embed.ts) after its upgrade: a page script that changes the div's `data-*` attributes
 * or `lang` (a year picker switching `data-src`, a language switch) changes the element it holds. Expected
 * figures: 财政拨款收入 933.74 万元 (seed document, 收入支出决算总表); 总计 9859.38 万元 (planning-resources 2024
 * 决算 PDF, 收入支出决算总表, page 7), which the element groups as 9,859.38.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import { plain, seedPath } from '../elements/harness.js';

type Rendered = HTMLElement & { state: string; updateComplete: Promise<unknown> };

const textOf = (element: Element) => plain(element.shadowRoot?.textContent).replace(/\s+/g, ' ');

describe('the CMS div after its upgrade', () => {
  let div: HTMLDivElement;
  afterEach(() => div?.remove());

  it('follows data-src, data-unit and lang changed on the div, and their removal', async () => {
    div = document.createElement('div');
    div.setAttribute('data-disclosure-element', 'account-summary');
    div.setAttribute('data-src', `/${seedPath}`);
    div.setAttribute('lang', 'zh-CN');
    document.body.append(div);
    await waitUntil(() => div.querySelector('account-summary') !== null, 'the div was not upgraded');
    const element = div.querySelector('account-summary') as Rendered;
    await waitUntil(() => element.state === 'ready' && textOf(element).includes('933.74'), 'the seed was not shown', { timeout: 8000 });

    // Another year's (here: another department's) document.
    div.setAttribute('data-src', '/test/fixtures/putuo-planning-resources-2024.json');
    await waitUntil(() => textOf(element).includes('9,859.38'), 'the new data-src was not loaded', { timeout: 8000 });
    expect(element.getAttribute('src')).to.equal('/test/fixtures/putuo-planning-resources-2024.json');

    // Another unit: 9859.38 万元 is 98,593,800 元 (grouped as the element groups figures in 元).
    div.setAttribute('data-unit', '元');
    await waitUntil(() => element.getAttribute('unit') === '元', 'data-unit was not followed');
    await element.updateComplete;
    expect(textOf(element)).to.match(/98,593,800(\.00)?/);
    div.removeAttribute('data-unit');
    await waitUntil(() => !element.hasAttribute('unit'), 'the removed data-unit was not removed');
    await element.updateComplete;
    expect(textOf(element)).to.contain('9,859.38');

    // Another language.
    div.setAttribute('lang', 'en');
    await waitUntil(() => element.getAttribute('lang') === 'en', 'lang was not followed');
    await waitUntil(() => textOf(element).includes('Total income'), 'the element did not render in English');
  });

  it('leaves a div that is not upgraded, and an element the page replaced, alone', async () => {
    div = document.createElement('div');
    div.setAttribute('data-disclosure-element', 'account-summary');
    div.setAttribute('data-src', `/${seedPath}`);
    document.body.append(div);
    await waitUntil(() => div.querySelector('account-summary') !== null, 'the div was not upgraded');
    // The page put something else in the div: a changed data-src is not copied onto it.
    const other = document.createElement('p');
    div.replaceChildren(other);
    div.setAttribute('data-src', '/test/fixtures/putuo-planning-resources-2024.json');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(other.hasAttribute('src')).to.equal(false);
  });
});
