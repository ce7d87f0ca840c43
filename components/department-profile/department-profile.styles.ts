import { css } from 'lit';

export const departmentProfileStyles = css`
  /* Prose keeps a readable line length (--disclosure-measure); tables take the full width. */
  .duties,
  .composition p {
    max-inline-size: var(--disclosure-measure, 45em);
  }
  .duties {
    margin: 0 0 var(--disclosure-spacing, 1rem);
    padding-inline-start: 1.75rem;
    line-height: 1.7;
  }
  .duties li + li {
    margin-top: 0.25rem;
  }
  .composition p {
    margin: 0 0 0.5rem;
    line-height: 1.7;
  }
  /* The 序号 column is as wide as its header ("No." in English), never broken (thead: over the shared rule that lets
     other number headers wrap). */
  thead th.number {
    white-space: nowrap;
  }
`;
