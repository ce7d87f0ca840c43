/** Registers <disclosure-glossary>. Import this file for its side effect; import disclosure-glossary.ts for the class alone. */
import { DisclosureGlossaryElement } from './disclosure-glossary.js';

DisclosureGlossaryElement.define('disclosure-glossary');

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-glossary': DisclosureGlossaryElement;
  }
}

export { DisclosureGlossaryElement };
