/** The largest input importDisclosure reads: 50 MB. A published 部门决算 PDF is well under 5 MB. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** The most pages importDisclosure reads from a PDF: a 部门决算 has about 30, a budget with its units' tables a few hundred. */
export const MAX_PDF_PAGES = 2000;
/** The most a workbook's sheets may hold unzipped: 200 MB (the standard tables take well under 1 MB); a zip declaring more is refused before anything is inflated. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
