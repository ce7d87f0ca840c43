/**
 * The generated docs (scripts/docs.mjs: docs/elements.md and any other
 * generator listed there) are regenerated in memory from their sources and
 * compared with the committed files: a hand edit of a generated row, or a
 * JSDoc change without `npm run docs`, fails here.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { renderAll } from '../../scripts/docs.mjs';
import { analyse, elementsOf } from '../../stories/tools/element-reference.mjs';

describe('generated docs', () => {
  test('every generated file is what its generator makes of the sources now (run `npm run docs`)', async () => {
    const results = await renderAll();
    assert.ok(results.some((result) => result.path === 'docs/elements.md'));
    for (const { path, expected, committed } of results) {
      assert.notEqual(committed, undefined, `${path} is missing: run npm run docs`);
      assert.equal(committed, expected, `${path} differs from what \`npm run docs\` generates: edit its source, not the file`);
    }
  });

  test('the manifest gives every element the shared API, inherited from the base class, and its own', () => {
    // The manifest the analyzer makes of the sources now, not dist/'s (a build output that may be stale).
    const manifest = analyse();
    const elements = elementsOf(manifest);
    assert.deepEqual(
      elements.map((element: { tagName: string }) => element.tagName),
      ['account-summary', 'appropriation-summary', 'basic-expenditure', 'department-profile', 'disclosure-glossary', 'disclosure-report', 'expenditure-breakdown', 'functional-breakdown', 'fund-appropriation', 'income-breakdown', 'other-matters', 'three-public-expenses'],
    );
    for (const element of elements) {
      const entries = (key: string) => (element[key] as { name: string; inheritedFrom?: { name: string } }[] | undefined) ?? [];
      const names = (key: string) => entries(key).map((entry) => entry.name);
      const inherited = (key: string, name: string) => entries(key).find((entry) => entry.name === name)?.inheritedFrom?.name;
      for (const attribute of ['src', 'lang', 'unit', 'view', 'heading-level', 'hide-zero', 'credentials', 'timeout']) {
        assert.equal(inherited('attributes', attribute), 'DisclosureElement', `<${element.tagName}> attribute ${attribute}`);
      }
      for (const property of ['disclosure', 'state', 'data', 'src', 'hideZero', 'headingLevel']) {
        assert.equal(inherited('members', property), 'DisclosureElement', `<${element.tagName}> property ${property}`);
      }
      assert.deepEqual(names('events'), ['disclosure-load', 'disclosure-error'], `<${element.tagName}> events`);
      assert.equal(inherited('events', 'disclosure-load'), 'DisclosureElement');
      assert.equal(inherited('slots', 'footer'), 'DisclosureElement');
      assert.equal(inherited('cssParts', 'base'), 'DisclosureElement');
      assert.equal(inherited('cssProperties', '--disclosure-color-text'), 'DisclosureElement');
      assert.ok(!names('attributes').some((name) => /state|expanded|selected/i.test(name)), `<${element.tagName}> shows internal state as attributes`);
    }
    const own = (tag: string, key: string) =>
      ((elements.find((element: { tagName: string }) => element.tagName === tag)![key] ?? []) as { name: string; inheritedFrom?: unknown }[])
        .filter((entry) => !entry.inheritedFrom)
        .map((entry) => entry.name);
    assert.deepEqual(own('functional-breakdown', 'attributes'), ['fund', 'expand']);
    assert.deepEqual(own('fund-appropriation', 'attributes'), ['fund']);
    assert.deepEqual(own('account-summary', 'cssParts'), ['subheading', 'legend']);
    assert.deepEqual(own('three-public-expenses', 'cssParts'), ['statement', 'changes']);
  });
});
