/**
 * Table wrappers are a Tab stop and a named region only while their table scrolls sideways
 * (element/scroll-regions.ts). Every element on the page shares one ResizeObserver: each element's
 * wrappers must still follow their own width, an element that leaves the page must stop being
 * watched without stopping the others, and one that comes back must be watched again.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../components/three-public-expenses/define.js';
import type { ThreePublicExpensesElement } from '../../components/three-public-expenses/three-public-expenses.js';
import { loadJson, seedPath, settle } from '../elements/harness.js';

const isRegion = (region: HTMLElement) => region.getAttribute('role') === 'region' && region.getAttribute('tabindex') === '0';
const regionsOf = (element: HTMLElement) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('.table-scroll')];

async function twoElements() {
  const page = await fixture<HTMLDivElement>(html`<div>
    <div class="box" style="width: 200px"><three-public-expenses></three-public-expenses></div>
    <div class="box" style="width: 900px"><three-public-expenses></three-public-expenses></div>
  </div>`);
  const [narrowBox, wideBox] = [...page.querySelectorAll<HTMLDivElement>('.box')];
  const [narrow, wide] = [...page.querySelectorAll<ThreePublicExpensesElement>('three-public-expenses')];
  narrow!.disclosure = await loadJson(seedPath);
  wide!.disclosure = await loadJson(seedPath);
  await Promise.all([settle(narrow!), settle(wide!)]);
  // Tables wider than a narrow box (on a phone the four-column tables reflow instead of scrolling): 600 px wide.
  const widen = (element: HTMLElement) => element.shadowRoot!.querySelectorAll<HTMLElement>('.table-scroll table').forEach((table) => (table.style.minWidth = '600px'));
  widen(narrow!);
  widen(wide!);
  return { narrowBox: narrowBox!, wideBox: wideBox!, narrow: narrow!, wide: wide! };
}

describe('table wrappers under one shared ResizeObserver', () => {
  it('makes each wrapper a region only while its own table scrolls, element by element', async () => {
    const { narrow, wide } = await twoElements();
    await waitUntil(() => regionsOf(narrow).some(isRegion), 'the narrow element’s table scrolls: its wrapper becomes a region');
    expect(regionsOf(narrow).length).to.be.greaterThan(0);
    for (const region of regionsOf(narrow)) {
      if (region.scrollWidth > region.clientWidth + 1) {
        expect(isRegion(region)).to.equal(true);
        expect(region.getAttribute('aria-labelledby')).to.equal(region.dataset['labelledby']);
      }
    }
    for (const region of regionsOf(wide)) {
      expect(region.scrollWidth).to.be.at.most(region.clientWidth + 1);
      expect(region.hasAttribute('role')).to.equal(false);
      expect(region.hasAttribute('tabindex')).to.equal(false);
    }
  });

  it('follows a width change, and keeps watching one element after another left the page', async () => {
    const { narrowBox, wideBox, narrow, wide } = await twoElements();
    await waitUntil(() => regionsOf(narrow).some(isRegion), 'the narrow element’s wrapper becomes a region');
    // The narrow element leaves the page; the wide one is made narrow: it must still be measured.
    narrow.remove();
    wideBox.style.width = '200px';
    await waitUntil(() => regionsOf(wide).some(isRegion), 'the element left on the page still follows its width');
    // Widened again: no longer a region, no longer a Tab stop.
    wideBox.style.width = '900px';
    await waitUntil(() => !regionsOf(wide).some((region) => region.hasAttribute('role') || region.hasAttribute('tabindex')), 'wide again: no region');
    // The element that left comes back, into a wide box: it is watched again, and its wrappers stop being regions.
    narrowBox.style.width = '900px';
    narrowBox.append(narrow);
    await settle(narrow);
    expect(regionsOf(narrow).every((region) => region.scrollWidth <= region.clientWidth + 1)).to.equal(true);
    await waitUntil(() => !regionsOf(narrow).some((region) => region.hasAttribute('role') || region.hasAttribute('tabindex')), 'back on the page, wide: watched again');
  });
});
