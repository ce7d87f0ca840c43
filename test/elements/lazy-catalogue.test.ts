/**
 * The page's language only: an element loads the catalogue of its language
 * (a dynamic import) and no other; switching to English loads the English one
 * then. This file imports no entry that registers both catalogues.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { hasCatalogue } from '../../components/core/locale/index.js';
import { loadJson, render, settle, textOf, type AnyDisclosureElement } from './harness.js';
import '../../components/three-public-expenses/define.js';

describe('catalogues: only the language shown is loaded', () => {
  it('a zh-CN element loads zh-CN only; lang="en" loads English and renders it', async () => {
    expect(hasCatalogue('zh-CN')).to.equal(false);
    expect(hasCatalogue('en')).to.equal(false);
    const element = await render<AnyDisclosureElement>(html`<three-public-expenses></three-public-expenses>`);
    element.disclosure = await loadJson('stories/data/seed-2022.json');
    await settle(element);
    expect(hasCatalogue('zh-CN')).to.equal(true);
    expect(hasCatalogue('en')).to.equal(false);
    // 因公出国（境）费 as the seed's 三公 table names it (stories/data/seed-2022.json, 2022 决算).
    expect(textOf(element)).to.contain('三公');
    element.lang = 'en';
    await element.updateComplete;
    expect(hasCatalogue('en')).to.equal(true);
    expect(textOf(element)).to.contain('"Three public" expenses');
  });

  it('a validator message reads in a language not loaded yet throws a clear error, and works once loaded', async () => {
    const { parseStructure, DisclosureError } = await import('../../components/core/disclosure/parse.js');
    const { loadCatalogue } = await import('../../components/core/locale/index.js');
    let error: InstanceType<typeof DisclosureError> | undefined;
    try {
      parseStructure({ schemaVersion: 1 });
    } catch (caught) {
      error = caught as InstanceType<typeof DisclosureError>;
    }
    expect(error).to.be.instanceOf(DisclosureError);
    const message = error!.problems[0]!.message;
    if (!hasCatalogue('en')) expect(() => message.en).to.throw(/en catalogue is not loaded/);
    await loadCatalogue('en');
    expect(message.en).to.be.a('string').and.not.equal('');
    expect(message['zh-CN']).to.be.a('string').and.not.equal('');
  });
});
