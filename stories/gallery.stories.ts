/**
 * Overviews for design review: every element in every theme, every state of
 * every element side by side, the large text of 适老化, and a whole 决算公开
 * page in the formal theme.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DATA_URLS, allZero, invalid, seed, synthetic, withMismatch } from './data/disclosures.js';
import { PENDING_URL } from './data/pending-fetch.js';
import { renderElement } from './data/render.js';
import '../components/account-summary/define.js';
import '../components/functional-breakdown/define.js';
import '../components/three-public-expenses/define.js';
import { THEME_NAMES, themeSample } from './data/scoped-theme.js';
import { planning } from './data/report-fixtures.js';

const TAGS = ['account-summary', 'functional-breakdown', 'three-public-expenses'] as const;

const meta = {
  title: 'Overview',
  tags: ['!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;
type Story = StoryObj;

function caption(text: string): HTMLElement {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  paragraph.style.cssText = 'margin: 0 0 0.5rem; font: 600 14px/1.4 system-ui, sans-serif; color: var(--disclosure-color-muted);';
  return paragraph;
}

function allThemes(tagName: string): HTMLElement {
  const grid = document.createElement('div');
  grid.style.cssText = 'display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 36rem), 1fr));';
  for (const name of THEME_NAMES) {
    const element = renderElement(tagName, { view: 'both' }, { disclosure: synthetic() });
    grid.append(themeSample(name, [caption(`Theme: ${name} (themes/${name}.css)`), element]));
  }
  return grid;
}

/** The synthetic disclosure in the four themes (light palettes; the dark OS variants show with the toolbar's theme). */
// Tagged "repeats": the same element several times on one page (test/stories/every-story.test.ts allows the repeated region names).
export const AllThemesAccountSummary: Story = { name: 'All themes: account-summary', tags: ['repeats'], render: () => allThemes('account-summary') };
export const AllThemesFunctionalBreakdown: Story = { name: 'All themes: functional-breakdown', tags: ['repeats'], render: () => allThemes('functional-breakdown') };
export const AllThemesThreePublicExpenses: Story = { name: 'All themes: three-public-expenses', tags: ['repeats'], render: () => allThemes('three-public-expenses') };

/**
 * The composition bars in the formal theme beside the default, at full width and at 320 px: the planning-resources
 * 决算's 支出构成 has five 类 side by side, the busiest bar of the fixtures. Segments meet at a thin gap; patterns,
 * the second cue besides colour, are faint (high-contrast.css draws them strong).
 */
export const FormalComposition: Story = {
  name: 'Formal theme: composition bars (支出构成, 1280 and 320 px)',
  tags: ['repeats'],
  render: () => {
    const grid = document.createElement('div');
    grid.style.cssText = 'display: grid; gap: 1.5rem;';
    for (const name of ['formal', 'default']) {
      for (const width of ['100%', '320px']) {
        const element = renderElement('account-summary', { view: 'chart' }, { disclosure: planning() });
        const frame = document.createElement('div');
        frame.style.cssText = `width: ${width}; max-width: 100%;`;
        frame.append(element);
        grid.append(themeSample(name, [caption(`Theme: ${name} (themes/${name}.css), ${width === '100%' ? 'full width' : '320 px'}`), frame]));
      }
    }
    return grid;
  },
};

/** The states an element can be in, as a reader meets them. */
const STATES: { label: string; state: string; make: (tag: string) => HTMLElement }[] = [
  { label: 'Ready (示例数据)', state: 'ready', make: (tag) => renderElement(tag, { view: 'table' }, { disclosure: synthetic() }) },
  { label: 'Every amount zero', state: 'ready', make: (tag) => renderElement(tag, { view: 'table' }, { disclosure: allZero() }) },
  { label: 'With a data-check note', state: 'ready', make: (tag) => renderElement(tag, { view: 'table' }, { disclosure: withMismatch() }) },
  { label: 'Loading', state: 'loading', make: (tag) => renderElement(tag, { src: PENDING_URL, timeout: 86400 }) },
  { label: 'Error: data file not found', state: 'error', make: (tag) => renderElement(tag, { src: DATA_URLS.missing }) },
  { label: 'Error: malformed figures', state: 'error', make: (tag) => renderElement(tag, {}, { disclosure: invalid() }) },
  { label: 'No data given', state: 'empty', make: (tag) => renderElement(tag, {}) },
];

/**
 * Every element (rows) in every state (columns). Each element carries the
 * state it must reach in `data-expected-state` (test/stories/every-story.test.ts
 * checks it).
 */
export const StateMatrix: Story = {
  name: 'State matrix: every element in every state',
  tags: ['repeats'],
  render: () => {
    const table = document.createElement('div');
    table.style.cssText = `display: grid; gap: 1rem; grid-template-columns: repeat(${STATES.length}, minmax(22rem, 1fr)); overflow-x: auto;`;
    for (const tag of TAGS) {
      for (const { label, state, make } of STATES) {
        const cell = document.createElement('div');
        const element = make(tag);
        element.dataset.expectedState = state;
        cell.append(caption(`<${tag}> · ${label}`), element);
        table.append(cell);
      }
    }
    return table;
  },
};

/** 适老化: the one token --disclosure-font-size raised to 1.375rem (22 px); titles, tables, chart labels and notes follow. */
export const LargeText: Story = {
  name: 'Large text for older readers (适老化, 1.375rem)',
  render: () => {
    const box = document.createElement('div');
    box.style.setProperty('--disclosure-font-size', '1.375rem');
    box.style.cssText += 'display: grid; gap: 2rem;';
    for (const tag of TAGS) box.append(renderElement(tag, { view: 'both' }, { disclosure: synthetic() }));
    return box;
  },
};

/**
 * A whole 部门决算公开 page as a government portal would publish it, in the
 * formal theme, built from the elements that exist today.
 *
 * TODO: the report element (one element for the whole disclosure, on another
 * branch) will replace the hand-built sections of this page once it lands.
 */
export const FullPageFormal: Story = {
  name: '整页示例：高新区党群工作部 2022 年度部门决算公开 (formal theme)',
  parameters: { layout: 'fullscreen' },
  render: () => {
    const data = seed();
    const page = document.createElement('div');
    const section = (title: string, tag: string) => {
      const block = document.createElement('section');
      block.setAttribute('aria-labelledby', `mock-${tag}`);
      const heading = document.createElement('h2');
      heading.id = `mock-${tag}`;
      heading.textContent = title;
      heading.style.cssText = 'font-size: 1.25rem; margin: 2rem 0 0.75rem; padding-left: 0.5rem; border-left: 4px solid var(--disclosure-color-heading);';
      const element = renderElement(tag, { view: 'both', 'heading-level': 3 }, { disclosure: structuredClone(data) });
      block.append(heading, element);
      return block;
    };
    const header = document.createElement('header');
    header.style.cssText = 'background: #a4161a; color: #ffffff; padding: 1rem 2rem; font-size: 1.25rem; font-weight: 700; letter-spacing: 0.1em;';
    header.textContent = '示例市高新区管理委员会 · 政府信息公开';
    const main = document.createElement('main');
    main.style.cssText = 'max-width: 72rem; margin: 0 auto; padding: 1.5rem 2rem 3rem;';
    const crumbs = document.createElement('nav');
    crumbs.setAttribute('aria-label', '当前位置');
    crumbs.textContent = '首页 › 信息公开 › 财政预决算 › 部门决算';
    crumbs.style.cssText = 'font-size: 14px; color: var(--disclosure-color-muted);';
    const title = document.createElement('h1');
    title.textContent = `${data.department.name} ${data.fiscalYear} 年度部门决算公开`;
    title.style.cssText = 'text-align: center; font-size: 1.75rem; margin: 1.5rem 0 0.5rem; color: var(--disclosure-color-heading);';
    const meta = document.createElement('p');
    meta.textContent = '发布机构：高新区党群工作部　发布日期：2023-09-20　单位：万元';
    meta.style.cssText = 'text-align: center; font-size: 14px; color: var(--disclosure-color-muted); border-bottom: 1px solid var(--disclosure-color-border); padding-bottom: 1rem;';
    const duties = document.createElement('section');
    duties.setAttribute('aria-labelledby', 'mock-duties');
    const dutiesHeading = document.createElement('h2');
    dutiesHeading.id = 'mock-duties';
    dutiesHeading.textContent = '一、部门主要职责';
    dutiesHeading.style.cssText = 'font-size: 1.25rem; margin: 2rem 0 0.75rem; padding-left: 0.5rem; border-left: 4px solid var(--disclosure-color-heading);';
    const list = document.createElement('ol');
    for (const duty of (data.department as { duties?: string[] }).duties?.slice(0, 3) ?? []) {
      const item = document.createElement('li');
      item.textContent = duty;
      list.append(item);
    }
    duties.append(dutiesHeading, list);
    main.append(
      crumbs,
      title,
      meta,
      duties,
      section('二、收入支出决算总体情况', 'account-summary'),
      section('三、一般公共预算财政拨款支出决算情况', 'functional-breakdown'),
      section('四、“三公”经费支出决算情况', 'three-public-expenses'),
    );
    const footer = document.createElement('footer');
    footer.textContent = '主办：示例市高新区管理委员会（示例页面，数据为高新区党群工作部 2022 年度公开数据）';
    footer.style.cssText = 'text-align: center; font-size: 14px; padding: 1rem; border-top: 1px solid var(--disclosure-color-border); color: var(--disclosure-color-muted);';
    page.append(header, main, footer);
    return themeSample('formal', [page]);
  },
};
