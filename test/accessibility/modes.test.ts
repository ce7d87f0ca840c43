/**
 * Display modes a reader may be in: forced colours (Windows high contrast),
 * reduced motion, a 320 px wide phone, 200 % zoom, and print. Each checked
 * in Chromium on every element.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport, emulateMedia } from '@web/test-runner-commands';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../components/account-summary/define.js';
import '../../components/basic-expenditure/define.js';
import '../../components/functional-breakdown/define.js';
import '../../components/three-public-expenses/define.js';
import '../../components/expenditure-breakdown/define.js';
import { loadJson, render, settle, syntheticPath, type AnyDisclosureElement } from '../elements/harness.js';

const TAGS = ['account-summary', 'functional-breakdown', 'three-public-expenses'];
const mediaFeatures = (features: { name: string; value: string }[]) => executeServerCommand('emulate-media-features', features);

async function renderAll(): Promise<AnyDisclosureElement[]> {
  const disclosure = await loadJson(syntheticPath);
  const container = await render<HTMLDivElement>(
    staticHtml`<div>${TAGS.map((tag) => staticHtml`<${unsafeStatic(tag)} .disclosure=${disclosure}></${unsafeStatic(tag)}>`)}</div>`,
  );
  const elements = [...container.children] as AnyDisclosureElement[];
  for (const element of elements) await settle(element);
  return elements;
}

const all = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<SVGElement | HTMLElement>(selector)];

describe('forced colours', () => {
  afterEach(() => mediaFeatures([]));

  it('replaces chart colours by system colours, keeping the patterns that tell series apart', async () => {
    const [summary] = await renderAll();
    const fillsBefore = new Set(all(summary!, '.series-1, .series-2').map((mark) => getComputedStyle(mark).fill));
    expect(fillsBefore.size).to.equal(2);
    await mediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const fillsForced = new Set(all(summary!, '.series-1, .series-2').map((mark) => getComputedStyle(mark).fill));
    expect(fillsForced.size).to.equal(1);
    const patterned = all(summary!, 'rect[fill^="url(#"]');
    expect(patterned.length).to.be.greaterThan(0);
    expect(getComputedStyle(all(summary!, '.pattern-ink')[0]!).stroke).not.to.equal([...fillsForced][0]);
  });

  it('keeps the expand button\'s triangle (drawn by CSS, no SVG) in the button\'s text colour, open or closed', async () => {
    const [, breakdown] = await renderAll();
    const toggles = all(breakdown!, '.toggle');
    expect(toggles.length).to.be.greaterThan(0);
    expect(all(breakdown!, '.toggle svg')).to.have.length(0);
    const triangle = (toggle: Element) => getComputedStyle(toggle, '::before');
    expect(triangle(toggles[0]!).clipPath).to.match(/^polygon/);
    expect(triangle(toggles[0]!).backgroundColor).to.equal(getComputedStyle(toggles[0]!).color);
    await mediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    for (const toggle of toggles) {
      // Forced colours would make a background Canvas, the button's own background: the triangle would vanish.
      expect(triangle(toggle).backgroundColor).to.equal(getComputedStyle(toggle).color);
      expect(triangle(toggle).backgroundColor).not.to.equal(getComputedStyle(toggle).backgroundColor);
    }
  });

  it('keeps every element readable: text takes the system text colour', async () => {
    await mediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    const elements = await renderAll();
    for (const element of elements) {
      const cell = element.shadowRoot!.querySelector('td')!;
      expect(getComputedStyle(cell).color, element.localName).to.equal(getComputedStyle(document.body).color);
    }
  });
});

describe('reduced motion', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('runs no transition or animation anywhere in the elements', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const elements = await renderAll();
    for (const element of elements) {
      for (const node of all(element, '*')) {
        const style = getComputedStyle(node);
        expect(style.animationName, `${element.localName} ${node.localName}.${node.getAttribute('class')}`).to.equal('none');
        expect(style.transitionDuration.split(',').every((duration) => Number.parseFloat(duration) === 0), `${element.localName} ${node.localName}`).to.equal(true);
      }
    }
  });
});

describe('narrow screens and zoom', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 640]) {
    it(`fits ${width} CSS px (${width === 640 ? '200 % zoom of a 1280 px window' : 'a small phone'}) without scrolling the page sideways`, async () => {
      await setViewport({ width, height: 800 });
      const elements = await renderAll();
      // Table wrappers are measured in a ResizeObserver callback once layout is done: let it run.
      await new Promise((done) => setTimeout(done, 300));
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      for (const element of elements) {
        expect(element.getBoundingClientRect().width, element.localName).to.be.at.most(width);
        // Tables may scroll inside their own region, which is then focusable and labelled (and only then: issue 21).
        for (const region of all(element, '.table-scroll')) {
          if (region.scrollWidth <= region.clientWidth + 1) {
            expect(region.hasAttribute('tabindex'), 'a table that does not scroll is no Tab stop').to.equal(false);
            expect(region.hasAttribute('role'), 'a table that does not scroll is no landmark').to.equal(false);
            continue;
          }
          expect(region.getAttribute('tabindex')).to.equal('0');
          expect(region.getAttribute('role')).to.equal('region');
          const caption = element.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
          expect(caption.textContent!.length).to.be.greaterThan(0);
          // Scrolled to its far end, the table's caption is still within the region's view.
          region.scrollLeft = region.scrollWidth;
          const text = caption.querySelector('.caption-text')!.getBoundingClientRect();
          const view = region.getBoundingClientRect();
          expect(text.left, `${element.localName} caption`).to.be.at.least(view.left - 0.5);
          expect(text.right, `${element.localName} caption`).to.be.at.most(view.right + 0.5);
          region.scrollLeft = 0;
        }
      }
    });
  }
});

describe('nested rows', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const width of [375, 1280]) {
    it(`at ${width} px, a 项 row's header starts inside its 款's, and the 款's inside its 类's`, async () => {
      await setViewport({ width, height: 800 });
      const element = await render<AnyDisclosureElement>(
        staticHtml`<functional-breakdown expand="all" .disclosure=${await loadJson('test/fixtures/putuo-planning-resources-2024.json')}></functional-breakdown>`,
      );
      await settle(element);
      const rows = all(element, 'tbody tr[aria-level]');
      // Where the header's text starts: its code (208, 20805, 2080505), before the name.
      const start = (row: Element) => row.querySelector('th .code')!.getBoundingClientRect().left;
      let checked = 0;
      rows.forEach((row, index) => {
        const level = Number(row.getAttribute('aria-level'));
        if (level === 1) return;
        // Its parent: the nearest row above with a lower level.
        const parent = rows.slice(0, index).reverse().find((above) => Number(above.getAttribute('aria-level')) === level - 1)!;
        const label = row.querySelector('th')!.textContent!.trim();
        expect(start(row), `${label} (level ${level}) inside its parent`).to.be.greaterThan(start(parent) + 4);
        checked += 1;
      });
      expect(checked, 'rows below the top level').to.be.greaterThan(5);
    });
  }
});

describe('larger text on a phone (WCAG 1.4.4, 1.4.10)', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  // A phone's larger-text setting: the page's root font at 130 % and 200 %. The grouped bars' series label, bar
  // and figure must share the width (the labels wrap), never push the chart past the element and the page sideways.
  const cases = [
    { width: 320, fontSize: '130%', lang: 'en', fixture: 'test/fixtures/putuo-planning-resources-2024.json' },
    { width: 375, fontSize: '200%', lang: 'zh-CN', fixture: 'test/fixtures/putuo-district-office-2025-budget.json' },
    { width: 320, fontSize: '200%', lang: 'en', fixture: 'test/fixtures/putuo-district-office-2025-budget.json' },
  ];
  for (const { width, fontSize, lang, fixture } of cases) {
    it(`<expenditure-breakdown> and <three-public-expenses> fit ${width} px with the root font at ${fontSize} (${lang}, ${fixture.split('/').pop()})`, async () => {
      await setViewport({ width, height: 800 });
      document.documentElement.style.fontSize = fontSize;
      const disclosure = await loadJson(fixture);
      const container = await render<HTMLDivElement>(
        staticHtml`<div>${['expenditure-breakdown', 'three-public-expenses'].map((tag) => staticHtml`<${unsafeStatic(tag)} lang=${lang} .disclosure=${disclosure}></${unsafeStatic(tag)}>`)}</div>`,
      );
      for (const element of [...container.children] as AnyDisclosureElement[]) {
        await settle(element);
        const box = element.getBoundingClientRect();
        for (const chart of all(element, '.chart, .bars, .bars-value, .bars-series, .chart-title, .chart-summary')) {
          const right = chart.getBoundingClientRect().right;
          expect(right, `${element.localName} ${chart.className.baseVal ?? chart.className}`).to.be.at.most(box.right + 0.5);
        }
      }
      await new Promise((done) => setTimeout(done, 100));
      expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(width);
    });
  }
});

describe('glossary definitions on a small phone', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('a term\'s definition opens toward the side with room: focusing any term never widens a 320 px page', async () => {
    await setViewport({ width: 320, height: 800 });
    // The planning-resources 名词解释 defines 基本支出, which <basic-expenditure>\'s heading uses near the right edge.
    const disclosure = await loadJson('test/fixtures/putuo-planning-resources-2024.json');
    const container = await render<HTMLDivElement>(staticHtml`<div><basic-expenditure .disclosure=${disclosure}></basic-expenditure><account-summary .disclosure=${disclosure}></account-summary></div>`);
    const elements = [...container.children] as AnyDisclosureElement[];
    for (const element of elements) await settle(element);
    const terms = elements.flatMap((element) => all(element, 'dfn.term'));
    expect(terms.length).to.be.at.least(3);
    const wide: string[] = [];
    for (const term of terms) {
      term.focus();
      await new Promise((done) => requestAnimationFrame(done));
      if (document.documentElement.scrollWidth > 320) wide.push(`${term.textContent} (${document.documentElement.scrollWidth} px)`);
      term.blur();
    }
    expect(wide).to.deep.equal([]);
  });
});

describe('print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('shows the tables unclipped', async () => {
    await emulateMedia({ media: 'print' });
    const elements = await renderAll();
    for (const element of elements) {
      for (const region of all(element, '.table-scroll')) expect(getComputedStyle(region).overflowX, element.localName).to.equal('visible');
      for (const table of all(element, 'table')) expect(getComputedStyle(table).display).to.equal('table');
    }
  });

  it('never ends a page with a term of what a figure includes (人员经费) without its text', async () => {
    await emulateMedia({ media: 'print' });
    const element = await render<AnyDisclosureElement>(
      staticHtml`<basic-expenditure .disclosure=${await loadJson('test/fixtures/putuo-planning-resources-2024.json')}></basic-expenditure>`,
    );
    await settle(element);
    const terms = all(element, '.includes dt');
    expect(terms.length, 'the planning-resources 决算 says what 人员经费 and 公用经费 include').to.be.greaterThan(0);
    for (const term of terms) expect(getComputedStyle(term).breakAfter, term.textContent!).to.equal('avoid');
  });
});
