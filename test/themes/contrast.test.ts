/**
 * Every theme in themes/ (and the elements' built-in colours), in a light and
 * a dark colour scheme: the three elements render the seed and the synthetic
 * disclosure, the data-check note and the error alert under the theme,
 * linked as a page would (<link rel="stylesheet" href="/themes/x.css">).
 * Walking their shadow roots, each visible text is measured (WCAG 2 contrast
 * ratio) against its effective background, and each chart mark against the
 * chart's background:
 *   text ≥ 4.5:1 (large text, 24 px or 18.66 px bold, ≥ 3:1);
 *   chart marks (.series-N fills, .bar-value) ≥ 3:1, and completion bars
 *   against their track ≥ 3:1.
 * A failure names the theme, the scheme, the element, the case and the selector.
 * Under forced colours, a theme must leave the system colours alone.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../components/account-summary/define.js';
import '../../components/functional-breakdown/define.js';
import '../../components/three-public-expenses/define.js';
import '../../components/disclosure-report/define.js';
import { invalid, seed, synthetic, withMismatch } from '../../stories/data/disclosures.js';

interface DisclosureLike extends HTMLElement {
  disclosure: unknown;
  state: string;
  updateComplete: Promise<unknown>;
}

type Rgba = [number, number, number, number];

const THEMES = ['default', 'dark', 'high-contrast', 'formal'] as const;
const SCHEMES = ['light', 'dark'] as const;
const TAGS = ['account-summary', 'functional-breakdown', 'three-public-expenses'] as const;
const CASES: { name: string; data: () => unknown; state: string }[] = [
  { name: 'seed', data: seed, state: 'ready' },
  { name: 'synthetic', data: synthetic, state: 'ready' },
  { name: 'data-check note', data: withMismatch, state: 'ready' },
  { name: 'error alert', data: invalid, state: 'error' },
];

// ── Colour ────────────────────────────────────────────────────────────────

/** Any CSS colour the browser computes, as sRGB 0–255 and alpha 0–1. */
function parseColor(value: string): Rgba {
  let match = value.match(/^rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/);
  if (!match) {
    // Anything else (color(srgb …), system colours): let the browser convert it through a canvas.
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.fillStyle = value;
    canvas.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!, a! / 255];
  }
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? Number(match[4].slice(0, -1)) / 100 : Number(match[4]);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** `top` over `bottom` (alpha compositing onto an opaque colour). */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const hex = ([r, g, b]: Rgba) => `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;

// ── The DOM ───────────────────────────────────────────────────────────────

/** The element's parent, crossing out of a shadow root to its host. */
function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The opaque colour behind `element`: its own and its ancestors' backgrounds, composited, over the page's canvas. */
function backgroundOf(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let current: Element | null = element; current; current = parentOf(current)) {
    if (current instanceof SVGElement && !(current instanceof SVGSVGElement)) continue;
    const color = parseColor(getComputedStyle(current).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] >= 1) break;
  }
  // The page's canvas: dark only when the page asks for a dark colour scheme (the elements paint their own background anyway).
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const darkCanvas = scheme === 'dark' || (scheme.includes('dark') && matchMedia('(prefers-color-scheme: dark)').matches);
  let result: Rgba = darkCanvas ? [18, 18, 18, 1] : [255, 255, 255, 1];
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

/** A selector that finds `element` in its shadow root, for the failure message. */
function selectorOf(element: Element): string {
  const parts: string[] = [];
  for (let current: Element | null = element; current && parts.length < 4; current = current.parentElement) {
    const classes = [...current.classList].map((name) => `.${name}`).join('');
    const part = current.getAttribute('part');
    parts.unshift(`${current.localName}${classes}${part ? `[part="${part}"]` : ''}`);
    if (current.classList.length > 0 && parts.length > 1) break;
  }
  return parts.join(' > ');
}

function isShown(element: Element): boolean {
  if (element.closest('.visually-hidden, style, script, title, desc, defs, pattern')) return false;
  if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  // Text drawn transparent is not seen (a layout copy of a figure drawn elsewhere, e.g. the 三公 bars' values).
  if (getComputedStyle(element).color === 'rgba(0, 0, 0, 0)') return false;
  const box = element.getBoundingClientRect();
  return box.width > 1 && box.height > 1;
}

interface Finding {
  what: string;
  ratio: number;
  required: number;
}

/** Every visible text and chart mark in the element's shadow root, measured. */
function measure(element: Element): Finding[] {
  const root = element.shadowRoot!;
  const findings: Finding[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || seen.has(parent) || !(node.textContent ?? '').trim() || !isShown(parent)) continue;
    seen.add(parent);
    const style = getComputedStyle(parent);
    const svg = parent instanceof SVGElement;
    const background = backgroundOf(parent);
    const foreground = over(parseColor(svg ? style.fill : style.color), background);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const text = (node.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 24);
    findings.push({
      what: `text "${text}" (${selectorOf(parent)}): ${hex(foreground)} on ${hex(background)}`,
      ratio: contrast(foreground, background),
      required: large ? 3 : 4.5,
    });
  }
  for (const mark of root.querySelectorAll<SVGElement>('[class*="series-"], .bar-value')) {
    if (![...mark.classList].some((name) => /^series-\d+$/.test(name) || name === 'bar-value') || !isShown(mark)) continue;
    const background = backgroundOf(mark.ownerSVGElement ?? mark);
    const fill = over(parseColor(getComputedStyle(mark).fill), background);
    findings.push({ what: `chart mark (${selectorOf(mark)}): ${hex(fill)} on ${hex(background)}`, ratio: contrast(fill, background), required: 3 });
    const track = mark.parentElement?.querySelector('.bar-track');
    if (mark.classList.contains('bar-value') && track) {
      const trackColor = over(parseColor(getComputedStyle(track).fill), background);
      findings.push({ what: `completion bar on its track (${selectorOf(mark)}): ${hex(fill)} on ${hex(trackColor)}`, ratio: contrast(fill, trackColor), required: 3 });
    }
  }
  return findings;
}

// ── Rendering under a theme ───────────────────────────────────────────────

async function useTheme(theme: string | undefined): Promise<void> {
  document.querySelectorAll('link[data-theme]').forEach((link) => link.remove());
  if (!theme) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/themes/${theme}.css`;
  link.dataset.theme = theme;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`${link.href} did not load`)), { once: true });
  });
  document.head.append(link);
  await loaded;
}

async function renderCase(tag: string, data: unknown, state: string): Promise<DisclosureLike> {
  const element = document.createElement(tag) as DisclosureLike;
  element.style.maxWidth = '60rem';
  element.disclosure = data;
  document.body.append(element);
  const start = performance.now();
  while (element.state !== state) {
    if (performance.now() - start > 5000) throw new Error(`<${tag}> stayed ${element.state}, expected ${state}`);
    await new Promise((done) => setTimeout(done, 10));
  }
  await element.updateComplete;
  // Show what a reader can open or select: the data-check note, a selected row.
  const details = element.shadowRoot!.querySelector('details');
  if (details) details.open = true;
  const firstRow = element.shadowRoot!.querySelector<HTMLElement>('tbody tr[data-key] > th');
  if (tag === 'functional-breakdown' && firstRow) {
    firstRow.click();
    await element.updateComplete;
  }
  // A timer, not requestAnimationFrame: this page may run in the background beside another test file, where no frame comes.
  await new Promise((done) => setTimeout(done, 20));
  return element;
}

describe('Themes: contrast of text and chart marks', function () {
  this.timeout(60000);
  after(async () => {
    await useTheme(undefined);
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const theme of [...THEMES, undefined]) {
    for (const scheme of SCHEMES) {
      const label = `${theme ? `themes/${theme}.css` : 'built-in colours (no theme)'}, prefers-color-scheme: ${scheme}`;
      it(`${label}: text ≥ 4.5:1 (large ≥ 3:1), chart marks ≥ 3:1`, async () => {
        await emulateMedia({ colorScheme: scheme });
        await useTheme(theme);
        const failures: string[] = [];
        let measured = 0;
        for (const tag of TAGS) {
          for (const { name, data, state } of CASES) {
            const element = await renderCase(tag, data(), state);
            try {
              for (const finding of measure(element)) {
                measured += 1;
                if (finding.ratio + 1e-9 < finding.required) {
                  failures.push(`${label} <${tag}> ${name}: ${finding.what} = ${finding.ratio.toFixed(2)}:1, needs ${finding.required}:1`);
                }
              }
            } finally {
              element.remove();
            }
          }
        }
        expect(measured, 'texts and marks measured').to.be.greaterThan(100);
        if (failures.length > 0) {
          throw new Error(`${failures.length} below the minimum contrast:\n${failures.slice(0, 40).join('\n')}${failures.length > 40 ? `\n… and ${failures.length - 40} more` : ''}`);
        }
      });
    }
  }

  it('leaves forced colours to the system: every theme gives the same colours as no theme', async () => {
    await emulateMedia({ colorScheme: 'light' });
    // Forced colours through the DevTools protocol (test/tools/chromium-commands.mjs): if that fails, so does this test.
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
    try {
      const colours = async (theme: string | undefined) => {
        await useTheme(theme);
        const result: string[] = [];
        for (const tag of TAGS) {
          const element = await renderCase(tag, synthetic(), 'ready');
          try {
            for (const target of element.shadowRoot!.querySelectorAll('[part="heading"], th, td, .legend .label, [class*="series-"], .bar-value, .bar-label')) {
              const style = getComputedStyle(target);
              // Inside forced-color-adjust: none (the legend's swatches) only the fill is the system's.
              const forced = style.forcedColorAdjust === 'none' ? style.fill : `${style.color} ${style.backgroundColor} ${style.fill}`;
              result.push(`<${tag}> ${selectorOf(target)}: ${forced}`);
            }
          } finally {
            element.remove();
          }
        }
        return result;
      };
      const system = await colours(undefined);
      expect(system.length).to.be.greaterThan(20);
      for (const theme of THEMES) {
        const themed = await colours(theme);
        expect(themed.length, `${theme}: what was measured`).to.equal(system.length);
        const differences = themed.flatMap((line, index) => (line === system[index] ? [] : [`${theme}: ${line} (no theme: ${system[index]})`]));
        if (differences.length > 0) throw new Error(`${theme} changes colours under forced colours:\n${differences.slice(0, 20).join('\n')}`);
      }
    } finally {
      await executeServerCommand('emulate-media-features', []);
    }
  });

  it('formal: every heading over a red rule, the report\'s sections\' included; dark: the elements\' own scheme, not the page\'s', async () => {
    await emulateMedia({ colorScheme: 'light' });
    await useTheme('formal');
    const report = await renderCase('disclosure-report', seed(), 'ready');
    try {
      const sections = [...report.shadowRoot!.querySelectorAll<DisclosureLike>('.section > *')];
      expect(sections.length).to.be.greaterThan(3);
      const headings = [report.shadowRoot!.querySelector('[part="heading"]')!, ...report.shadowRoot!.querySelectorAll('.part-heading'), ...sections.map((section) => section.shadowRoot!.querySelector('[part="heading"]')!)];
      // formal.css: 2px solid #a4161a, 0.375rem above it.
      for (const heading of headings) expect(`${getComputedStyle(heading).borderBottom} ${getComputedStyle(heading).paddingBottom}`, heading.textContent!).to.equal('2px solid rgb(164, 22, 26) 6px');
    } finally {
      report.remove();
    }
    await useTheme('dark');
    const element = await renderCase('functional-breakdown', seed(), 'ready');
    try {
      expect(getComputedStyle(element).colorScheme).to.equal('dark');
      expect(getComputedStyle(document.documentElement).colorScheme, 'the page keeps its own').to.equal('normal');
    } finally {
      element.remove();
      await useTheme(undefined);
    }
    // No theme: the element follows the page (inherited), whatever it is.
    document.documentElement.style.colorScheme = 'light dark';
    const plainElement = await renderCase('functional-breakdown', seed(), 'ready');
    try {
      expect(getComputedStyle(plainElement).colorScheme).to.equal('light dark');
    } finally {
      plainElement.remove();
      document.documentElement.style.colorScheme = '';
    }
  });

  it('on paper, every theme prints dark text (≥ 4.5:1 on white) and no dark background, whatever the colour scheme', async () => {
    // A printer drops the page's backgrounds unless the reader asks for them (and the host's, in any case), so a
    // dark palette's light text would print near-white on white: the themes' colours are for the screen only.
    const failures: string[] = [];
    const white: Rgba = [255, 255, 255, 1];
    try {
      for (const theme of [...THEMES, undefined]) {
        for (const scheme of SCHEMES) {
          await emulateMedia({ media: 'print', colorScheme: scheme });
          await useTheme(theme);
          const label = `${theme ? `themes/${theme}.css` : 'no theme'}, ${scheme}, print`;
          for (const tag of ['account-summary', 'disclosure-report'] as const) {
            const element = await renderCase(tag, withMismatch(), 'ready');
            try {
              const roots: ShadowRoot[] = [element.shadowRoot!];
              for (const inner of element.shadowRoot!.querySelectorAll<DisclosureLike>('.section > *')) if (inner.shadowRoot) roots.push(inner.shadowRoot);
              let texts = 0;
              for (const root of roots) {
                for (const node of root.querySelectorAll<HTMLElement>('th, td, caption, h1, h2, h3, h4, h5, h6, [part~="heading"], p, li, summary, dt, dd')) {
                  if (!isShown(node) || !node.textContent!.trim()) continue;
                  texts += 1;
                  const ratio = contrast(parseColor(getComputedStyle(node).color), white);
                  if (ratio < 4.5) failures.push(`${label} <${tag}> ${selectorOf(node)} "${node.textContent!.trim().slice(0, 20)}": ${ratio.toFixed(2)}:1 on white`);
                }
                for (const node of [root.host, ...root.querySelectorAll('*')]) {
                  const background = parseColor(getComputedStyle(node).backgroundColor);
                  if (background[3] > 0.5 && luminance(background) < 0.4) failures.push(`${label} <${tag}> ${selectorOf(node)}: dark background ${getComputedStyle(node).backgroundColor}`);
                }
              }
              expect(texts, `${label} <${tag}>: texts measured`).to.be.greaterThan(20);
            } finally {
              element.remove();
            }
          }
        }
      }
    } finally {
      await useTheme(undefined);
      await emulateMedia({ media: 'screen', colorScheme: 'light' });
    }
    expect(failures.slice(0, 30).join('\n')).to.equal('');
  });
});
