/**
 * Sentences the elements build from figures, worded and punctuated one way
 * for every element (no lit, no DOM).
 */
import type { Catalogue } from './locale/index.js';
import type { Formatter } from './format.js';
import { isZero } from './money.js';

/** Clauses joined into one sentence: "甲；乙。" in Chinese, "A; b." in English. Empty when there are none. */
export function joinClauses(clauses: readonly string[], catalogue: Catalogue): string {
  if (clauses.length === 0) return '';
  return `${clauses.join(catalogue.sentenceEnd === '。' ? '；' : '; ')}${catalogue.sentenceEnd}`;
}

/** Parts of one clause joined with a comma: "，" in Chinese, ", " in English. */
export function joinParts(parts: readonly string[], catalogue: Catalogue): string {
  return parts.filter(Boolean).join(catalogue.listSeparator === '、' ? '，' : ', ');
}

/**
 * A year-on-year change as a clause ("比2021年度减少0.5万元，下降5%",
 * "与2021年度持平"): `amount` is the signed change in the disclosure's
 * unit; `percent` the change in percent, already formatted, sign included or not.
 */
export function changeClause(
  { catalogue, format, fiscalYear }: { catalogue: Catalogue; format: Formatter; fiscalYear: number },
  subject: string,
  amount: string,
  percent: string | undefined,
): string {
  return catalogue.element.change({
    subject,
    previousYear: catalogue.element.year(fiscalYear - 1),
    direction: isZero(amount) ? 'unchanged' : amount.startsWith('-') ? 'decrease' : 'increase',
    money: format.money(amount.replace('-', '')),
    percent: percent?.replace('-', ''),
  });
}
