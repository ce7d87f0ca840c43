/** The largest input importDisclosure reads: 50 MB. A published 部门决算 PDF is well under 5 MB. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** The most pages importDisclosure reads from a PDF: a 部门决算 has about 30, a budget with its units' tables a few hundred. */
export const MAX_PDF_PAGES = 2000;
/** The most a workbook's sheets may hold unzipped: 200 MB (the standard tables take well under 1 MB); a zip declaring more is refused before anything is inflated. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/**
 * The most cells a workbook may fill, over all its sheets, merged ranges counted over the cells they cover: the
 * standard tables have a few thousand. A 600-byte sheet can merge A1:XFD1048576 (17 billion cells); it is refused,
 * not filled.
 */
export const MAX_WORKBOOK_CELLS = 1_000_000;
/** Excel's own bounds: 1,048,576 rows and 16,384 columns (XFD). A cell reference beyond them is a damaged sheet. */
export const MAX_SHEET_ROWS = 1_048_576;
export const MAX_SHEET_COLUMNS = 16_384;
