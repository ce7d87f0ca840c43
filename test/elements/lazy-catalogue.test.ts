/**
 * The page's words only: an element loads, in its language, the core words
 * and its own catalogue parts (dynamic imports) and no other; the
 * cross-checks' words load with the checks, the validator's messages only
 * when a document is invalid; switching to English loads the English parts
 * the element needs then. This file imports no entry that registers every
 * part (core/locale/all.ts), and its tests run in order on one registry.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { hasCatalogue, loadCatalogue, CHECKS_PARTS, PROBLEMS_PARTS } from '../../components/core/locale/index.js';
import { loadJson, render, settle, textOf, type AnyDisclosureElement } from './harness.js';
import '../../components/three-public-expenses/define.js';

describe('catalogues: only the words shown are loaded', () => {
  it('a zh-CN <three-public-expenses> loads the core and threePublic parts, the checks\' words with the checks, nothing else; lang="en" loads the English ones', async () => {
    expect(hasCatalogue('zh-CN')).to.equal(false);
    expect(hasCatalogue('en')).to.equal(false);
    // Given its data from the start: an element with none shows the "no data" alert, in the words of what went wrong.
    const data = await loadJson('stories/data/seed-2022.json');
    const element = await render<AnyDisclosureElement>(html`<three-public-expenses .disclosure=${data}></three-public-expenses>`);
    await settle(element);
    expect(hasCatalogue('zh-CN', ['threePublic'])).to.equal(true);
    // Loaded with the checks' chunk, after first paint.
    expect(hasCatalogue('zh-CN', CHECKS_PARTS)).to.equal(true);
    // Another element's words, and those of errors (the document is valid), were not loaded.
    expect(hasCatalogue('zh-CN', ['otherMatters'])).to.equal(false);
    expect(hasCatalogue('zh-CN', ['accountSummary'])).to.equal(false);
    expect(hasCatalogue('zh-CN', ['problems'])).to.equal(false);
    expect(hasCatalogue('en')).to.equal(false);
    // The seed's 三公 table (stories/data/seed-2022.json, 2022 决算): 因公出国（境）费, a row of the table.
    expect(textOf(element)).to.contain('因公出国（境）费');
    element.lang = 'en';
    await element.updateComplete;
    expect(hasCatalogue('en', ['threePublic'])).to.equal(true);
    expect(hasCatalogue('en', ['otherMatters'])).to.equal(false);
    expect(textOf(element)).to.contain('"Three public" expenses');
  });

  it('an invalid document loads the validator\'s messages before the error is shown, with the JSON path', async () => {
    expect(hasCatalogue('zh-CN', ['problems'])).to.equal(false);
    // Thrown while no language has the validator's messages: the Error's message gives the codes, then the words once loaded.
    const { parseStructure } = await import('../../components/core/disclosure/parse.js');
    let thrown: Error | undefined;
    try {
      parseStructure({ schemaVersion: 2 });
    } catch (caught) {
      thrown = caught as Error;
    }
    expect(thrown!.message).to.equal('schemaVersion: schema-version');
    const element = document.createElement('three-public-expenses') as AnyDisclosureElement;
    let shown = '';
    element.addEventListener('disclosure-error', () => {
      shown = element.shadowRoot!.querySelector('[role="alert"] li')?.textContent ?? '';
    });
    element.disclosure = { schemaVersion: 2 } as never;
    document.body.append(element);
    await settle(element, 'error');
    expect(hasCatalogue('zh-CN', ['problems'])).to.equal(true);
    // problems['schema-version'] in zh-CN: "schemaVersion 应为 1，实际为 2", after its path and the colon.
    expect(shown.replace(/\s+/g, '')).to.equal('schemaVersion：schemaVersion应为1，实际为2');
    expect(element.shadowRoot!.querySelector('[role="alert"] li code')!.textContent).to.equal('schemaVersion');
    expect(thrown!.message).to.equal('schemaVersion: schemaVersion 应为 1，实际为 2');
    element.remove();
  });

  it('reading words whose part is not loaded throws, and works once it is loaded', async () => {
    const { parseStructure, DisclosureError } = await import('../../components/core/disclosure/parse.js');
    let error: InstanceType<typeof DisclosureError> | undefined;
    try {
      parseStructure({ schemaVersion: 3 });
    } catch (caught) {
      error = caught as InstanceType<typeof DisclosureError>;
    }
    expect(error).to.be.instanceOf(DisclosureError);
    const message = error!.problems[0]!.message;
    // The English core and threePublic parts are loaded (the first test), its validator messages are not.
    expect(hasCatalogue('en', ['problems'])).to.equal(false);
    // Its words read as undefined: a TypeError (reading 'schema-version' of the missing `problems`).
    expect(() => message.en).to.throw(TypeError);
    expect(message['zh-CN']).to.equal('schemaVersion 应为 1，实际为 3');
    await loadCatalogue('en', PROBLEMS_PARTS);
    expect(message.en).to.be.a('string').and.contain('schemaVersion');
    // The Error's own message was written when it was thrown, in the one language whose messages were loaded then.
    expect(error!.message).to.equal('schemaVersion: schemaVersion 应为 1，实际为 3');
  });

  it('words that cannot be downloaded in any language: an error said in the one bilingual sentence, disclosure-error, no endless loading', async () => {
    const { ThreePublicExpensesElement } = await import('../../components/three-public-expenses/three-public-expenses.js');
    // An element whose own words fail to download in both languages (what a CDN failure does to a chunk).
    const failing = () => Promise.reject(new Error('chunk could not be downloaded'));
    class WordlessElement extends ThreePublicExpensesElement {
      protected static override readonly catalogueParts = [{ name: 'otherMatters' as const, load: { 'zh-CN': failing, en: failing } }];
    }
    customElements.define('wordless-three-public', WordlessElement);
    const errors: unknown[] = [];
    const element = document.createElement('wordless-three-public') as AnyDisclosureElement;
    element.addEventListener('disclosure-error', (event) => errors.push((event as CustomEvent).detail.error));
    const consoleError = console.error;
    console.error = () => {};
    try {
      element.disclosure = await loadJson('stories/data/synthetic-2023.json');
      await render(html`<div></div>`).then((host) => host.append(element));
      await settle(element, 'error');
      await element.updateComplete;
    } finally {
      console.error = consoleError;
    }
    expect(errors).to.have.length(1);
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.equal('无法加载此部分的文字，请刷新页面重试。 The words of this part could not be loaded: reload the page.');
    // Each half in its language, for the voice that reads it.
    expect([...alert.querySelectorAll('[lang]')].map((span) => span.getAttribute('lang'))).to.deep.equal(['zh-CN', 'en']);
    element.remove();
  });
});
