/** Types for element-reference.mjs (the README's generated element reference). */
export declare const START_MARKER: string;
export declare const END_MARKER: string;
/** The custom element declarations of a Custom Elements Manifest, by tag name. */
export declare function elementsOf(manifest: unknown): { tagName: string; name: string; [key: string]: unknown }[];
/** The Markdown that goes between the README's markers. */
export declare function renderReference(manifest: unknown): string;
/** `readme` with the section between the markers replaced. */
export declare function updateReadme(readme: string, manifest: unknown): string;
