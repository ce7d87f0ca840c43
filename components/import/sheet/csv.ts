/** The CSV / TSV parser is the one the CSV downloads are read back with. */
export { parseDelimited } from '../../core/table/csv.js';

/** Tab-separated when most non-empty lines hold a tab; CSV when they hold a comma outside figures. */
export function sniffDelimiter(text: string): ',' | '\t' | undefined {
  const lines = text.split(/\r?\n/).filter((line) => line.trim().length > 0).slice(0, 50);
  if (lines.length === 0) return undefined;
  const tabbed = lines.filter((line) => line.includes('\t')).length;
  if (tabbed >= lines.length / 2) return '\t';
  const commas = lines.filter((line) => /,(?!\d{3}(?:\D|$))/.test(line) && !/[。，]/.test(line)).length;
  if (commas >= lines.length / 2) return ',';
  return undefined;
}
