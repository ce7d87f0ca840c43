/** Registers <department-profile>. Import this file for its side effect; import department-profile.ts for the class alone. */
import { DepartmentProfileElement } from './department-profile.js';

DepartmentProfileElement.define('department-profile');

declare global {
  interface HTMLElementTagNameMap {
    'department-profile': DepartmentProfileElement;
  }
}

export { DepartmentProfileElement };
