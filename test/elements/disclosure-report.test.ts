import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/disclosure-report/define.js';
import type { DisclosureReportElement } from '../../components/disclosure-report/disclosure-report.js';
import { hitsFor, loadJson, plain, render, seedPath, settle, type AnyDisclosureElement } from './harness.js';
import { budgetPath, grouped, planningPath } from './classified-tables.js';

async function report(disclosure: unknown, attributes: { lang?: string; headingLevel?: number; expand?: string } = {}) {
  const element = await render<DisclosureReportElement>(html`<disclosure-report
    lang=${attributes.lang ?? 'zh-CN'}
    heading-level=${attributes.headingLevel ?? 2}
    expand=${attributes.expand ?? 'auto'}
    .disclosure=${disclosure}
  ></disclosure-report>`);
  await settle(element);
  await element.updateComplete;
  return element;
}

/** The section elements of the report, in order. */
const sectionsOf = (element: DisclosureReportElement) => [...element.shadowRoot!.querySelectorAll<AnyDisclosureElement>('.section > *')];

/** Every node of a tree and of the shadow trees inside it, in document order. */
function* deep(root: Node): Generator<Node> {
  for (const child of root.childNodes) {
    yield child;
    if (child instanceof Element && child.shadowRoot) yield* deep(child.shadowRoot);
    yield* deep(child);
  }
}

/** The real headings (h1–h6) of the report and of its sections, in order. */
const outline = (element: DisclosureReportElement) =>
  [...deep(element.shadowRoot!)]
    .filter((node): node is HTMLElement => node instanceof HTMLElement && /^h[1-6]$/.test(node.localName))
    .map((heading) => ({ level: Number(heading.localName[1]), text: plain(heading.textContent).replace(/\s+/g, ' ').trim() }));

/** The text of an element and of every shadow tree inside it. */
const deepText = (root: Node) =>
  plain([...deep(root)].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join(' ')).replace(/\s+/g, ' ');

const contents = (element: DisclosureReportElement) =>
  [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')].map((link) => `${link.getAttribute('href')} ${plain(link.textContent)}`);

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('<disclosure-report> on the planning-resources 决算 (all nine tables)', () => {
  it('has the four parts in the template order, with their sections in the contents', async () => {
    const element = await report(await loadJson(planningPath));
    const links = contents(element);
    const parts = links.filter((link) => link.startsWith('#part-'));
    expect(parts).to.deep.equal(['#part-1 第一部分 概况', '#part-2 第二部分 决算表', '#part-3 第三部分 情况说明', '#part-4 第四部分 名词解释']);
    const tables = links.slice(links.indexOf('#part-2 第二部分 决算表') + 1, links.indexOf('#part-3 第三部分 情况说明'));
    expect(tables.map((link) => link.split(' ')[0])).to.deep.equal([
      '#account-summary',
      '#income-breakdown',
      '#expenditure-breakdown',
      '#appropriation-summary',
      '#functional-breakdown',
      '#basic-expenditure',
      '#three-public-expenses',
      '#government-fund',
      '#state-capital',
    ]);
    // Every link leads to a place in the report.
    for (const link of element.shadowRoot!.querySelectorAll('nav a')) {
      expect(element.shadowRoot!.getElementById(link.getAttribute('href')!.slice(1)), link.getAttribute('href')!).to.not.equal(null);
    }
  });

  it('shows every figure of the nine tables (walking the hand transcription, table by table)', async () => {
    const element = await report(await loadJson(planningPath), { expand: 'all' });
    const transcription = await loadJson('test/fixtures/transcriptions/putuo-planning-resources-2024.tables.json');
    const anchors = ['account-summary', 'income-breakdown', 'expenditure-breakdown', 'appropriation-summary', 'functional-breakdown', 'basic-expenditure', 'three-public-expenses', 'government-fund', 'state-capital'];
    const missing: string[] = [];
    for (const table of transcription.tables as { number: number; title: string; rows?: unknown[]; rowsAsPrinted?: unknown[] }[]) {
      const section = element.shadowRoot!.getElementById(anchors[table.number - 1]!);
      const text = section ? deepText(section) : '';
      const figures = JSON.stringify([table.rows ?? [], table.rowsAsPrinted ?? []]).match(/"-?\d+(\.\d+)?"/g) ?? [];
      for (const figure of new Set(figures.map((quoted) => quoted.slice(1, -1)))) {
        // Row numbers and codes are not amounts.
        if (/^\d{3,7}$/.test(figure) && !figure.includes('.')) continue;
        if (!text.includes(grouped(figure))) missing.push(`表${table.number} ${table.title}: ${figure}`);
      }
      if (!section) missing.push(`表${table.number} ${table.title}: no section #${anchors[table.number - 1]}`);
    }
    expect(missing).to.deep.equal([]);
  });

  it('has one heading outline: report h2, parts h3, sections h4, their blocks h5, no level skipped', async () => {
    const element = await report(await loadJson(planningPath));
    const headings = outline(element);
    expect(headings[0]).to.deep.equal({ level: 2, text: '2024年度上海市普陀区规划和自然资源局部门决算' });
    expect(headings.filter((heading) => heading.level === 3).map((heading) => heading.text)).to.include.members([
      '第一部分 概况',
      '第二部分 决算表',
      '第三部分 情况说明',
      '第四部分 名词解释',
    ]);
    for (let index = 1; index < headings.length; index++) {
      expect(headings[index]!.level, `${headings[index]!.text} after ${headings[index - 1]!.text}`).to.be.at.most(headings[index - 1]!.level + 1);
      expect(headings[index]!.level).to.be.at.least(3);
    }
    const part2 = headings.findIndex((heading) => heading.text === '第二部分 决算表');
    expect(headings[part2 + 1]).to.deep.equal({ level: 4, text: '2024年度上海市普陀区规划和自然资源局收入支出决算总体情况' });
    expect(headings.some((heading) => heading.level === 4 && heading.text === '一、收入支出决算总体情况说明')).to.equal(true);
    expect(headings.some((heading) => heading.level === 1)).to.equal(false);
  });

  it('starts the outline at heading-level', async () => {
    const element = await report(await loadJson(planningPath), { headingLevel: 1 });
    const levels = outline(element).map((heading) => heading.level);
    expect(levels[0]).to.equal(1);
    expect(Math.max(...levels)).to.be.at.most(5);
  });

  it('keeps the outline\'s depth past h6 (heading-level 5): role="heading" with aria-level 7 and 8, no level skipped', async () => {
    const element = await report(await loadJson(planningPath), { headingLevel: 5 });
    const headings = [...deep(element.shadowRoot!)]
      .filter((node): node is HTMLElement => node instanceof HTMLElement && (/^h[1-6]$/.test(node.localName) || node.getAttribute('role') === 'heading'))
      .map((heading) => ({ level: heading.getAttribute('role') === 'heading' ? Number(heading.getAttribute('aria-level')) : Number(heading.localName[1]), text: plain(heading.textContent).trim() }));
    expect(headings[0]).to.deep.equal({ level: 5, text: '2024年度上海市普陀区规划和自然资源局部门决算' });
    const part2 = headings.findIndex((heading) => heading.text === '第二部分 决算表');
    expect(headings[part2]!.level).to.equal(6);
    expect(headings[part2 + 1]).to.deep.equal({ level: 7, text: '2024年度上海市普陀区规划和自然资源局收入支出决算总体情况' });
    expect(headings.some((heading) => heading.level === 8)).to.equal(true);
    for (let index = 1; index < headings.length; index++) {
      expect(headings[index]!.level, `${headings[index]!.text} after ${headings[index - 1]!.text}`).to.be.at.most(headings[index - 1]!.level + 1);
    }
  });

  it('shows the explanations as published, and the other matters, in 第三部分', async () => {
    const element = await report(await loadJson(planningPath));
    const part3 = element.shadowRoot!.getElementById('part-3')!;
    expect(plain(part3.querySelector('#explanation-incomeTable p')!.textContent)).to.equal('本年收入合计 9746.50 万元，其中：财政拨款收入 9746.50 万元，占 100.00%。');
    expect(part3.querySelector('other-matters')).to.not.equal(null);
  });

  it("shows a sub-headed explanation part by part, and the items' own paragraphs after the last part (说明五, PDF pp. 20-24)", async () => {
    const element = await report(await loadJson(planningPath));
    const section = element.shadowRoot!.getElementById('explanation-functionalBreakdown')!;
    const blocks = [...section.querySelectorAll('h5, p')].map((node) => `${node.localName} ${plain(node.textContent)}`);
    const at = (start: string) => blocks.findIndex((block) => block.startsWith(start));
    expect(at('h5 （一）一般公共预算财政拨款支出决算总体情况')).to.be.at.least(0);
    expect(at('h5 （二）一般公共预算财政拨款支出决算结构情况')).to.be.greaterThan(at('h5 （一）'));
    expect(at('h5 （三）一般公共预算财政拨款支出决算具体情况')).to.be.greaterThan(at('h5 （二）'));
    // The first 项 explained, as printed under （三）: 2080501 行政单位离退休.
    const first = at('p 1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于：行政单位退休人员支出。');
    expect(first).to.be.greaterThan(at('h5 （三）'));
    expect(blocks[first]).to.contain('年初预算为 54.53 万元，支出决算为 54.53 万元，完成年初预算的 100.00%。');
  });

  it('shows the note printed with each of the nine tables once, as published (注：本表反映…)', async () => {
    const element = await report(await loadJson(planningPath));
    const notes = [...element.shadowRoot!.querySelectorAll<AnyDisclosureElement>('.section > *')].flatMap((section) =>
      [...section.shadowRoot!.querySelectorAll('[part=table-note]')].map((note) => plain(note.textContent)),
    );
    expect(notes).to.deep.equal([
      '注：本表反映部门本年度的总收支和年末结转结余情况。',
      '注：本表反映部门本年度取得的各项收入情况。',
      '注：本表反映部门本年度各项支出情况。',
      '注：本表反映部门本年度财政拨款总收支和结转结余情况。',
      '注：本表反映部门本年度一般公共预算财政拨款支出情况。',
      '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
      '注：本表反映部门本年度“三公”经费支出预决算情况。',
      '注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。',
      '注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。',
    ]);
  });

  it('marks glossary terms in its headings with a description', async () => {
    const element = await report(await loadJson(planningPath));
    const term = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.explanation h4 dfn.term')].find((dfn) => dfn.textContent === '机关运行经费');
    // “（一）机关运行经费支出情况” is not a section of the report; “七、财政拨款“三公”经费支出决算情况说明” uses “三公”经费.
    const anyTerm = term ?? element.shadowRoot!.querySelector<HTMLElement>('h4 dfn.term')!;
    expect(anyTerm).to.not.equal(null);
    const description = element.shadowRoot!.getElementById(anyTerm.getAttribute('aria-describedby')!);
    expect(description!.textContent!.length).to.be.greaterThan(4);
  });
});

describe('<disclosure-report> data source', () => {
  it('fetches the disclosure once for the whole report, and gives it to every section', async () => {
    const key = `report-${Math.random()}`;
    const element = await render<DisclosureReportElement>(html`<disclosure-report src=${`/test-api/count?key=${key}&path=${planningPath}`}></disclosure-report>`);
    await settle(element);
    await element.updateComplete;
    expect(sectionsOf(element).length).to.be.at.least(8);
    for (const section of sectionsOf(element)) expect(section.state, section.localName).to.equal('ready');
    expect(await hitsFor(key)).to.equal(1);
  });

  it('offers the whole disclosure as JSON once, at its end, and each table as CSV where it is', async () => {
    const element = await report(await loadJson(planningPath));
    const shown = (button: Element) => button.getClientRects().length > 0;
    const jsonButtons = [...deep(element.shadowRoot!)].filter((node): node is HTMLElement => node instanceof HTMLElement && node.dataset.download === 'json');
    expect(jsonButtons.length, 'every section keeps its button, for a page that shows it alone').to.be.greaterThan(1);
    const shownJson = jsonButtons.filter(shown);
    expect(shownJson.length).to.equal(1);
    expect(shownJson[0]!.getRootNode()).to.equal(element.shadowRoot);
    expect(plain(shownJson[0]!.textContent)).to.equal('下载数据（JSON）');
    const csvButtons = [...deep(element.shadowRoot!)].filter((node): node is HTMLElement => node instanceof HTMLElement && node.classList.contains('download') && node.dataset.download !== 'json' && shown(node));
    expect(csvButtons.length).to.be.greaterThan(8);
  });

  it('keeps prose to a readable measure on a wide page while tables take the full width (--disclosure-measure)', async () => {
    const wrapper = await render<HTMLElement>(html`<div style="width: 1200px"></div>`);
    const element = document.createElement('disclosure-report') as DisclosureReportElement;
    element.disclosure = await loadJson(planningPath);
    wrapper.append(element);
    await settle(element);
    await element.updateComplete;
    const paragraph = element.shadowRoot!.querySelector('.explanation p')!;
    const em = parseFloat(getComputedStyle(paragraph).fontSize);
    expect(paragraph.getBoundingClientRect().width).to.be.at.most(45 * em + 0.5);
    const profile = element.shadowRoot!.querySelector('department-profile')!;
    expect(profile.shadowRoot!.querySelector('.duties')!.getBoundingClientRect().width).to.be.at.most(45 * em + 0.5);
    const table = element.shadowRoot!.querySelector('income-breakdown')!.shadowRoot!.querySelector('table')!;
    expect(table.getBoundingClientRect().width).to.be.greaterThan(1100);
    element.style.setProperty('--disclosure-measure', '20em');
    expect(paragraph.getBoundingClientRect().width).to.be.at.most(20 * em + 0.5);
    expect(profile.shadowRoot!.querySelector('.duties')!.getBoundingClientRect().width).to.be.at.most(20 * em + 0.5);
  });

  it('fires one disclosure-load, once every section is rendered', async () => {
    const disclosure = await loadJson(planningPath);
    const events: { tables: number }[] = [];
    const container = await render<HTMLDivElement>(html`<div></div>`);
    container.addEventListener('disclosure-load', (event) => {
      const element = event.target as DisclosureReportElement;
      events.push({ tables: sectionsOf(element).reduce((count, section) => count + section.shadowRoot!.querySelectorAll('table').length, 0) });
    });
    const element = document.createElement('disclosure-report');
    element.disclosure = disclosure;
    container.append(element);
    await waitUntil(() => events.length > 0);
    await element.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0]!.tables).to.be.greaterThan(8);
  });

  it('lists every cross-check warning once, in one 数据核对 block with links to the rows', async () => {
    const seed = await loadJson(seedPath);
    // A 项 amount changed: the published 类 201 (933.74) no longer equals the sum of its 项.
    seed.functionalBreakdown.items[0].children[0].children[2].amount = '900.17';
    const element = await report(seed);
    const checks = element.shadowRoot!.querySelectorAll('[part="data-check"]');
    expect(checks).to.have.length(1);
    for (const section of sectionsOf(element)) expect(section.shadowRoot!.querySelector('[part="warnings"]'), section.localName).to.equal(null);
    const links = [...checks[0]!.querySelectorAll('a')].map((link) => `${link.getAttribute('href')} ${plain(link.textContent)}`);
    expect(links).to.include('#201 转到科目 201');
    expect(contents(element)[0]).to.match(/^#data-check 数据核对：\d+ 条提示$/);
    // Once the checks have run, the report's own status region says how many there are, as a single element's does.
    const items = checks[0]!.querySelectorAll('li').length;
    expect(items).to.be.greaterThan(0);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal(`数据核对：${items} 条提示`);
  });
});

describe('<disclosure-report> charts and their tables', () => {
  it('every chart of every section leads to the table with its data: a "跳到数据表" link and aria-details to a table that is there', async () => {
    const element = await report(await loadJson(planningPath));
    let charts = 0;
    for (const section of sectionsOf(element)) {
      for (const svg of section.shadowRoot!.querySelectorAll('svg[role="img"]')) {
        charts++;
        const tableId = svg.getAttribute('aria-details');
        expect(tableId, `${section.localName}: aria-details`).to.be.a('string');
        expect(section.shadowRoot!.getElementById(tableId!)?.localName, `${section.localName}: #${tableId}`).to.equal('table');
        expect(section.shadowRoot!.querySelector(`a.skip-link[href="#${tableId}"]`), `${section.localName}: skip link`).to.not.equal(null);
      }
    }
    // account-summary, functional-breakdown, three-public-expenses, income- and expenditure-breakdown, basic-expenditure (two).
    expect(charts).to.be.greaterThan(5);
  });
});

describe('<disclosure-report> anchors and keyboard', () => {
  it('opens the hierarchy to the row of a #code location hash and focuses it', async () => {
    const element = await report(await loadJson(seedPath));
    const breakdown = element.shadowRoot!.querySelector<AnyDisclosureElement>('#functional-breakdown > functional-breakdown')!;
    // Close 201 so that 2013299 is hidden.
    const toggle = breakdown.shadowRoot!.querySelector<HTMLButtonElement>('tr[data-level="0"] button.toggle')!;
    if (toggle.getAttribute('aria-expanded') === 'true') toggle.click();
    await breakdown.updateComplete;
    const codes = () => [...breakdown.shadowRoot!.querySelectorAll('th .code')].map((code) => code.textContent);
    expect(codes()).to.not.include('2013299');
    location.hash = '#2013299';
    await waitUntil(() => breakdown.shadowRoot!.activeElement?.querySelector('.code')?.textContent === '2013299', 'row 2013299 focused');
    expect(codes()).to.include('2013299');
    expect(element.shadowRoot!.activeElement).to.equal(breakdown);
  });

  it('goes to a section from the contents by keyboard, and to a row from a data-check link', async () => {
    const seed = await loadJson(seedPath);
    seed.functionalBreakdown.items[0].children[0].children[2].amount = '900.17';
    const element = await report(seed);
    const link = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')].find((candidate) => candidate.getAttribute('href') === '#three-public-expenses')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    // Focus lands on the section's heading, inside the section element in the #three-public-expenses wrapper.
    await waitUntil(() => {
      const section = element.shadowRoot!.activeElement;
      return section?.parentElement?.id === 'three-public-expenses' && /^h[1-6]$/.test(section.shadowRoot?.activeElement?.localName ?? '');
    });
    expect(location.hash).to.equal('#three-public-expenses');
    const rowLink = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="data-check"] a[href="#201"]')!;
    rowLink.focus();
    await sendKeys({ press: 'Enter' });
    const breakdown = element.shadowRoot!.querySelector<AnyDisclosureElement>('#functional-breakdown > functional-breakdown')!;
    await waitUntil(() => breakdown.shadowRoot!.activeElement?.querySelector('.code')?.textContent === '201', 'row 201 focused');
    expect(location.hash).to.equal('#201');
  });

  it('takes a location hash that is no valid percent-encoding (#100%) as it stands, without throwing', async () => {
    const element = await report(await loadJson(seedPath));
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => {
      errors.push(event.message);
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    try {
      const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      location.hash = '#100%';
      await changed;
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(await element.showAnchor('three-public-expenses')).to.equal(true);
  });

  it('a link to a section focuses its heading, which names it (not the section\'s unnamed wrapper)', async () => {
    const element = await report(await loadJson(seedPath));
    expect(await element.showAnchor('account-summary')).to.equal(true);
    const section = element.shadowRoot!.querySelector<AnyDisclosureElement>('#account-summary > account-summary')!;
    const focused = section.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused, 'focus is in the section').to.not.equal(null);
    expect(focused!.localName).to.match(/^h[1-6]$/);
    expect(plain(focused!.textContent)).to.equal('2022年度高新区党群工作部收入支出决算总体情况');
    expect(focused!.tabIndex).to.equal(-1);
  });

  it('says it has loaded once, for the whole report: its sections announce nothing of their own', async () => {
    const element = await report(await loadJson(seedPath));
    await element.updateComplete;
    expect(plain(element.shadowRoot!.querySelector('.base > .live')!.textContent)).to.equal(`已载入：${plain(element.shadowRoot!.querySelector('h2')!.textContent)}`);
    const announced = sectionsOf(element).map((section) => plain(section.shadowRoot!.querySelector('.base > .live')?.textContent ?? '').trim()).filter(Boolean);
    expect(announced).to.deep.equal([]);
  });

  it('has a region landmark for each of its four parts and 数据核对 only, not one per explanation or sub-block', async () => {
    const seed = await loadJson(planningPath);
    const element = await report(seed);
    const named = [...deep(element.shadowRoot!)].filter(
      (node): node is HTMLElement => node instanceof HTMLElement && node.localName === 'section' && (node.hasAttribute('aria-labelledby') || node.hasAttribute('aria-label')),
    );
    expect(named.map((section) => section.id)).to.deep.equal(['data-check', 'part-1', 'part-2', 'part-3', 'part-4']);
    // An explanation is still reached from the contents: focus lands on its heading, which names it.
    const explanation = element.shadowRoot!.querySelector<HTMLElement>('section.explanation')!;
    expect(await element.showAnchor(explanation.id)).to.equal(true);
    expect(element.shadowRoot!.activeElement).to.equal(explanation.querySelector(':scope > :is(h1, h2, h3, h4, h5, h6)'));
  });

  it('says false for an anchor it does not have', async () => {
    const element = await report(await loadJson(seedPath));
    expect(await element.showAnchor('9999999')).to.equal(false);
    expect(await element.showAnchor('part-2')).to.equal(true);
  });
});

describe('<disclosure-report> partial disclosures and budgets', () => {
  it('leaves out what the seed does not have (no v2 tables), keeping the template order', async () => {
    const element = await report(await loadJson(seedPath));
    const anchors = contents(element).map((link) => link.split(' ')[0]);
    // The seed's 基本支出 summary (version 1, no 表六) is shown by <basic-expenditure>, in 表六's place.
    expect(anchors).to.deep.equal([
      '#part-1',
      '#department-profile',
      '#part-2',
      '#account-summary',
      '#functional-breakdown',
      '#basic-expenditure',
      '#three-public-expenses',
      '#government-fund',
      '#state-capital',
      '#part-3',
      '#other-matters',
      '#part-4',
      '#disclosure-glossary',
    ]);
    expect(element.shadowRoot!.querySelector('#government-fund > functional-breakdown')!.getAttribute('fund')).to.equal('government-fund');
  });

  it('leaves out a part whose sections are all missing', async () => {
    const seed = await loadJson(seedPath);
    delete seed.glossary;
    delete seed.otherMatters;
    seed.department = { name: seed.department.name };
    const element = await report(seed);
    expect(contents(element).filter((link) => link.startsWith('#part-'))).to.deep.equal(['#part-2 第二部分 决算表']);
  });

  it('renders a budget with the budget words', async () => {
    const element = await report(await loadJson(budgetPath));
    expect(outline(element)[0]).to.deep.equal({ level: 2, text: '2025年度上海市普陀区人民政府办公室部门预算' });
    expect(contents(element)).to.include('#part-2 第二部分 预算表');
    expect(contents(element)).to.include('#explanation-1 2025年部门预算编制说明');
    expect(deepText(element.shadowRoot!)).to.not.contain('完成率');
  });

  it("orders a budget's 第三部分 as the budget prints it: 编制说明 and its 科目 paragraphs, “三公” and the other matters, then 项目经费情况说明", async () => {
    // putuo-district-office-2025-budget.pdf (pdftotext -layout): 目录 四、部门预算编制说明 … 六、其他相关情况说明
    // 七、项目经费情况说明; in 四, "财政拨款支出主要内容如下：" is followed by "1. “一般公共服务支出-政府办公厅（室）
    // 及相关机构事务-行政运行”科目1,202.95万元…" … "12. “住房保障支出-住房改革支出-购房补贴”科目186.77万元…".
    const element = await report(await loadJson(budgetPath));
    const links = contents(element);
    const part3 = links.slice(links.indexOf('#part-3 第三部分 情况说明') + 1, links.indexOf('#part-4 第四部分 名词解释'));
    expect(part3).to.deep.equal([
      '#explanation-1 2025年部门预算编制说明',
      '#explanation-threePublicExpenses 一、2025年“三公”经费预算情况说明',
      '#other-matters 其他相关情况说明',
      '#explanation-2 区政府督查及建议提案工作业务经费项目经费情况说明',
    ]);
    // The page in the same order as its contents.
    const placed = [...element.shadowRoot!.getElementById('part-3')!.querySelectorAll(':scope > section[id], :scope > .section')].map((node) => node.id);
    expect(placed).to.deep.equal(['explanation-1', 'explanation-threePublicExpenses', 'other-matters', 'explanation-2']);
    // The 科目 paragraphs are the 编制说明's own, right after its last paragraph, with no heading of their own.
    const paragraphs = [...element.shadowRoot!.getElementById('explanation-1')!.querySelectorAll('p')].map((node) => plain(node.textContent).replace(/\s+/g, ''));
    const intro = paragraphs.indexOf('财政拨款支出主要内容如下：');
    expect(intro).to.be.at.least(0);
    expect(paragraphs[intro + 1]).to.match(/^1\.“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1,?202\.95万元，主要用于行政单位的基本支出。$/);
    expect(paragraphs[paragraphs.length - 1]).to.match(/^12\.“住房保障支出-住房改革支出-购房补贴”科目186\.77万元，主要用于按房改政策规定，行政事业单位向符合条件职工发放的用于购买住房的补贴。$/);
    expect(element.shadowRoot!.getElementById('explanation-functionalBreakdown')).to.equal(null);
  });

  it('shows an alert, and no contents, for invalid data', async () => {
    const element = await render<DisclosureReportElement>(html`<disclosure-report .disclosure=${{ schemaVersion: 1 }}></disclosure-report>`);
    await settle(element, 'error');
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    expect(element.shadowRoot!.querySelector('nav')).to.equal(null);
  });

  it('renders in English', async () => {
    const element = await report(await loadJson(planningPath), { lang: 'en' });
    expect(contents(element).filter((link) => link.startsWith('#part-'))).to.deep.equal([
      '#part-1 Part 1: Profile',
      '#part-2 Part 2: Final accounts tables',
      '#part-3 Part 3: Explanations',
      '#part-4 Part 4: Glossary',
    ]);
    // A section's name standing as a title of its own starts with a capital.
    expect(contents(element)).to.include.members(['#other-matters Other important matters', '#disclosure-glossary Glossary']);
    for (const section of sectionsOf(element)) expect(section.getAttribute('lang')).to.equal('en');
  });
});

describe('<disclosure-report> accessibility (axe-core)', function () {
  // axe-core walks every section of the whole report.
  this.timeout(60000);
  it('has no violations: planning, zh-CN', async () => {
    await expect(await report(await loadJson(planningPath))).to.be.accessible();
  });
  it('has no violations: budget, en', async () => {
    await expect(await report(await loadJson(budgetPath), { lang: 'en' })).to.be.accessible();
  });
  it('has no violations: seed, zh-CN', async () => {
    await expect(await report(await loadJson(seedPath))).to.be.accessible();
  });
});
