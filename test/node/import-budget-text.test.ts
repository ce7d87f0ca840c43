/**
 * A budget PDF's narrative: 部门预算编制说明 (`explanations[0]`, each 科目 paragraph in its 项's
 * `explanation` and `note`), 其他相关情况说明 (`threePublicExpenses.explanation`, the otherMatters
 * parts and their figures) and 项目经费情况说明 (`explanations`, one per project, with parts), and
 * 名词解释 (`glossary`).
 *
 * Every expected text and figure below was typed from `pdftotext -layout` of the corpus PDF
 * (../shared/corpus/putuo-district-office-2025-budget.pdf pages 6–7 and 21–22,
 * putuo-wanli-street-2024-budget.pdf pages 6–8 and 32–33, putuo-commerce-2025-budget.pdf pages 22–26),
 * never from the importer's output. Where pdftotext's layout puts a space the PDF's text does not
 * hold ("1. “一般…"), the text is compared without white space (`plain`).
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importDisclosure, type ImportResult } from '../../components/import/index.js';
import { sharedFile } from './import-helpers.js';

type Json = Record<string, any>;
const plain = (text: string) => text.replace(/\s+/g, '');
const importCorpus = async (name: string): Promise<ImportResult> => importDisclosure(new Uint8Array(readFileSync(sharedFile(`corpus/${name}`))));

let office: ImportResult;
let wanli: ImportResult;
let commerce: ImportResult;
before(async () => {
  office = await importCorpus('putuo-district-office-2025-budget.pdf');
  wanli = await importCorpus('putuo-wanli-street-2024-budget.pdf');
  commerce = await importCorpus('putuo-commerce-2025-budget.pdf');
});

/** The 项 of 功能分类预算表 by code. */
function itemByCode(json: Json, code: string): Json | undefined {
  const walk = (items: Json[] | undefined): Json | undefined => {
    for (const item of items ?? []) {
      if (item.code === code) return item;
      const found = walk(item.children);
      if (found) return found;
    }
    return undefined;
  };
  return walk(json.functionalBreakdown?.items);
}

test('district office 2025: 编制说明 is explanations[0], first and last paragraph as published, with its stated figures', () => {
  const preparation = (office.json as Json).explanations[0];
  assert.equal(preparation.title, '2025年部门预算编制说明');
  assert.equal(
    preparation.text[0],
    '2025年，上海市普陀区人民政府办公室收入预算9,101.68万元，其中：财政拨款收入9,101.68万元，比2024年预算减少2,389.52万元；事业收入0万元；事业单位经营收入0万元；其他收入0万元。',
  );
  assert.equal(preparation.text[2], '财政拨款收入支出减少的主要原因是项目调整。');
  assert.equal(preparation.text.at(-1), '财政拨款支出主要内容如下：');
  assert.equal(preparation.text.length, 4, 'the 12 科目 paragraphs are the items’ own, not the 编制说明’s');
  const figures = preparation.figures as Json[];
  assert.deepEqual(figures.find((figure) => figure.ref === 'accountSummary.incomeTotal'), {
    kind: 'amount',
    text: '收入预算9,101.68万元',
    ref: 'accountSummary.incomeTotal',
    amount: '9101.68',
    unit: '万元',
  });
  const fiscal = figures.find((figure) => figure.ref === 'appropriationTable.expenditureTotal.amount');
  assert.deepEqual(
    [fiscal?.kind, fiscal?.amount, fiscal?.direction, fiscal?.change, fiscal?.reason],
    ['change', '9101.68', 'lower', '2389.52', '财政拨款收入支出减少的主要原因是项目调整。'],
  );
  // 事业收入0万元: stated, and no table figure to tie it to (the 财务收支预算总表 leaves the cell blank).
  const institution = figures.find((figure) => figure.text === '事业收入0万元');
  assert.deepEqual([institution?.amount, institution?.ref], ['0', undefined]);
  const fund = figures.find((figure) => figure.text === '政府性基金拨款支出预算0万元，比2024年预算持平');
  assert.equal(fund?.direction, 'same');
  // Every stated figure agrees with its table: no warning at all.
  assert.deepEqual(office.warnings.map((warning) => warning.path), []);
});

test('district office 2025: each 科目 paragraph of the 编制说明 is its 项’s explanation and note', () => {
  const json = office.json as Json;
  const first = itemByCode(json, '2010301')!;
  assert.equal(first.note, '主要用于行政单位的基本支出。');
  assert.equal(plain(first.explanation.text[0]), plain('1. “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1,202.95万元，主要用于行政单位的基本支出。'));
  assert.deepEqual(
    first.explanation.figures.map((figure: Json) => [figure.kind, figure.amount, figure.unit, figure.ref]),
    [['amount', '1202.95', '万元', 'functionalBreakdown.items[0].children[0].children[0].amount']],
  );
  const last = itemByCode(json, '2210203')!;
  assert.equal(last.name, '购房补贴');
  assert.equal(
    plain(last.explanation.text[0]),
    plain('12. “住房保障支出-住房改革支出-购房补贴”科目186.77万元，主要用于按房改政策规定，行政事业单位向符合条件职工发放的用于购买住房的补贴。'),
  );
  assert.equal(last.explanation.figures[0].amount, '186.77');
  const explained = (items: Json[]): number => items.reduce((count, item) => count + (item.explanation ? 1 : 0) + explained(item.children ?? []), 0);
  assert.equal(explained(json.functionalBreakdown.items), 12);
});

test('district office 2025: 其他相关情况说明 — “三公”, 机关运行经费, 政府采购, 绩效目标, 国有资产', () => {
  const json = office.json as Json;
  const three = json.threePublicExpenses.explanation;
  assert.equal(three.title, '一、2025年“三公”经费预算情况说明');
  assert.equal(three.text[0], '2025年“三公”经费预算数为867.50万元，与2024年预算持平。其中：');
  assert.equal(three.text.at(-1), '（三）公务接待费28.50万元，与2024年预算持平。');
  const total = three.figures.find((figure: Json) => figure.ref === 'threePublicExpenses.total');
  assert.deepEqual([total.kind, total.amount, total.unit, total.direction], ['change', '867.50', '万元', 'same']);
  const matters = json.otherMatters;
  assert.deepEqual(matters.institutionalOperatingDetail.explanation.text, ['2025年上海市普陀区人民政府办公室下属1家机关和1家事业单位财政拨款的机关运行经费预算为213.28万元。']);
  assert.equal(matters.institutionalOperatingDetail.explanation.figures[0].amount, '213.28');
  assert.equal(matters.unit, '万元');
  const { explanation: procurementText, ...procurement } = matters.procurement;
  assert.deepEqual(procurement, { total: '34', goods: '0', works: '0', services: '34', smeReservedBudget: '34', smallMicroReservedBudget: '34' });
  assert.equal(procurementText.title, '三、政府采购预算情况');
  assert.equal(procurementText.text.at(-1), '2025年本部门面向中小企业预留政府采购项目预算金额34万元，其中，预留给小型和微型企业的政府采购项目预算为34万元。');
  assert.deepEqual(matters.performance.targets, { projects: 11, amount: '6626' });
  assert.equal(
    matters.performance.explanation.text[0],
    '按照本区预算绩效管理工作的总体要求，本部门1个预算单位开展了2025年项目预算绩效目标编报工作，编报绩效目标的项目11个，涉及项目预算资金6626万元。',
  );
  const assets = matters.assets;
  assert.equal(assets.asOf, '2024-08-31');
  assert.equal(assets.vehicles.total, 0);
  assert.deepEqual(
    assets.vehicles.byCategory.map((category: Json) => category.label),
    ['部级领导干部用车', '主要领导干部用车', '机要通信用车', '应急保障用车', '执法执勤用车', '特种专业技术用车', '离退休干部用车', '其他用车'],
  );
  assert.deepEqual([assets.equipmentOver1m, assets.plannedPurchases.vehicles.total, assets.plannedPurchases.equipmentOver1m], [0, 0, 0]);
  assert.ok(assets.explanation.text.at(-1).startsWith('2025年部门预算安排购置车辆0辆，其中：'));
  // The report traces the figures read from this text to the page they were read on.
  const traced = office.report.figures.find((figure) => figure.path === 'otherMatters.procurement.total');
  assert.deepEqual([traced?.value, traced?.at.kind === 'pdf' ? traced.at.page : undefined], ['34', 21]);
});

test('district office 2025: 项目经费情况说明 is an explanation with its seven parts; 名词解释 the glossary', () => {
  const json = office.json as Json;
  const project = json.explanations.at(-1);
  assert.equal(project.title, '区政府督查及建议提案工作业务经费项目经费情况说明');
  assert.deepEqual(project.text, []);
  assert.deepEqual(
    project.parts.map((part: Json) => part.title),
    ['一、项目概述', '二、立项依据', '三、实施主体', '四、实施方案', '五、实施周期', '六、年度预算安排', '七、绩效目标'],
  );
  assert.deepEqual(project.parts[0].text, [
    '主要推进区委、区政府年度重点工作、为民办实事、人大代表建议政协提案办理等工作所需的咨询、设计、调查、技术服务等业务支撑，确保相关工作能更好提升市民满意度。',
  ]);
  assert.deepEqual(project.parts[1].text, ['《区委、区政府2024年重点工作任务书》和《区政府2024年重点工作任务书》。']);
  assert.deepEqual(project.parts[6].text, ['详见单位的项目绩效目标表']);
  assert.equal(json.glossary.length, 8);
  assert.deepEqual(json.glossary[1], { term: '事业收入', definition: '指事业单位开展专业业务活动及其辅助活动取得的收入。' });
  assert.deepEqual(json.glossary[7], { term: '机关运行经费', definition: '指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。' });
});

test('Wanli 2024: 编制说明 and its 33 项 paragraphs, with each change against 2023 预算执行数', () => {
  const json = wanli.json as Json;
  const preparation = json.explanations[0];
  assert.equal(preparation.title, '2024年部门预算编制说明');
  assert.equal(
    preparation.text[0],
    '2024年，上海市普陀区人民政府万里街道办事处收入预算15621.11万元，其中：财政拨款收入15621.11万元，比2023年预算减少876.75万元；事业收入0.00万元；事业单位经营收入0.00万元；其他收入0.00万元。',
  );
  assert.equal(preparation.text.at(-1), '财政拨款支出主要内容如下：');
  const income = preparation.figures.find((figure: Json) => figure.ref === 'accountSummary.income[0].amount');
  assert.deepEqual([income.amount, income.direction, income.change], ['15621.11', 'lower', '876.75']);

  // 201 05 07 专项普查活动 257,700 in the 功能分类预算表.
  const first = itemByCode(json, '2010507')!;
  assert.equal(first.name, '专项普查活动');
  assert.equal(first.note, '主要用于专项普查活动。');
  assert.equal(
    plain(first.explanation.text[0]),
    plain(
      '1. “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”25.77万元，主要用于专项普查活动。2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%。主要原因是：项目调整。',
    ),
  );
  const change = first.explanation.figures.find((figure: Json) => figure.kind === 'change');
  assert.deepEqual(
    [change.amount, change.unit, change.previous, change.percent, change.direction, change.reason],
    ['25.77', '万元', '60.13', '57.14', 'lower', '项目调整'],
  );
  // 206 07 02 科普活动: "2023年当年预算执行数为10.00万元，2024年预算安排10.00万元，比2023年预算执行数持平".
  const science = itemByCode(json, '2060702')!;
  assert.equal(science.name, '科普活动');
  assert.equal(science.explanation.figures.find((figure: Json) => figure.kind === 'change').direction, 'same');
  const explained = (items: Json[]): number => items.reduce((count, item) => count + (item.explanation ? 1 : 0) + explained(item.children ?? []), 0);
  assert.equal(explained(json.functionalBreakdown.items), 33);
});

test('Wanli 2024: 31. 住房公积金 states 350.35 and then 2024年预算安排352.67 万元: kept as published, the validator warns', () => {
  const housing = itemByCode(wanli.json as Json, '2210201')!;
  assert.equal(housing.name, '住房公积金');
  assert.ok(plain(housing.explanation.text[0]).includes(plain('”350.35万元，主要用于住房公积金。2023年当年预算执行数为348.52万元，2024年预算安排352.67万元')));
  assert.deepEqual(
    housing.explanation.figures.map((figure: Json) => [figure.kind, figure.amount]),
    [
      ['amount', '350.35'],
      ['change', '352.67'],
    ],
  );
  const warning = wanli.warnings.find((entry) => /explanation\.figures\[1\]\.amount$/.test(entry.path) && entry.path.includes('functionalBreakdown'));
  assert.ok(warning, JSON.stringify(wanli.warnings.map((entry) => entry.path)));
  assert.equal(warning.code, 'stated-amount');
  assert.match(warning.message['zh-CN'], /352\.67/);
});

test('Wanli 2024: 其他相关情况说明 and the 项目经费情况说明', () => {
  const json = wanli.json as Json;
  const three = json.threePublicExpenses.explanation;
  assert.equal(three.text[0], '2024年“三公”经费预算数为47.91万元，比2023年预算增加25万元。其中：');
  const total = three.figures.find((figure: Json) => figure.ref === 'threePublicExpenses.total');
  assert.deepEqual([total.amount, total.direction, total.change], ['47.91', 'higher', '25']);
  const vehicles = three.figures.find((figure: Json) => figure.ref === 'threePublicExpenses.officialVehicles.amount');
  assert.deepEqual([vehicles.amount, vehicles.direction, vehicles.change, vehicles.reason], ['46.56', 'higher', '25', '购置公务用车']);
  const matters = json.otherMatters;
  assert.deepEqual(matters.institutionalOperatingDetail.explanation.text, [
    '2024年上海市普陀区人民政府万里街道办事处（部门）下属1家机关和1家参公事业单位财政拨款的机关运行经费预算为443.18万元。',
  ]);
  const { explanation: _procurementText, ...procurement } = matters.procurement;
  assert.deepEqual(procurement, {
    total: '1662.44',
    goods: '93.98',
    works: '815.87',
    services: '752.59',
    smeReservedBudget: '664.98',
    smallMicroReservedBudget: '465.49',
  });
  assert.deepEqual(matters.performance.targets, { projects: 50, amount: '5634.81' });
  assert.equal(matters.assets.asOf, '2023-08-31');
  assert.equal(matters.assets.vehicles.total, 7);
  assert.deepEqual(matters.assets.vehicles.byCategory.at(-1), { label: '其他用车', count: 7 });
  assert.equal(matters.assets.plannedPurchases.vehicles.total, 1);

  const project = json.explanations.at(-1);
  assert.equal(project.title, '项目经费情况说明');
  assert.equal(project.parts[0].title, '一、项目概况');
  assert.equal(project.parts[0].text.length, 2);
  assert.ok(project.parts[0].text[0].startsWith('由上海市普陀区人民政府万里街道办事处建设的万里街道社区公共服务中心新建工程，位于普陀区真金路与交通路路口，'));
  assert.ok(project.parts[0].text[1].endsWith('主楼、裙楼上部结构采用装配整体式钢筋混凝土框架结构。'));
  assert.deepEqual(project.parts[5], {
    title: '六、年度预算安排',
    text: ['第一季度用款计划158.05万元，第二季度用款计划158.05万元，第三季度用款计划158.05万元，第四季度用款计划158.05万元。'],
  });
  assert.deepEqual(project.parts[6].text, [
    '建成后作为万里街道社区事务受理、社区管理、社区文化艺术活动场所。更有效的整合社区公共服务资源，为周边居民提供便捷、优质的社区服务和生活配套设施。',
  ]);
});

test('commerce 2025: four 专项经费情况说明; the “三公” and 机关运行经费 parts are held by their sections, not left in explanations', () => {
  const json = commerce.json as Json;
  const projects = (json.explanations as Json[]).filter((explanation) => /经费情况说明$/.test(explanation.title) && !/“三公”/.test(explanation.title));
  assert.deepEqual(
    projects.map((project) => project.title),
    ['科技创新专项经费情况说明', '生命健康专项（政策资金）经费情况说明', '商业创新专项（政策资金）经费情况说明', '贸易高质量发展专项（政策资金）经费情况说明'],
  );
  // 二、立项依据: two numbered documents, one paragraph each.
  assert.deepEqual(projects[0]!.parts[1].text, ['1、《普陀区服务企业发展工作实施意见》（普投资规范〔2023〕1号）。', '2、《普陀区支持科技创新实施意见》（普科合规范〔2023〕3号）。']);
  assert.deepEqual(projects[0]!.parts[4].text, ['2025.1.1-2025.12.31']);
  // The “三公” part is held by threePublicExpenses (next test), so it is not among the explanations.
  assert.equal((json.explanations as Json[]).find((explanation) => /“三公”|机关运行经费/.test(explanation.title)), undefined);
  // 政府采购: no 中小企业 sentence in this document, so no such figure.
  const { explanation: _text, ...procurement } = json.otherMatters.procurement;
  assert.deepEqual(procurement, { total: '38.20', goods: '7.80', works: '0', services: '30.40' });
  assert.deepEqual(json.otherMatters.performance.targets, { projects: 25, amount: '11381.60' });
});

test('commerce 2025 (部门 and 单位): the “三公” table leaves 因公出国(境)费 and 公务用车 blank — absent, never 0 — and gives 机关运行经费', async () => {
  // 2025年部门（单位）“三公”经费和机关运行经费预算表, 单位:万元 (pdftotext -layout, page 21):
  //    合计   因公出国(境)费   公务接待费   小计  购置费  运行费   机关运行经费预算数
  //    1.00                    1.00                                 171.01
  for (const [result, who] of [[commerce, '部门'], [await importCorpus('putuo-commerce-unit-2025-budget.pdf'), '单位']] as const) {
    const json = result.json as Json;
    const three = json.threePublicExpenses;
    assert.ok(three, who);
    assert.equal(three.unit, '万元', who);
    assert.equal(three.total, '1.00', who);
    assert.deepEqual(three.outboundTravel, {}, who);
    assert.deepEqual(three.officialReception, { amount: '1.00' }, who);
    assert.deepEqual(three.officialVehicles, {}, who);
    assert.equal(json.otherMatters.institutionalOperating, '171.01', who);
    assert.equal(json.otherMatters.unit, '万元', who);
    // 一、2025年“三公”经费预算情况说明 (page 22): the text's 0万元 stays a stated figure, joined to no blank cell.
    assert.equal(three.explanation.title, '一、2025年“三公”经费预算情况说明', who);
    assert.equal(three.explanation.text[0], '2025年“三公”经费预算数为1.00万元，与2024年预算持平。其中：', who);
    assert.equal(three.explanation.text[1], '（一）因公出国（境）费0万元，与2024年预算持平，主要原因是此部分预算由区外办统一安排。', who);
    const outbound = (three.explanation.figures as Json[]).find((figure) => figure.text.startsWith('因公出国（境）费0万元'));
    assert.equal(outbound?.amount, '0', who);
    assert.equal(outbound?.ref, undefined, who);
    assert.equal(json.otherMatters.institutionalOperatingDetail.explanation.text[0], '2025年上海市普陀区商务委员会财政拨款的机关运行经费预算为171.01万元。', who);
    assert.equal(result.report.notes.find((entry) => entry.code === 'narrative-only' && /“三公”|机关运行经费/.test(entry.message['zh-CN'])), undefined, who);
  }
});

test('each budget PDF of the corpus gets its 编制说明, the items’ paragraphs and 其他相关情况说明', async () => {
  // 科目 paragraphs as counted in each PDF's 编制说明 (pdftotext), and the 项目经费情况说明 it prints.
  const expected: [string, number, number][] = [
    ['putuo-wanli-street-2025-budget.pdf', 33, 1],
    ['putuo-district-office-unit-2025-budget.pdf', 12, 0],
    ['putuo-commerce-unit-2025-budget.pdf', 16, 0],
  ];
  for (const [name, items, projects] of expected) {
    const { json, report } = await importCorpus(name);
    const data = json as Json;
    assert.match(data.explanations[0].title, /^2025年(?:部门|单位)预算编制说明$/, name);
    const explained = (entries: Json[]): number => entries.reduce((count, item) => count + (item.explanation ? 1 : 0) + explained(item.children ?? []), 0);
    assert.equal(explained(data.functionalBreakdown.items), items, name);
    assert.equal((data.explanations as Json[]).filter((explanation) => explanation.parts?.[0]?.title === '一、项目概述' || explanation.parts?.[0]?.title === '一、项目概况').length, projects, name);
    assert.ok(data.otherMatters.procurement.explanation.text.length > 0, name);
    for (const note of report.notes) assert.ok(note.message['zh-CN'] && note.message.en, name);
  }
});

test('Wanli 2025: a 科目 paragraph naming its 款 and 项 differently joins the one 项 with its amount, and the report says so', async () => {
  const { json, report } = await importCorpus('putuo-wanli-street-2025-budget.pdf');
  // 21. “卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”科目20.00万元 — the table prints 2100717 计划生育服务 200,000.
  const item = itemByCode(json as Json, '2100717')!;
  assert.equal(item.name, '计划生育服务');
  assert.equal(plain(item.explanation.text[0]), plain('21. “卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”科目20.00万元，主要用于计划生育事务。'));
  const note = report.notes.find((entry) => entry.message['zh-CN'].includes('计划生育事务（项）'));
  assert.ok(note);
  assert.match(note.message['zh-CN'], /计划生育服务/);
  assert.match(note.message.en, /joined by the amount it states/);
  assert.equal(note.at?.kind === 'pdf' ? note.at.page : undefined, 7);
});

test('主要职能 → department.duties (numbers dropped), 机构设置 → department.composition, as published', () => {
  const department = (office.json as Json).department;
  assert.equal(department.duties.length, 14);
  assert.equal(department.duties[0], '根据区政府领导的要求，组织起草或审核以区政府、区政府办公室名义发布的文件。');
  assert.equal(department.duties[13], '完成区委、区政府交办的其他任务。');
  assert.deepEqual(department.composition, [
    '上海市普陀区人民政府办公室部门预算是包括上海市普陀区人民政府办公室本部以及下属1家事业单位的综合收支计划。',
    '本部门中，行政单位1家，事业单位1家，具体包括（列示至基层预算单位）：',
    '1.上海市普陀区人民政府办公室本部。',
    '2.下属事业单位上海市普陀区交流服务中心不单列预算，并入本部。',
  ]);
  // Wanli numbers its duties 一、二、…
  const wanliDuties = (wanli.json as Json).department.duties;
  assert.equal(wanliDuties.length, 9);
  assert.ok(wanliDuties[0].startsWith('加强党的建设。落实基层党建责任制，'));
  assert.equal(wanliDuties[8], '承办区委、区政府交办的其他事项。');
});

test('commerce 2025 prints duties 8–12 twice across pages 3–4: the 13 duties once, and the report says so', () => {
  const duties = (commerce.json as Json).department.duties as string[];
  assert.equal(duties.length, 13);
  assert.equal(duties[7], '组织协调本区工商业、煤炭、电力、石油日常运行的监控，协调、安排季节性能源调度；负责本区工商业节能降耗和资源综合利用。');
  assert.ok(duties[11]!.startsWith('负责贯彻执行有关粮食流通和物资储备管理的法律、法规、规章和方针、政策。'));
  assert.ok(duties[11]!.endsWith('根据上海市普陀区应急管理局提出的粮食需求，按照程序进行协调采购和配送。'));
  assert.equal(duties[12], '完成区委、区政府交办的其他任务。');
  const note = commerce.report.notes.find((entry) => /主要职能第 8–12 项/.test(entry.message['zh-CN']));
  assert.ok(note, JSON.stringify(commerce.report.notes.map((entry) => entry.message['zh-CN'])));
  assert.match(note.message.en, /Duties 8–12 are printed twice/);
  assert.equal(note.at?.kind === 'pdf' ? note.at.page : undefined, 4);
});
