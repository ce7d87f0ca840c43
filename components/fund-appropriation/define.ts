/** Registers <fund-appropriation>. Import this file for its side effect; import fund-appropriation.ts for the class alone. */
import { FundAppropriationElement } from './fund-appropriation.js';

FundAppropriationElement.define('fund-appropriation');

declare global {
  interface HTMLElementTagNameMap {
    'fund-appropriation': FundAppropriationElement;
  }
}

export { FundAppropriationElement };
