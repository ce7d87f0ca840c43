import { css } from 'lit';

export const glossaryStyles = css`
  dl {
    margin: 0;
  }
  dt {
    font-weight: 600;
    margin-top: 0.75rem;
  }
  dt:first-child {
    margin-top: 0;
  }
  dd {
    max-inline-size: var(--disclosure-measure, 45em);
    margin: 0.25rem 0 0;
    margin-inline-start: 1.5rem;
    line-height: 1.7;
  }
  /* On paper a term stays with its definition. */
  @media print {
    dt {
      break-after: avoid;
    }
    dd {
      break-inside: avoid;
    }
  }
`;
