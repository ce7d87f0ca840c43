import { css } from 'lit';

export const disclosureReportStyles = css`
  /* One "下载数据（JSON）" for the report, at its end: each section's would download the same document again. */
  .section > *::part(downloads) {
    display: none;
  }
  .contents {
    margin: 0 0 calc(var(--disclosure-spacing, 1rem) * 1.5);
    padding: 0.75rem 1rem;
    border: 1px solid var(--disclosure-color-border, #d0d7de);
    border-radius: var(--disclosure-radius, 4px);
  }
  .contents-title {
    margin: 0 0 0.5rem;
    font-weight: 600;
  }
  .contents ol {
    margin: 0;
    padding-inline-start: 1.25rem;
    line-height: 1.8;
  }
  .contents a,
  .data-check a {
    color: inherit;
    text-decoration: underline;
  }
  .contents a:focus-visible,
  .data-check a:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--disclosure-color-focus, #1a5fb4);
    outline-offset: 2px;
  }
  .part-heading {
    margin: calc(var(--disclosure-spacing, 1rem) * 2) 0 var(--disclosure-spacing, 1rem);
    font-size: calc(var(--disclosure-heading-size, 1.25rem) * 1.1);
    color: var(--disclosure-color-heading, inherit);
    border-bottom: var(--disclosure-heading-rule, none);
    padding-bottom: var(--disclosure-heading-rule-gap, 0);
  }
  .part > .section + .section,
  .part > .explanation + .section,
  .part > .explanation + .explanation {
    margin-top: calc(var(--disclosure-spacing, 1rem) * 2);
  }
  /* Prose keeps a readable line length (--disclosure-measure, about 45 characters of Chinese); tables take the full width. */
  .explanation p {
    max-inline-size: var(--disclosure-measure, 45em);
    margin: 0 0 0.5rem;
    line-height: 1.7;
  }
  .data-check {
    margin: 0 0 var(--disclosure-spacing, 1rem);
    padding: 0.75rem 1rem;
    border: 1px solid var(--disclosure-color-warning, #7d4e00);
    background: var(--disclosure-color-warning-background, #fff8e5);
    color: var(--disclosure-color-warning, #7d4e00);
    border-radius: var(--disclosure-radius, 4px);
  }
  .data-check .subheading {
    margin-top: 0;
    color: inherit;
  }
  .data-check li + li {
    margin-top: 0.25rem;
  }
  /* On paper a part's heading stays with what follows it (the sections' own headings: core/element/styles.ts, print). */
  @media print {
    .part-heading {
      break-after: avoid;
    }
  }
`;
