import { css } from 'lit';

export const otherMattersStyles = css`
  .block + .block {
    margin-top: calc(var(--disclosure-spacing, 1rem) * 1.5);
  }
  /* A block is no grid with a gap for the actions to pull into (core styles): they keep clear of the table. */
  .block .table-actions {
    margin-top: 0.5rem;
  }
  .published {
    margin: 0.5rem 0 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--disclosure-color-border, #d0d7de);
  }
  .published p {
    max-inline-size: var(--disclosure-measure, 45em);
    margin: 0 0 0.5rem;
    line-height: 1.7;
  }
  .published-label {
    font-size: var(--_text-small);
    color: var(--disclosure-color-muted, #57606a);
  }
  .table-note {
    max-inline-size: var(--disclosure-measure, 45em);
    margin: 0.5rem 0 0;
    line-height: 1.7;
  }
  .list-title {
    margin: 0.75rem 0 0.25rem;
    font-weight: 600;
  }
  /* On paper a label stays with the text or list it introduces. */
  @media print {
    .published-label,
    .list-title {
      break-after: avoid;
    }
  }
`;
