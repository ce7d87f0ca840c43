/** Registers <account-summary>. Import this file for its side effect; import account-summary.ts for the class alone. */
import { AccountSummaryElement } from './account-summary.js';

AccountSummaryElement.define('account-summary');

declare global {
  interface HTMLElementTagNameMap {
    'account-summary': AccountSummaryElement;
  }
}

export { AccountSummaryElement };
