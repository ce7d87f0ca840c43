/** The en catalogue's part `glossaryElement` (the same keys as zh-CN's): <disclosure-glossary>. */
import type { CataloguePart } from '../index.js';

export const part: CataloguePart<'glossaryElement'> = {
  glossaryElement: {
    section: 'glossary',
    empty: 'The department has not published a glossary.',
  },
};
