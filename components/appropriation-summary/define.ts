/** Registers <appropriation-summary>. Import this file for its side effect; import appropriation-summary.ts for the class alone. */
import { AppropriationSummaryElement } from './appropriation-summary.js';

AppropriationSummaryElement.define('appropriation-summary');

declare global {
  interface HTMLElementTagNameMap {
    'appropriation-summary': AppropriationSummaryElement;
  }
}

export { AppropriationSummaryElement };
