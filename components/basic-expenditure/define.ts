/** Registers <basic-expenditure>. Import this file for its side effect; import basic-expenditure.ts for the class alone. */
import { BasicExpenditureElement } from './basic-expenditure.js';

BasicExpenditureElement.define('basic-expenditure');

declare global {
  interface HTMLElementTagNameMap {
    'basic-expenditure': BasicExpenditureElement;
  }
}

export { BasicExpenditureElement };
