/** Registers <disclosure-report> and the section elements it composes. Import this file for its side effect; import disclosure-report.ts for the class alone. */
// The section elements the report composes are registered with it.
import '../department-profile/define.js';
import '../account-summary/define.js';
import '../income-breakdown/define.js';
import '../expenditure-breakdown/define.js';
import '../appropriation-summary/define.js';
import '../functional-breakdown/define.js';
import '../basic-expenditure/define.js';
import '../three-public-expenses/define.js';
import '../fund-appropriation/define.js';
import '../other-matters/define.js';
import '../disclosure-glossary/define.js';
import { DisclosureReportElement } from './disclosure-report.js';

DisclosureReportElement.define('disclosure-report');

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-report': DisclosureReportElement;
  }
}

export { DisclosureReportElement };
