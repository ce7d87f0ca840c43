/**
 * React 19 JSX types for every element of the library (`disclosure-elements/react`).
 * Load them once in the app, e.g. in src/vite-env.d.ts:
 *
 *   /// <reference types="disclosure-elements/react" />
 *
 * React 19 sets a prop as a property when the element has one (`disclosure`,
 * `unit`, `headingLevel`, …) and as an attribute otherwise (`heading-level`),
 * and listens to `ondisclosure-load` / `ondisclosure-error` as the
 * `disclosure-load` / `disclosure-error` events. Built from the element list
 * (types.d.ts): a new element is typed here without an edit.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { DisclosureElementEventMap, DisclosureElementTagMap, ElementAttributes, ElementEvent, ElementProperties } from './types.js';

export type DisclosureElementReactProps<E extends DisclosureElementTagMap[keyof DisclosureElementTagMap]> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  keyof ElementProperties<E>
> &
  ElementProperties<E> &
  ElementAttributes<E> & {
    [Name in keyof DisclosureElementEventMap as `on${Name}`]?: (event: ElementEvent<E, Name>) => void;
  };

/** `<account-summary>`, `<functional-breakdown>`, `<three-public-expenses>`, … as JSX intrinsic elements. */
export type DisclosureReactElements = { [Tag in keyof DisclosureElementTagMap]: DisclosureElementReactProps<DisclosureElementTagMap[Tag]> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends DisclosureReactElements {}
  }
}
