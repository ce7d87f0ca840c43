/** Registers <three-public-expenses>. Import this file for its side effect; import three-public-expenses.ts for the class alone. */
import { ThreePublicExpensesElement } from './three-public-expenses.js';

ThreePublicExpensesElement.define('three-public-expenses');

declare global {
  interface HTMLElementTagNameMap {
    'three-public-expenses': ThreePublicExpensesElement;
  }
}

export { ThreePublicExpensesElement };
