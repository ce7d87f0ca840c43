/**
 * The README's element reference is generated (stories/tools/element-reference.mjs)
 * from the Custom Elements Manifest, which `npm run build` writes from the
 * elements' JSDoc. This fails when the README was edited by hand or the JSDoc
 * changed without a build: run `npm run build` and commit README.md.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { END_MARKER, START_MARKER, elementsOf, updateReadme } from '../../stories/tools/element-reference.mjs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');

describe('README element reference', () => {
  test('the manifest describes every element with its API', () => {
    const elements = elementsOf(manifest);
    assert.deepEqual(
      elements.map((element) => element.tagName),
      ['account-summary', 'functional-breakdown', 'three-public-expenses'],
    );
    for (const element of elements) {
      const names = (key: string) => ((element[key] as { name: string }[] | undefined) ?? []).map((entry) => entry.name);
      for (const attribute of ['src', 'lang', 'unit', 'view', 'heading-level', 'hide-zero', 'credentials', 'timeout']) {
        assert.ok(names('attributes').includes(attribute), `<${element.tagName}> lacks the attribute ${attribute}`);
      }
      for (const property of ['disclosure', 'state', 'src', 'hideZero', 'headingLevel']) {
        assert.ok(names('members').includes(property), `<${element.tagName}> lacks the inherited property ${property}`);
      }
      assert.deepEqual(names('events'), ['disclosure-load', 'disclosure-error'], `<${element.tagName}> events`);
      assert.ok(names('slots').includes('footer'), `<${element.tagName}> lacks the footer slot`);
      assert.ok(names('cssParts').includes('base'), `<${element.tagName}> lacks CSS parts`);
      assert.ok(names('cssProperties').includes('--disclosure-color-text'), `<${element.tagName}> lacks CSS custom properties`);
    }
  });

  test('README.md between the markers is what the generator makes of dist/custom-elements.json', () => {
    assert.ok(readme.includes(START_MARKER) && readme.includes(END_MARKER), 'README.md lacks the element-reference markers');
    const expected = updateReadme(readme, manifest);
    const section = (text: string) => text.slice(text.indexOf(START_MARKER), text.indexOf(END_MARKER) + END_MARKER.length);
    assert.equal(section(readme), section(expected), 'The README element reference is out of date: run `npm run build` (or `node stories/tools/element-reference.mjs`).');
    assert.equal(readme, expected);
  });
});
