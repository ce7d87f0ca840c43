/**
 * The element types the framework declarations (react.d.ts, vue.d.ts next to
 * this file) are built from. Nothing here names an element: the tags come
 * from EMBEDDABLE_TAGS (components/embed.ts), each tag's class from the
 * HTMLElementTagNameMap entry its define module adds, and each class's
 * properties from the class itself. A new element needs no change here.
 * Types only: the built module is empty.
 */
import type { LitElement } from 'lit';
import type { EmbeddableTag } from '../embed.js';
import type { DisclosureElement } from '../index.js';

/** Tag → element class, for every element of the library. */
export type DisclosureElementTagMap = { [Tag in EmbeddableTag]: HTMLElementTagNameMap[Tag] };

/** The events every element fires, with their `detail` (declared once, on GlobalEventHandlersEventMap by the base element). */
export type DisclosureElementEventMap = Pick<GlobalEventHandlersEventMap, 'disclosure-load' | 'disclosure-error'>;

type IfEquals<X, Y, Then, Else> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? Then : Else;
/** Keys of T that can be assigned (getters without setters, such as `state` and `data`, are read-only). */
type WritableKeys<T> = { [K in keyof T]-?: IfEquals<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K, never> }[keyof T];

/**
 * The properties an element adds to LitElement that a template may set:
 * `disclosure`, `src`, `unit`, `view`, `headingLevel`, `hideZero`,
 * `credentials`, `timeout`, and the element's own (`fund`).
 */
export type ElementProperties<E extends DisclosureElement<unknown>> = {
  [K in Exclude<WritableKeys<E>, keyof LitElement> as E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

/** camelCase → kebab-case: `headingLevel` → `heading-level`. */
export type KebabCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${KebabCase<Tail>}`
  : S;

type AttributeValue<V> = V extends boolean ? boolean | '' : V extends number ? V | `${number}` : V;

/**
 * The attribute forms whose names differ from the property's (`heading-level`,
 * `hide-zero`): where a framework sets attributes, as React 19 does for a name
 * the element has no property for. `disclosure` is a property only.
 */
export type ElementAttributes<E extends DisclosureElement<unknown>> = {
  [K in keyof ElementProperties<E> as K extends string ? (KebabCase<K> extends K ? never : K extends 'disclosure' ? never : KebabCase<K>) : never]?: AttributeValue<
    ElementProperties<E>[K]
  >;
};

/** An element's event, with the element as `currentTarget`. */
export type ElementEvent<E extends HTMLElement, Name extends keyof DisclosureElementEventMap> = DisclosureElementEventMap[Name] & { readonly currentTarget: E };
