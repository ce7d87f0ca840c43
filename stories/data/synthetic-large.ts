/**
 * A consolidated disclosure of a made-up district, of any size: `classes` 类,
 * each with `sectionsPerClass` 款, each with `itemsPerSection` 项 (30 × 10 × 10
 * gives 3,000 项). Deterministic (a fixed pseudo-random sequence), amounts in
 * 万元 with two decimals, every sum exact, so it validates without warnings.
 * Used by tests, stories and the benchmark.
 */
import type { Disclosure, FunctionItem } from '../../components/core/disclosure/index.js';
import { Decimal, sumOf } from '../../components/core/money.js';

export interface ConsolidatedSize {
  classes: number;
  sectionsPerClass: number;
  itemsPerSection: number;
}

const CLASS_NAMES = ['一般公共服务支出', '外交支出', '国防支出', '公共安全支出', '教育支出', '科学技术支出', '文化旅游体育与传媒支出', '社会保障和就业支出', '卫生健康支出', '节能环保支出', '城乡社区支出', '农林水支出', '交通运输支出', '资源勘探工业信息等支出', '商业服务业等支出', '金融支出', '援助其他地区支出', '自然资源海洋气象等支出', '住房保障支出', '粮油物资储备支出', '灾害防治及应急管理支出', '预备费', '其他支出', '债务付息支出', '债务发行费用支出'];

export function syntheticConsolidated(size: ConsolidatedSize = { classes: 30, sectionsPerClass: 10, itemsPerSection: 10 }, fiscalYear = 2023): Disclosure {
  let seed = 20230101;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const cents = () => new Decimal(Math.floor(random() * 50_000_000) + 100).div(100); // 1.00 to 500,000.00 万元
  const items: FunctionItem[] = [];
  for (let c = 0; c < size.classes; c++) {
    const classCode = String(201 + c);
    const sections: FunctionItem[] = [];
    for (let s = 0; s < size.sectionsPerClass; s++) {
      const sectionCode = `${classCode}${String(s + 1).padStart(2, '0')}`;
      const leaves: FunctionItem[] = [];
      for (let i = 0; i < size.itemsPerSection; i++) {
        const amount = cents();
        const budget = new Decimal(amount.times(new Decimal(100 + Math.floor(random() * 30)).div(100)).toFixed(2));
        leaves.push({
          code: `${sectionCode}${String(i + 1).padStart(2, '0')}`,
          name: i === 0 ? '行政运行' : `项目${c + 1}-${s + 1}-${i + 1}`,
          amount: amount.toFixed(2),
          budget: budget.toFixed(2),
          completionRate: amount.div(budget).times(100).toFixed(2),
        });
      }
      sections.push({ code: sectionCode, name: `款${c + 1}-${s + 1}`, amount: sumOf(leaves.map((leaf) => leaf.amount)).toFixed(2), children: leaves });
    }
    items.push({ code: classCode, name: CLASS_NAMES[c % CLASS_NAMES.length]!, amount: sumOf(sections.map((section) => section.amount)).toFixed(2), children: sections });
  }
  const total = sumOf(items.map((item) => item.amount)).toFixed(2);
  return {
    schemaVersion: 1,
    kind: 'final-accounts',
    fiscalYear,
    unit: '万元',
    department: { name: '示例区财政局（汇总）' },
    functionalBreakdown: { total, items },
    notes: ['示例数据：合成的汇总决算，用于规模测试。'],
  };
}
