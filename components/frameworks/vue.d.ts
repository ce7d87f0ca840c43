/**
 * Vue 3 template types for every element of the library (`disclosure-elements/vue`):
 * `GlobalComponents` entries, so vue-tsc / Volar check `<three-public-expenses unit="万元">`
 * and `@disclosure-load="…"`. Load them once in the app, e.g. in src/env.d.ts:
 *
 *   /// <reference types="disclosure-elements/vue" />
 *
 * Vue must still be told these tags are custom elements (vite.config's
 * `vue({ template: { compilerOptions: { isCustomElement } } })`, see docs/frameworks.md).
 * Built from the element list (types.d.ts): a new element is typed here without an edit.
 */
import type { DefineComponent } from 'vue';
import type { DisclosureElementEventMap, DisclosureElementTagMap, ElementEvent, ElementProperties } from './types.js';

/** `disclosure-load` → `DisclosureLoad`. */
type PascalFromKebab<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${PascalFromKebab<Tail>}` : Capitalize<S>;

export type DisclosureElementVueProps<E extends DisclosureElementTagMap[keyof DisclosureElementTagMap]> = ElementProperties<E> & {
  [Name in keyof DisclosureElementEventMap as `on${PascalFromKebab<Name>}`]?: (event: ElementEvent<E, Name>) => void;
};

/** `<account-summary>`, `<functional-breakdown>`, `<three-public-expenses>`, … as global components. */
export type DisclosureVueComponents = { [Tag in keyof DisclosureElementTagMap]: DefineComponent<DisclosureElementVueProps<DisclosureElementTagMap[Tag]>> };

declare module 'vue' {
  interface GlobalComponents extends DisclosureVueComponents {}
}
