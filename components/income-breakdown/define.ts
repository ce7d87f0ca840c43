/** Registers <income-breakdown>. Import this file for its side effect; import income-breakdown.ts for the class alone. */
import { IncomeBreakdownElement } from './income-breakdown.js';

IncomeBreakdownElement.define('income-breakdown');

declare global {
  interface HTMLElementTagNameMap {
    'income-breakdown': IncomeBreakdownElement;
  }
}

export { IncomeBreakdownElement };
