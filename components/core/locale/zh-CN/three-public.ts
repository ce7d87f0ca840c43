/** The zh-CN catalogue's part `threePublic`: <three-public-expenses>. */

export const part = {
  threePublic: {
    section: { 'final-accounts': '“三公”经费支出', budget: '“三公”经费预算' },
    table: (unit: string) => `“三公”经费（单位：${unit}）`,
    total: '“三公”经费合计',
    outboundTravel: '因公出国（境）费',
    officialReception: '公务接待费',
    foreignReception: '外事接待费',
    officialVehicles: '公务用车购置及运行维护费',
    vehiclePurchase: '公务用车购置费',
    vehicleOperation: '公务用车运行维护费',
    budget: '预算数',
    change: '增减额',
    changePercent: '增减率',
    completionRate: '完成率',
    previousZero: '上年为0，无法计算增减率',
    budgetZero: '预算为0，无法计算完成率',
    dashNote: (reason: string) => `“—”：${reason}。`,
    countsTable: (year: string) => `${year}出国（境）团组、公务接待和公务用车数量`,
    count: '数量',
    counts: {
      delegations: '因公出国（境）团组数（个）',
      travelPersons: '因公出国（境）人次',
      receptionBatches: '国内公务接待批次',
      receptionPersons: '国内公务接待人次',
      foreignBatches: '外事接待批次',
      foreignPersons: '外事接待人次',
      purchasedCount: '购置公务用车（辆）',
      fleetAtYearEnd: '年末公务用车保有量（辆）',
    },
    chartTitle: (unit: string) => `“三公”经费分项比较（单位：${unit}）`,
    markValue: (part: string, series: string, money: string) => `${part} ${series}：${money}`,
    /** The subject of the change clause in `statement` (element.change's subject). */
    changeSubject: '',
    part: (label: string, money: string) => `${label}${money}`,
    completion: (rate: string) => `完成预算的${rate}`,
    /** "2022年度“三公”经费支出为0万元，与2021年度持平。"; a budget: "2025年度“三公”经费预算为1.00万元…" */
    statement: (p: { budget: boolean; year: string; money: string; parts?: string; change?: string; completion?: string }) =>
      `${p.year}“三公”经费${p.budget ? '预算' : '支出'}为${p.money}` +
      (p.parts ? `，其中${p.parts}` : '') +
      (p.change ? `${p.parts ? '；' : '，'}${p.change}` : '') +
      (p.completion ? `；${p.completion}` : '') +
      '。',
  },
};
