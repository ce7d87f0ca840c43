#!/usr/bin/env node
/**
 * The README's element reference, generated from the Custom Elements
 * Manifest (dist/custom-elements.json, itself generated from the elements'
 * JSDoc): per element, tables of its attributes, properties, methods, events,
 * slots and CSS parts; then one table of every CSS custom property with the
 * elements that use it.
 *
 *   node stories/tools/element-reference.mjs [manifest] [readme]
 *
 * rewrites README.md between `<!-- element-reference:start -->` and
 * `<!-- element-reference:end -->` and leaves the rest of the file alone.
 * `npm run build` runs it after writing the manifest; test/node/element-reference.test.ts
 * fails when the README is not what this produces.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const START_MARKER = '<!-- element-reference:start -->';
export const END_MARKER = '<!-- element-reference:end -->';

/** A table cell: one line, pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
/** Inline code, safe for values that contain backticks. */
const code = (text) => {
  const value = cell(text);
  if (value === '') return '';
  return value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``;
};

function table(headers, rows) {
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** Every custom element declaration in the manifest, by tag name. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

function elementSection(element) {
  const parts = [`#### \`<${element.tagName}>\``, ''];
  const summary = element.summary ?? element.description?.split(/\n\n/)[0];
  if (summary) parts.push(cell(summary), '');
  parts.push(`Class \`${element.name}\`.`, '');

  const attributes = element.attributes ?? [];
  if (attributes.length > 0) {
    parts.push(
      '**Attributes**',
      '',
      table(
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        attributes.map((attribute) => [
          code(attribute.name),
          code(attribute.fieldName),
          code(attribute.type?.text),
          code(attribute.default),
          cell(attribute.description),
        ]),
      ),
      '',
    );
  }

  const withAttribute = new Set(attributes.map((attribute) => attribute.fieldName));
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.static && !withAttribute.has(member.name));
  if (fields.length > 0) {
    parts.push(
      '**Properties** (besides those of the attributes above)',
      '',
      table(
        ['Property', 'Type', 'Description'],
        fields.map((field) => [code(field.name), code(field.type?.text), cell(`${field.readonly && !/read[- ]only/i.test(field.description ?? '') ? 'Read only. ' : ''}${field.description ?? ''}`)]),
      ),
      '',
    );
  }

  const methods = (element.members ?? []).filter((member) => member.kind === 'method');
  if (methods.length > 0) {
    parts.push(
      '**Methods**',
      '',
      table(
        ['Method', 'Description'],
        methods.map((method) => [
          code(`${method.static ? `${element.name}.` : ''}${method.name}(${(method.parameters ?? []).map((parameter) => `${parameter.name}${parameter.type?.text ? `: ${parameter.type.text}` : ''}`).join(', ')})`),
          cell(method.description),
        ]),
      ),
      '',
    );
  }

  const events = element.events ?? [];
  if (events.length > 0) {
    parts.push('**Events**', '', table(['Event', 'Type', 'Description'], events.map((event) => [code(event.name), code(event.type?.text), cell(event.description)])), '');
  }
  const slots = element.slots ?? [];
  if (slots.length > 0) {
    parts.push('**Slots**', '', table(['Slot', 'Description'], slots.map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)])), '');
  }
  const cssParts = element.cssParts ?? [];
  if (cssParts.length > 0) {
    parts.push('**CSS parts**', '', table(['Part', 'Description'], cssParts.map((part) => [code(part.name), cell(part.description)])), '');
  }
  return parts.join('\n');
}

function customPropertiesSection(elements) {
  /** name → { defaults, descriptions: Map<description, tags[]>, tags } in first-seen order. */
  const properties = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      if (!properties.has(property.name)) properties.set(property.name, { defaults: new Set(), descriptions: new Map(), tags: [] });
      const entry = properties.get(property.name);
      if (property.default !== undefined) entry.defaults.add(property.default);
      const description = cell(property.description);
      if (!entry.descriptions.has(description)) entry.descriptions.set(description, []);
      entry.descriptions.get(description).push(element.tagName);
      entry.tags.push(element.tagName);
    }
  }
  const rows = [...properties].map(([name, entry]) => {
    const descriptions =
      entry.descriptions.size === 1
        ? [...entry.descriptions.keys()][0]
        : [...entry.descriptions].map(([description, tags]) => `${tags.map((tag) => `\`<${tag}>\``).join(', ')}: ${description}`).join('<br>');
    const used = entry.tags.length === elements.length ? 'all' : entry.tags.map((tag) => `\`<${tag}>\``).join(', ');
    return [code(name), [...entry.defaults].map(code).join(' / '), descriptions, used];
  });
  return [
    '#### CSS custom properties',
    '',
    'Custom properties inherit into the shadow roots, so a theme sets them once, on `:root` (or on the elements); see [Themes](#themes).',
    '',
    table(['Custom property', 'Default', 'Description', 'Used by'], rows),
    '',
  ].join('\n');
}

/** The Markdown that goes between the markers. */
export function renderReference(manifest) {
  const elements = elementsOf(manifest);
  return [
    '<!-- Generated from dist/custom-elements.json by stories/tools/element-reference.mjs (npm run build). Edit the elements\' JSDoc, not this section. -->',
    '',
    ...elements.map(elementSection),
    customPropertiesSection(elements),
  ].join('\n');
}

/** `readme` with the section between the markers replaced. Throws when a marker is missing. */
export function updateReadme(readme, manifest) {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START_MARKER} and ${END_MARKER}, in that order.`);
  return `${readme.slice(0, start + START_MARKER.length)}\n${renderReference(manifest)}\n${readme.slice(end)}`;
}

/** `--disclosure-*` custom properties the styles read that no element documents with @cssprop. */
export function undocumentedCustomProperties(manifest, styleSources) {
  const documented = new Set(elementsOf(manifest).flatMap((element) => (element.cssProperties ?? []).map((property) => property.name)));
  const used = new Set(styleSources.flatMap((source) => [...source.matchAll(/var\((--disclosure-[\w-]+)/g)].map((match) => match[1])));
  return [...used].filter((name) => !documented.has(name)).sort();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [manifestPath = 'dist/custom-elements.json', readmePath = 'README.md'] = process.argv.slice(2);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const readme = readFileSync(readmePath, 'utf8');
  const next = updateReadme(readme, manifest);
  if (next !== readme) writeFileSync(readmePath, next);
  console.log(`${readmePath}: element reference ${next === readme ? 'up to date' : 'updated'} (${elementsOf(manifest).length} elements).`);
  const styles = readdirSync('components', { recursive: true })
    .filter((file) => /(^|\/)([\w-]+\.)?styles\.ts$/.test(file))
    .map((file) => readFileSync(`components/${file}`, 'utf8'));
  const undocumented = undocumentedCustomProperties(manifest, styles);
  if (undocumented.length > 0) console.warn(`Used in the styles but documented by no element's @cssprop (so missing from the reference): ${undocumented.join(', ')}`);
}
