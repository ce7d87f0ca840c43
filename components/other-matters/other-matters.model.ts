/**
 * The view model of <other-matters>: plain data (no lit, no DOM), built once
 * per data, unit or language change. Every figure is the published one (in the
 * display unit); the SME share, where not published, is computed and marked.
 */
import type { Assets, Explanation, Performance, Procurement, VehicleCategory } from '../core/disclosure/index.js';
import { inSectionUnit, type RenderContext } from '../core/element/context.js';
import { formatAmount } from '../core/locale/index.js';
import { sumOfEvery } from '../core/figures.js';
import type { Cell, Column, Row } from '../core/table/rows.js';

/** One table of a block. */
export interface MattersTable {
  key: string;
  caption: string;
  columns: Column[];
  rows: Row[];
}

/** One block (机关运行经费, 政府采购, 国有资产, 预算绩效): its tables and texts, or the sentence that says it is not published. */
export interface MattersBlock {
  key: 'operating' | 'procurement' | 'assets' | 'performance';
  title: string;
  /** Not published: the sentence instead. */
  statement?: string;
  tables: MattersTable[];
  /** Sentences under the tables (主要原因 …), each with the published text it quotes (marked lang="zh-CN" in another language). */
  notes: { text: string; quotes: string[] }[];
  /** Lists (存在的问题, 改进措施), as published. */
  lists: { title: string; items: string[] }[];
  /** The paragraphs as published, with their title. */
  published?: { title?: string; text: string[] };
}

export interface OtherMattersModel {
  blocks: MattersBlock[];
}

/** A row of one figure; `path`: the JSON path of the figure (a cross-check warning on it marks the row). */
const figureRow = (key: string, label: string, value: Cell, zero = false, path?: Row['path']): Row => ({ key, level: 0, label, cells: [value], zero, ...(path === undefined ? {} : { path }) });
const OPERATING = 'otherMatters.institutionalOperatingDetail';

function published(explanation: Explanation | undefined): MattersBlock['published'] {
  return explanation && explanation.text.length > 0 ? { title: explanation.title, text: [...explanation.text] } : undefined;
}

export function buildOtherMattersModel(given: RenderContext): OtherMattersModel {
  // A table printed in its own unit (`unit` on the section): its amounts are converted from that unit.
  const context = inSectionUnit(given, given.disclosure.otherMatters?.unit);
  const matters = context.disclosure.otherMatters ?? {};
  return {
    blocks: [operatingBlock(context), procurementBlock(matters.procurement, context), assetsBlock(matters.assets, context), performanceBlock(matters.performance, context)],
  };
}

function twoColumns(context: RenderContext, valueLabel: string): Column[] {
  // 数值: one quantity per row (counts, amounts, rates, scores): each figure as published, no column rule.
  return [{ label: context.catalogue.otherMatters.item }, { label: valueLabel, numeric: true, mixed: true }];
}

function operatingBlock(context: RenderContext): MattersBlock {
  const { disclosure, catalogue, format } = context;
  const words = catalogue.otherMatters;
  const amount = disclosure.otherMatters?.institutionalOperating;
  const detail = disclosure.otherMatters?.institutionalOperatingDetail;
  const block: MattersBlock = { key: 'operating', title: words.operating.title[disclosure.kind], tables: [], notes: [], lists: [] };
  if (amount === undefined && !detail) return { ...block, statement: words.notPublished(block.title) };
  const year = catalogue.element.year(disclosure.fiscalYear);
  const rows: Row[] = [];
  const unit = format.unitLabel;
  if (amount !== undefined) rows.push(figureRow('amount', words.operating.amount(year, unit), format.amount(amount), false, 'otherMatters.institutionalOperating'));
  if (detail?.previousYear !== undefined) {
    rows.push(figureRow('previousYear', words.operating.previous(catalogue.element.year(disclosure.fiscalYear - 1), unit), format.amount(detail.previousYear), false, `${OPERATING}.previousYear`));
  }
  if (detail?.change) {
    rows.push(figureRow('change', words.operating.change(unit), format.amount(detail.change.amount), false, `${OPERATING}.change.amount`));
    if (detail.change.percent !== undefined) rows.push(figureRow('changePercent', words.operating.changePercent, format.percent(detail.change.percent), false, `${OPERATING}.change.percent`));
  }
  block.tables.push({ key: 'operating', caption: words.operating.caption(unit), columns: twoColumns(context, words.value), rows });
  if (detail?.reason) block.notes.push({ text: words.operating.reason(detail.reason), quotes: [detail.reason] });
  block.published = published(detail?.explanation);
  return block;
}

function procurementBlock(procurement: Procurement | undefined, context: RenderContext): MattersBlock {
  const { disclosure, catalogue, format } = context;
  const words = catalogue.otherMatters.procurement;
  const block: MattersBlock = { key: 'procurement', title: words.title[disclosure.kind], tables: [], notes: [], lists: [] };
  if (!procurement) return { ...block, statement: catalogue.otherMatters.notPublished(block.title) };
  const rows: Row[] = [figureRow('total', words.total[disclosure.kind], format.amount(procurement.total), false, 'otherMatters.procurement.total')];
  const amounts = [
    ['goods', words.goods, procurement.goods, 1],
    ['works', words.works, procurement.works, 1],
    ['services', words.services, procurement.services, 1],
    ['smeReserved', words.smeReserved, procurement.smeReserved, 0],
    ['smeReservedBudget', words.smeReservedBudget, procurement.smeReservedBudget, 0],
    ['smallMicroReservedBudget', words.smallMicroReservedBudget, procurement.smallMicroReservedBudget, 0],
    ['smeAwarded', words.smeAwarded, procurement.smeAwarded, 0],
    ['smallMicroAwarded', words.smallMicroAwarded, procurement.smallMicroAwarded, 0],
    ['smeAwardedOther', words.smeAwardedOther, procurement.smeAwardedOther, 0],
  ] as const;
  for (const [key, label, amount, level] of amounts) {
    if (amount !== undefined) rows.push({ ...figureRow(key, label, format.amount(amount), false, `otherMatters.procurement.${key}`), level });
  }
  block.tables.push({ key: 'procurement', caption: words.caption(format.unitLabel), columns: twoColumns(context, catalogue.otherMatters.value), rows });
  // 授予中小企业合同金额占比: published, or computed (marked as computed) from both awarded amounts, the reserved
  // projects' and the other projects', when the document gives both: an amount it leaves out is not 0.
  const awarded = sumOfEvery([procurement.smeAwarded, procurement.smeAwardedOther]);
  if (procurement.smeShare !== undefined) {
    rows.push(figureRow('smeShare', words.smeShare, format.percent(procurement.smeShare)));
  } else if (awarded !== undefined) {
    const share = format.share(awarded, procurement.total);
    if (share !== undefined) rows.push(figureRow('smeShare', words.smeShare, { kind: 'figure', text: share, computed: true }));
  }
  block.published = published(procurement.explanation);
  return block;
}

/** A vehicle category and those under it; `path`: the JSON path of the list (a warning on a count marks its row). */
function vehicleRows(categories: readonly VehicleCategory[], level: number, prefix: string, path: string): Row[] {
  return categories.flatMap((category, index) => [
    { key: `${prefix}.${index}`, level, label: category.label, labelFromData: true, cells: [String(category.count)], zero: category.count === 0, path: `${path}[${index}]` },
    ...vehicleRows(category.children ?? [], level + 1, `${prefix}.${index}`, `${path}[${index}].children`),
  ]);
}

function assetsBlock(assets: Assets | undefined, context: RenderContext): MattersBlock {
  const { catalogue } = context;
  const words = catalogue.otherMatters.assets;
  const block: MattersBlock = { key: 'assets', title: words.title, tables: [], notes: [], lists: [] };
  if (!assets) return { ...block, statement: catalogue.otherMatters.notPublished(block.title) };
  const asOf = assets.asOf ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(assets.asOf) : null;
  const asOfText = asOf ? words.asOf(words.date(asOf[1]!, asOf[2]!, asOf[3]!)) : '';
  const vehicleColumns: Column[] = [{ label: words.category }, { label: words.count, numeric: true }];
  block.tables.push({
    key: 'vehicles',
    caption: words.vehiclesCaption(asOfText),
    columns: vehicleColumns,
    rows: [
      { key: 'vehicles.total', level: 0, label: words.totalVehicles, cells: [String(assets.vehicles.total)], kind: 'total', path: 'otherMatters.assets.vehicles.total' },
      ...vehicleRows(assets.vehicles.byCategory, 1, 'vehicles', 'otherMatters.assets.vehicles.byCategory'),
    ],
  });
  const other: Row[] = [];
  if (assets.equipmentOver500k !== undefined) other.push(figureRow('equipmentOver500k', words.equipmentOver500k, String(assets.equipmentOver500k)));
  if (assets.equipmentOver1m !== undefined) other.push(figureRow('equipmentOver1m', words.equipmentOver1m, String(assets.equipmentOver1m)));
  if (assets.landArea !== undefined) other.push(figureRow('landArea', words.landArea, formatAmount(assets.landArea)));
  if (assets.buildingArea !== undefined) other.push(figureRow('buildingArea', words.buildingArea, formatAmount(assets.buildingArea)));
  if (other.length > 0) block.tables.push({ key: 'assets', caption: words.otherCaption, columns: twoColumns(context, catalogue.otherMatters.value), rows: other });
  const planned = assets.plannedPurchases;
  if (planned?.vehicles) {
    block.tables.push({
      key: 'planned',
      caption: words.plannedCaption,
      columns: vehicleColumns,
      rows: [
        { key: 'planned.total', level: 0, label: words.totalVehicles, cells: [String(planned.vehicles.total)], kind: 'total', path: 'otherMatters.assets.plannedPurchases.vehicles.total' },
        ...vehicleRows(planned.vehicles.byCategory, 1, 'planned', 'otherMatters.assets.plannedPurchases.vehicles.byCategory'),
      ],
    });
  }
  if (planned?.equipmentOver1m !== undefined) {
    block.tables.push({
      key: 'plannedEquipment',
      caption: words.plannedEquipmentCaption,
      columns: twoColumns(context, catalogue.otherMatters.value),
      rows: [figureRow('plannedEquipment', words.plannedEquipment, String(planned.equipmentOver1m))],
    });
  }
  block.published = published(assets.explanation);
  return block;
}

function performanceBlock(performance: Performance | undefined, context: RenderContext): MattersBlock {
  const { disclosure, catalogue, format } = context;
  const words = catalogue.otherMatters.performance;
  const block: MattersBlock = { key: 'performance', title: words.title[disclosure.kind], tables: [], notes: [], lists: [] };
  if (!performance) return { ...block, statement: catalogue.otherMatters.notPublished(block.title) };
  const unit = format.unitLabel;
  const stages: Row[] = [];
  const stage = (key: string, label: string, projects: number | undefined, amount: string | undefined) => {
    if (projects === undefined && amount === undefined) return;
    // A warning on a stage's figures (自评 projects against the grades' counts) marks its row.
    stages.push({ key, level: 0, label, cells: [projects === undefined ? '' : String(projects), amount === undefined ? '' : format.amount(amount)], path: `otherMatters.performance.${key}` });
  };
  stage('targets', words.targets, performance.targets?.projects, performance.targets?.amount);
  stage('tracked', words.tracked, performance.tracked?.projects, performance.tracked?.amount);
  stage('selfEvaluated', words.selfEvaluated, performance.selfEvaluated?.projects, performance.selfEvaluated?.amount);
  stage('evaluated', words.evaluated, performance.projectsEvaluated, performance.fundsEvaluated);
  if (stages.length > 0) {
    block.tables.push({
      key: 'stages',
      caption: words.stagesCaption(unit),
      columns: [{ label: words.stage }, { label: words.projects, numeric: true }, { label: words.amount(unit), numeric: true }],
      rows: stages,
    });
  }
  const results: Row[] = [];
  const count = (key: string, label: string, value: number | undefined) => {
    if (value !== undefined) results.push(figureRow(key, label, String(value)));
  };
  count('overallEvaluations', words.overallEvaluations, performance.overallEvaluations);
  if (performance.coverage !== undefined) results.push(figureRow('coverage', words.coverage, format.percent(performance.coverage)));
  if (performance.score !== undefined) results.push(figureRow('score', words.score, performance.score));
  count('excellent', words.excellent, performance.grades?.excellent);
  count('good', words.good, performance.grades?.good);
  count('pass', words.pass, performance.grades?.pass);
  count('fail', words.fail, performance.grades?.fail);
  count('problemsFound', words.problemsFound, performance.problemsFound);
  count('problemsResolved', words.problemsResolved, performance.problemsResolved);
  count('problemsInProgress', words.problemsInProgress, performance.problemsInProgress);
  if (results.length > 0) block.tables.push({ key: 'results', caption: words.resultsCaption, columns: twoColumns(context, catalogue.otherMatters.value), rows: results });
  const projects = performance.evaluatedProjects ?? [];
  if (projects.length > 0) {
    block.tables.push({
      key: 'projects',
      caption: words.projectsCaption(unit),
      columns: [{ label: words.projectName }, { label: words.amount(unit), numeric: true }, { label: words.projectScore, numeric: true }, { label: words.projectGrade }],
      rows: projects.map((project, index) => ({
        key: `project.${index}`,
        level: 0,
        label: project.name,
        cells: [project.amount === undefined ? '' : format.amount(project.amount), project.score ?? '', project.grade ?? ''],
      })),
    });
  }
  if (performance.problems?.length) block.lists.push({ title: words.problems, items: [...performance.problems] });
  if (performance.measures?.length) block.lists.push({ title: words.measures, items: [...performance.measures] });
  block.published = published(performance.explanation);
  return block;
}
