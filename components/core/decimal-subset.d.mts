/** Types of decimal-subset.mjs: decimal.js cut down to the methods this library calls. */

/** The prototype methods kept, each by one of its names. */
export declare const DECIMAL_METHODS: readonly string[];

/** The module path the transform applies to (decimal.js/decimal.mjs). */
export declare const DECIMAL_MODULE: RegExp;

/** decimal.mjs's source without the methods outside DECIMAL_METHODS and the static math functions; throws when decimal.js has changed shape. */
export declare function subsetDecimal(source: string): { code: string; removed: string[] };

/** Every name (aliases included) of the prototype methods removed. */
export declare function removedMethodNames(source: string): string[];
