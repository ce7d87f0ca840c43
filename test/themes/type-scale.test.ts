/**
 * One token sets every text size: each text in the elements' shadow roots
 * (HTML and SVG chart labels) is at least 14 px at the default
 * --disclosure-font-size (16 px), and grows in proportion when the token is
 * raised to 1.375rem (22 px, the "large text" of 适老化) on a container.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/account-summary/define.js';
import '../../components/functional-breakdown/define.js';
import '../../components/three-public-expenses/define.js';
import { seed, synthetic, withMismatch } from '../../stories/data/disclosures.js';
import { settle, type AnyDisclosureElement } from '../elements/harness.js';

const TAGS = ['account-summary', 'functional-breakdown', 'three-public-expenses'] as const;

/** Every visible text node in the element's shadow root (depth-first), with its parent's computed font size in px. */
function textSizes(element: Element): { text: string; size: number; where: string }[] {
  const out: { text: string; size: number; where: string }[] = [];
  const walk = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('style, [hidden]')) continue;
      const style = getComputedStyle(parent);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      // Visually hidden text (the screen-reader-only class) has a 1 px box.
      const box = parent.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) continue;
      out.push({ text: text.slice(0, 40), size: parseFloat(style.fontSize), where: `<${parent.localName} class="${parent.getAttribute('class') ?? ''}">` });
    }
  };
  walk(element.shadowRoot!);
  return out;
}

async function show(tag: string, disclosure: AnyDisclosureElement['disclosure'], size?: string): Promise<AnyDisclosureElement> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 1024px"></div>`);
  if (size) container.style.setProperty('--disclosure-font-size', size);
  const element = document.createElement(tag) as AnyDisclosureElement;
  element.setAttribute('lang', 'zh-CN');
  element.disclosure = disclosure;
  container.append(element);
  await settle(element);
  return element;
}

for (const [name, make] of [
  ['synthetic', synthetic],
  ['seed', seed],
  ['with a data-check note', withMismatch],
] as const) {
  describe(`type scale from --disclosure-font-size (${name})`, () => {
    for (const tag of TAGS) {
      it(`<${tag}>: no text under 14 px at the default size, and every text grows 1.375× with the token`, async () => {
        const normal = textSizes(await show(tag, make()));
        expect(normal.length, 'texts measured').to.be.greaterThan(5);
        const small = normal.filter((entry) => entry.size < 14 - 0.01);
        expect(small, `texts under 14 px: ${JSON.stringify(small.slice(0, 5))}`).to.deep.equal([]);

        const large = textSizes(await show(tag, make(), '1.375rem'));
        expect(large.length).to.equal(normal.length);
        const unscaled = normal
          .map((entry, index) => ({ ...entry, large: large[index]!.size, ratio: large[index]!.size / entry.size }))
          .filter((entry) => Math.abs(entry.ratio - 1.375) > 0.02);
        expect(unscaled, `texts that do not follow the token: ${JSON.stringify(unscaled.slice(0, 5))}`).to.deep.equal([]);
      });
    }
  });
}

describe('type scale: the chart picture grows with the text', () => {
  it('<functional-breakdown>: chart rows are taller at 1.375rem, labels stay inside their row', async () => {
    const measure = async (size?: string) => {
      const element = await show('functional-breakdown', synthetic(), size);
      const picture = element.shadowRoot!.querySelector('svg[role="img"]')!;
      const labels = [...picture.querySelectorAll('text.bar-label')].map((text) => text.getBoundingClientRect());
      const bars = [...picture.querySelectorAll('rect.bar-value')].map((rect) => rect.getBoundingClientRect());
      return { height: picture.getBoundingClientRect().height, labels, bars };
    };
    const normal = await measure();
    const large = await measure('1.375rem');
    expect(large.height / normal.height).to.be.closeTo(1.375, 0.02);
    for (const { labels, bars } of [normal, large]) {
      expect(labels.length).to.be.greaterThan(0);
      labels.forEach((label, index) => {
        // The label sits above its own bar, and below the previous row's bar.
        expect(label.bottom, `label ${index} above its bar`).to.be.at.most(bars[index]!.top + 1);
        if (index > 0) expect(label.top, `label ${index} below bar ${index - 1}`).to.be.at.least(bars[index - 1]!.bottom - 1);
      });
    }
  });
});
