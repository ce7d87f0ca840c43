/**
 * Registers every catalogue synchronously: imported by the entries where every
 * text must be there at once (Node, the CLIs, the pre-renderer, the validation
 * entry and the one-file bundle). The elements elsewhere load only the parts
 * of their language's catalogue that they show (core/locale/index.ts,
 * `loadCatalogue`).
 */
import { registerCatalogue } from './index.js';
import { zhCN } from './zh-CN.js';
import { en } from './en.js';

registerCatalogue('zh-CN', zhCN);
registerCatalogue('en', en);
