/** Registers <expenditure-breakdown>. Import this file for its side effect; import expenditure-breakdown.ts for the class alone. */
import { ExpenditureBreakdownElement } from './expenditure-breakdown.js';

ExpenditureBreakdownElement.define('expenditure-breakdown');

declare global {
  interface HTMLElementTagNameMap {
    'expenditure-breakdown': ExpenditureBreakdownElement;
  }
}

export { ExpenditureBreakdownElement };
