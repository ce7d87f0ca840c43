/** The zh-CN catalogue's part `glossaryElement`: <disclosure-glossary>. */

export const part = {
  /** <disclosure-glossary>: 名词解释. */
  glossaryElement: {
    section: '名词解释',
    empty: '本部门未公开名词解释。',
  },
};
