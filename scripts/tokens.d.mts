/** Types for tokens.mjs (the DTCG token export). */
export declare const THEMES: string[];
export declare const OUTPUT: string;
export declare const NOT_TOKENS: string[];
export declare function cssProperties(source?: string): { name: string; description: string }[];
export declare function themeValues(read?: (name: string) => string): Record<string, Record<string, string>>;
export declare function tokenPath(name: string): string[];
export declare function buildTokens(): Record<string, unknown>;
export declare function serialise(tokens: unknown): string;
