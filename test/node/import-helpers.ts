/** Minimal PDFs built in the tests (no fixture files): a page without text, a page of unrelated text, an encrypted file. */
const encoder = new TextEncoder();

export function minimalPdf(content: string, extraTrailer = '', extraObjects: string[] = [], pageCount = 1): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: pageCount }, () => '3 0 R').join(' ')}] /Count ${pageCount} >>`,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...extraObjects,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${extraTrailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return encoder.encode(body);
}

/**
 * A file of the project's shared folder (the corpus PDFs, the seed text): `../shared/` beside the
 * repository, as every checkout has it (a developer's machine and CI's clone alike).
 */
export function sharedFile(path: string): string {
  return new URL(`../../../shared/${path}`, import.meta.url).pathname;
}

/** The corpus's six budget PDFs (../shared/corpus/README.md). */
export const BUDGET_PDFS = [
  'putuo-wanli-street-2024-budget.pdf',
  'putuo-wanli-street-2025-budget.pdf',
  'putuo-district-office-2025-budget.pdf',
  'putuo-district-office-unit-2025-budget.pdf',
  'putuo-commerce-2025-budget.pdf',
  'putuo-commerce-unit-2025-budget.pdf',
] as const;
