/** Types for docs.mjs (the generated docs runner). */
export declare const GENERATORS: string[];
/** Every generated file: its path, what its generator makes now, and what is committed (undefined when missing). */
export declare function renderAll(): Promise<{ path: string; expected: string; committed: string | undefined }[]>;
