import { expect, html } from '@open-wc/testing';
import '../../components/department-profile/define.js';
import type { DepartmentProfileElement } from '../../components/department-profile/department-profile.js';
import { loadJson, plain, render, seedPath, settle, tables, textOf } from './harness.js';
import { budgetPath, planningPath } from './classified-tables.js';

async function profile(disclosure: unknown, lang = 'zh-CN') {
  const element = await render<DepartmentProfileElement>(html`<department-profile lang=${lang} .disclosure=${disclosure}></department-profile>`);
  await settle(element);
  return element;
}

const items = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll(selector)].map((node) => plain(node.textContent).trim());

describe('<department-profile> on the planning-resources 决算 (第一部分 概况)', () => {
  it('lists the 14 main duties in order, as published', async () => {
    const element = await profile(await loadJson(planningPath));
    const duties = items(element, 'ol.duties > li');
    // Transcribed from the PDF, page 4-5: 14 numbered duties.
    expect(duties).to.have.length(14);
    expect(duties[0]).to.match(/^履行全民所有自然资源资产所有者职责和所有国土空间用途管制职责。/);
    expect(duties[6]).to.equal('负责建设工程项目规划土地管理相关工作，对建设工程项目审批后到竣工验收的规划、土地执行情况实行跟踪监督');
    expect(duties[13]).to.equal('完成区委、区政府交办的其他任务。');
  });

  it('shows the composition paragraphs and the units table 序号 / 单位名称 / 备注', async () => {
    const element = await profile(await loadJson(planningPath));
    expect(textOf(element)).to.contain('从预算单位构成看，上海市普陀区规划和自然资源局部门决算包括：上海市普陀区规划和自然资源局本级决算、下属行政事业单位决算。');
    const [units] = tables(element);
    expect(units!.caption).to.equal('纳入部门决算编制范围的单位');
    expect(units!.rows[0]).to.deep.equal(['序号', '单位名称', '备注']);
    expect(units!.rows).to.have.length(6);
    expect(units!.rows[1]).to.deep.equal(['1', '上海市普陀区规划和自然资源局', '本级']);
    expect(units!.rows[3]).to.deep.equal(['3', '上海市普陀区土地发展中心', '下属事业单位']);
    const headings = [...element.shadowRoot!.querySelectorAll('h2, h3')].map((heading) => `${heading.localName} ${plain(heading.textContent).trim()}`);
    expect(headings).to.deep.equal(['h2 2024年度上海市普陀区规划和自然资源局概况', 'h3 主要职能', 'h3 部门决算单位构成']);
  });

  it('keeps the 序号 header on one line in a phone-wide element', async () => {
    const element = await profile(await loadJson(planningPath));
    element.style.display = 'block';
    element.style.width = '304px';
    await element.updateComplete;
    const header = element.shadowRoot!.querySelector('thead th.number')!;
    expect(plain(header.textContent).trim()).to.equal('序号');
    const range = document.createRange();
    range.selectNodeContents(header);
    const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
    expect(lines.size, '序 and 号 on one line').to.equal(1);
  });

  it('uses the budget words for a budget', async () => {
    const element = await profile(await loadJson(budgetPath));
    expect(items(element, 'h3')).to.deep.equal(['主要职能', '部门预算单位构成']);
    expect(tables(element)[0]!.rows[2]).to.deep.equal(['2', '上海市普陀区交流服务中心', '下属事业单位，不单列预算，并入本部']);
  });

  it('says what is not published (the seed has duties but no composition)', async () => {
    const element = await profile(await loadJson(seedPath));
    expect(items(element, 'ol.duties > li')).to.have.length(9);
    expect(items(element, '[part="statement"]')).to.deep.equal(['本部门未公开单位构成。']);
    expect(tables(element)).to.have.length(0);
  });

  it('renders in English', async () => {
    const element = await profile(await loadJson(planningPath), 'en');
    expect(items(element, 'h3')).to.deep.equal(['Main duties', 'Units in the final accounts']);
    expect(tables(element)[0]!.rows[0]).to.deep.equal(['No.', 'Unit', 'Remark']);
  });

  it('reaches the units table by keyboard when it scrolls (a region and a Tab stop only then)', async () => {
    const element = await profile(await loadJson(planningPath));
    const region = element.shadowRoot!.querySelector<HTMLElement>('.table-scroll')!;
    // The wrappers are measured in a ResizeObserver callback, after layout (no layout forced during an update):
    // give it the frames in which layout settles (fonts, the host's width) before reading the attributes.
    await new Promise((done) => setTimeout(done, 300));
    expect(region.hasAttribute('tabindex')).to.equal(false);
    // A table wider than its element (here forced wide: its own texts wrap): the region scrolls.
    element.shadowRoot!.querySelector<HTMLElement>('.table-scroll table')!.style.minWidth = '900px';
    element.style.display = 'block';
    element.style.width = '300px';
    await new Promise((done) => setTimeout(done, 300));
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    region.focus();
    expect(element.shadowRoot!.activeElement!.getAttribute('role')).to.equal('region');
  });

  it('shows the error alert for invalid data', async () => {
    const element = await render<DepartmentProfileElement>(html`<department-profile .disclosure=${{ schemaVersion: 1 }}></department-profile>`);
    await settle(element, 'error');
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
  });
});

describe('<department-profile> accessibility (axe-core)', function () {
  this.timeout(30000);
  it('has no violations: planning, zh-CN', async () => {
    await expect(await profile(await loadJson(planningPath))).to.be.accessible();
  });
  it('has no violations: budget, en', async () => {
    await expect(await profile(await loadJson(budgetPath), 'en')).to.be.accessible();
  });
  it('has no violations: seed, zh-CN', async () => {
    await expect(await profile(await loadJson(seedPath))).to.be.accessible();
  });
});
