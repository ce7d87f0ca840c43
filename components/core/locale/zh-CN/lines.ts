/** The zh-CN catalogue's part `lines`: Labels of the standard lines of 收入支出决算总表: loaded by <account-summary> and with the cross-checks. */

export const part = {
  /** Labels of the standard lines of 收入支出决算总表. */
  lines: {
    fiscalAppropriation: '财政拨款收入',
    generalPublicBudget: '一般公共预算财政拨款收入',
    governmentFund: '政府性基金预算财政拨款收入',
    stateCapital: '国有资本经营预算财政拨款收入',
    superiorSubsidy: '上级补助收入',
    institutionIncome: '事业收入',
    operatingIncome: '经营收入',
    affiliateRemittance: '附属单位上缴收入',
    otherIncome: '其他收入',
    reserveFundUse: '用事业基金弥补收支差额',
    nonFiscalBalanceUse: '使用非财政拨款结余',
    priorYearBalance: '上年结转和结余',
    basic: '基本支出',
    personnel: '工资福利支出',
    goodsAndServices: '商品和服务支出',
    householdSubsidies: '对个人和家庭的补助',
    capital: '资本性支出',
    project: '项目支出',
    remittanceToSuperior: '上缴上级支出',
    operating: '经营支出',
    affiliateSubsidy: '对附属单位补助支出',
    surplusDistribution: '结余分配',
  },
};
