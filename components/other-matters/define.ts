/** Registers <other-matters>. Import this file for its side effect; import other-matters.ts for the class alone. */
import { OtherMattersElement } from './other-matters.js';

OtherMattersElement.define('other-matters');

declare global {
  interface HTMLElementTagNameMap {
    'other-matters': OtherMattersElement;
  }
}

export { OtherMattersElement };
