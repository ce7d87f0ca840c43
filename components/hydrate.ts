/**
 * Hydration of pre-rendered elements (`disclosure-render`, `renderToString`):
 * with this module loaded before Lit, an element that arrives with its
 * declarative shadow root takes that DOM over instead of rendering it again.
 * The one-file bundle and `disclosure-elements` load it first; a bundler of
 * the per-element entries imports `disclosure-elements/hydrate` before them.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
