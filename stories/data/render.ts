/**
 * Renders a disclosure element for a story from its args, the way a page
 * would write it. What is an attribute, an event, a slot or a CSS custom
 * property comes from the Custom Elements Manifest the preview was given
 * (so a new attribute in an element's JSDoc gets a working control with no
 * change here). The data is the `disclosure` arg (an object control, so a
 * designer can edit the figures; "Show code" prints it inline), or, for the
 * few stories whose data is not a valid object, a StorySource.
 */
import { getCustomElements } from '@storybook/web-components-vite';
import type { Args } from '@storybook/web-components-vite';
import '../../components/account-summary/define.js';
import '../../components/functional-breakdown/define.js';
import '../../components/three-public-expenses/define.js';
import '../../components/income-breakdown/define.js';
import '../../components/expenditure-breakdown/define.js';
import '../../components/fund-appropriation/define.js';
import '../../components/basic-expenditure/define.js';
import '../../components/appropriation-summary/define.js';
import '../../components/department-profile/define.js';
import '../../components/other-matters/define.js';
import '../../components/disclosure-glossary/define.js';
import '../../components/disclosure-report/define.js';

/** Where a story's element gets its data (besides a `src` arg). */
export interface StorySource {
  /** Set as the `disclosure` property: an object, or JSON text. */
  disclosure?: unknown;
  /** Put in a `<script type="application/json">` child. */
  inline?: string;
}

interface ManifestEntry {
  name: string;
  type?: { text?: string };
}
interface ElementDeclaration {
  tagName?: string;
  attributes?: ManifestEntry[];
  events?: ManifestEntry[];
  slots?: ManifestEntry[];
  cssProperties?: ManifestEntry[];
}

function declarationOf(tagName: string): ElementDeclaration | undefined {
  const manifest = getCustomElements() as { modules?: { declarations?: ElementDeclaration[] }[] } | undefined;
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tagName) return declaration;
  }
  return undefined;
}

/** `disclosure-load` → `onDisclosureLoad`, the arg Storybook's actions give an event's handler. */
const handlerArg = (event: string) => `on${event.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase())}`;

export function renderElement(tagName: string, args: Args, source: StorySource = {}): HTMLElement {
  const declaration = declarationOf(tagName);
  const element = document.createElement(tagName) as HTMLElement & { disclosure?: unknown };

  for (const attribute of declaration?.attributes ?? []) {
    const value = args[attribute.name];
    if (value === undefined || value === null || value === '') continue;
    if (attribute.type?.text === 'boolean') element.toggleAttribute(attribute.name, Boolean(value));
    else element.setAttribute(attribute.name, String(value));
  }
  for (const property of declaration?.cssProperties ?? []) {
    const value = args[property.name];
    if (typeof value === 'string' && value !== '') element.style.setProperty(property.name, value);
  }
  for (const event of declaration?.events ?? []) {
    const handler = args[handlerArg(event.name)];
    if (typeof handler === 'function') element.addEventListener(event.name, handler as EventListener);
  }
  for (const slot of declaration?.slots ?? []) {
    const content = args[slot.name];
    if (typeof content !== 'string' || content === '') continue;
    const paragraph = document.createElement('p');
    paragraph.slot = slot.name;
    paragraph.textContent = content;
    element.append(paragraph);
  }
  if (source.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = source.inline;
    element.append(script);
  }
  // The `disclosure` arg (editable as JSON in the controls panel) wins over the story's own data.
  const data = args.disclosure !== undefined && args.disclosure !== null && args.disclosure !== '' ? args.disclosure : source.disclosure;
  if (data !== undefined) element.disclosure = data;
  return element;
}

/** A story's render function for `tagName` with the data `source()` makes (called per render, so each gets a fresh copy). */
export const rendering =
  (tagName: string, source: () => StorySource = () => ({})) =>
  (args: Args): HTMLElement =>
    renderElement(tagName, args, source());
