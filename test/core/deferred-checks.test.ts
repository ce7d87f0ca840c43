/**
 * Nothing skipped: the elements validate the structure, render, and run the
 * cross-checks afterwards (in idle time, from their own chunk). Every warning
 * parseDisclosure reports at once is reported on the deferred path, the same
 * list in the same order with the same messages in both languages, on every
 * fixture, story data file, valid bad-input fixture and large synthetic
 * disclosure; and the `disclosure-load` event of an element carries that list.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { parseDisclosure, parseStructure, crossCheck, type DisclosureWarning } from '../../components/core/disclosure/index.js';
import { syntheticConsolidated } from '../../stories/data/synthetic-large.js';
import { materialise, validFixtures } from '../fixtures/bad-inputs.js';
import { loadJson, render, settle, type AnyDisclosureElement } from '../elements/harness.js';
import '../../components/account-summary/define.js';
import '../../components/functional-breakdown/define.js';

const DATA_FILES = [
  'stories/data/seed-2022.json',
  'stories/data/synthetic-2023.json',
  'test/fixtures/putuo-planning-resources-2024.json',
  'test/fixtures/putuo-district-office-2025-budget.json',
  'test/fixtures/planning-resources-2024-summary.json',
];

/** A warning as a reader gets it: every field, the message in both languages. */
const written = (warnings: readonly DisclosureWarning[]) => JSON.parse(JSON.stringify(warnings)) as unknown[];

async function inputs(): Promise<[string, unknown][]> {
  const seed = await loadJson('stories/data/seed-2022.json');
  const synthetic = await loadJson('stories/data/synthetic-2023.json');
  const list: [string, unknown][] = [];
  for (const file of DATA_FILES) list.push([file, await loadJson(file)]);
  for (const fixture of validFixtures) list.push([fixture.name, materialise(fixture.input, fixture.base === 'seed' ? seed : synthetic)]);
  list.push(['synthetic 300 项', syntheticConsolidated({ classes: 10, sectionsPerClass: 3, itemsPerSection: 10 })]);
  list.push(['synthetic 3,000 项', syntheticConsolidated()]);
  // 9,000 项 with their 30 类 and 900 款: 9,930 list items, the largest under the 10,000-item limit (limits.ts).
  list.push(['synthetic 9,000 项', syntheticConsolidated({ classes: 30, sectionsPerClass: 30, itemsPerSection: 10 })]);
  return list;
}

describe('cross-checks: the deferred path reports every warning of the immediate one', () => {
  it('the same warnings on every fixture, story file, valid bad-input fixture and large synthetic disclosure', async function () {
    this.timeout(120000);
    const all = await inputs();
    expect(all.length).to.be.greaterThan(DATA_FILES.length + 3);
    let nonEmpty = 0;
    for (const [name, input] of all) {
      const immediate = parseDisclosure(structuredClone(input)).warnings;
      const structure = parseStructure(structuredClone(input));
      expect(parseDisclosure(structuredClone(input), { checks: false }).warnings, name).to.deep.equal([]);
      expect(written(crossCheck(structure)), name).to.deep.equal(written(immediate));
      if (immediate.length > 0) nonEmpty++;
    }
    // The comparison is not vacuous: the planning-resources fixture and the bad-input fixtures carry warnings.
    expect(nonEmpty).to.be.greaterThan(2);
  });

  it('disclosure-load carries the complete warnings, fired after the checks (planning-resources fixture: 19 warnings)', async () => {
    const disclosure = await loadJson('test/fixtures/putuo-planning-resources-2024.json');
    const immediate = parseDisclosure(structuredClone(disclosure)).warnings;
    // Counted by hand from the fixture's published figures (test/node/putuo-planning-resources-checks.test.ts lists them).
    expect(immediate.length).to.equal(19);
    const element = await render<AnyDisclosureElement>(html`<functional-breakdown></functional-breakdown>`);
    const loaded = new Promise<CustomEvent>((resolve) => element.addEventListener('disclosure-load', (event) => resolve(event as CustomEvent), { once: true }));
    element.disclosure = disclosure;
    const event = await loaded;
    expect(written(event.detail.warnings)).to.deep.equal(written(immediate));
    expect(written(element.data!.warnings)).to.deep.equal(written(immediate));
    expect(element.state).to.equal('ready');
    const note = element.shadowRoot!.querySelector('[part=warnings]')!;
    expect(note).to.exist;
    // When the checks find differences, the element's polite live region says so: 9 of the 19 are about
    // 表五 and its 情况说明 (functionalBreakdown.*; the list in putuo-planning-resources-checks.test.ts).
    await element.updateComplete;
    const live = element.shadowRoot!.querySelector('[role=status][aria-live=polite]')!;
    expect(live.textContent!.trim()).to.equal('数据核对：9 条提示');
  });

  it('draws the tables before the checks: first the tables with no note and state loading, then the note and ready', async () => {
    const disclosure = await loadJson('test/fixtures/putuo-planning-resources-2024.json');
    const element = await render<AnyDisclosureElement>(html`<functional-breakdown></functional-breakdown>`);
    let firstPaint: { tables: number; note: boolean; state: string } | undefined;
    const observer = new MutationObserver(() => {
      if (firstPaint || !element.shadowRoot!.querySelector('table')) return;
      firstPaint = {
        tables: element.shadowRoot!.querySelectorAll('table').length,
        note: element.shadowRoot!.querySelector('[part=warnings]') !== null,
        state: element.state,
      };
    });
    observer.observe(element.shadowRoot!, { childList: true, subtree: true });
    element.disclosure = disclosure;
    await settle(element);
    observer.disconnect();
    expect(firstPaint).to.exist;
    expect(firstPaint!.tables).to.be.greaterThan(0);
    expect(firstPaint!.note).to.equal(false);
    expect(firstPaint!.state).to.equal('loading');
    expect(element.shadowRoot!.querySelector('[part=warnings] summary')!.textContent).to.contain('数据核对');
  });

  it('a disclosure replaced while its checks are pending reports only the new one', async () => {
    const planning = await loadJson('test/fixtures/putuo-planning-resources-2024.json');
    const seed = await loadJson('stories/data/seed-2022.json');
    const element = await render<AnyDisclosureElement>(html`<account-summary></account-summary>`);
    const events: CustomEvent[] = [];
    element.addEventListener('disclosure-load', (event) => events.push(event as CustomEvent));
    element.disclosure = planning;
    await element.updateComplete.catch(() => undefined);
    element.disclosure = seed;
    await settle(element);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events.at(-1)!.detail.disclosure.fiscalYear).to.equal(2022);
    expect(events.at(-1)!.detail.warnings).to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('[part=warnings]')).to.equal(null);
  });
});
