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
import { ScrollRegions } from '../../components/core/element/scroll-regions.js';
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
    const { wideBox, narrow, wide } = await twoElements();
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
    // The wide element is measured on its own: wrongly marked regions, then a size change of its box alone, and the
    // marks go (the narrow element's stay).
    for (const region of regionsOf(wide)) {
      region.setAttribute('role', 'region');
      region.setAttribute('tabindex', '0');
    }
    wideBox.style.width = '880px';
    await waitUntil(() => regionsOf(wide).every((region) => !region.hasAttribute('role') && !region.hasAttribute('tabindex')), 'the wide element measured its wrappers');
    expect(regionsOf(narrow).some(isRegion)).to.equal(true);
  });

  it('stops watching an element that left the page, even when it updates afterwards', async () => {
    const { narrow } = await twoElements();
    const observed = new Set<Element>();
    const inNarrow = (node: Element) => node.getRootNode() === narrow.shadowRoot;
    const { observe, unobserve } = ResizeObserver.prototype;
    ResizeObserver.prototype.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
      observed.add(target);
      observe.call(this, target, options);
    };
    ResizeObserver.prototype.unobserve = function (this: ResizeObserver, target: Element) {
      observed.delete(target);
      unobserve.call(this, target);
    };
    try {
      // What the element watches: its wrappers and their tables (seen again when it comes back).
      narrow.remove();
      document.body.querySelector('.box')!.append(narrow);
      await settle(narrow);
      const watched = [...observed].filter(inNarrow);
      expect(watched.length).to.equal(regionsOf(narrow).length * 2);
      // Removed, then changed: the update that follows must not watch it again.
      narrow.remove();
      expect([...observed].filter(inNarrow)).to.deep.equal([]);
      narrow.unit = '元';
      await narrow.updateComplete;
      expect(narrow.shadowRoot!.textContent).to.contain('单位：元');
      expect([...observed].filter(inNarrow)).to.deep.equal([]);
    } finally {
      ResizeObserver.prototype.observe = observe;
      ResizeObserver.prototype.unobserve = unobserve;
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

  it('keeps a region named after its caption when a render kept the wrapper but changed the caption', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 100px"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div class="table-scroll" data-labelledby="a-caption" style="overflow-x: auto"><table style="min-width: 400px"><caption id="a-caption">甲</caption><tr><td>1</td></tr></table></div>';
    const regions = new ScrollRegions(() => root);
    regions.observe();
    const region = root.querySelector<HTMLElement>('.table-scroll')!;
    await waitUntil(() => region.getAttribute('role') === 'region', 'the wrapper scrolls: a region');
    expect(region.getAttribute('aria-labelledby')).to.equal('a-caption');
    // The same wrapper, now for another table, the same size: no size change to report, the name follows at once.
    region.dataset['labelledby'] = 'b-caption';
    regions.observe();
    expect(region.getAttribute('aria-labelledby')).to.equal('b-caption');
    regions.disconnect();
  });
});
