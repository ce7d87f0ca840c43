/** Small text helpers shared by the readers. No DOM. */

const CJK = '\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF\\u3000-\\u303F“”‘’';

/** Removes the white space a PDF puts between CJK characters (“社 会 保 障” → “社会保障”, “2024 年度” → “2024年度”). */
export function tightenCjk(text: string): string {
  return text
    .replace(new RegExp(`(?<=[${CJK}])\\s+`, 'g'), '')
    .replace(new RegExp(`\\s+(?=[${CJK}])`, 'g'), '')
    .trim();
}

/** An amount cell as printed: "9746.50", "91,016,775.35", "-3.20", "0". Not a 3/5/7-digit code. */
const AMOUNT = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
export function isAmountText(text: string): boolean {
  return AMOUNT.test(text.trim());
}

/** A functional or economic classification code: 3, 5 or 7 digits (类 / 款 / 项), or a 类/款/项 part of 2 digits. */
export function isCodeText(text: string): boolean {
  return /^\d{3}(?:\d{2}){0,2}$/.test(text.trim());
}

/** "91,016,775.35" → "91016775.35"; "−3.2" → "-3.2". The published digits are kept. */
export function amountOf(text: string): string | undefined {
  const trimmed = text.trim().replace(/^−/, '-');
  if (!AMOUNT.test(trimmed)) return undefined;
  const plain = trimmed.replace(/,/g, '');
  // "-0" and "-0.00" are zero.
  return /^-0*(?:\.0*)?$/.test(plain) ? plain.slice(1) : plain;
}

/** A label as the mapper compares it: no white space, no enumerator (“一、”, “1.”, “（一）”), full-width brackets. */
export function labelKey(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/^(?:[一二三四五六七八九十]+、|\d+[.．、]|（[一二三四五六七八九十\d]+）)/, '');
}
