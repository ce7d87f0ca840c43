import { expect } from '@open-wc/testing';
import seedJson from '../../stories/data/seed-2022.json' with { type: 'json' };
import syntheticJson from '../../stories/data/synthetic-2023.json' with { type: 'json' };
import { crossCheck, parseDisclosure, type DisclosureWarning } from '../../components/core/disclosure/index.js';

const seed = seedJson as any;
const synthetic = syntheticJson as any;

type Figures = Omit<DisclosureWarning, 'message'>;

/** The warnings of `base` after `mutate`, without their messages. */
function warningsAfter(base: any, mutate: (disclosure: any) => void): Figures[] {
  return fullWarningsAfter(base, mutate).map(({ message: _message, ...figures }) => figures);
}
function fullWarningsAfter(base: any, mutate: (disclosure: any) => void): DisclosureWarning[] {
  const input = structuredClone(base);
  mutate(input);
  return parseDisclosure(input).warnings;
}
/** A sum warning: published − computed beyond or within `tolerance`. */
const sum = (path: string, published: string, computed: string, difference: string, tolerance: string, withinRounding: boolean): Figures => ({
  path,
  code: 'sum',
  published,
  computed,
  difference,
  tolerance,
  withinRounding,
});

describe('cross-checks: the story data', () => {
  it('the seed has no warnings', () => {
    expect(parseDisclosure(structuredClone(seed)).warnings).to.deep.equal([]);
  });
  it('the synthetic disclosure has no warnings', () => {
    expect(parseDisclosure(structuredClone(synthetic)).warnings).to.deep.equal([]);
  });
  it('crossCheck on the parsed seed gives the same (none)', () => {
    expect(crossCheck(parseDisclosure(structuredClone(seed)).disclosure)).to.deep.equal([]);
  });
});

describe('cross-checks: 收入支出决算总表', () => {
  it('income lines = incomeTotal: consistent changes pass', () => {
    expect(
      warningsAfter(synthetic, (d) => {
        d.accountSummary.income[5].amount = '29.83';
        d.accountSummary.incomeTotal = '13010.00';
        d.accountSummary.currentYearIncome = '12610.00';
        d.accountSummary.yearEndBalance = '510.00';
      }),
    ).to.deep.equal([]);
  });
  it('income lines ≠ incomeTotal (and then ≠ expenditure + balance too)', () => {
    expect(warningsAfter(synthetic, (d) => (d.accountSummary.incomeTotal = '13000.10'))).to.deep.equal([
      sum('accountSummary.incomeTotal', '13000.10', '13000.00', '+0.10', '0.02', false),
      sum('accountSummary.incomeTotal', '13000.10', '13000.00', '+0.10', '0.01', false),
    ]);
  });
  it('expenditure lines = expenditureTotal: consistent changes pass', () => {
    expect(
      warningsAfter(synthetic, (d) => {
        d.accountSummary.expenditure[1].amount = '4600.00';
        d.accountSummary.expenditureTotal = '12600.00';
        d.accountSummary.currentYearExpenditure = '12600.00';
        d.accountSummary.yearEndBalance = '400.00';
      }),
    ).to.deep.equal([]);
  });
  it('expenditure lines ≠ expenditureTotal (and ≠ currentYearExpenditure), by 0.01 over 2 parts: within rounding', () => {
    expect(warningsAfter(synthetic, (d) => (d.accountSummary.expenditure[1].amount = '4500.01'))).to.deep.equal([
      sum('accountSummary.expenditureTotal', '12500.00', '12500.01', '-0.01', '0.01', true),
      sum('accountSummary.currentYearExpenditure', '12500.00', '12500.01', '-0.01', '0.01', true),
    ]);
  });
  it('income = expenditure + yearEndBalance: the seed holds (933.74 = 933.74 + 0)', () => {
    expect(warningsAfter(seed, () => {})).to.deep.equal([]);
  });
  it('income ≠ expenditure + yearEndBalance', () => {
    expect(warningsAfter(synthetic, (d) => (d.accountSummary.yearEndBalance = '400.00'))).to.deep.equal([
      sum('accountSummary.incomeTotal', '13000.00', '12900.00', '+100.00', '0.01', false),
    ]);
  });
  it('without yearEndBalance (a budget) income and expenditure are not compared', () => {
    expect(
      warningsAfter(synthetic, (d) => {
        d.kind = 'budget';
        delete d.accountSummary.yearEndBalance;
      }),
    ).to.deep.equal([]);
  });
  it('currentYearIncome leaves out every carry-over (用事业基金弥补, 使用非财政拨款结余, 上年结转和结余)', () => {
    expect(
      warningsAfter(synthetic, (d) => {
        d.accountSummary.income[6].amount = '50.00';
        d.accountSummary.income[7].amount = '300.00';
        d.accountSummary.income.splice(7, 0, { key: 'nonFiscalBalanceUse', amount: '50.00' });
      }),
    ).to.deep.equal([]);
  });
  it('a currentYearIncome that includes the carry-over is reported', () => {
    expect(warningsAfter(synthetic, (d) => (d.accountSummary.currentYearIncome = '13000.00'))).to.deep.equal([
      sum('accountSummary.currentYearIncome', '13000.00', '12600.00', '+400.00', '0.015', false),
    ]);
  });
  it('currentYearExpenditure leaves out 结余分配', () => {
    expect(
      warningsAfter(synthetic, (d) => {
        d.accountSummary.expenditure.push({ key: 'surplusDistribution', amount: '100.00' });
        d.accountSummary.expenditureTotal = '12600.00';
        d.accountSummary.yearEndBalance = '400.00';
      }),
    ).to.deep.equal([]);
  });
  it('children → parent (expenditure): consistent changes pass', () => {
    expect(
      warningsAfter(synthetic, (d) => {
        d.accountSummary.expenditure[0].children[0].children[0].amount = '2000.00';
        d.accountSummary.expenditure[0].children[0].children[4].amount = '1400.00';
      }),
    ).to.deep.equal([]);
  });
  it('children → parent (expenditure): 30101 off by 0.01 among 5 non-zero parts is within rounding', () => {
    const warnings = fullWarningsAfter(synthetic, (d) => (d.accountSummary.expenditure[0].children[0].children[0].amount = '2100.01'));
    expect(warnings.map(({ message: _message, ...figures }) => figures)).to.deep.equal([
      sum('accountSummary.expenditure[0].children[0].amount', '6500.00', '6500.01', '-0.01', '0.025', true),
    ]);
    expect(warnings[0]!.message).to.deep.equal({
      'zh-CN': '工资福利支出为 6500.00，下级各项合计为 6500.01，相差 -0.01，在四舍五入误差（±0.025）以内。',
      en: 'Wages and benefits is 6500.00 but the sum of the items below it is 6500.01, a difference of -0.01, within rounding (±0.025).',
    });
  });
  it('children → parent (income): 财政拨款收入 against its parts', () => {
    expect(warningsAfter(synthetic, (d) => (d.accountSummary.income[0].children[1].amount = '345.66'))).to.deep.equal([
      sum('accountSummary.income[0].amount', '12345.67', '12345.66', '+0.01', '0.01', true),
    ]);
  });
  it('a labelled line is named by its label', () => {
    const [warning] = fullWarningsAfter(synthetic, (d) => {
      d.accountSummary.expenditure[0].children[0].children[0].children = [{ code: '3010101', label: '岗位工资', amount: '2000.00' }];
    });
    expect(warning!.path).to.equal('accountSummary.expenditure[0].children[0].children[0].amount');
    expect(warning!.message['zh-CN']).to.equal('基本工资为 2100.00，下级各项合计为 2000.00，相差 +100.00，超出四舍五入误差（±0.005），数据不一致。');
  });
});

describe('cross-checks: rounding or mismatch', () => {
  it('an income line off by 0.01 with one non-zero part is a mismatch (tolerance 0.005)', () => {
    const warnings = fullWarningsAfter(seed, (d) => (d.accountSummary.income[0].amount = '933.75'));
    expect(warnings.map(({ message: _message, ...figures }) => figures)).to.deep.equal([
      sum('accountSummary.incomeTotal', '933.74', '933.75', '-0.01', '0.005', false),
      sum('accountSummary.income[0].amount', '933.75', '933.74', '+0.01', '0.005', false),
    ]);
    expect(warnings[0]!.message).to.deep.equal({
      'zh-CN': '收入总计为 933.74，各收入项合计为 933.75，相差 -0.01，超出四舍五入误差（±0.005），数据不一致。',
      en: 'Total income is 933.74 but the sum of the income lines is 933.75, a difference of -0.01, beyond rounding (±0.005): the figures do not agree.',
    });
    expect(warnings[1]!.message).to.deep.equal({
      'zh-CN': '财政拨款收入为 933.75，下级各项合计为 933.74，相差 +0.01，超出四舍五入误差（±0.005），数据不一致。',
      en: 'Fiscal appropriations is 933.75 but the sum of the items below it is 933.74, a difference of +0.01, beyond rounding (±0.005): the figures do not agree.',
    });
  });
  it('a part off by 0.01 under a total with one non-zero part is a mismatch', () => {
    expect(warningsAfter(seed, (d) => (d.accountSummary.income[0].children[0].amount = '933.75'))).to.deep.equal([
      sum('accountSummary.income[0].amount', '933.74', '933.75', '-0.01', '0.005', false),
    ]);
  });
  it('a total 0.01 off three non-zero parts at 2 decimals is within rounding (tolerance 0.015)', () => {
    const warnings = fullWarningsAfter(synthetic, (d) => (d.functionalBreakdown.total = '11800.01'));
    expect(warnings.map(({ message: _message, ...figures }) => figures)).to.deep.equal([
      sum('functionalBreakdown.total', '11800.01', '11800.00', '+0.01', '0.015', true),
      sum('fiscalAppropriation.total', '12100.00', '12100.01', '-0.01', '0.01', true),
    ]);
    expect(warnings[0]!.message.en).to.equal(
      'General public budget appropriation expenditure is 11800.01 but the sum of the function classes is 11800.00, a difference of +0.01, within rounding (±0.015).',
    );
  });
  it('zero parts do not widen the tolerance', () => {
    expect(warningsAfter(seed, (d) => (d.functionalBreakdown.total = '933.75'))).to.deep.equal([
      sum('functionalBreakdown.total', '933.75', '933.74', '+0.01', '0.005', false),
      sum('fiscalAppropriation.total', '933.74', '933.75', '-0.01', '0.005', false),
    ]);
  });
  it('the tolerance follows the most published decimals (1 decimal: 0.05 per part)', () => {
    expect(warningsAfter(seed, (d) => (d.basicExpenditure.total = '1.7'))).to.deep.equal([
      sum('basicExpenditure.total', '1.7', '1.6', '+0.1', '0.05', false),
    ]);
  });
});

describe('cross-checks: 财政拨款 and 功能分类', () => {
  it('类/款/项: consistent changes pass', () => {
    expect(
      warningsAfter(synthetic, (d) => {
        d.functionalBreakdown.items[1].children[0].children[0].amount = '710.00';
        d.functionalBreakdown.items[1].children[0].children[1].amount = '470.00';
      }),
    ).to.deep.equal([]);
  });
  it('类/款/项: a 款 that is not its 项\'s sum nor its 类\'s share', () => {
    const warnings = fullWarningsAfter(synthetic, (d) => (d.functionalBreakdown.items[1].children[0].amount = '1190.00'));
    expect(warnings.map(({ message: _message, ...figures }) => figures)).to.deep.equal([
      sum('functionalBreakdown.items[1].amount', '1180.00', '1190.00', '-10.00', '0.005', false),
      sum('functionalBreakdown.items[1].children[0].amount', '1190.00', '1180.00', '+10.00', '0.01', false),
    ]);
    expect(warnings[1]!.message['zh-CN']).to.equal('20805 行政事业单位养老支出为 1190.00，下级各项合计为 1180.00，相差 +10.00，超出四舍五入误差（±0.01），数据不一致。');
  });
  it('a derived 款 is not checked against its own children, but its 类 is checked against it', () => {
    expect(warningsAfter(seed, (d) => (d.functionalBreakdown.items[0].children[0].children[0].amount = '1.7'))).to.deep.equal([
      sum('functionalBreakdown.items[0].amount', '933.74', '933.84', '-0.10', '0.005', false),
    ]);
  });
  it('functional items = functionalBreakdown.total, and a mismatch', () => {
    expect(
      warningsAfter(synthetic, (d) => {
        d.functionalBreakdown.items[3].amount = '100.00';
        d.functionalBreakdown.total = '11900.00';
        d.fiscalAppropriation.total = '12200.00';
        d.fiscalAppropriation.project = '4400.00';
        d.fiscalAppropriation.completionRate = { total: '93.85', basic: '100', project: '84.62' };
      }),
    ).to.deep.equal([]);
    expect(warningsAfter(synthetic, (d) => (d.functionalBreakdown.items[3].amount = '100.00'))).to.deep.equal([
      sum('functionalBreakdown.total', '11800.00', '11900.00', '-100.00', '0.02', false),
    ]);
  });
  it('functional + government fund + state capital = fiscalAppropriation.total: consistent changes pass', () => {
    expect(
      warningsAfter(synthetic, (d) => {
        d.stateCapitalExpenditure.total = '5.00';
        d.fiscalAppropriation.total = '12105.00';
        d.fiscalAppropriation.project = '4305.00';
        d.fiscalAppropriation.completionRate = { total: '93.12', basic: '100', project: '82.79' };
      }),
    ).to.deep.equal([]);
  });
  it('functional + government fund + state capital ≠ fiscalAppropriation.total', () => {
    expect(warningsAfter(synthetic, (d) => (d.stateCapitalExpenditure.total = '5.00'))).to.deep.equal([
      sum('fiscalAppropriation.total', '12100.00', '12105.00', '-5.00', '0.015', false),
    ]);
  });
  it('without a state capital section the three are not compared', () => {
    expect(
      warningsAfter(synthetic, (d) => {
        delete d.stateCapitalExpenditure;
        d.functionalBreakdown.items[3].amount = '5.00';
        d.functionalBreakdown.total = '11805.00';
      }),
    ).to.deep.equal([]);
  });
  it('government fund items = governmentFundExpenditure.total (and the fund total feeds fiscalAppropriation.total)', () => {
    expect(warningsAfter(synthetic, (d) => (d.governmentFundExpenditure.total = '310.00'))).to.deep.equal([
      sum('fiscalAppropriation.total', '12100.00', '12110.00', '-10.00', '0.01', false),
      sum('governmentFundExpenditure.total', '310.00', '300.00', '+10.00', '0.005', false),
    ]);
  });
  it('fiscal basic + project = total', () => {
    expect(warningsAfter(synthetic, (d) => (d.fiscalAppropriation.basic = '7800.10'))).to.deep.equal([
      sum('fiscalAppropriation.total', '12100.00', '12100.10', '-0.10', '0.01', false),
    ]);
  });
  it('a 项\'s basic + project = its amount', () => {
    expect(warningsAfter(synthetic, (d) => (d.functionalBreakdown.items[0].children[0].children[0].basic = '800.00'))).to.deep.equal([
      sum('functionalBreakdown.items[0].children[0].children[0].amount', '900.00', '800.00', '+100.00', '0.005', false),
    ]);
  });
});

describe('cross-checks: completion rates', () => {
  it('fiscal completion rate 93.18 against 12100 / 13000 = 93.08', () => {
    expect(warningsAfter(synthetic, (d) => (d.fiscalAppropriation.completionRate.total = '93.18'))).to.deep.equal([
      { path: 'fiscalAppropriation.completionRate.total', code: 'completion-rate', published: '93.18', computed: '93.08', difference: '+0.10', tolerance: '0.0051', withinRounding: false },
    ]);
  });
  it('the rate is checked against adjustedBudget when there is no budget', () => {
    const toAdjusted = (d: any) => {
      d.fiscalAppropriation.adjustedBudget = d.fiscalAppropriation.budget;
      delete d.fiscalAppropriation.budget;
    };
    expect(warningsAfter(synthetic, toAdjusted)).to.deep.equal([]);
    expect(
      warningsAfter(synthetic, (d) => {
        toAdjusted(d);
        d.fiscalAppropriation.completionRate.project = '90.3';
      }),
    ).to.deep.equal([
      { path: 'fiscalAppropriation.completionRate.project', code: 'completion-rate', published: '90.3', computed: '82.69', difference: '+7.61', tolerance: '0.0502', withinRounding: false },
    ]);
  });
  it('without a budget the seed\'s published rates (90.3, 100, 77.43, 90.82) are not checked', () => {
    expect(warningsAfter(seed, (d) => (d.fiscalAppropriation.completionRate.total = '12.3'))).to.deep.equal([]);
  });
  it('a correct completion rate of 268 % gives no warning', () => {
    expect(
      warningsAfter(synthetic, (d) => Object.assign(d.functionalBreakdown.items[1].children[0].children[0], { budget: '261.19', completionRate: '268.00' })),
    ).to.deep.equal([]);
    expect(warningsAfter(seed, (d) => Object.assign(d.functionalBreakdown.items[0].children[0].children[1], { budget: '11.556', completionRate: '268' }))).to.deep.equal([]);
  });
  it('an incorrect one (258 % for 268 %) does', () => {
    expect(
      warningsAfter(synthetic, (d) => Object.assign(d.functionalBreakdown.items[1].children[0].children[0], { budget: '261.19', completionRate: '258.00' })),
    ).to.deep.equal([
      {
        path: 'functionalBreakdown.items[1].children[0].children[0].completionRate',
        code: 'completion-rate',
        published: '258.00',
        computed: '268.00',
        difference: '-10.00',
        tolerance: '0.0120',
        withinRounding: false,
      },
    ]);
  });
  it('a rate that the rounding of small figures can explain is classed as rounding', () => {
    // 1.6 / 1.6 is 100 %, but 1.55…1.65 over 1.55…1.65 spans about ±6.75 %.
    expect(warningsAfter(seed, (d) => Object.assign(d.functionalBreakdown.items[0].children[0].children[0], { budget: '1.6', completionRate: '103' }))).to.deep.equal([
      {
        path: 'functionalBreakdown.items[0].children[0].children[0].completionRate',
        code: 'completion-rate',
        published: '103',
        computed: '100.00',
        difference: '+3.00',
        tolerance: '6.7500',
        withinRounding: true,
      },
    ]);
  });
  it('a rate rounded to its own digits is not a difference (77.43 for 77.425); one digit more is a rounding difference', () => {
    expect(warningsAfter(seed, (d) => Object.assign(d.functionalBreakdown.items[0].children[0].children[1], { budget: '40', completionRate: '77.43' }))).to.deep.equal([]);
    expect(warningsAfter(seed, (d) => Object.assign(d.functionalBreakdown.items[0].children[0].children[1], { budget: '40', completionRate: '77.44' }))).to.deep.equal([
      {
        path: 'functionalBreakdown.items[0].children[0].children[1].completionRate',
        code: 'completion-rate',
        published: '77.44',
        computed: '77.43',
        difference: '+0.02',
        tolerance: '0.0272',
        withinRounding: true,
      },
    ]);
  });
  it('a budget of 0 has no rate to check', () => {
    expect(warningsAfter(seed, (d) => Object.assign(d.functionalBreakdown.items[0].children[0].children[1], { budget: '0', completionRate: '50' }))).to.deep.equal([]);
  });
});

describe('cross-checks: “三公”经费', () => {
  it('the three parts = total: consistent changes pass', () => {
    expect(
      warningsAfter(seed, (d) => {
        d.threePublicExpenses.outboundTravel.amount = '0.5';
        d.threePublicExpenses.officialReception.amount = '0.25';
        d.threePublicExpenses.total = '0.75';
      }),
    ).to.deep.equal([]);
  });
  it('the three parts = total: a mismatch in the seed', () => {
    expect(warningsAfter(seed, (d) => (d.threePublicExpenses.outboundTravel.amount = '0.5'))).to.deep.equal([
      sum('threePublicExpenses.total', '0', '0.5', '-0.5', '0.05', false),
    ]);
  });
  // The commerce budgets' “三公” table (putuo-commerce-2025-budget.pdf, 万元): 合计 1.00, 因公出国(境)费 blank,
  // 公务接待费 1.00, 公务用车 blank. A blank part is not published: the sum is not checked with it taken as 0.
  const blankParts = (total: string, reception: string) => (d: any) => {
    d.threePublicExpenses.total = total;
    d.threePublicExpenses.outboundTravel = {};
    d.threePublicExpenses.officialReception = { amount: reception };
    d.threePublicExpenses.officialVehicles = {};
    delete d.threePublicExpenses.change;
  };
  it('a blank part: the total is not checked against the published parts as if the blank were 0', () => {
    expect(warningsAfter(seed, blankParts('1.00', '1.00'))).to.deep.equal([]);
    // 3.00 could hold an unpublished 因公出国 of 2.00: no mismatch can be shown.
    expect(warningsAfter(seed, blankParts('3.00', '1.00'))).to.deep.equal([]);
  });
  it('a blank part: published parts above the total are a mismatch whatever the blank holds', () => {
    expect(warningsAfter(seed, blankParts('1.00', '2.00'))).to.deep.equal([sum('threePublicExpenses.total', '1.00', '2.00', '-1.00', '0.005', false)]);
  });
  it('vehicle purchase + operation = vehicle amount: consistent and not', () => {
    expect(
      warningsAfter(synthetic, (d) => {
        d.threePublicExpenses.officialVehicles.purchase = '5.00';
        d.threePublicExpenses.officialVehicles.operation = '20.00';
      }),
    ).to.deep.equal([]);
    expect(warningsAfter(seed, (d) => (d.threePublicExpenses.officialVehicles.purchase = '1'))).to.deep.equal([
      sum('threePublicExpenses.officialVehicles.amount', '0', '1', '-1', '0.5', false),
    ]);
  });
  it('previous year: vehicle parts', () => {
    expect(warningsAfter(synthetic, (d) => (d.threePublicExpenses.previousYear.vehiclePurchase = '14.00'))).to.deep.equal([
      sum('threePublicExpenses.previousYear.officialVehicles', '40.00', '39.00', '+1.00', '0.01', false),
    ]);
  });
  it('previous year: total, which also changes the published change', () => {
    expect(warningsAfter(synthetic, (d) => (d.threePublicExpenses.previousYear.total = '50.40'))).to.deep.equal([
      sum('threePublicExpenses.previousYear.total', '50.40', '50.30', '+0.10', '0.01', false),
      { path: 'threePublicExpenses.change.total.amount', code: 'change', published: '-4.70', computed: '-4.80', difference: '+0.10', tolerance: '0.01', withinRounding: false },
      { path: 'threePublicExpenses.change.total.percent', code: 'change-percent', published: '-9.34', computed: '-9.52', difference: '+0.18', tolerance: '0.0258', withinRounding: false },
    ]);
  });
  it('budget: parts, and the completion rate against it', () => {
    expect(warningsAfter(synthetic, (d) => (d.threePublicExpenses.budget.officialReception = '11.00'))).to.deep.equal([
      sum('threePublicExpenses.budget.total', '60.00', '61.00', '-1.00', '0.015', false),
      { path: 'threePublicExpenses.completionRate.officialReception', code: 'completion-rate', published: '86', computed: '78.18', difference: '+7.82', tolerance: '0.5810', withinRounding: false },
    ]);
  });
  it('a partial previous year (no parts) is not summed', () => {
    expect(warningsAfter(synthetic, (d) => (d.threePublicExpenses.previousYear = { total: '50.30' }))).to.deep.equal([]);
  });
  it('change amount: published -1.60 against 8.60 − 10.30 = -1.70', () => {
    expect(warningsAfter(synthetic, (d) => (d.threePublicExpenses.change.officialReception.amount = '-1.60'))).to.deep.equal([
      { path: 'threePublicExpenses.change.officialReception.amount', code: 'change', published: '-1.60', computed: '-1.70', difference: '+0.10', tolerance: '0.01', withinRounding: false },
    ]);
  });
  it('change percent: published -37.00 against -15 / 40 = -37.50 %', () => {
    const warnings = fullWarningsAfter(synthetic, (d) => (d.threePublicExpenses.change.officialVehicles.percent = '-37.00'));
    expect(warnings.map(({ message: _message, ...figures }) => figures)).to.deep.equal([
      { path: 'threePublicExpenses.change.officialVehicles.percent', code: 'change-percent', published: '-37.00', computed: '-37.50', difference: '+0.50', tolerance: '0.0347', withinRounding: false },
    ]);
    expect(warnings[0]!.message['zh-CN']).to.equal('公布的增减百分比为 -37.00，增减额与上年数之比为 -37.50，相差 +0.50，超出四舍五入误差（±0.0347），数据不一致。');
  });
  it('change from a previous 0: the percent is not checked, the amount is', () => {
    expect(warningsAfter(synthetic, (d) => (d.threePublicExpenses.change.outboundTravel.percent = '100'))).to.deep.equal([]);
    expect(warningsAfter(synthetic, (d) => (d.threePublicExpenses.change.outboundTravel.amount = '11.00'))).to.deep.equal([
      { path: 'threePublicExpenses.change.outboundTravel.amount', code: 'change', published: '11.00', computed: '12.00', difference: '-1.00', tolerance: '0.01', withinRounding: false },
    ]);
  });
  it('a change written with fewer decimals is the same change (-4.7 for -4.70)', () => {
    expect(warningsAfter(synthetic, (d) => (d.threePublicExpenses.change.total.amount = '-4.7'))).to.deep.equal([]);
  });
  it('the seed\'s change (0, 0 %) has no previous year to be checked against', () => {
    expect(warningsAfter(seed, (d) => (d.threePublicExpenses.change.total = { amount: '5', percent: '50' }))).to.deep.equal([]);
  });
});

describe('cross-checks: codes', () => {
  it('a 项 code that does not start with its 款\'s code', () => {
    const warnings = fullWarningsAfter(synthetic, (d) => (d.functionalBreakdown.items[0].children[0].children[0].code = '2060101'));
    expect(warnings.map(({ message: _message, ...rest }) => rest)).to.deep.equal([{ path: 'functionalBreakdown.items[0].children[0].children[0].code', code: 'code-prefix' }]);
    expect(warnings[0]!.message).to.deep.equal({ 'zh-CN': '科目编码 2060101 不以上级编码 20501 开头', en: "Code 2060101 does not start with its parent's code 20501" });
  });
  it('the prefix comes from the nearest ancestor with a code', () => {
    expect(warningsAfter(synthetic, (d) => delete d.functionalBreakdown.items[0].children[0].code)).to.deep.equal([]);
    expect(
      warningsAfter(synthetic, (d) => {
        delete d.functionalBreakdown.items[0].children[0].code;
        d.functionalBreakdown.items[0].children[0].children[1].code = '2060199';
      }),
    ).to.deep.equal([{ path: 'functionalBreakdown.items[0].children[0].children[1].code', code: 'code-prefix' }]);
  });
  it('codes in the government fund are checked too', () => {
    expect(warningsAfter(synthetic, (d) => (d.governmentFundExpenditure.items[0].children[0].code = '22860'))).to.deep.equal([
      { path: 'governmentFundExpenditure.items[0].children[0].code', code: 'code-prefix' },
      { path: 'governmentFundExpenditure.items[0].children[0].children[0].code', code: 'code-prefix' },
    ]);
  });
  it('a duplicate code among siblings', () => {
    const warnings = fullWarningsAfter(seed, (d) => (d.functionalBreakdown.items[2].code = '206'));
    expect(warnings.map(({ message: _message, ...rest }) => rest)).to.deep.equal([{ path: 'functionalBreakdown.items[2].code', code: 'duplicate-code' }]);
    expect(warnings[0]!.message).to.deep.equal({ 'zh-CN': '同级科目编码 206 重复', en: 'Code 206 appears more than once at this level' });
  });
});

describe('cross-checks: other matters and basic expenditure', () => {
  it('procurement: goods + works + services = total, and a mismatch', () => {
    expect(
      warningsAfter(synthetic, (d) => {
        d.otherMatters.procurement.services = '340.40';
        d.otherMatters.procurement.total = '2340.40';
      }),
    ).to.deep.equal([]);
    expect(warningsAfter(synthetic, (d) => (d.otherMatters.procurement.services = '340.40'))).to.deep.equal([
      sum('otherMatters.procurement.total', '2340.50', '2340.40', '+0.10', '0.015', false),
    ]);
  });
  it('procurement without all three parts is not summed', () => {
    expect(
      warningsAfter(synthetic, (d) => {
        delete d.otherMatters.procurement.works;
      }),
    ).to.deep.equal([]);
  });
  it('vehicle categories = total, exactly (no rounding for counts)', () => {
    const warnings = fullWarningsAfter(synthetic, (d) => (d.otherMatters.assets.vehicles.total = 6));
    expect(warnings.map(({ message: _message, ...figures }) => figures)).to.deep.equal([sum('otherMatters.assets.vehicles.total', '6', '5', '+1', '0', false)]);
    expect(warnings[0]!.message.en).to.equal(
      'Number of vehicles is 6 but the sum of the vehicle categories is 5, a difference of +1: the figures do not agree.',
    );
  });
  it('vehicle categories: consistent changes pass', () => {
    expect(
      warningsAfter(synthetic, (d) => {
        d.otherMatters.assets.vehicles.total = 7;
        d.otherMatters.assets.vehicles.byCategory[2].count = 5;
        d.otherMatters.assets.vehicles.byCategory[2].children.push({ label: '其他', count: 2 });
      }),
    ).to.deep.equal([]);
  });
  it('a category\'s own breakdown (其他用车 → 一般公务用车) is checked, at the category\'s count', () => {
    const warnings = fullWarningsAfter(synthetic, (d) => (d.otherMatters.assets.vehicles.byCategory[2].children[0].count = 2));
    expect(warnings.map(({ message: _message, ...figures }) => figures)).to.deep.equal([sum('otherMatters.assets.vehicles.byCategory[2].count', '3', '2', '+1', '0', false)]);
    expect(warnings[0]!.message['zh-CN']).to.equal('其他用车为 3，各类车辆合计为 2，相差 +1，数据不一致。');
  });
  it('a breakdown two levels down points at the nested category', () => {
    expect(
      warningsAfter(synthetic, (d) => {
        d.otherMatters.assets.vehicles.byCategory[2].children[0].children = [{ label: '轿车', count: 1 }];
      }),
    ).to.deep.equal([sum('otherMatters.assets.vehicles.byCategory[2].children[0].count', '3', '1', '+2', '0', false)]);
  });
  it('basicExpenditure: personnel + publicUse = total, and a difference within rounding', () => {
    expect(
      warningsAfter(synthetic, (d) => {
        d.basicExpenditure.personnel = '6400.00';
        d.basicExpenditure.publicUse = '1400.00';
      }),
    ).to.deep.equal([]);
    expect(warningsAfter(synthetic, (d) => (d.basicExpenditure.publicUse = '1300.01'))).to.deep.equal([
      sum('basicExpenditure.total', '7800.00', '7800.01', '-0.01', '0.01', true),
    ]);
  });
});

// ── Issue 24 and issue 14: the documents' identities, the tables of 表二–表九, the narrative ──

/** The planning-resources 2024 总表 (收入支出决算总表, read by hand from the PDF): 本年收入合计 9746.50, 年初结转和结余 112.88, 本年支出合计 9759.38, 年末结转和结余 100.00, 总计 9859.38. */
const planningSummary = () => ({
  schemaVersion: 1,
  kind: 'final-accounts',
  fiscalYear: 2024,
  unit: '万元',
  department: { name: '上海市普陀区规划和自然资源局' },
  accountSummary: {
    income: [
      { key: 'generalPublicBudget', amount: '9746.50' },
      { key: 'priorYearBalance', label: '年初结转和结余', amount: '112.88' },
    ],
    expenditure: [
      { code: '208', label: '社会保障和就业支出', amount: '754.75' },
      { code: '210', label: '卫生健康支出', amount: '236.63' },
      { code: '212', label: '城乡社区支出', amount: '3845.25' },
      { code: '220', label: '自然资源海洋气象等支出', amount: '4461.67' },
      { code: '221', label: '住房保障支出', amount: '461.08' },
    ],
    currentYearIncome: '9746.50',
    currentYearExpenditure: '9759.38',
    yearEndBalance: '100.00',
    incomeTotal: '9859.38',
    expenditureGrandTotal: '9859.38',
  },
});

describe('cross-checks: 支出总计 as the documents mean it (issue 24)', () => {
  it('the planning-resources 总表 with its year-end balance of 100.00 has no warning', () => {
    expect(parseDisclosure(planningSummary()).warnings).to.deep.equal([]);
  });
  it('a 支出总计 of 9759.38 (本年支出合计 read as the total) breaks both identities, each reported with its figures', () => {
    expect(warningsAfter(planningSummary(), (d) => (d.accountSummary.expenditureGrandTotal = '9759.38'))).to.deep.equal([
      sum('accountSummary.expenditureGrandTotal', '9759.38', '9859.38', '-100.00', '0.01', false),
      sum('accountSummary.expenditureGrandTotal', '9759.38', '9859.38', '-100.00', '0.005', false),
    ]);
  });
  it('says so in both languages, naming 支出总计 and 收入总计', () => {
    const [first, second] = fullWarningsAfter(planningSummary(), (d) => (d.accountSummary.expenditureGrandTotal = '9759.38'));
    expect(first!.message['zh-CN']).to.equal('支出总计为 9759.38，本年支出合计、结余分配与年末结转和结余之和为 9859.38，相差 -100.00，超出四舍五入误差（±0.01），数据不一致。');
    expect(second!.message.en).to.contain('Total expenditure (grand total)');
    expect(second!.message.en).to.contain('Total income');
  });
  it('结余分配 is part of 支出总计 and not of 本年支出合计', () => {
    expect(
      warningsAfter(planningSummary(), (d) => {
        d.accountSummary.expenditure.push({ key: 'surplusDistribution', amount: '10.00' });
        d.accountSummary.expenditureGrandTotal = '9869.38';
        d.accountSummary.incomeTotal = '9869.38';
        d.accountSummary.income[1].amount = '122.88';
      }),
    ).to.deep.equal([]);
  });
});

describe('cross-checks: a blank is not 0', () => {
  const onlyAt = (prefix: string, warnings: Figures[]) => warnings.filter((warning) => warning.code === 'sum' && warning.path.startsWith(prefix));
  it('a sum with a blank part in a column the table publishes is checked one way only: parts above the whole', () => {
    const warnings = warningsAfter(planningSummary(), (d) => {
      d.expenditureTable = {
        rows: [
          { code: '201', name: '一般公共服务支出', amount: '45.00', basic: '0.00', project: '45.00' },
          // 项目支出 blank: 20.00 may be 10.00 + a project part the table does not give. No warning.
          { code: '203', name: '国防支出', amount: '20.00', basic: '10.00' },
          // 基本支出 8.00 alone is already above the 合计 5.00: a mismatch whatever the blank holds.
          { code: '204', name: '公共安全支出', amount: '5.00', basic: '8.00' },
        ],
        // The 项目支出 column: 45.00 from one row, the others blank: no sum to check against 46.00.
        total: { amount: '70.00', basic: '18.00', project: '46.00' },
      };
    });
    expect(onlyAt('expenditureTable', warnings)).to.deep.equal([
      sum('expenditureTable.rows[2].amount', '5.00', '8.00', '-3.00', '0.005', false),
      sum('expenditureTable.total.amount', '70.00', '64.00', '+6.00', '0.01', false),
    ]);
  });
  it('a column the table leaves blank throughout is in no sum: the others are checked both ways', () => {
    const warnings = warningsAfter(planningSummary(), (d) => {
      // 上缴上级支出, 经营支出, 对附属单位补助支出 are blank in every row: 合计 = 基本支出 + 项目支出 is checked.
      d.expenditureTable = { rows: [{ code: '201', name: '一般公共服务支出', amount: '45.00', basic: '10.00', project: '30.00' }] };
    });
    expect(onlyAt('expenditureTable', warnings)).to.deep.equal([sum('expenditureTable.rows[0].amount', '45.00', '40.00', '+5.00', '0.01', false)]);
  });
  it('performance grades: a grade not stated is not 0', () => {
    const graded = (grades: Record<string, number>) =>
      warningsAfter(planningSummary(), (d) => {
        d.otherMatters = { ...(d.otherMatters ?? {}), performance: { selfEvaluated: { projects: 10 }, grades } };
      }).filter((warning) => warning.path.startsWith('otherMatters.performance'));
    expect(graded({ excellent: 6, good: 3 })).to.deep.equal([]);
    expect(graded({ excellent: 6, good: 3, pass: 1, fail: 1 }).map((warning) => [warning.path, warning.published, warning.computed])).to.deep.equal([['otherMatters.performance.selfEvaluated.projects', '10', '11']]);
    expect(graded({ excellent: 8, good: 3 }).map((warning) => [warning.path, warning.published, warning.computed])).to.deep.equal([['otherMatters.performance.selfEvaluated.projects', '10', '11']]);
  });
});

describe('cross-checks: between the tables', () => {
  it('the 总表\'s 卫生健康支出 236.63 against 支出决算表\'s 236.64: a cross-table rounding difference at the 总表\'s line', () => {
    const warnings = fullWarningsAfter(planningSummary(), (d) => {
      d.expenditureTable = { rows: [{ code: '210', name: '卫生健康支出', amount: '236.64', basic: '236.64', project: '0.00' }] };
    });
    expect(warnings.map(({ message: _message, ...figures }) => figures)).to.deep.equal([
      { path: 'accountSummary.expenditure[1].amount', code: 'cross-table', published: '236.63', computed: '236.64', difference: '-0.01', tolerance: '0.01', withinRounding: true },
    ]);
    expect(warnings[0]!.message['zh-CN']).to.equal('收入支出决算总体情况 210 卫生健康支出为 236.63，支出决算表“210 卫生健康支出”行合计为 236.64，相差 -0.01，在四舍五入误差（±0.01）以内。');
    expect(warnings[0]!.message.en).to.contain('Expenditure by function, row "210 卫生健康支出", total');
  });
  it('财政拨款收入支出决算总表: 合计 = the three funds; the 总计 = 本年 + 年末 in each column', () => {
    const table = {
      income: { amount: '100.00', generalPublicBudget: '90.00', governmentFund: '10.00' },
      incomeTotal: '100.00',
      expenditure: [{ code: '212', name: '城乡社区支出', amount: '100.00', generalPublicBudget: '90.00', governmentFund: '9.00' }],
      currentYearExpenditure: { amount: '100.00', generalPublicBudget: '90.00', governmentFund: '10.00' },
      expenditureTotal: { amount: '100.00' },
    };
    expect(warningsAfter(planningSummary(), (d) => (d.appropriationTable = table))).to.deep.equal([
      sum('appropriationTable.expenditure[0].amount', '100.00', '99.00', '+1.00', '0.01', false),
      sum('appropriationTable.currentYearExpenditure.governmentFund', '10.00', '9.00', '+1.00', '0.005', false),
      // And its 一般公共预算财政拨款 income against the 总表's line of that key.
      { path: 'appropriationTable.income.generalPublicBudget', code: 'cross-table', published: '90.00', computed: '9746.50', difference: '-9656.50', tolerance: '0.01', withinRounding: false },
    ]);
  });
  it('a fund table: opening + income − expenditure = closing, as a balance warning', () => {
    const warnings = fullWarningsAfter(planningSummary(), (d) => {
      d.governmentFundTable = { rows: [], total: { openingBalance: '5.00', income: '20.00', expenditure: '15.00', basic: '0.00', project: '15.00', closingBalance: '9.00' } };
    });
    expect(warnings.map(({ path, code, published, computed }) => ({ path, code, published, computed }))).to.deep.equal([
      { path: 'governmentFundTable.total.closingBalance', code: 'balance', published: '9.00', computed: '10.00' },
    ]);
    expect(warnings[0]!.message['zh-CN']).to.contain('年初结转和结余加本年收入减本年支出为 10.00');
    expect(warnings[0]!.message.en).to.contain('opening balance plus income minus expenditure is 10.00');
  });
  it('a fund table published empty has nothing to check', () => {
    expect(warningsAfter(planningSummary(), (d) => (d.stateCapitalTable = { rows: [], remark: '说明：本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。' }))).to.deep.equal([]);
  });
  it('基本支出 by economic class: 人员经费合计 = 301 + 303 and 公用经费合计 = the rest, in a 决算', () => {
    const table = {
      rows: [
        { code: '301', name: '工资福利支出', amount: '4816.14' },
        { code: '302', name: '商品和服务支出', amount: '440.90' },
        { code: '303', name: '对个人和家庭的补助', amount: '67.96' },
        { code: '310', name: '资本性支出', amount: '39.76' },
      ],
      total: { personnel: '4884.09', publicUse: '480.66' },
    };
    // p16 of the planning-resources 决算: 4816.14 + 67.96 = 4884.10, printed 4884.09.
    expect(warningsAfter(planningSummary(), (d) => (d.basicExpenditureTable = table))).to.deep.equal([
      sum('basicExpenditureTable.total.personnel', '4884.09', '4884.10', '-0.01', '0.01', true),
    ]);
  });
});

describe('cross-checks: the narrative (情况说明) against the tables', () => {
  const withFigures = (figures: unknown[]) => (d: any) => (d.accountSummary.explanation = { text: ['…'], figures });
  it('a share quoted as truncated (99.86 for 99.868…) is a mismatch', () => {
    const warnings = warningsAfter(
      planningSummary(),
      withFigures([{ kind: 'share', ref: 'accountSummary.income[0].amount', of: 'accountSummary.currentYearExpenditure', percent: '99.86' }]),
    );
    expect(warnings.map(({ path, code, published, computed, withinRounding }) => ({ path, code, published, computed, withinRounding }))).to.deep.equal([
      { path: 'accountSummary.explanation.figures[0].percent', code: 'stated-share', published: '99.86', computed: '99.87', withinRounding: false },
    ]);
  });
  it('增加 where the figures fell, and no reason: a direction warning and a reason warning, in both languages', () => {
    const warnings = fullWarningsAfter(
      planningSummary(),
      withFigures([{ kind: 'change', ref: 'accountSummary.incomeTotal', previous: '9900.00', change: '40.62', direction: 'higher' }]),
    );
    expect(warnings.map(({ path, code }) => ({ path, code }))).to.deep.equal([
      { path: 'accountSummary.explanation.figures[0].change', code: 'stated-change' },
      { path: 'accountSummary.explanation.figures[0].direction', code: 'stated-direction' },
      { path: 'accountSummary.explanation.figures[0].reason', code: 'stated-reason' },
    ]);
    expect(warnings[1]!.message['zh-CN']).to.equal('情况说明称“增加（大于）”，但数据为 9859.38 对 9900.00，应为“减少（小于）”。');
    expect(warnings[1]!.message.en).to.equal('The explanation states an increase (above), but the figures are 9859.38 against 9900.00, which is a decrease (below).');
    expect(warnings[2]!.message.en).to.equal('The explanation states a change or a difference from the budget but gives no reason.');
  });
  it('a year-on-year change without the previous year: its percent is checked against the previous year the text implies', () => {
    // 说明一 of the planning-resources 决算: 9859.38, 增加 1062.85, 增长 12.08% (previous 8796.53).
    expect(
      warningsAfter(planningSummary(), withFigures([{ kind: 'change', ref: 'accountSummary.incomeTotal', change: '1062.85', percent: '12.08', direction: 'higher', reason: '项目支出增加' }])),
    ).to.deep.equal([]);
    expect(
      warningsAfter(planningSummary(), withFigures([{ kind: 'change', ref: 'accountSummary.incomeTotal', change: '1062.85', percent: '12.80', direction: 'higher', reason: '项目支出增加' }])).map(({ path, code }) => ({ path, code })),
    ).to.deep.equal([{ path: 'accountSummary.explanation.figures[0].percent', code: 'stated-change' }]);
  });
  it('a path to nothing is reported, not thrown', () => {
    const warnings = fullWarningsAfter(planningSummary(), withFigures([{ kind: 'amount', ref: 'incomeTable.total.amount', amount: '9746.50' }]));
    expect(warnings.map(({ path, code }) => ({ path, code }))).to.deep.equal([{ path: 'accountSummary.explanation.figures[0].ref', code: 'stated-ref' }]);
    expect(warnings[0]!.message['zh-CN']).to.contain('incomeTable.total.amount');
  });
});
