/**
 * Print: tells an element when the page is being printed (or print is
 * emulated), through `matchMedia('print')` and `beforeprint` / `afterprint`,
 * so that it can show what a screen keeps folded (every row of a hierarchy,
 * the data-check note) and fold it back afterwards. Browser only: called
 * from connectedCallback.
 */
export function watchPrint(onChange: (printing: boolean) => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia('print');
  const onQuery = () => onChange(query.matches);
  const before = () => onChange(true);
  const after = () => onChange(query.matches);
  query.addEventListener('change', onQuery);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  if (query.matches) onChange(true);
  return () => {
    query.removeEventListener('change', onQuery);
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}
