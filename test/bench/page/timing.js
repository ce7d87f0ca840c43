/**
 * The timing rule of every measurement: t0 = performance.now() right before the change
 * (setting `disclosure`, `unit`, `lang`, a click, innerHTML …); then the change's own
 * completion (element.updateComplete, when there is one); then two requestAnimationFrame
 * callbacks, the second of which runs after the first frame containing the change is
 * painted → t1. `paint` is t1 − t0.
 *
 * `work` is the same run's main-thread cost without waiting for a frame: t0 to the change
 * being complete with style and layout done (a forced layout right after updateComplete,
 * before the two frames). Style and layout would otherwise run in that frame, so forcing
 * them adds no work; it only makes the time visible. Paint and raster are not in `work`.
 */
export const raf = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Lets the page come to rest: two frames, so a previous run's removal is painted and not timed. */
export async function settle() {
  await raf();
  await raf();
}

/**
 * One timed run: `prepare()` (untimed: a fresh element, a fresh copy of the data, the
 * previous run removed), a garbage collection, settle, then t0, `act(context)`, forced
 * layout (→ work), two frames (→ paint), then `check(context)` (untimed).
 */
async function once({ prepare, act, check }, index, name) {
  const context = await prepare(index);
  // The previous runs' garbage is collected before the clock starts (run.mjs starts Chromium
  // with --js-flags=--expose-gc): a page renders its widgets once, so it would not pay for it.
  globalThis.gc?.();
  await settle();
  // `npm run bench -- --profile`: the element's work window only, as a console profile (run.mjs collects them).
  const profiled = globalThis.benchProfile === name;
  if (profiled) console.profile(name);
  const t0 = performance.now();
  await act(context);
  void document.body.offsetHeight;
  const tWork = performance.now();
  if (profiled) console.profileEnd(name);
  // `npm run bench -- --trace`: the work window, named, in Chromium's trace (made after the clock stopped).
  if (globalThis.benchTrace) performance.measure(`bench-work ${name}`, { start: t0, end: tWork });
  await raf();
  await raf();
  const t1 = performance.now();
  if (check) await check(context, index);
  return { paint: t1 - t0, work: tWork - t0 };
}

/** `warmups + runs` runs of one measurement; returns the timed runs' samples in ms. */
export async function series({ warmups, runs, ...measurement }) {
  return (await interleaved({ warmups, runs, variants: { only: measurement } })).only;
}

/**
 * Several measurements of the same thing (element, floor, ECharts) taken in turns, run by
 * run, their order rotated each run: a slow spell of the machine then falls on all of them
 * alike instead of on whichever series ran during it, so their ratios stay fair.
 * Returns { [variant]: { paint: [...], work: [...] } } for the timed runs.
 */
export async function interleaved({ warmups, runs, variants }) {
  const names = Object.keys(variants);
  const samples = Object.fromEntries(names.map((name) => [name, { paint: [], work: [] }]));
  for (let i = 0; i < warmups + runs; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      const { paint, work } = await once(variants[name], i, name);
      if (i >= warmups) {
        samples[name].paint.push(paint);
        samples[name].work.push(work);
      }
    }
  }
  return samples;
}
