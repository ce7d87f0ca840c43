/**
 * The “三公” chart uses the width: its bar column takes what the element
 * has left after the series names and the figures, and the longest bar spans
 * that column, at 1280 and at 375 px; its interactive marks (the
 * keyboard-focusable bars) are touch targets of at least 44 × 44 CSS px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/three-public-expenses/define.js';
import '../../components/expenditure-breakdown/define.js';
import { loadJson, settle, syntheticPath, type AnyDisclosureElement } from './harness.js';

async function show(tag: string, path: string, width: number): Promise<AnyDisclosureElement> {
  const element = document.createElement(tag) as AnyDisclosureElement;
  element.setAttribute('lang', 'zh-CN');
  element.setAttribute('view', 'chart');
  element.disclosure = await loadJson(path);
  const container = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}></div>`);
  container.append(element);
  await settle(element);
  return element;
}

const CASES = [
  ['three-public-expenses', syntheticPath],
  ['three-public-expenses', 'test/fixtures/putuo-planning-resources-2024.json'],
  ['expenditure-breakdown', 'test/fixtures/putuo-planning-resources-2024.json'],
] as const;

for (const width of [1280, 375]) {
  describe(`grouped bars at ${width} px`, () => {
    for (const [tag, path] of CASES) {
      it(`<${tag}> (${path.split('/').pop()}): the chart fills the width, the longest bar spans the bar column, marks are 44 × 44 px at least`, async () => {
        const element = await show(tag, path, width);
        const root = element.shadowRoot!;
        const host = element.getBoundingClientRect();
        const bars = root.querySelector('.bars')!.getBoundingClientRect();
        expect(bars.width, 'chart width').to.be.at.least(host.width * 0.95);
        const plot = root.querySelector('.bars-plot svg[role="img"]')!.getBoundingClientRect();
        // The bar column: what is left beside the series names and the figures (more than half the chart even at 375 px).
        expect(plot.width, 'bar column').to.be.at.least(bars.width * (width === 1280 ? 0.75 : 0.45));
        const lengths = [...root.querySelectorAll('.bars-plot svg[role="img"] rect[class^="series-"]')].map((bar) => bar.getBoundingClientRect().width);
        expect(Math.max(...lengths), 'longest bar').to.be.closeTo(plot.width, 1);
        const marks = [...root.querySelectorAll('.mark-target')];
        expect(marks.length).to.be.greaterThan(0);
        for (const mark of marks) {
          const box = mark.getBoundingClientRect();
          expect(box.width, `${mark.getAttribute('aria-label')} width`).to.be.at.least(44);
          expect(box.height, `${mark.getAttribute('aria-label')} height`).to.be.at.least(44);
        }
        // Touch targets do not overlap one another.
        const boxes = marks.map((mark) => mark.getBoundingClientRect());
        boxes.forEach((a, index) => {
          for (const b of boxes.slice(index + 1)) {
            const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            expect(overlap, 'marks overlap').to.be.at.most(0.5);
          }
        });
      });
    }
  });
}
