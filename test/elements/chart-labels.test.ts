/**
 * Charts that look finished: no label collides with a mark or with another
 * label. Measured in Chromium (bounding boxes) in every element that draws
 * a chart, on the seed, the synthetic disclosure, the planning-resources
 * fixture, the district office's budget and the large synthetic
 * (stories/data/synthetic-large.ts: 30 类), at 1280 and 375 px.
 *
 * Labels: every text drawn in the chart's SVG and the chart's HTML labels
 * (group and series names of grouped bars, legend entries). Marks: the
 * bars and segments, the budget markers (bullet lines) and the baselines.
 * A figure written inside its own bar (`.inside`) may lie on that bar, never
 * on a marker. Transparent hit areas (the focusable overlay) are not marks.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { CHART_FIXTURES as FIXTURES, CHART_TAGS as TAGS } from './chart-cases.js';
import { loadJson, syntheticPath, type AnyDisclosureElement } from './harness.js';
import { waitUntil } from '@open-wc/testing';

const WIDTHS = [1280, 375];

async function show(tag: string, disclosure: unknown, width: number): Promise<AnyDisclosureElement> {
  const element = document.createElement(tag) as AnyDisclosureElement;
  element.setAttribute('lang', 'zh-CN');
  element.setAttribute('view', 'chart');
  (element as unknown as { disclosure: unknown }).disclosure = disclosure;
  const container = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}></div>`);
  container.append(element);
  await waitUntil(() => element.state === 'ready' || element.state === 'error', `<${tag}> settled`, { timeout: 10000 }).catch(() => undefined);
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return element;
}

interface Box {
  what: string;
  rect: DOMRect;
  node: Element;
}

const describe_ = (node: Element) => `${node.localName}.${[...node.classList].join('.')} "${(node.textContent ?? '').trim().slice(0, 40)}"`;

/** A line's box, grown by `by` px on each side across the line (a line's box has no width along its thin side; it is drawn 1–2 px wide). */
const grown = (rect: DOMRect, by: number) =>
  rect.width < rect.height ? new DOMRect(rect.x - by, rect.y, rect.width + 2 * by, rect.height) : new DOMRect(rect.x, rect.y - by, rect.width, rect.height + 2 * by);

function overlap(a: DOMRect, b: DOMRect): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

function visible(node: Element): boolean {
  const rect = node.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  const style = getComputedStyle(node);
  return style.visibility !== 'hidden' && style.display !== 'none' && style.color !== 'rgba(0, 0, 0, 0)';
}

function chartBoxes(figure: Element): { labels: Box[]; marks: Box[] } {
  const picture = figure.querySelector('svg[role="img"]');
  const labels = [
    ...(picture ? [...picture.querySelectorAll('text')] : []),
    ...figure.querySelectorAll('.bars-group, .bars-series, .legend .label, .legend .value'),
  ]
    .filter(visible)
    .map((node) => ({ what: describe_(node), rect: node.getBoundingClientRect(), node }));
  const marks = picture
    ? [...picture.querySelectorAll('rect, line')]
        .filter((node) => !node.closest('defs') && !node.getAttribute('fill')?.startsWith('url('))
        .filter((node) => node.getBoundingClientRect().width > 0 || node.getBoundingClientRect().height > 0)
        .map((node) => ({ what: describe_(node), rect: node.localName === 'line' ? grown(node.getBoundingClientRect(), 1) : node.getBoundingClientRect(), node }))
    : [];
  return { labels, marks };
}

let chartsMeasured = 0;

for (const [name, load] of Object.entries(FIXTURES)) {
  for (const width of WIDTHS) {
    describe(`chart labels: ${name} at ${width} px`, () => {
      for (const tag of TAGS) {
        it(`<${tag}>: no label on a mark or on another label`, async () => {
          const element = await show(tag, await load(), width);
          const problems: string[] = [];
          for (const figure of element.shadowRoot!.querySelectorAll('figure.chart')) {
            chartsMeasured++;
            const { labels, marks } = chartBoxes(figure);
            labels.forEach((label, index) => {
              for (const other of labels.slice(index + 1)) {
                if (overlap(label.rect, other.rect) > 1) problems.push(`${label.what} overlaps ${other.what}`);
              }
              for (const mark of marks) {
                // A figure written inside its own bar lies on it (in the bar's text colour); never on a marker.
                if (label.node.classList.contains('inside') && mark.node.classList.contains('bar-value')) continue;
                if (overlap(label.rect, mark.rect) > 1) problems.push(`${label.what} overlaps ${mark.what}`);
              }
            });
            // Nothing drawn past the chart's edges.
            const edge = figure.getBoundingClientRect();
            for (const label of labels) if (label.rect.right > edge.right + 1 || label.rect.left < edge.left - 1) problems.push(`${label.what} runs past the chart (${label.rect.left}–${label.rect.right} of ${edge.left}–${edge.right})`);
          }
          expect(problems, problems.slice(0, 8).join('\n')).to.deep.equal([]);
        });
      }
    });
  }
}

/** Follows the chart's bars down (a click on a bar drills into it), by the start of their accessible names. */
async function drill(element: AnyDisclosureElement, ...names: string[]): Promise<void> {
  for (const name of names) {
    const mark = [...element.shadowRoot!.querySelectorAll<SVGElement>('.mark-target')].find((candidate) => (candidate.getAttribute('aria-label') ?? '').replace(/[\u2066-\u2069]/g, '').includes(name));
    expect(mark, `a bar named ${name}`).to.not.equal(undefined);
    mark!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await element.updateComplete;
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

// Budget markers are drawn where the level shown has budgets: the synthetic's 项 under 普通教育 (completion 93.75%, 100%,
// 90.91%), and the same with 初中教育 over its budget (4000.00 against 3000.00: the marker inside the bar).
for (const width of WIDTHS) {
  describe(`chart labels: budget markers at ${width} px`, () => {
    for (const over of [false, true]) {
      it(`<functional-breakdown> synthetic, 普通教育's 项${over ? ', one over its budget' : ''}: no figure on a marker`, async () => {
        const disclosure = await loadJson(syntheticPath);
        if (over) {
          const item = disclosure.functionalBreakdown.items[0].children[1].children[2];
          Object.assign(item, { budget: '3000.00', completionRate: '133.33' });
        }
        const element = await show('functional-breakdown', disclosure, width);
        await drill(element, '205', '20502');
        const figure = element.shadowRoot!.querySelector('figure.chart')!;
        const { labels, marks } = chartBoxes(figure);
        const references = marks.filter((mark) => mark.node.classList.contains('bar-reference'));
        expect(references, 'budget markers drawn').to.have.length(3);
        const problems: string[] = [];
        for (const label of labels) for (const mark of marks) {
          if (label.node.classList.contains('inside') && mark.node.classList.contains('bar-value')) continue;
          if (overlap(label.rect, mark.rect) > 1) problems.push(`${label.what} overlaps ${mark.what}`);
        }
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
    }
  });
}

describe('chart labels: the test measured charts', () => {
  it('found charts to measure', () => {
    expect(chartsMeasured).to.be.greaterThan(30);
  });
});
