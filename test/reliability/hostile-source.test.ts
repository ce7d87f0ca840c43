/**
 * Hostile and huge input through `src` and the element's attributes: a
 * document past the size limit is abandoned while it streams, out-of-range
 * `timeout` and unknown `credentials` fall back to documented values, the
 * fetch cache stays bounded and can be reloaded, and a mutated object
 * assigned again is validated again.
 */
import { expect, html } from '@open-wc/testing';
import '../../components/account-summary/define.js';
import type { AccountSummaryElement } from '../../components/account-summary/account-summary.js';
import { disclosureCacheSize, fetchDisclosureText } from '../../components/core/element/source.js';
import { MAX_CACHED_DOCUMENTS } from '../../components/core/disclosure/limits.js';
import { alertOf, dataUrl, hitsFor, loadJson, render, seedPath, settle, textOf } from '../elements/harness.js';

const withSrc = (src: string, attributes: { timeout?: string; credentials?: string; lang?: string } = {}) =>
  render<AccountSummaryElement>(
    html`<account-summary src=${src} lang=${attributes.lang ?? 'en'} timeout=${attributes.timeout ?? '30'} credentials=${attributes.credentials ?? 'omit'}></account-summary>`,
  );

async function sentFor(key: string): Promise<number> {
  const response = await fetch(`/test-api/big-sent?key=${key}`);
  return ((await response.json()) as { sent: number }).sent;
}

describe('src: the size limit (8 MB)', () => {
  it('a 200 MB body without Content-Length: reading stops past the limit, the error names the URL and the limit', async () => {
    const url = '/test-api/big?bytes=209715200&key=streamed';
    const element = await withSrc(url);
    await settle(element, 'error', 20000);
    expect(alertOf(element)!.textContent).to.contain(`${location.origin}${url} is larger than the limit of 8 MB and was not read`);
    await new Promise((done) => setTimeout(done, 300));
    // The server streams on only while the client reads: well under the 200 MB it offered.
    expect(await sentFor('streamed')).to.be.below(40 * 1024 * 1024);
  });

  it('a declared Content-Length past the limit is refused before the body is read (zh-CN)', async () => {
    const url = '/test-api/big?bytes=9437184&length=1&key=declared';
    const element = await withSrc(url, { lang: 'zh-CN' });
    await settle(element, 'error', 20000);
    expect(alertOf(element)!.textContent).to.contain(`${location.origin}${url} 超过 8 MB 的上限，未读取`);
  });
});

describe('attributes out of range', () => {
  for (const timeout of ['2147484', '1e12', 'Infinity']) {
    it(`timeout="${timeout}" is clamped to 600 s: the data still loads (no timer overflow)`, async () => {
      const element = await withSrc(dataUrl(seedPath, 200), { timeout });
      await settle(element, 'ready', 5000);
      expect(textOf(element)).to.contain('933.74');
    });
  }
  for (const timeout of ['-5', '0', 'abc', 'NaN']) {
    it(`timeout="${timeout}" means the default 30 s: the data loads`, async () => {
      const element = await withSrc(dataUrl(seedPath, 200), { timeout });
      await settle(element, 'ready', 5000);
      expect(element.state).to.equal('ready');
    });
  }

  for (const credentials of ['', 'INCLUDE', 'bogus']) {
    it(`credentials="${credentials}" falls back to omit with one console warning`, async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const element = await withSrc(dataUrl(seedPath), { credentials });
        await settle(element, 'ready', 5000);
        element.requestUpdate();
        await element.updateComplete;
        expect(textOf(element)).to.contain('933.74');
        expect(warnings.length).to.equal(1);
        expect(String(warnings[0]![0])).to.contain(`credentials="${credentials}" is not omit, same-origin or include; using omit.`);
      } finally {
        console.warn = original;
      }
    });
  }
});

describe('a unit that is not one', () => {
  it('unit="wan" shows the unit the table is published in (万元, the seed\'s), with one console warning', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const element = await render<AccountSummaryElement>(html`<account-summary unit="wan" .disclosure=${await loadJson(seedPath)}></account-summary>`);
      await settle(element);
      element.requestUpdate();
      await element.updateComplete;
      // The seed's 合计 in its own unit: 933.74 万元.
      expect(textOf(element)).to.contain('933.74');
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0]![0])).to.equal('<account-summary>: unit="wan" is not 元, 万元 or 亿元; showing the unit the table is published in (万元).');
    } finally {
      console.warn = original;
    }
  });
});

describe('the src cache', () => {
  it(`holds at most ${MAX_CACHED_DOCUMENTS} documents, the least recently used evicted first`, async () => {
    const element = await withSrc(dataUrl(seedPath));
    await settle(element);
    const controller = new AbortController();
    for (let index = 0; index < MAX_CACHED_DOCUMENTS + 9; index++) {
      await fetchDisclosureText(`/test-api/count?key=cache-${index}&delay=0&path=${seedPath}`, { credentials: 'omit', timeoutSeconds: 5 }, controller.signal);
    }
    expect(disclosureCacheSize().documents).to.equal(MAX_CACHED_DOCUMENTS);
    // The first one was evicted (fetched again), the last one was kept (not fetched again).
    await fetchDisclosureText(`/test-api/count?key=cache-0&delay=0&path=${seedPath}`, { credentials: 'omit', timeoutSeconds: 5 }, controller.signal);
    await fetchDisclosureText(`/test-api/count?key=cache-${MAX_CACHED_DOCUMENTS + 8}&delay=0&path=${seedPath}`, { credentials: 'omit', timeoutSeconds: 5 }, controller.signal);
    expect(await hitsFor('cache-0')).to.equal(2);
    expect(await hitsFor(`cache-${MAX_CACHED_DOCUMENTS + 8}`)).to.equal(1);
    expect(disclosureCacheSize().bytes).to.be.above(0);
  });

  it('reload() fetches a changed document again instead of the cached copy', async () => {
    const element = await withSrc(`/test-api/count?key=reload&path=${seedPath}`);
    await settle(element);
    expect(await hitsFor('reload')).to.equal(1);
    element.reload();
    await settle(element, 'ready');
    await new Promise((done) => setTimeout(done, 300));
    await settle(element, 'ready');
    expect(await hitsFor('reload')).to.equal(2);
  });

  it('a document that does not validate is not kept in the cache', async () => {
    const element = await withSrc('/test-api/type?type=application/json&path=stories/data/not-json.txt');
    await settle(element, 'error');
    expect(disclosureCacheSize().documents).to.equal(0);
  });
});

describe('the disclosure property', () => {
  it('the same object, mutated and assigned again, is validated again', async () => {
    const seed = await loadJson(seedPath);
    const element = await render<AccountSummaryElement>(html`<account-summary lang="en"></account-summary>`);
    element.disclosure = seed;
    await settle(element);
    seed.accountSummary.income[0].amount = 'abc';
    element.disclosure = seed;
    await settle(element, 'error');
    expect(alertOf(element)!.textContent).to.contain('accountSummary.income[0].amount');
  });

  it('the validated disclosure an element hands out is frozen: it cannot change under the element, and a changed copy is validated again', async () => {
    const element = await render<AccountSummaryElement>(html`<account-summary lang="en"></account-summary>`);
    element.disclosure = await loadJson(seedPath);
    await settle(element);
    const shown = element.data!.disclosure as unknown as { accountSummary: { income: { amount: string }[] } };
    // Seed 收入支出决算总表: 财政拨款收入 933.74.
    expect(() => {
      shown.accountSummary.income[0]!.amount = '999.99';
    }).to.throw(TypeError);
    expect(() => shown.accountSummary.income.push({ amount: '1' })).to.throw(TypeError);
    expect(shown.accountSummary.income[0]!.amount).to.equal('933.74');
    const changed = structuredClone(shown);
    changed.accountSummary.income[0]!.amount = '999.99';
    const other = await render<AccountSummaryElement>(html`<account-summary lang="en"></account-summary>`);
    other.disclosure = changed as unknown as AccountSummaryElement["disclosure"];
    await settle(other);
    expect(textOf(other)).to.contain('999.99');
    // 999.99 no longer adds up to the published 收入总计 933.74: the copy was cross-checked, not trusted.
    expect(other.data!.warnings.map((warning) => warning.path)).to.include('accountSummary.incomeTotal');
  });
});
