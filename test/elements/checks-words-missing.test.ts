/**
 * When only the cross-checks' words cannot be downloaded (in any language),
 * the tables already on screen stay, without the data-check note: a missing
 * note is no reason to replace the figures with an error. Its own page (each
 * test file is one), so no other test has loaded those words first.
 */
import { expect, html } from '@open-wc/testing';
import { CHECKS_PARTS } from '../../components/core/locale/index.js';
import '../../components/three-public-expenses/define.js';
import { alertOf, loadJson, render, settle, textOf, type AnyDisclosureElement } from './harness.js';

describe('the cross-checks\' words cannot be downloaded', () => {
  it('the element stays ready with its figures and no data-check note; the warnings are still in data', async () => {
    const failing = () => Promise.reject(new Error('chunk could not be downloaded'));
    for (const part of CHECKS_PARTS) Object.defineProperty(part, 'load', { value: { 'zh-CN': failing, en: failing } });
    const disclosure = await loadJson('stories/data/synthetic-2023.json');
    // synthetic-2023.json: 12.00 + 8.60 + 25.00 = 45.60; a published total of 45.70 differs from the lines' sum.
    disclosure.threePublicExpenses.total = '45.70';
    const consoleError = console.error;
    console.error = () => {};
    let element: AnyDisclosureElement;
    try {
      element = await render<AnyDisclosureElement>(html`<three-public-expenses .disclosure=${disclosure}></three-public-expenses>`);
      await settle(element);
      await element.updateComplete;
    } finally {
      console.error = consoleError;
    }
    expect(element!.state).to.equal('ready');
    expect(alertOf(element!)).to.equal(null);
    expect(textOf(element!)).to.contain('45.70');
    expect(element!.shadowRoot!.querySelector('[part="warnings"]')).to.equal(null);
    expect(element!.data!.warnings.length).to.be.greaterThan(0);
  });
});
