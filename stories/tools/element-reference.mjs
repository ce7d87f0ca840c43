/**
 * The element reference (docs/elements.md), generated from the Custom
 * Elements Manifest, itself generated from the elements' JSDoc (the shared
 * API once, on the base class; each element's own on the element): per
 * element, tables of its attributes, properties, methods, events, slots and
 * CSS parts; then one table of every CSS custom property.
 *
 * `generate()` runs the analyzer into a scratch folder and renders the
 * Markdown; `npm run docs` (scripts/docs.mjs) writes it to docs/elements.md
 * and `npm test` (test/node/docs.test.ts) fails when the committed file
 * differs. The build never writes it.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** Where `npm run docs` writes the reference. */
export const OUTPUT = 'docs/elements.md';

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

/** " ¹" after an entry the element inherits from the shared base class. */
const shared = (entry) => (entry.inheritedFrom?.name === 'DisclosureElement' ? ' ¹' : '');

function elementSection(element) {
  const parts = [`## \`<${element.tagName}>\``, ''];
  const summary = element.summary ?? element.description?.split(/\n\n/)[0];
  if (summary) parts.push(cell(summary), '');
  parts.push(`Class \`${element.name}\`. Rows marked ¹ are shared by every element (documented once, on \`DisclosureElement\`).`, '');

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
          cell(`${attribute.description ?? ''}${shared(attribute)}`),
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
        fields.map((field) => [code(field.name), code(field.type?.text), cell(`${field.readonly && !/read[- ]only/i.test(field.description ?? '') ? 'Read only. ' : ''}${field.description ?? ''}${shared(field)}`)]),
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
          cell(`${method.description ?? ''}${shared(method)}`),
        ]),
      ),
      '',
    );
  }

  const events = element.events ?? [];
  if (events.length > 0) {
    parts.push('**Events**', '', table(['Event', 'Type', 'Description'], events.map((event) => [code(event.name), code(event.type?.text), cell(`${event.description ?? ''}${shared(event)}`)])), '');
  }
  const slots = element.slots ?? [];
  if (slots.length > 0) {
    parts.push('**Slots**', '', table(['Slot', 'Description'], slots.map((slot) => [slot.name ? code(slot.name) : '(default)', cell(`${slot.description ?? ''}${shared(slot)}`)])), '');
  }
  const cssParts = element.cssParts ?? [];
  if (cssParts.length > 0) {
    parts.push('**CSS parts**', '', table(['Part', 'Description'], cssParts.map((part) => [code(part.name), cell(`${part.description ?? ''}${shared(part)}`)])), '');
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
    '## CSS custom properties',
    '',
    'Custom properties inherit into the shadow roots, so a theme sets them once, on `:root` (or on the elements); see the themes in `themes/` and the README.',
    '',
    table(['Custom property', 'Default', 'Description', 'Used by'], rows),
    '',
  ].join('\n');
}

/** The whole of docs/elements.md for a manifest. */
export function renderReference(manifest) {
  const elements = elementsOf(manifest);
  return [
    '# Element reference',
    '',
    '<!-- Generated by `npm run docs` from the elements\' JSDoc (through the Custom Elements Manifest). Edit the JSDoc, not this file: `npm test` fails when the two differ. -->',
    '',
    'Every element shares the attributes, properties, events, slot, parts and custom properties of the base class `DisclosureElement` (marked ¹); each adds its own. Import and usage: see the [README](../README.md).',
    '',
    ...elements.map(elementSection),
    customPropertiesSection(elements),
  ].join('\n');
}

/** The Custom Elements Manifest as the analyzer makes it now from the sources (written to a scratch folder, not dist/). */
export function analyse() {
  const scratch = mkdtempSync(join(tmpdir(), 'cem-'));
  try {
    // The analyzer joins --outdir to the working directory: give it a relative path.
    const result = spawnSync(join('node_modules', '.bin', 'cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(process.cwd(), scratch), '--quiet'], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (result.status !== 0) throw new Error(`cem analyze failed (exit ${result.status})`);
    return JSON.parse(readFileSync(join(scratch, 'custom-elements.json'), 'utf8'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** docs/elements.md as the sources make it now. */
export function generate() {
  const manifest = analyse();
  const styles = readdirSync('components', { recursive: true })
    .filter((file) => /(^|\/)([\w-]+\.)?styles\.ts$/.test(file))
    .map((file) => readFileSync(`components/${file}`, 'utf8'));
  const undocumented = undocumentedCustomProperties(manifest, styles);
  if (undocumented.length > 0) throw new Error(`Used in the styles but documented by no @cssprop: ${undocumented.join(', ')}`);
  return `${renderReference(manifest)}`;
}

/** `--disclosure-*` custom properties the styles read that no element documents with @cssprop. */
export function undocumentedCustomProperties(manifest, styleSources) {
  const documented = new Set(elementsOf(manifest).flatMap((element) => (element.cssProperties ?? []).map((property) => property.name)));
  const used = new Set(styleSources.flatMap((source) => [...source.matchAll(/var\((--disclosure-[\w-]+)/g)].map((match) => match[1])));
  return [...used].filter((name) => !documented.has(name)).sort();
}
