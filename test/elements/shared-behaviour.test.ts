/**
 * The behaviour every disclosure element shares (core/element), checked on
 * each element: data in three ways, states, errors with their cause, events,
 * the data-check note, isolation from neighbours, and axe-core in each state.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../components/account-summary/define.js';
import '../../components/functional-breakdown/define.js';
import '../../components/three-public-expenses/define.js';
import type { DisclosureLoadDetail, DisclosureErrorDetail } from '../../components/core/element/disclosure-element.js';
import { alertOf, dataUrl, hitsFor, loadJson, render, seedPath, settle, syntheticPath, textOf, type AnyDisclosureElement } from './harness.js';

/** Every element, with a label from its table that shows it rendered the seed (zh-CN). */
const ELEMENTS = [
  { tag: 'account-summary', seedText: '933.74', syntheticText: '12,100.00' },
  { tag: 'functional-breakdown', seedText: '901.17', syntheticText: '10,600.00' },
  { tag: 'three-public-expenses', seedText: '与2021年度持平', syntheticText: '45.60' },
];

for (const { tag, seedText, syntheticText } of ELEMENTS) {
  const tagName = unsafeStatic(tag);
  const make = (attributes = '') => render(staticHtml`<${tagName} ${unsafeStatic(attributes)}></${tagName}>`);

  describe(`<${tag}>: shared behaviour`, () => {
    it('takes the disclosure as a property', async () => {
      const element = await render(staticHtml`<${tagName} .disclosure=${await loadJson(seedPath)}></${tagName}>`);
      await settle(element);
      expect(textOf(element)).to.contain(seedText);
    });

    it('takes the disclosure as JSON text in the property', async () => {
      const element = await render(staticHtml`<${tagName} .disclosure=${JSON.stringify(await loadJson(seedPath))}></${tagName}>`);
      await settle(element);
      expect(textOf(element)).to.contain(seedText);
    });

    it('takes the disclosure from an inline <script type="application/json"> child', async () => {
      const json = JSON.stringify(await loadJson(seedPath));
      const element = await render(staticHtml`<${tagName}><script type="application/json">${unsafeStatic(json)}</script></${tagName}>`);
      await settle(element);
      expect(textOf(element)).to.contain(seedText);
    });

    it('fetches the disclosure from src, showing a localised loading line meanwhile', async () => {
      const element = await make(`src="${dataUrl(seedPath, 300)}"`);
      expect(element.state).to.equal('loading');
      // Busy is the content inside the shadow root, not the host, so the polite live region (outside the busy part) is heard (issue 21).
      const internals = (element as unknown as { internals: ElementInternals }).internals;
      expect(internals.ariaBusy).to.equal(null);
      expect(element.hasAttribute('aria-busy')).to.equal(false);
      expect(element.shadowRoot!.querySelector('.content')!.getAttribute('aria-busy')).to.equal('true');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('正在加载数据…');
      await settle(element);
      expect(element.shadowRoot!.querySelector('.content')!.hasAttribute('aria-busy')).to.equal(false);
      expect(internals.ariaBusy).to.equal(null);
      expect(element.hasAttribute('aria-busy')).to.equal(false);
      expect(textOf(element)).to.contain(seedText);
    });

    it('prefers the property to inline JSON, and inline JSON to src', async () => {
      const synthetic = JSON.stringify(await loadJson(syntheticPath));
      const inlineOverSrc = await render(
        staticHtml`<${tagName} src=${dataUrl(seedPath)}><script type="application/json">${unsafeStatic(synthetic)}</script></${tagName}>`,
      );
      await settle(inlineOverSrc);
      expect(textOf(inlineOverSrc)).to.contain(syntheticText);
      const propertyOverInline = await render(
        staticHtml`<${tagName} .disclosure=${await loadJson(seedPath)}><script type="application/json">${unsafeStatic(synthetic)}</script></${tagName}>`,
      );
      await settle(propertyOverInline);
      expect(textOf(propertyOverInline)).to.contain(seedText);
      expect(textOf(propertyOverInline)).not.to.contain(syntheticText);
    });

    it('shows the HTTP status and URL when src answers 404', async () => {
      const element = await make('src="/test-api/status?code=404"');
      await settle(element, 'error');
      const alert = alertOf(element)!;
      expect(alert.textContent).to.contain('服务器返回 HTTP 404');
      expect(alert.textContent).to.contain(`${location.origin}/test-api/status?code=404`);
    });

    it('says the data is not JSON when src answers something else', async () => {
      const element = await make('src="/test-api/type?type=application/json&path=README.md"');
      await settle(element, 'error');
      expect(alertOf(element)!.textContent).to.contain('数据不是有效的 JSON');
    });

    it('lists the validator problems with their paths for an invalid disclosure', async () => {
      const seed = await loadJson(seedPath);
      seed.accountSummary.income[0].amount = 'abc';
      seed.threePublicExpenses.total = '-1';
      const element = await render(staticHtml`<${tagName} .disclosure=${seed}></${tagName}>`);
      await settle(element, 'error');
      const alert = alertOf(element)!;
      expect(alert.textContent).to.contain('数据不符合部门决算公开格式，共 2 个问题');
      expect(alert.textContent).to.contain('accountSummary.income[0].amount');
      expect(alert.textContent).to.contain('"abc"');
      expect(alert.textContent).to.contain('threePublicExpenses.total');
    });

    it('shows the error in English when lang="en"', async () => {
      const element = await make('lang="en" src="/test-api/status?code=500"');
      await settle(element, 'error');
      expect(alertOf(element)!.textContent).to.contain('The server answered HTTP 500');
    });

    it('names the missing section', async () => {
      const { schemaVersion, kind, fiscalYear, unit, department } = await loadJson(seedPath);
      const element = await render(staticHtml`<${tagName} .disclosure=${{ schemaVersion, kind, fiscalYear, unit, department }}></${tagName}>`);
      await settle(element, 'error');
      expect(alertOf(element)!.textContent).to.match(/缺少本组件所需的“[^”]+”部分/);
    });

    it('says so, instead of showing a blank box, when it has no data at all', async () => {
      const element = await make();
      await element.updateComplete;
      expect(element.state).to.equal('empty');
      // A note, not an alert: nothing has failed yet (test/elements/error-wording.test.ts).
      expect(alertOf(element)).to.equal(null);
      expect(element.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('没有提供数据');
    });

    it('drops a late src response when src has changed since', async () => {
      const element = await make(`src="${dataUrl(seedPath, 800)}"`);
      element.src = dataUrl(syntheticPath, 50);
      await settle(element);
      expect(textOf(element)).to.contain(syntheticText);
      await new Promise((done) => setTimeout(done, 1000));
      expect(textOf(element)).to.contain(syntheticText);
      expect(element.data!.disclosure.fiscalYear).to.equal(2023);
    });

    it('fetches a src shared by several elements once', async () => {
      const key = `${tag}-${Math.random()}`;
      const url = `/test-api/count?key=${key}&path=${seedPath}&delay=200`;
      const container = await render<HTMLDivElement>(
        staticHtml`<div><${tagName} src=${url}></${tagName}><${tagName} src=${url}></${tagName}><${tagName} src=${url}></${tagName}></div>`,
      );
      const elements = [...container.children] as AnyDisclosureElement[];
      await Promise.all(elements.map((element) => settle(element)));
      expect(await hitsFor(key)).to.equal(1);
    });

    it('fires disclosure-load with the disclosure and its warnings', async () => {
      const element = document.createElement(tag) as AnyDisclosureElement;
      const seed = await loadJson(seedPath);
      const loaded = oneEvent(element, 'disclosure-load');
      element.disclosure = seed;
      document.body.append(element);
      const event = (await loaded) as CustomEvent<DisclosureLoadDetail>;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.disclosure.department.name).to.equal('高新区党群工作部');
      expect(event.detail.warnings).to.deep.equal([]);
      element.remove();
    });

    it('fires disclosure-load once the data is rendered: a listener finds the tables, and state and data say the same', async () => {
      for (const source of ['property', 'src'] as const) {
        const element = document.createElement(tag) as AnyDisclosureElement;
        const seen = new Promise<{ tables: number; text: string; state: string; department?: string }>((resolve) =>
          element.addEventListener('disclosure-load', () =>
            resolve({
              tables: element.shadowRoot!.querySelectorAll('table').length,
              text: textOf(element),
              state: element.state,
              department: element.data?.disclosure.department.name,
            }),
          ),
        );
        if (source === 'property') element.disclosure = await loadJson(seedPath);
        else element.src = dataUrl(seedPath);
        document.body.append(element);
        const atEvent = await seen;
        expect(atEvent.tables, `${source}: tables rendered when disclosure-load fires`).to.be.greaterThan(0);
        expect(atEvent.text, source).to.contain(seedText);
        expect(atEvent.state, source).to.equal('ready');
        expect(atEvent.department, source).to.equal('高新区党群工作部');
        element.remove();
      }
    });

    it('fires disclosure-error once the alert is rendered', async () => {
      const element = document.createElement(tag) as AnyDisclosureElement;
      const seen = new Promise<string | undefined>((resolve) =>
        element.addEventListener('disclosure-error', () => resolve(alertOf(element)?.textContent?.replace(/\s+/g, ' ').trim())),
      );
      element.disclosure = '{ "schemaVersion": 1, ';
      document.body.append(element);
      expect(await seen).to.contain('无法显示');
      element.remove();
    });

    it('fires disclosure-error with the error, and nothing escapes the element', async () => {
      const element = document.createElement(tag) as AnyDisclosureElement;
      const failed = oneEvent(element, 'disclosure-error');
      element.disclosure = '{ "schemaVersion": 1, ';
      document.body.append(element);
      const event = (await failed) as CustomEvent<DisclosureErrorDetail>;
      expect(event.detail.error.failure.kind).to.equal('not-json');
      expect(event.composed).to.equal(true);
      element.remove();
    });

    it('an invalid disclosure\'s error message names its first problems with their paths (no dangling colon)', async () => {
      const seed = await loadJson(seedPath);
      seed.unit = '元元';
      const element = document.createElement(tag) as AnyDisclosureElement;
      element.setAttribute('lang', 'en');
      const failed = oneEvent(element, 'disclosure-error');
      element.disclosure = seed;
      document.body.append(element);
      const { error } = ((await failed) as CustomEvent<DisclosureErrorDetail>).detail;
      expect(error.failure.kind).to.equal('invalid');
      expect(error.message).to.match(/^The data is not a valid disclosure: 1 problem: unit: /);
      expect(error.message).to.not.match(/:\s*$/);
      element.remove();
    });

    it('shows cross-check differences in a data-check note, with both figures, and still renders', async () => {
      const seed = await loadJson(seedPath);
      seed.accountSummary.incomeTotal = '933.75';
      seed.functionalBreakdown.total = '933.75';
      seed.threePublicExpenses.total = '933.75';
      const element = await render(staticHtml`<${tagName} .disclosure=${seed}></${tagName}>`);
      await settle(element);
      const note = element.shadowRoot!.querySelector('details.warnings')!;
      expect(note.querySelector('summary')!.textContent).to.match(/^数据核对：\d+ 条提示$/);
      expect(note.textContent).to.contain('933.75');
      expect(note.textContent).to.contain('不一致');
    });

    it('does not break its neighbour when its own data is broken', async () => {
      const seed = await loadJson(seedPath);
      const container = await fixture<HTMLDivElement>(
        staticHtml`<div><${tagName} .disclosure=${'not json'}></${tagName}><${tagName} .disclosure=${seed}></${tagName}></div>`,
      );
      const [broken, healthy] = [...container.children] as AnyDisclosureElement[];
      await settle(broken!, 'error');
      await settle(healthy!);
      expect(textOf(healthy!)).to.contain(seedText);
    });

    it('has a real <h2> heading by default', async () => {
      const element = await render(staticHtml`<${tagName} .disclosure=${await loadJson(seedPath)}></${tagName}>`);
      await settle(element);
      const headings = [...element.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')];
      expect(headings[0]!.localName).to.equal('h2');
      expect(headings[0]!.getAttribute('part')).to.equal('heading');
      expect(headings.filter((heading) => heading.hasAttribute('role'))).to.deep.equal([]);
    });

    it('uses the heading level it is given', async () => {
      const element = await render(staticHtml`<${tagName} heading-level="4" .disclosure=${await loadJson(seedPath)}></${tagName}>`);
      await settle(element);
      const heading = element.shadowRoot!.querySelector('[part="heading"]')!;
      expect(heading.localName).to.equal('h4');
      expect(heading.hasAttribute('role')).to.equal(false);
    });

    it('follows the language of its nearest ancestor and of the page', async () => {
      const container = await render<HTMLDivElement>(
        staticHtml`<div lang="en"><${tagName} .disclosure=${await loadJson(seedPath)}></${tagName}></div>`,
      );
      const element = container.firstElementChild as AnyDisclosureElement;
      await settle(element);
      expect(element.shadowRoot!.querySelector('table caption')!.textContent).to.match(/\(10k yuan\)$/);
      container.lang = 'zh-CN';
      element.requestUpdate();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('table caption')!.textContent).to.match(/万元）$/);
    });

    describe('accessibility (axe-core)', () => {
      it('has no violations when rendered, zh-CN and en', async () => {
        const seed = await loadJson(seedPath);
        for (const lang of ['zh-CN', 'en']) {
          const element = await render(staticHtml`<${tagName} lang=${lang} .disclosure=${seed}></${tagName}>`);
          await settle(element);
          await expect(element).to.be.accessible();
        }
      });
      it('has no violations on a non-zero disclosure, with hide-zero, in each view', async () => {
        const synthetic = await loadJson(syntheticPath);
        for (const view of ['both', 'table', 'chart']) {
          const element = await render(staticHtml`<${tagName} view=${view} hide-zero .disclosure=${synthetic}></${tagName}>`);
          await settle(element);
          await expect(element).to.be.accessible();
        }
      });
      it('has no violations while loading and in the error state', async () => {
        const loading = await make(`src="${dataUrl(seedPath, 500)}"`);
        await expect(loading).to.be.accessible();
        const failed = await make('src="/test-api/status?code=404"');
        await settle(failed, 'error');
        await expect(failed).to.be.accessible();
      });
    });
  });
}
