/**
 * Text is text: labels, names, notes and messages from the data are shown
 * literally and never become markup, whatever they contain.
 */
import { expect } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../components/account-summary/define.js';
import '../../components/functional-breakdown/define.js';
import { loadJson, render, settle, syntheticPath, textOf, alertOf, type AnyDisclosureElement } from '../elements/harness.js';

type Probe = Window & { injected?: number };
const IMG = '<img src="x" onerror="window.injected=1">';
const SCRIPT = '<script>window.injected=2</script>';
const IFRAME = '<iframe src="javascript:window.parent.injected=3"></iframe>';
const MARKUP = /<(img|script|iframe|b)\b/;

async function hostileDisclosure() {
  const disclosure = await loadJson(syntheticPath);
  disclosure.department.name = `示例局${IMG}`;
  disclosure.accountSummary.expenditure[0].children[0].children[0].label = `基本工资${SCRIPT}`;
  disclosure.accountSummary.expenditure[1].note = `说明${IFRAME}`;
  disclosure.functionalBreakdown.items[0].name = `<b>教育支出</b>${IMG}`;
  disclosure.functionalBreakdown.items[0].children[0].children[0].note = `主要是${SCRIPT}`;
  return disclosure;
}

/** Every element created inside the shadow root, by tag name. */
function tagsIn(element: Element): Set<string> {
  return new Set([...element.shadowRoot!.querySelectorAll('*')].map((node) => node.localName));
}

for (const tag of ['account-summary', 'functional-breakdown']) {
  describe(`<${tag}> shows hostile text as text`, () => {
    it('renders labels, names and notes literally and runs nothing', async () => {
      const element = await render<AnyDisclosureElement>(staticHtml`<${unsafeStatic(tag)} .disclosure=${await hostileDisclosure()}></${unsafeStatic(tag)}>`);
      await settle(element);
      await new Promise((done) => setTimeout(done, 100));
      expect((window as Probe).injected).to.equal(undefined);
      const tags = tagsIn(element);
      for (const forbidden of ['img', 'script', 'iframe', 'b']) expect(tags.has(forbidden), forbidden).to.equal(false);
      expect(textOf(element)).to.contain(`示例局${IMG}`);
      if (tag === 'account-summary') {
        expect(textOf(element)).to.contain(`基本工资${SCRIPT}`);
        expect(textOf(element)).to.contain(`说明${IFRAME}`);
      } else {
        expect(textOf(element)).to.contain(`<b>教育支出</b>${IMG}`);
        expect(textOf(element)).to.contain(`主要是${SCRIPT}`);
        const labels = [...element.shadowRoot!.querySelectorAll('.mark-target')].map((mark) => mark.getAttribute('aria-label'));
        expect(labels[0]).to.contain(`<b>教育支出</b>${IMG}`);
      }
    });

    it('shows hostile text in an error message as text', async () => {
      const disclosure = await hostileDisclosure();
      disclosure.accountSummary.income[0].amount = `${IMG}${SCRIPT}`;
      disclosure.functionalBreakdown.items[0].amount = `${IMG}`;
      disclosure[`${IMG}`] = 1;
      const element = await render<AnyDisclosureElement>(staticHtml`<${unsafeStatic(tag)} .disclosure=${disclosure}></${unsafeStatic(tag)}>`);
      await settle(element, 'error');
      const alert = alertOf(element)!;
      expect(alert.textContent).to.match(MARKUP);
      expect(alert.querySelector('img, script, iframe, b')).to.equal(null);
      expect((window as Probe).injected).to.equal(undefined);
    });
  });
}
