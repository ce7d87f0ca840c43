/**
 * Print: tells an element when the page is being printed (or print is
 * emulated), through `matchMedia('print')` and `beforeprint` / `afterprint`,
 * so that it can show what a screen keeps folded (every row of a hierarchy,
 * the data-check note) and fold it back afterwards. Browser only: called
 * from connectedCallback.
 */
export function watchPrint(onChange: (printing: boolean) => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  if (!printQuery) {
    // One query and one pair of listeners for every element on the page, not one per element.
    const query = (printQuery = window.matchMedia('print'));
    const tell = (printing: boolean) => watchers.forEach((watcher) => watcher(printing));
    query.addEventListener('change', () => tell(query.matches));
    window.addEventListener('beforeprint', () => tell(true));
    window.addEventListener('afterprint', () => tell(query.matches));
  }
  watchers.add(onChange);
  if (printQuery.matches) onChange(true);
  return () => watchers.delete(onChange);
}

/** The elements told about print, and the page's one print query (made when the first element is connected). */
const watchers = new Set<(printing: boolean) => void>();
let printQuery: MediaQueryList | undefined;
