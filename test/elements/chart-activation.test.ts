/**
 * Enter on a chart mark moves focus to the mark's row of the table (docs/guide.md), in every element whose table
 * is a classification: a class's bar or segment to its row; a column total's segment (an income source, 人员经费)
 * to that total's row.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/basic-expenditure/define.js';
import '../../components/expenditure-breakdown/define.js';
import '../../components/income-breakdown/define.js';
import { loadJson, marksOf, plain, render, settle, type AnyDisclosureElement } from './harness.js';
import { planningPath } from './classified-tables.js';

async function element(tag: string): Promise<AnyDisclosureElement> {
  const disclosure = await loadJson(planningPath);
  const rendered = await render<AnyDisclosureElement>(html`<div style="width: 900px"></div>`);
  const made = document.createElement(tag) as AnyDisclosureElement;
  made.disclosure = disclosure;
  rendered.append(made);
  await settle(made);
  return made;
}

/** The row header focused in the element's table, as text. */
async function enterOn(made: AnyDisclosureElement, mark: SVGElement): Promise<string> {
  mark.focus();
  expect(made.shadowRoot!.activeElement).to.equal(mark);
  await sendKeys({ press: 'Enter' });
  await made.updateComplete;
  await new Promise((done) => setTimeout(done, 0));
  const active = made.shadowRoot!.activeElement;
  expect(active?.localName, 'focus is on a row header').to.equal('th');
  return plain(active!.textContent).replace(/\s+/g, ' ').trim();
}

describe('Enter on a chart mark of a classified table', () => {
  it('<expenditure-breakdown>: a class\'s bar focuses the class\'s row', async () => {
    const made = await element('expenditure-breakdown');
    const marks = marksOf(made);
    expect(marks.length).to.be.greaterThan(0);
    // 支出决算表 (p. 10): the first class is 208 社会保障和就业支出.
    expect(await enterOn(made, marks[0]!)).to.contain('208');
  });

  it('<basic-expenditure>: a class\'s segment focuses its row; the 人员经费 segment, the 人员经费合计 row', async () => {
    const made = await element('basic-expenditure');
    const marks = marksOf(made);
    const label = (mark: SVGElement) => plain(mark.getAttribute('aria-label'));
    const personnel = marks.find((mark) => label(mark).startsWith('人员经费'))!;
    expect(await enterOn(made, personnel)).to.contain('人员经费');
    // 基本支出决算表 (p. 16): 301 工资福利支出.
    const salaries = marks.find((mark) => label(mark).includes('工资福利支出'))!;
    expect(await enterOn(made, salaries)).to.contain('301');
  });

  it('<income-breakdown>: a source\'s segment focuses the 合计 row, where the sources\' totals are', async () => {
    const made = await element('income-breakdown');
    const marks = marksOf(made);
    expect(marks.length).to.be.greaterThan(0);
    expect(await enterOn(made, marks[0]!)).to.contain('合计');
  });
});
