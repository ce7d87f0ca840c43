/**
 * RFC 4180 CSV, and tab-separated text as pasted from Excel: quoted fields
 * with doubled quotes, CRLF or LF, a byte-order mark ignored. Our own
 * thirty lines rather than a dependency.
 */
export function parseDelimited(text: string, delimiter: ',' | '\t'): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index++;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field.length === 0) quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

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
