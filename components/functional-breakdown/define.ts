/** Registers <functional-breakdown>. Import this file for its side effect; import functional-breakdown.ts for the class alone. */
import { FunctionalBreakdownElement } from './functional-breakdown.js';

FunctionalBreakdownElement.define('functional-breakdown');

declare global {
  interface HTMLElementTagNameMap {
    'functional-breakdown': FunctionalBreakdownElement;
  }
}

export { FunctionalBreakdownElement };
