/** The zh-CN catalogue's part `profile`: <department-profile>. */

export const part = {
  /** <department-profile>: 第一部分 概况. */
  profile: {
    section: { 'final-accounts': '概况', budget: '概况' },
    duties: '主要职能',
    composition: { 'final-accounts': '部门决算单位构成', budget: '部门预算单位构成' },
    unitsTable: { 'final-accounts': '纳入部门决算编制范围的单位', budget: '纳入部门预算编制范围的单位' },
    number: '序号',
    unitName: '单位名称',
    remark: '备注',
    subordinateUnits: '下属单位',
    noDuties: '本部门未公开主要职能。',
    noComposition: '本部门未公开单位构成。',
  },
};
