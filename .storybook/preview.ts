/**
 * The preview every story renders in:
 *   - the Custom Elements Manifest (dist/custom-elements.json, from the
 *     elements' JSDoc) gives the docs pages and a control for every attribute;
 *   - toolbar: theme (themes/*.css, applied as one <style> in the preview)
 *     and language (the `lang` of the preview's <html>, which every element
 *     follows unless it has its own);
 *   - autodocs for every element, and the accessibility panel (axe-core).
 */
import type { ArgTypes, Preview } from '@storybook/web-components-vite';
import type { StrictInputType } from 'storybook/internal/types';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
import defaultTheme from '../themes/default.css?inline';
import darkTheme from '../themes/dark.css?inline';
import highContrastTheme from '../themes/high-contrast.css?inline';
import formalTheme from '../themes/formal.css?inline';
import { installPendingFetch } from '../stories/data/pending-fetch';
import { inlineSource } from '../stories/data/inline';

setCustomElementsManifest(manifest);
installPendingFetch();

const THEMES: Record<string, string> = {
  default: defaultTheme,
  light: defaultTheme,
  dark: darkTheme,
  'high-contrast': highContrastTheme,
  formal: formalTheme,
};

function applyTheme(name: string): void {
  const css = THEMES[name] ?? THEMES.default!;
  let style = document.getElementById('disclosure-theme') as HTMLStyleElement | null;
  if (!style) {
    style = document.createElement('style');
    style.id = 'disclosure-theme';
    document.head.append(style);
  }
  if (style.textContent !== css) style.textContent = css;
  document.documentElement.dataset.disclosureTheme = name;
  // "Light": the default theme kept light on a dark OS (themes/default.css honours data-color-scheme="light").
  if (name === 'light') document.documentElement.dataset.colorScheme = 'light';
  else delete document.documentElement.dataset.colorScheme;
}

/** The text-size toolbar: the one token every text size derives from. */
const TEXT_SIZES: Record<string, string | undefined> = { default: undefined, large: '1.375rem' };

/** Viewports a designer checks: the common phone widths, a laptop and a wide desktop. */
const VIEWPORTS = {
  phone360: { name: 'Phone 360', styles: { width: '360px', height: '780px' }, type: 'mobile' },
  phone375: { name: 'Phone 375 (iPhone SE / mini)', styles: { width: '375px', height: '812px' }, type: 'mobile' },
  phone390: { name: 'Phone 390 (iPhone 12–15)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
  desktop1280: { name: 'Desktop 1280', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
  desktop1920: { name: 'Desktop 1920', styles: { width: '1920px', height: '1080px' }, type: 'desktop' },
} as const;

/** `'both' | 'table' | 'chart'` → ['both', 'table', 'chart'], when a type is a union of string literals. */
function literalOptions(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const parts = type.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  return parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : undefined;
}

/** "Language: `zh-CN` (default) or `en`; inherited …" → ['zh-CN', 'en']: the values a string attribute's description lists before its first `;`. */
function describedOptions(description: string | undefined): string[] | undefined {
  const values = [...(description?.split(';')[0] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
  return values.length > 1 ? values : undefined;
}

/**
 * Controls from the manifest: a select for attributes whose type (or
 * description) lists their values, boolean and number controls, colour
 * pickers for colour custom properties. A property that mirrors an attribute
 * keeps its row in the docs table, without a second control for the same thing.
 */
const manifestControls = (context: { argTypes: ArgTypes }): ArgTypes => {
  const argTypes = { ...context.argTypes };
  const attributeFields = new Set<string>();
  for (const [name, argType] of Object.entries(argTypes) as [string, StrictInputType][]) {
    const category = argType.table?.category;
    const typeText = argType.table?.type?.summary;
    if (category === 'attributes') {
      const element = findAttribute(name);
      if (element?.fieldName) attributeFields.add(element.fieldName);
      if (argType.control !== undefined) continue;
      const options = literalOptions(typeText) ?? (typeText === 'string' || typeText === 'string | undefined' ? describedOptions(argType.description) : undefined);
      if (options) argTypes[name] = { ...argType, options, control: { type: 'select' } };
      else if (typeText === 'boolean') argTypes[name] = { ...argType, control: { type: 'boolean' } };
      else if (typeText === 'number') argTypes[name] = { ...argType, control: { type: 'number' } };
      else argTypes[name] = { ...argType, control: { type: 'text' } };
    } else if (category === 'css custom properties' && argType.control === undefined) {
      argTypes[name] = { ...argType, control: { type: /-colou?r/.test(name) ? 'color' : 'text' } };
    } else if (category === 'properties' && name === 'disclosure') {
      // The data itself, editable as JSON in the controls panel (stories pass it as the `disclosure` arg).
      argTypes[name] = { ...argType, control: { type: 'object' } };
    } else if (category === 'properties' && argType.control === undefined) {
      argTypes[name] = { ...argType, control: false };
    } else if (category === 'events' || category === 'css shadow parts' || category === 'css parts') {
      // Documented in the table, with no inert "Set object" control: events show in the Actions panel, parts are styled from CSS.
      argTypes[name] = { ...argType, control: false };
    } else if (category === 'slots' && argType.control === undefined) {
      argTypes[name] = { ...argType, control: { type: 'text' } };
    }
  }
  return argTypes;
};

function findAttribute(name: string): { fieldName?: string } | undefined {
  for (const module of (manifest as { modules: { declarations?: { attributes?: { name: string; fieldName?: string }[] }[] }[] }).modules) {
    for (const declaration of module.declarations ?? []) {
      const attribute = declaration.attributes?.find((candidate) => candidate.name === name);
      if (attribute) return attribute;
    }
  }
  return undefined;
}

/**
 * "Show code" prints the copyable inline form (stories/data/inline.ts): the
 * element with its disclosure in a <script type="application/json"> child,
 * `<` written as \u003c. A story whose data is a property (the `disclosure`
 * arg) would otherwise show an empty tag.
 */
const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Theme (themes/*.css)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default (follows light / dark)' },
          { value: 'light', title: 'Light (even on a dark OS)' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
          { value: 'formal', title: 'Formal (政府门户)' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the page (<html lang>)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文 (zh-CN)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
    textSize: {
      description: 'Text size: every text size derives from --disclosure-font-size',
      toolbar: {
        title: 'Text size',
        icon: 'zoom',
        items: [
          { value: 'default', title: 'Default text (1rem)' },
          { value: 'large', title: 'Large text 适老化 (1.375rem)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default', locale: 'zh-CN', textSize: 'default' },
  decorators: [
    (story, context) => {
      applyTheme(String(context.globals.theme ?? 'default'));
      const locale = String(context.globals.locale ?? 'zh-CN');
      document.documentElement.lang = locale;
      // A wrapper with the chosen language: on a docs page Storybook puts the stories inside its own <div lang="en">,
      // which the elements would otherwise follow.
      const wrapper = document.createElement('div');
      wrapper.lang = locale;
      wrapper.className = 'disclosure-story';
      const size = TEXT_SIZES[String(context.globals.textSize ?? 'default')];
      if (size) wrapper.style.setProperty('--disclosure-font-size', size);
      const rendered = story() as unknown;
      if (rendered instanceof Node) wrapper.append(rendered);
      else return rendered as HTMLElement;
      return wrapper;
    },
  ],
  argTypesEnhancers: [manifestControls],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'none' },
    a11y: { test: 'error' },
    docs: {
      toc: false,
      // "Show code": the element as a page would write it, with its data inline (see inlineSource).
      source: { excludeDecorators: true, transform: inlineSource },
    },
    viewport: { options: VIEWPORTS },
  },
};

export default preview;
