/**
 * Keyboard reach to every chart mark. A chart's marks form one tab stop
 * (roving tabindex); the arrow keys, Home and End move between them, Enter or
 * Space activates one (the element moves focus to the mark's table row). In a
 * chart with more than one series (a `grid` of group × series), Left/Right
 * move along a series (to the same series of the previous/next group) and
 * Up/Down between the series of a group. The focused mark is also described in a visible line
 * beside the chart, for sighted keyboard users.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a mark stands in a chart with several series: its group (position along the series) and its series. */
export interface MarkCell {
  group: number;
  series: number;
}

export interface MarkNavigationOptions {
  /** Called when a mark is activated with Enter, Space or a click. */
  onActivate?: (chart: string, index: number) => void;
}

export class MarkNavigation implements ReactiveController {
  private readonly active = new Map<string, number>();
  private readonly focused = new Map<string, number>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: MarkNavigationOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * The tabindex of mark `index` of the `count` marks of `chart`: 0 for the
   * one tab stop, -1 for the rest. The tab stop stays within the marks there
   * are now, so a chart whose data shrank keeps one.
   */
  tabIndex(chart: string, index: number, count: number): number {
    return Math.min(this.active.get(chart) ?? 0, count - 1) === index ? 0 : -1;
  }

  /** The mark of `chart` that has keyboard focus, if any. */
  focusedIndex(chart: string): number | undefined {
    return this.focused.get(chart);
  }

  /** Makes mark `index` the chart's tab stop (e.g. when its table row is selected). */
  setActive(chart: string, index: number): void {
    this.active.set(chart, index);
    this.host.requestUpdate();
  }

  /**
   * Event handlers for the overlay that holds `chart`'s `count` marks, delegated: one listener of each kind for
   * the chart, acting on the mark (its `data-index`) the event is for (focusin/focusout are focus/blur, bubbling). Bind them to an HTML element around the overlay:
   * Chromium makes an SVG element with focus listeners focusable, a tab stop of its own.
   */
  overlay(chart: string, count: number, grid?: readonly MarkCell[]) {
    const on = (act: (index: number, event: Event) => void) => (event: Event) => {
      const index = (event.target as Element).getAttribute('data-index');
      if (index !== null) act(Number(index), event);
    };
    return {
      keydown: on((index, event) => this.keydown(event as KeyboardEvent, chart, index, count, grid)),
      focusin: on((index) => {
        this.active.set(chart, index);
        this.focused.set(chart, index);
        this.host.requestUpdate();
      }),
      focusout: on(() => {
        this.focused.delete(chart);
        this.host.requestUpdate();
      }),
      click: on((index) => this.options.onActivate?.(chart, index)),
    };
  }

  private keydown(event: KeyboardEvent, chart: string, index: number, count: number, grid?: readonly MarkCell[]): void {
    let next: number | undefined;
    const here = grid?.[index];
    if (grid && here && ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown'].includes(event.key)) {
      const along = event.key === 'ArrowRight' || event.key === 'ArrowLeft';
      const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
      // Along a series: the nearest group in that direction that has this series; across: the next series of this group.
      const candidates = grid
        .map((cell, at) => ({ cell, at }))
        .filter(({ cell }) => (along ? cell.series === here.series && Math.sign(cell.group - here.group) === step : cell.group === here.group && Math.sign(cell.series - here.series) === step))
        .sort((a, b) => (along ? Math.abs(a.cell.group - here.group) - Math.abs(b.cell.group - here.group) : Math.abs(a.cell.series - here.series) - Math.abs(b.cell.series - here.series)));
      next = candidates[0]?.at ?? index;
      event.preventDefault();
      this.moveTo(chart, next);
      return;
    }
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(count - 1, index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, index - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.options.onActivate?.(chart, index);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.moveTo(chart, next);
  }

  private moveTo(chart: string, next: number): void {
    this.active.set(chart, next);
    const target = this.host.shadowRoot?.querySelector<SVGElement | HTMLElement>(
      `[data-chart="${CSS.escape(chart)}"][data-index="${next}"]`,
    );
    target?.focus();
  }
}
