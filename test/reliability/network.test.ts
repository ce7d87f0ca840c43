/**
 * Network faults for `src`, each against a real local server (the test
 * runner's, see test/tools/test-server.mjs): the element ends in a clear,
 * localised state and never throws out.
 */
import { expect, html } from '@open-wc/testing';
import '../../components/account-summary/define.js';
import type { AccountSummaryElement } from '../../components/account-summary/account-summary.js';
import { alertOf, dataUrl, hitsFor, render, seedPath, settle, syntheticPath, textOf } from '../elements/harness.js';

const withSrc = (src: string, extra: { lang?: string; timeout?: number; credentials?: string } = {}) =>
  render<AccountSummaryElement>(html`<account-summary src=${src} lang=${extra.lang ?? 'zh-CN'} timeout=${extra.timeout ?? 30} credentials=${extra.credentials ?? 'omit'}></account-summary>`);

describe('src network faults', () => {
  it('a src that is not a URL (a mistyped port) is an error that says so: no exception out of the element, no endless loading', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    let fired = 0;
    const element = await render<AccountSummaryElement>(html`<account-summary lang="en" @disclosure-error=${() => fired++} src="https://data.example:8o8o/2022.json"></account-summary>`);
    await settle(element, 'error');
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(fired).to.equal(1);
    expect(alertOf(element)!.textContent).to.contain('The data address is not a valid URL: https://data.example:8o8o/2022.json');
    const chinese = await withSrc('https://data.example:8o8o/2022.json');
    await settle(chinese, 'error');
    expect(alertOf(chinese)!.textContent).to.contain('数据地址不是有效的网址：https://data.example:8o8o/2022.json');
    // reload() on it does not throw either.
    expect(() => chinese.reload()).to.not.throw();
  });

  it('a src of only spaces, and an empty-string disclosure, are no data: the calm note, no request, no alert', async () => {
    const spaces = await withSrc('   ');
    await settle(spaces, 'empty');
    expect(alertOf(spaces)).to.equal(null);
    const empty = await render<AccountSummaryElement>(html`<account-summary .disclosure=${''}></account-summary>`);
    await settle(empty, 'empty');
    expect(alertOf(empty)).to.equal(null);
  });

  it('elements sharing one src request each wait as long as their own timeout says, whoever asked first', async () => {
    // The seed, answered after 2 s: the element with timeout="1" gives up, the one with timeout="8" gets it.
    const slow = dataUrl(seedPath, 2000);
    for (const order of [['short', 'long'], ['long', 'short']]) {
      const host = await render<HTMLElement>(html`<div></div>`);
      const made: Record<string, AccountSummaryElement> = {};
      for (const which of order) {
        const element = document.createElement('account-summary') as AccountSummaryElement;
        element.setAttribute('timeout', which === 'short' ? '1' : '8');
        element.src = slow;
        host.append(element);
        made[which] = element;
      }
      await settle(made.short!, 'error', 5000);
      expect(alertOf(made.short!)!.textContent, order.join(' then ')).to.contain('在 1 秒内没有响应');
      await settle(made.long!, 'ready', 8000);
      expect(textOf(made.long!), order.join(' then ')).to.contain('933.74');
    }
  });

  it('a request dropped from the cache while in flight (reload()) is still aborted once nobody waits for it', async () => {
    const key = `reload-${Date.now()}`;
    const signals: AbortSignal[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).includes(key) && init?.signal) signals.push(init.signal);
      return original(input, init);
    };
    try {
      const element = await withSrc(`/test-api/hang?key=${key}`, { timeout: 1 });
      await element.updateComplete;
      element.reload();
      await settle(element, 'error', 5000);
      // The first request (forgotten by reload()) and the second (its waiter timed out) are both aborted: no
      // connection is left open to a server that never answers.
      expect(signals.map((signal) => signal.aborted)).to.deep.equal([true, true]);
    } finally {
      window.fetch = original;
    }
  });

  it('the English timeout says "1 second", not "1 seconds"', async () => {
    const element = await withSrc('/test-api/hang?key=one-second', { lang: 'en', timeout: 1 });
    await settle(element, 'error', 8000);
    expect(alertOf(element)!.textContent).to.match(/did not answer within 1 second(?!s)/);
  });

  it('404: names the status and the URL', async () => {
    const element = await withSrc('/test-api/status?code=404');
    await settle(element, 'error');
    expect(alertOf(element)!.textContent).to.contain(`服务器返回 HTTP 404 Not Found：${location.origin}/test-api/status?code=404`);
  });

  it('after an error the status region no longer says it is loading (the alert says what went wrong)', async () => {
    const element = await withSrc('/test-api/status?code=404');
    const live = () => element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    await settle(element, 'error');
    await element.updateComplete;
    expect(live()).to.equal('');
    // Loaded once, then a src that fails: the same.
    const loaded = await withSrc(seedPath);
    await settle(loaded);
    loaded.src = '/test-api/status?code=500';
    await settle(loaded, 'error');
    await loaded.updateComplete;
    expect(loaded.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
  });

  it('a body that is not UTF-8 (GBK) is said to be so, with the URL, in both languages', async () => {
    // {"schemaVersion": 1, "unit": "万元"} saved in GBK: 万元 is CD F2 D4 AA, no UTF-8.
    const url = 'data:application/json,%7B%22schemaVersion%22%3A%201%2C%20%22unit%22%3A%20%22%CD%F2%D4%AA%22%7D';
    const chinese = await withSrc(url);
    await settle(chinese, 'error');
    expect(alertOf(chinese)!.textContent).to.contain(`${url} 的内容不是 UTF-8 编码（可能是 GBK 或 UTF-16）`);
    const english = await withSrc(url, { lang: 'en' });
    await settle(english, 'error');
    expect(alertOf(english)!.textContent).to.contain(`${url} is not encoded in UTF-8`);
  });

  it('500: names the status, in English too', async () => {
    const element = await withSrc('/test-api/status?code=500', { lang: 'en' });
    await settle(element, 'error');
    expect(alertOf(element)!.textContent).to.contain(`The server answered HTTP 500 Internal Server Error for ${location.origin}/test-api/status?code=500`);
  });

  it('a server that never answers: a timeout, then the localised error', async () => {
    const element = await withSrc('/test-api/hang', { timeout: 1 });
    expect(element.state).to.equal('loading');
    await settle(element, 'error', 4000);
    expect(alertOf(element)!.textContent).to.contain(`${location.origin}/test-api/hang 在 1 秒内没有响应`);
    expect(element.data).to.equal(undefined);
  });

  it('a redirect is followed to the data', async () => {
    const element = await withSrc(`/test-api/redirect?to=${encodeURIComponent(dataUrl(seedPath))}`);
    await settle(element);
    expect(textOf(element)).to.contain('933.74');
  });

  it('an HTML page instead of JSON (a portal\'s error page) says so', async () => {
    const element = await withSrc(`/test-api/type?type=text/html&path=stories/demo.html`);
    await settle(element, 'error');
    expect(alertOf(element)!.textContent).to.contain('返回的是 text/html，不是 JSON');
  });

  it('JSON with a wrong content type is still read (many servers say text/plain)', async () => {
    const element = await withSrc(`/test-api/type?type=text/plain&path=${seedPath}`);
    await settle(element);
    expect(textOf(element)).to.contain('933.74');
  });

  it('a request aborted by removing the element is not reported, and reconnecting loads again', async () => {
    const element = await withSrc(dataUrl(seedPath, 500));
    const parent = element.parentElement!;
    const errors: Event[] = [];
    element.addEventListener('disclosure-error', (event) => errors.push(event));
    element.remove();
    await new Promise((done) => setTimeout(done, 700));
    expect(errors).to.deep.equal([]);
    parent.append(element);
    await settle(element);
    expect(textOf(element)).to.contain('933.74');
  });

  it('an element moved while it loads keeps its one request (three moves, one request), and shows the data', async () => {
    const key = `move-${Date.now()}`;
    const element = await withSrc(`/test-api/count?key=${key}&delay=300&path=${seedPath}`);
    const [first, second] = [document.createElement('div'), document.createElement('div')];
    element.parentElement!.append(first, second);
    second.append(element);
    first.append(element);
    second.append(element);
    await settle(element);
    expect(textOf(element)).to.contain('933.74');
    expect(await hitsFor(key)).to.equal(1);
  });

  it('rapid src changes end on the last one', async () => {
    const element = await withSrc(dataUrl(seedPath, 600));
    element.src = dataUrl(syntheticPath, 400);
    await element.updateComplete;
    element.src = '/test-api/status?code=404';
    await element.updateComplete;
    element.src = dataUrl(syntheticPath, 100);
    await settle(element);
    await new Promise((done) => setTimeout(done, 800));
    expect(element.state).to.equal('ready');
    expect(element.data!.disclosure.fiscalYear).to.equal(2023);
  });

  it('follows CORS: another origin without permission is a network error, with permission it loads', async () => {
    // 127.0.0.1 is another origin than the test page's localhost.
    const otherOrigin = `http://127.0.0.1:${location.port}`;
    const refused = await withSrc(`${otherOrigin}${dataUrl(seedPath)}`);
    await settle(refused, 'error');
    expect(alertOf(refused)!.textContent).to.contain(`网络错误，无法获取 ${otherOrigin}/test-api/file`);
    const allowed = await withSrc(`${otherOrigin}/test-api/cors?path=${seedPath}`);
    await settle(allowed);
    expect(textOf(allowed)).to.contain('933.74');
  });

  it('sends no credentials unless the portal opts in', async () => {
    const seen = async (key: string) => ((await (await fetch(`/test-api/seen-cookie?key=${key}`)).json()) as { cookie: string | null }).cookie;
    document.cookie = 'portal-session=secret; path=/';
    try {
      const plain = await withSrc('/test-api/cookie?key=omitted');
      await settle(plain);
      expect(await seen('omitted')).to.equal('');
      const opted = await withSrc('/test-api/cookie?key=included', { credentials: 'include' });
      await settle(opted);
      expect(await seen('included')).to.contain('portal-session=secret');
    } finally {
      document.cookie = 'portal-session=; path=/; max-age=0';
    }
  });
});
