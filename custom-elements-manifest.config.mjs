/**
 * Custom Elements Manifest (dist/custom-elements.json), written by
 * `npm run build` and `npm run manifest`:
 *   node_modules/.bin/cem analyze --config custom-elements-manifest.config.mjs --outdir dist
 *
 * The JSDoc is the single source of the API docs. The API every element
 * shares is documented once, on the base class
 * (components/core/element/disclosure-element.ts, in the globs for that
 * reason); the analyzer's own inheritance step copies it into each element
 * (`inheritedFrom`). The manifest feeds Storybook and docs/elements.md
 * (`npm run docs`).
 *
 * The analyzer does the rest itself (`@summary`, `@fires`, `@slot`,
 * `@csspart`, `@cssprop`, `@prop {Type}`, Lit's static properties); the
 * plugin below does only what it cannot:
 *   - tag names: elements register with `XElement.define('x-tag')` (the base
 *     class's helper), not `customElements.define`; those calls in define.ts
 *     become the tag names and `custom-element-definition` exports;
 *   - Lit internal state (`{ state: true }`) is not an attribute;
 *   - the base's `emit(name, …)` helper is not an event called "name";
 *   - private and protected members are implementation, not API;
 *   - string-literal union aliases (DisclosureView, Fund …) are written out,
 *     so that tools (Storybook controls) can offer the values;
 *   - module paths name the shipped files (dist/lib/…/*.js), not the unpublished sources;
 *   - each `@cssprop` gets its default from the styles
 *     (`var(--disclosure-x, default)`).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';

/** DOM types used by the elements' attributes, written out. */
const BUILTIN_ALIASES = {
  RequestCredentials: "'omit' | 'same-origin' | 'include'",
};

/** Modules outside the analysed globs whose string-literal unions the elements' members use (MoneyUnit). */
const ALIAS_SOURCES = ['components/core/money.ts'];
function aliasesIn(files) {
  const found = {};
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/^export type (\w+) = ((?:'[^']*'\s*\|\s*)*'[^']*');$/gm)) found[match[1]] = match[2].replace(/\s*\|\s*/g, ' | ');
  }
  return found;
}

/** The `--disclosure-*` defaults in a styles file: `var(--disclosure-x, default)` and `--_y: var(--disclosure-x, default)`. */
function cssDefaults(files) {
  const defaults = new Map();
  const privateNames = new Map();
  for (const file of files) {
    if (!existsSync(file)) continue;
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(--_[\w-]+)\s*:\s*var\((--disclosure-[\w-]+)\s*,/g)) privateNames.set(match[1], match[2]);
    for (const match of source.matchAll(/var\((--disclosure-[\w-]+)\s*,\s*/g)) {
      const start = match.index + match[0].length;
      let depth = 0;
      let end = start;
      for (; end < source.length; end++) {
        const char = source[end];
        if (char === '(') depth++;
        else if (char === ')') {
          if (depth === 0) break;
          depth--;
        }
      }
      const value = source.slice(start, end).trim().replace(/\s+/g, ' ');
      if (!defaults.has(match[1])) defaults.set(match[1], value);
    }
  }
  // `var(--_text)` is the element's private copy of --disclosure-color-text: name the public one.
  for (const [name, value] of defaults) {
    defaults.set(
      name,
      value.replace(/var\((--_[\w-]+)\)/g, (whole, privateName) => (privateNames.has(privateName) ? `var(${privateNames.get(privateName)})` : whole)),
    );
  }
  return defaults;
}

/** The shared styles first (they set the defaults), then every other *.styles.ts under components/. */
function styleFiles() {
  const shared = join('components', 'core', 'element', 'styles.ts');
  const others = readdirSync('components', { recursive: true })
    .map((file) => join('components', file))
    .filter((file) => file.endsWith('.styles.ts'))
    .sort();
  return [shared, ...others];
}

function disclosureElementsPlugin() {
  /** className → tag name, from `X.define('x-tag')`. */
  const tagNames = new Map();
  /** className → names declared `{ state: true }` in static properties. */
  const stateProperties = new Map();
  /** className → names of events created from a variable. */
  const variableEvents = new Map();
  /** Type alias name → its string-literal union text. */
  const aliases = new Map(Object.entries({ ...BUILTIN_ALIASES, ...aliasesIn(ALIAS_SOURCES) }));

  const enclosingClass = (ts, node) => {
    for (let current = node.parent; current; current = current.parent) {
      if (ts.isClassDeclaration(current) && current.name) return current.name.text;
    }
    return undefined;
  };
  const addTo = (map, key, value) => {
    if (!map.has(key)) map.set(key, new Set());
    map.get(key).add(value);
  };

  return {
    name: 'disclosure-elements',
    analyzePhase({ ts, node, moduleDoc }) {
      // export type DisclosureView = 'both' | 'table' | 'chart';
      if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type)) {
        const literals = node.type.types.every((type) => ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal));
        if (literals) aliases.set(node.name.text, node.type.types.map((type) => `'${type.literal.text}'`).join(' | '));
      }

      if (ts.isClassDeclaration(node) && node.name) {
        const className = node.name.text;
        for (const member of node.members) {
          const isStatic = member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
          if (!isStatic || !member.name || member.name.getText() !== 'properties') continue;
          const object = member.initializer;
          if (!object || !ts.isObjectLiteralExpression(object)) continue;
          for (const property of object.properties) {
            if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
            const state = property.initializer.properties.some(
              (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
            );
            if (state) addTo(stateProperties, className, property.name.getText());
          }
        }
      }

      // this.dispatchEvent(new CustomEvent<T>(name, …)) with `name` a variable
      if (ts.isNewExpression(node) && node.expression.getText() === 'CustomEvent' && node.arguments?.[0] && ts.isIdentifier(node.arguments[0])) {
        const className = enclosingClass(ts, node);
        if (className) addTo(variableEvents, className, node.arguments[0].text);
      }

      // AccountSummaryElement.define('account-summary');
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'define' &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text !== 'customElements' &&
        node.arguments[0] &&
        ts.isStringLiteral(node.arguments[0]) &&
        node.arguments[0].text.includes('-')
      ) {
        const className = node.expression.expression.text;
        const tag = node.arguments[0].text;
        // Where the class comes from: an import in this file, or this file.
        let module = moduleDoc.path;
        for (const statement of node.getSourceFile().statements) {
          if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings) continue;
          const bindings = statement.importClause.namedBindings;
          if (ts.isNamedImports(bindings) && bindings.elements.some((element) => element.name.text === className)) {
            const specifier = statement.moduleSpecifier.text;
            module = posix.normalize(posix.join(posix.dirname(moduleDoc.path), specifier)).replace(/\.js$/, '.ts');
          }
        }
        tagNames.set(className, tag);
        moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name: className, module } }];
      }
    },

    packageLinkPhase({ customElementsManifest }) {
      const expand = (text) => {
        if (typeof text !== 'string') return text;
        const parts = text.split('|').map((part) => part.trim());
        if (!parts.some((part) => aliases.has(part))) return text;
        return parts.map((part) => aliases.get(part) ?? part).join(' | ');
      };
      const styleDefaults = cssDefaults(styleFiles());
      const classes = customElementsManifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.kind === 'class'));
      const ancestry = (declaration) => {
        const names = [];
        for (let current = declaration; current; current = classes.find((candidate) => candidate.name === current.superclass?.name)) names.push(current.name);
        return names;
      };

      for (const module of customElementsManifest.modules) {
        // Definitions the analyzer guessed from `customElements.define(tagName, this)` inside the base's helper.
        module.exports = (module.exports ?? []).filter(
          (entry) => entry.kind !== 'custom-element-definition' || tagNames.get(entry.declaration?.name) === entry.name,
        );
        // Leftovers of function-local variables the analyzer mistook for module declarations.
        const exported = new Set(module.exports.map((entry) => entry.declaration?.name));
        module.declarations = (module.declarations ?? []).filter((declaration) => declaration.kind === 'class' || exported.has(declaration.name));
      }

      for (const declaration of classes) {
        const lineage = ancestry(declaration);
        const tag = tagNames.get(declaration.name);
        if (tag) {
          declaration.tagName = tag;
          declaration.customElement = true;
        } else {
          delete declaration.customElement;
          delete declaration.tagName;
        }

        const state = new Set(lineage.flatMap((name) => [...(stateProperties.get(name) ?? [])]));
        const fromVariables = new Set(lineage.flatMap((name) => [...(variableEvents.get(name) ?? [])]));

        declaration.attributes = (declaration.attributes ?? []).filter((attribute) => !state.has(attribute.fieldName ?? attribute.name));
        declaration.events = (declaration.events ?? []).filter((event) => !(fromVariables.has(event.name) && !event.description));
        declaration.members = (declaration.members ?? [])
          .filter((member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#') && !state.has(member.name))
          .map((member) => {
            const next = { ...member };
            if (next.type?.text) next.type = { ...next.type, text: expand(next.type.text) };
            return next;
          });
        for (const attribute of declaration.attributes) {
          const field = declaration.members.find((member) => member.name === attribute.fieldName);
          const text = field?.type?.text ?? attribute.type?.text;
          if (text) attribute.type = { text: expand(text) };
        }
        for (const key of ['attributes', 'events', 'slots', 'cssParts', 'cssProperties']) {
          if (declaration[key]?.length === 0) delete declaration[key];
        }

        if (declaration.cssProperties) {
          for (const property of declaration.cssProperties) {
            if (property.default === undefined && styleDefaults.has(property.name)) property.default = styleDefaults.get(property.name);
          }
        }
      }

      // The analyzer names the TypeScript sources, which are not published: point every
      // module path (modules, exports, inheritedFrom, superclass) at the built module in dist/lib.
      const shipped = (path) => (typeof path === 'string' ? path.replace(/^\/?components\/(.*)\.[jt]s$/, 'dist/lib/$1.js') : path);
      const rewrite = (value) => {
        if (Array.isArray(value)) return value.forEach(rewrite);
        if (!value || typeof value !== 'object') return;
        for (const [key, item] of Object.entries(value)) {
          if (key === 'path' || key === 'module') value[key] = shipped(item);
          else rewrite(item);
        }
      };
      rewrite(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['components/*/*.ts', 'components/core/element/disclosure-element.ts', 'components/core/element/section-element.ts', 'components/core/element/hierarchy-element.ts'],
  exclude: ['components/**/*.test.ts', 'components/frameworks/**', 'components/render/**', 'components/import/**', 'components/**/*.styles.ts', 'components/core/*.ts', 'components/cli/**', 'components/index.ts'],
  litelement: true,
  // package.json's "customElements" is written by hand; the analyzer must not rewrite the file.
  packagejson: false,
  plugins: [disclosureElementsPlugin()],
};
