/**
 * Registration: importing an element's class has no side effect, so a portal
 * can register it under its own name (scoped or renamed); registering again
 * is harmless; another class under a taken name only warns.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { AccountSummaryElement } from '../../components/account-summary/account-summary.js';
import { FunctionalBreakdownElement } from '../../components/functional-breakdown/functional-breakdown.js';
import { loadJson, seedPath, settle, textOf } from '../elements/harness.js';

describe('element classes without registration', () => {
  it('importing the class module registers nothing', () => {
    expect(customElements.get('account-summary')).to.equal(undefined);
    expect(customElements.get('functional-breakdown')).to.equal(undefined);
  });

  it('a portal can register a class under its own tag name and use it', async () => {
    AccountSummaryElement.define('portal-account-summary');
    const element = await fixture<AccountSummaryElement>(html`<portal-account-summary .disclosure=${await loadJson(seedPath)}></portal-account-summary>`);
    await settle(element);
    expect(textOf(element)).to.contain('933.74');
  });

  it('registering the same class again is harmless', () => {
    expect(() => AccountSummaryElement.define('portal-account-summary')).not.to.throw();
    expect(customElements.get('portal-account-summary')).to.equal(AccountSummaryElement);
  });

  it('another class under a taken name warns instead of throwing', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      expect(() => FunctionalBreakdownElement.define('portal-account-summary')).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal(['<portal-account-summary> is already defined by another class; this copy was not registered.']);
    expect(customElements.get('portal-account-summary')).to.equal(AccountSummaryElement);
  });

  it('a class registered already takes a second name too (the bundle registered it, the portal renames it), and again harmlessly', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      // Registered as <portal-account-summary> above: a class registers once, so a subclass takes the second name.
      expect(() => AccountSummaryElement.define('second-account-summary')).not.to.throw();
      expect(() => AccountSummaryElement.define('second-account-summary')).not.to.throw();
      // Not a custom element name: a warning, not an exception.
      expect(() => AccountSummaryElement.define('summary')).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.match(/^<summary> was not registered: /);
    const element = await fixture<AccountSummaryElement>(html`<second-account-summary .disclosure=${await loadJson(seedPath)}></second-account-summary>`);
    expect(element).to.be.instanceOf(AccountSummaryElement);
    await settle(element);
    // The seed's 收入总计: 933.74万元 (seed line 30).
    expect(textOf(element)).to.contain('933.74');
    expect(customElements.get('portal-account-summary')).to.equal(AccountSummaryElement);
  });

  it('a portal\'s own subclass under a name is another class: registering ours there warns', () => {
    class PortalSummary extends AccountSummaryElement {}
    customElements.define('own-account-summary', PortalSummary);
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      AccountSummaryElement.define('own-account-summary');
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal(['<own-account-summary> is already defined by another class; this copy was not registered.']);
    expect(customElements.get('own-account-summary')).to.equal(PortalSummary);
  });
});
