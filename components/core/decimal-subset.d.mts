/** Types of decimal-subset.mjs: decimal.js cut down to the methods this library calls. */

/** The prototype methods kept, each by one of its names. */
export declare const DECIMAL_METHODS: readonly string[];

/** The module path the transform applies to (decimal.js/decimal.mjs). */
export declare const DECIMAL_MODULE: RegExp;

/** decimal.mjs's source without the methods outside DECIMAL_METHODS and the static math functions, and every name (aliases included) of the methods removed; throws when decimal.js has changed shape. */
export declare function subsetDecimal(source: string): { code: string; removed: string[] };

/** The transform as an esbuild plugin (its shape written out, so these types need no esbuild). */
export declare function esbuildDecimalSubset(): {
  name: string;
  setup(build: { onLoad(options: { filter: RegExp }, callback: (args: { path: string }) => Promise<{ contents: string; loader: 'js' }>): void }): void;
};
