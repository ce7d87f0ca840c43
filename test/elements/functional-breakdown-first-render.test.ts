/**
 * The first render does each step once: a disclosure set before the element
 * is connected (how a page or the bench hands it over) is validated once and
 * its model built once, not again after the first render. A mutated object
 * assigned again is still validated again (test/reliability/hostile-source.test.ts);
 * the same JSON text assigned again (a framework setting it on every render)
 * is not: it is loaded once and `disclosure-load` fires once.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { FunctionalBreakdownElement } from '../../components/functional-breakdown/functional-breakdown.js';
import '../../components/functional-breakdown/define.js';
import type { RenderContext } from '../../components/core/element/disclosure-element.js';
import { loadJson, plain, seedPath, settle } from './harness.js';

/** <functional-breakdown> that counts its model builds. */
class CountingBreakdown extends FunctionalBreakdownElement {
  builds = 0;
  protected override buildModel(context: RenderContext) {
    this.builds++;
    return super.buildModel(context);
  }
}
customElements.define('counting-functional-breakdown', CountingBreakdown);

describe('<functional-breakdown> first render', () => {
  it('validates a disclosure set before connecting once and builds its model once', async () => {
    const element = document.createElement('counting-functional-breakdown') as CountingBreakdown;
    element.lang = 'zh-CN';
    element.disclosure = await loadJson(seedPath);
    document.body.append(element);
    try {
      await settle(element);
      const shown = element.data!.disclosure;
      await element.updateComplete;
      expect(element.builds).to.equal(1);
      // The disclosure on screen is the one validated when it was connected, not a second copy.
      expect(element.data!.disclosure).to.equal(shown);
      // 其他组织事务支出 901.17 万元 (seed document, 表五): the table is there.
      const row = [...element.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => plain(tr.textContent).includes('其他组织事务支出'));
      expect(row, 'the 项 row').to.exist;
      expect(plain(row!.textContent)).to.contain('901.17');
    } finally {
      element.remove();
    }
  });

  it('validates the same object again when it is assigned again after the first render', async () => {
    const seed = await loadJson(seedPath);
    const element = document.createElement('counting-functional-breakdown') as CountingBreakdown;
    element.lang = 'en';
    element.disclosure = seed;
    document.body.append(element);
    try {
      await settle(element);
      expect(element.builds).to.equal(1);
      seed.functionalBreakdown.items[0].children[0].children[2].amount = 'abc';
      element.disclosure = seed;
      await settle(element, 'error');
      expect(plain(element.shadowRoot!.textContent)).to.contain('functionalBreakdown.items[0].children[0].children[2].amount');
    } finally {
      element.remove();
    }
  });

  it('loads the same JSON text assigned again once: one model, one disclosure-load', async () => {
    const text = JSON.stringify(await loadJson(seedPath));
    const element = document.createElement('counting-functional-breakdown') as CountingBreakdown;
    let loads = 0;
    element.addEventListener('disclosure-load', () => loads++);
    element.lang = 'zh-CN';
    element.disclosure = text;
    document.body.append(element);
    try {
      await settle(element);
      await waitUntil(() => loads === 1, 'the first disclosure-load');
      const shown = element.data!.disclosure;
      // A framework re-rendering sets the same text again, twice.
      element.disclosure = text;
      await element.updateComplete;
      element.disclosure = `${text}`;
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      await element.updateComplete;
      expect(loads).to.equal(1);
      expect(element.builds).to.equal(1);
      expect(element.data!.disclosure).to.equal(shown);
      // Other text is another document: loaded, and announced.
      element.disclosure = text.replace('"901.17"', '"901.18"');
      await waitUntil(() => loads === 2, 'a disclosure-load for the changed text');
      const row = [...element.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => plain(tr.textContent).includes('其他组织事务支出'));
      expect(plain(row!.textContent)).to.contain('901.18');
    } finally {
      element.remove();
    }
  });
});
