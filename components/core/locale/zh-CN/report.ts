/** The zh-CN catalogue's part `report`: <disclosure-report>. */
import { isolate } from '../bidi.js';

export const part = {
  /** <disclosure-report>: the whole disclosure. */
  report: {
    title: (year: string, department: string, kind: string) => `${year}${isolate(department)}部门${kind}`,
    tables: {
      'final-accounts': ['收入支出决算总表', '收入决算表', '支出决算表', '财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表', '一般公共预算财政拨款基本支出决算表', '财政拨款“三公”经费支出决算表', '政府性基金预算财政拨款收入支出决算表', '国有资本经营预算财政拨款收入支出决算表'],
      budget: ['部门财务收支预算总表', '部门收入预算总表', '部门支出预算总表', '部门财政拨款收支预算总表', '部门一般公共预算支出功能分类预算表', '部门一般公共预算基本支出部门预算经济分类预算表', '部门“三公”经费和机关运行经费预算表', '部门政府性基金预算支出功能分类预算表', '部门国有资本经营预算支出功能分类预算表'],
    },
    contents: '目录',
    parts: {
      profile: '第一部分 概况',
      tables: { 'final-accounts': '第二部分 决算表', budget: '第二部分 预算表' },
      explanations: '第三部分 情况说明',
      glossary: '第四部分 名词解释',
    },
    explanationOf: (section: string) => `${section}说明`,
    warningsTitle: '数据核对',
    warningsIntro: '公布的数据之间存在以下差异。页面按公布数显示，未作任何修改。',
    noWarnings: '公布的数据之间未发现差异。',
    goToRow: (code: string) => `转到科目 ${code}`,
    goToSection: (section: string) => `转到${section}`,
    emptyTable: (table: string) => `本部门无${table}数据。`,
  },
};
