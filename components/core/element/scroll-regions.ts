/**
 * A table wrapper is a Tab stop and a named region only while its table
 * scrolls sideways; otherwise it is a plain wrapper (no landmark, no stop).
 * The wrappers and their tables are watched by one ResizeObserver shared by
 * every element on the page: its callback runs once layout is done, and each
 * element whose wrappers or tables changed size measures them all and then
 * sets the attributes (no layout forced during an update, none in between).
 * Without ResizeObserver they are measured at once. Browser only.
 *
 * One observer for the page, not one per element: making an observer and
 * its first observations cost an element about a tenth of a millisecond of
 * its first render (measured in Chromium, CONTRIBUTING "Sixth pass").
 */
export class ScrollRegions {
  /** The wrappers and tables this element has under observation. */
  private observed = new Set<Element>();

  constructor(private readonly root: () => ParentNode | null | undefined) {}

  /** After a render, or back on the page: watches the wrappers (and their tables) now in the root, and stops watching those gone. */
  observe(): void {
    const regions = this.regions();
    if (!observer && typeof ResizeObserver === 'function') observer = new ResizeObserver(measure);
    if (!observer) return sync(regions);
    const current = new Set<Element>();
    for (const region of regions) {
      current.add(region);
      const table = region.querySelector('table');
      if (table) current.add(table);
    }
    for (const node of this.observed) if (!current.has(node)) unwatch(node);
    for (const node of current) {
      if (!this.observed.has(node)) observer.observe(node);
      owners.set(node, this);
    }
    this.observed = current;
    // A wrapper kept by a render whose caption changed: a region keeps its name without waiting for a size change.
    for (const region of regions) if (region.getAttribute('role') === 'region') name(region);
  }

  /** The element left the page: nothing of it is watched any longer. */
  disconnect(): void {
    this.observed.forEach(unwatch);
    this.observed.clear();
  }

  regions(): HTMLElement[] {
    return [...(this.root()?.querySelectorAll<HTMLElement>('.table-scroll') ?? [])];
  }
}

/** Each element whose wrappers or tables changed size measures all its wrappers, once. */
function measure(entries: readonly ResizeObserverEntry[]): void {
  new Set(entries.map((entry) => owners.get(entry.target))).forEach((owner) => owner && sync(owner.regions()));
}

/** All measured first, then all attributes set: no layout forced in between. */
function sync(regions: readonly HTMLElement[]): void {
  const scrolling = regions.map((region) => region.scrollWidth > region.clientWidth + 1);
  regions.forEach((region, index) => {
    if (scrolling[index]) {
      region.setAttribute('tabindex', '0');
      region.setAttribute('role', 'region');
      name(region);
    } else {
      region.removeAttribute('tabindex');
      region.removeAttribute('role');
      region.removeAttribute('aria-labelledby');
    }
  });
}

/** A region is named by its table's caption (the wrapper's `data-labelledby`). */
function name(region: HTMLElement): void {
  const labelledBy = region.dataset['labelledby'];
  if (labelledBy && region.getAttribute('aria-labelledby') !== labelledBy) region.setAttribute('aria-labelledby', labelledBy);
}

function unwatch(node: Element): void {
  observer?.unobserve(node);
  owners.delete(node);
}

/** The page's one observer (made when the first element renders a table), and whose each watched wrapper or table is. */
let observer: ResizeObserver | undefined;
const owners = new WeakMap<Element, ScrollRegions>();
