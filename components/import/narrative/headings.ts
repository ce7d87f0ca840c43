/** Headings the readers share (no imports: the PDF reader and the narrative readers both use them). */

/**
 * A budget's narrative headings, each alone on its line (其他相关情况说明, 2025年部门预算编制说明, 名词解释,
 * …项目经费情况说明 / …专项（政策资金）经费情况说明). The PDF reader ends a table at one of them.
 */
export const NARRATIVE_HEADING = /^(?:其他相关情况说明|(?:(?:19|20)\d{2}年度?)?(?:部门|单位)预算编制说明|名词解释|(?!（)[^、，。：；]{0,60}经费情况说明)$/;
