/**
 * A calm composition bar (design review, issue #22): segments meet at a thin
 * gap in the background colour (a boundary shows without colour or pattern),
 * the legend sits right under the bar, and the patterns, kept as the second
 * cue besides colour, are subtle in the default and formal themes and strong
 * in the high-contrast theme. Measured in Chromium on the planning-resources
 * fixture's 支出构成 (five 类 side by side: the busiest bar of the fixtures).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../components/account-summary/define.js';
import { loadJson, render, settle, type AnyDisclosureElement } from './harness.js';

async function expenditureBar(width: number, theme?: string): Promise<{ element: AnyDisclosureElement; figure: Element; link?: HTMLLinkElement }> {
  let link: HTMLLinkElement | undefined;
  if (theme) {
    link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `/themes/${theme}.css` });
    document.head.append(link);
    await waitUntil(() => link!.sheet !== null, `themes/${theme}.css loads`);
  }
  const disclosure = await loadJson('test/fixtures/putuo-planning-resources-2024.json');
  const element = await render<AnyDisclosureElement>(html`<div style=${`width: ${width}px`}><account-summary lang="zh-CN" view="chart" .disclosure=${disclosure}></account-summary></div>`);
  const summary = element.querySelector('account-summary') as AnyDisclosureElement;
  await settle(summary);
  const figure = summary.shadowRoot!.querySelectorAll('figure.chart')[1]!;
  return { element: summary, figure, link };
}

const alphaOf = (color: string) => Number(/rgba?\([^)]*?,\s*[\d.]+,\s*[\d.]+(?:,\s*([\d.]+))?\)/.exec(color)?.[1] ?? 1);

describe('the composition bar is calm', () => {
  for (const width of [1280, 320]) {
    it(`five segments meet at four gaps, and the legend sits under the bar (${width} px)`, async () => {
      const { figure } = await expenditureBar(width);
      const segments = [...figure.querySelectorAll('svg[role="img"] rect[class^="series-"]')];
      expect(segments).to.have.length(5);
      const gaps = [...figure.querySelectorAll('.segment-gap')];
      expect(gaps).to.have.length(4);
      // Each gap stands where a segment starts, in the background colour.
      expect(gaps.map((gap) => gap.getAttribute('x1'))).to.deep.equal(segments.slice(1).map((segment) => segment.getAttribute('x')));
      const host = figure.getRootNode() as ShadowRoot;
      expect(getComputedStyle(gaps[0]!).stroke).to.equal(getComputedStyle(host.host).backgroundColor === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : getComputedStyle(host.host).backgroundColor);
      // No empty line between the bar and its legend (it was about 40 px: the focused mark's line now follows the legend).
      const bar = figure.querySelector('svg[role="img"]')!.getBoundingClientRect();
      const legend = figure.querySelector('.legend')!.getBoundingClientRect();
      expect(legend.top - bar.bottom).to.be.within(0, 12);
    });
  }

  for (const [theme, check] of [
    ['formal', (alpha: number) => expect(alpha).to.be.at.most(0.3)],
    ['default', (alpha: number) => expect(alpha).to.be.at.most(0.45)],
    ['high-contrast', (alpha: number) => expect(alpha).to.be.at.least(0.85)],
  ] as const) {
    it(`patterns in the ${theme} theme: ${theme === 'high-contrast' ? 'strong' : 'subtle'}, and on every segment but the first`, async () => {
      const { figure, link } = await expenditureBar(1280, theme);
      try {
        const ink = figure.querySelector('.pattern-ink')!;
        check(alphaOf(getComputedStyle(ink).stroke));
        // Series 2–5 carry a pattern over their colour, in the bar and in the legend's swatches.
        expect(figure.querySelectorAll('svg[role="img"] rect[fill^="url("]')).to.have.length(4);
        expect(figure.querySelectorAll('.legend rect[fill^="url("]')).to.have.length(4);
      } finally {
        link?.remove();
      }
    });
  }
});
