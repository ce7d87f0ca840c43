import { expect } from '@open-wc/testing';
// The formatting functions read the catalogues synchronously: registered here as the Node and validation entries do.
import '../../components/core/locale/all.js';
import {
  DEFAULT_LOCALE,
  LOCALES,
  catalogueFor,
  formatAmount,
  formatList,
  formatMoney,
  formatPercent,
  localise,
  normaliseLocale,
} from '../../components/core/locale/index.js';
import { zhCN } from '../../components/core/locale/zh-CN.js';
import { en } from '../../components/core/locale/en.js';

describe('locale: normaliseLocale', () => {
  const cases: [string | null | undefined, string][] = [
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['en_US.UTF-8', 'en'],
    [' en ', 'en'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh_CN.UTF-8', 'zh-CN'],
    ['', 'zh-CN'],
    [null, 'zh-CN'],
    [undefined, 'zh-CN'],
    ['fr', 'zh-CN'],
    ['english', 'zh-CN'],
    ['C.UTF-8', 'zh-CN'],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag) ?? 'undefined'} → ${expected}`, () => {
      expect(normaliseLocale(tag)).to.equal(expected);
    });
  }
  it('the default is zh-CN and both locales are listed', () => {
    expect(DEFAULT_LOCALE).to.equal('zh-CN');
    expect(LOCALES).to.deep.equal(['zh-CN', 'en']);
  });
});

describe('locale: formatting', () => {
  it('formatMoney in zh-CN: 933.74万元', () => {
    expect(formatMoney('933.74', '万元', 'zh-CN')).to.equal('933.74万元');
  });
  it('formatMoney in en: 933.74 (10k yuan)', () => {
    expect(formatMoney('933.74', '万元', 'en')).to.equal('933.74 (10k yuan)');
  });
  it('formatMoney groups digits without touching them', () => {
    expect(formatMoney('9337400', '元', 'zh-CN')).to.equal('9,337,400元');
    expect(formatMoney('9337400', '元', 'en')).to.equal('9,337,400 (yuan)');
    expect(formatMoney('0.00016', '亿元', 'zh-CN')).to.equal('0.00016亿元');
    expect(formatMoney('0.00016', '亿元', 'en')).to.equal('0.00016 (100m yuan)');
    expect(formatMoney('1.6', '万元', 'zh-CN')).to.equal('1.6万元');
  });
  it('formatAmount', () => {
    expect(formatAmount('1234567.891')).to.equal('1,234,567.891');
  });
  it('formatPercent keeps the published digits', () => {
    expect(formatPercent('90.3', 'zh-CN')).to.equal('90.3%');
    expect(formatPercent('77.43', 'en')).to.equal('77.43%');
  });
  it('formatList uses the locale\'s separator', () => {
    expect(formatList(['基本支出', '项目支出'], 'zh-CN')).to.equal('基本支出、项目支出');
    expect(formatList(['basic', 'project'], 'en')).to.equal('basic, project');
  });
  it('localise builds the text in every locale', () => {
    expect(localise((c) => c.sections.glossary)).to.deep.equal({ 'zh-CN': '名词解释', en: 'Glossary' });
  });
  it('catalogueFor returns each catalogue', () => {
    // The registered parts merged into one object per language: the same words as the whole catalogue.
    expect(catalogueFor('zh-CN').threePublic).to.equal(zhCN.threePublic);
    expect(catalogueFor('en').problems).to.equal(en.problems);
    expect(Object.keys(catalogueFor('zh-CN')).sort()).to.deep.equal(Object.keys(zhCN).sort());
    expect(zhCN.lang).to.equal('zh-CN');
    expect(en.lang).to.equal('en');
  });
});

type Node = unknown;
const kindOf = (value: Node) => (typeof value === 'function' ? 'function' : Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/** Every path of a catalogue with the kind of value there. */
function walk(value: Node, path: string, into: Map<string, string>): Map<string, string> {
  into.set(path, kindOf(value));
  if (kindOf(value) === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, Node>)) walk(child, path ? `${path}.${key}` : key, into);
  }
  return into;
}

describe('locale: catalogues', () => {
  const zhPaths = walk(zhCN, '', new Map());
  const enPaths = walk(en, '', new Map());

  it('the walk finds the catalogue\'s leaves (sanity check of the walk itself)', () => {
    expect(zhPaths.get('problems.not-json')).to.equal('function');
    expect(zhPaths.get('units.万元')).to.equal('string');
    expect(zhPaths.get('lines')).to.equal('object');
    expect(zhPaths.size).to.be.greaterThan(120);
  });
  it('en has every key of zh-CN, with the same kind of value (text, function, group)', () => {
    const missing = [...zhPaths].filter(([path, kind]) => enPaths.get(path) !== kind).map(([path, kind]) => `${path} (${kind}, en: ${enPaths.get(path) ?? 'missing'})`);
    expect(missing).to.deep.equal([]);
  });
  it('zh-CN has every key of en (nothing only in English)', () => {
    const extra = [...enPaths.keys()].filter((path) => !zhPaths.has(path));
    expect(extra).to.deep.equal([]);
  });
  it('no en text is left empty where zh-CN has one (zh-CN may leave a word out on purpose, en may not drop one)', () => {
    const read = (catalogue: Node, path: string) => path.split('.').reduce<any>((node, key) => node[key], catalogue);
    const texts = [...zhPaths].filter(([, kind]) => kind === 'string').map(([path]) => path);
    expect(texts.length).to.be.greaterThan(80);
    expect(texts.filter((path) => read(zhCN, path) !== '' && read(en, path) === '')).to.deep.equal([]);
  });
  it('the zh-CN and en texts of the standard lines differ (en is translated)', () => {
    const untranslated = Object.keys(zhCN.lines).filter((key) => (zhCN.lines as Record<string, string>)[key] === (en.lines as Record<string, string>)[key]);
    expect(untranslated).to.deep.equal([]);
  });
  it('every problem message function gives text in both locales', () => {
    const sample = { detail: 'x', found: '"x"', field: 'amount', section: 'glossary', name: '名词解释', expected: 'a', min: 1, max: 2, allowed: 'a | b', suggestion: 'amount', key: 'grants', limit: 64, kind: 'list-items' as const, literal: '12345678901234567891', parsed: '12345678901234567000', line: 3, column: 1 };
    for (const code of Object.keys(zhCN.problems) as (keyof typeof zhCN.problems)[]) {
      const build = (catalogue: typeof zhCN) => (catalogue.problems[code] as (p: typeof sample) => string)(sample);
      expect(build(zhCN), `zh-CN ${code}`).to.match(/[\u4e00-\u9fff]/);
      expect(build(en), `en ${code}`).to.match(/[A-Za-z]{2}/);
      expect(build(en), `en ${code}`).not.to.equal(build(zhCN));
    }
  });
  it('the warning sentence differs between a rounding difference and a mismatch', () => {
    const parts = { published: '933.75', publishedLabel: 'A', computed: '933.74', computedLabel: 'B', difference: '+0.01', tolerance: '0.005' };
    expect(zhCN.warning({ ...parts, withinRounding: true })).to.equal('A为 933.75，B为 933.74，相差 +0.01，在四舍五入误差（±0.005）以内。');
    expect(zhCN.warning({ ...parts, withinRounding: false })).to.equal('A为 933.75，B为 933.74，相差 +0.01，超出四舍五入误差（±0.005），数据不一致。');
    expect(en.warning({ ...parts, withinRounding: true })).to.equal('A is 933.75 but B is 933.74, a difference of +0.01, within rounding (±0.005).');
    expect(en.warning({ ...parts, withinRounding: false })).to.equal('A is 933.75 but B is 933.74, a difference of +0.01, beyond rounding (±0.005): the figures do not agree.');
    // Counts are compared exactly: no rounding to speak of.
    expect(zhCN.warning({ ...parts, tolerance: '0', withinRounding: false })).to.equal('A为 933.75，B为 933.74，相差 +0.01，数据不一致。');
    expect(en.warning({ ...parts, tolerance: '0', withinRounding: false })).to.equal('A is 933.75 but B is 933.74, a difference of +0.01: the figures do not agree.');
  });
});
