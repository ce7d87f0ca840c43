/**
 * Pre-rendering under Node: renderToString and the disclosure-render CLI.
 * Expected figures are the seed's, as published (../shared/seeds: 收入总计
 * 933.74万元, 基本支出 1.6万元, 项目支出 932.14万元), not the code's output.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { renderToString, RenderError, compactJson, scriptSafeJson, styleHashes } from '../../components/render/render.js';
import { syntheticConsolidated } from '../../stories/data/synthetic-large.js';

const seedText = readFileSync('stories/data/seed-2022.json', 'utf8');
const seed = JSON.parse(seedText);
const cli = 'dist/cli/disclosure-render.js';

/** The text a reader sees: tags, comments and the style sheet removed, entities of the escaped text kept as characters. */
function visibleText(fragment: string): string {
  return fragment
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('renderToString', () => {
  it('renders <account-summary> with a declarative shadow root holding the seed figures and its tables', async () => {
    const fragment = await renderToString('account-summary', seed);
    assert.match(fragment, /^<account-summary lang="zh-CN"/);
    assert.match(fragment, /<template shadowroot="open" shadowrootmode="open"><style>/);
    assert.ok(fragment.endsWith('</script></account-summary>'));
    const text = visibleText(fragment);
    for (const figure of ['933.74', '1.6', '932.14']) assert.ok(text.includes(figure), `${figure} in ${text.slice(0, 200)}`);
    assert.ok((fragment.match(/<table/g) ?? []).length >= 2);
    assert.match(fragment, /<th scope="col"/);
    assert.ok(!/class="loading"/.test(fragment), 'no loading state in a pre-rendered element');
  });

  it('carries the disclosure as the element\'s inline JSON, the same JSON it was given', async () => {
    const fragment = await renderToString('three-public-expenses', seedText);
    const json = fragment.match(/<script type="application\/json">([\s\S]*)<\/script><\/three-public-expenses>$/)?.[1];
    assert.ok(json);
    assert.deepEqual(JSON.parse(json), seed);
  });

  it('writes the attributes it is given, and the language always', async () => {
    const fragment = await renderToString('functional-breakdown', seed, {
      lang: 'en',
      unit: '元',
      view: 'table',
      headingLevel: 3,
      hideZero: true,
      fund: 'general-public-budget',
    });
    const open = fragment.slice(0, fragment.indexOf('>'));
    for (const attribute of ['lang="en"', 'unit="元"', 'view="table"', 'heading-level="3"', 'hide-zero', 'fund="general-public-budget"']) {
      assert.ok(open.includes(attribute), `${attribute} in ${open}`);
    }
    // 933.74万元 (201 一般公共服务支出) and 901.17万元 (2013299) in 元, converted exactly.
    assert.ok(visibleText(fragment).includes('9,337,400'));
    assert.ok(visibleText(fragment).includes('9,011,700'));
    assert.ok(!fragment.includes('<svg role="img"'), 'view="table" renders no chart');
  });

  it('refuses an invalid disclosure and renders nothing, naming the path', async () => {
    const broken = structuredClone(seed);
    broken.accountSummary.income[0].amount = '12abc';
    await assert.rejects(renderToString('account-summary', broken), (error: unknown) => {
      assert.ok(error instanceof RenderError);
      assert.match(error.message, /accountSummary\.income\[0\]\.amount/);
      return true;
    });
  });

  it('refuses a disclosure without the section the element shows', async () => {
    const { threePublicExpenses: _omitted, ...without } = seed;
    await assert.rejects(renderToString('three-public-expenses', without), RenderError);
  });

  it('keeps hostile text as text: a name with </script> and markup can neither end the data nor become markup', async () => {
    const hostile = structuredClone(seed);
    hostile.department.name = '</script><img src=x onerror=alert(1)><!--';
    const fragment = await renderToString('account-summary', hostile);
    assert.equal(fragment.indexOf('</script>'), fragment.lastIndexOf('</script>'), 'one </script>: the data block\'s own');
    assert.ok(!fragment.includes('<img'));
    const json = fragment.match(/<script type="application\/json">([\s\S]*)<\/script>/)![1]!;
    assert.equal(JSON.parse(json).department.name, hostile.department.name);
  });
});

describe('compactJson and scriptSafeJson', () => {
  it('drop only the white space between tokens, keeping strings and numbers as written', () => {
    const text = '{\n  "a" : "x  y\\" z",\n\t"b": [ 1.50 , 12345678901234567891 ] }';
    assert.equal(compactJson(text), '{"a":"x  y\\" z","b":[1.50,12345678901234567891]}');
  });
  it('write <, > and & as JSON escapes, which mean the same JSON', () => {
    const safe = scriptSafeJson('{"n":"</script><!-- & \u2028"}');
    assert.ok(!/[<>&\u2028]/.test(safe));
    assert.equal(JSON.parse(safe).n, '</script><!-- & \u2028');
  });
});

describe('disclosure-render (CLI)', () => {
  const run = (args: string[], input?: string) =>
    spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' } });

  it('--style-hashes prints the CSP sources of the fragment\'s inline styles: one per kind of element, each the SHA-256 of a <style>\'s text', async () => {
    const fragment = await renderToString('disclosure-report', seed);
    // The styles, found without the library's pattern: every text between a <style> and the next </style>.
    const texts = new Set<string>();
    for (let at = fragment.indexOf('<style>'); at >= 0; at = fragment.indexOf('<style>', at + 1)) {
      texts.add(fragment.slice(at + '<style>'.length, fragment.indexOf('</style>', at)));
    }
    // The report and the sections the seed has, each with its own style sheet: more than one, fewer than one per <style>.
    assert.ok(texts.size > 1, `${texts.size} distinct styles`);
    assert.ok(texts.size < (fragment.match(/<style>/g) ?? []).length);
    const expected = [...texts].map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    assert.deepEqual(await styleHashes(fragment), expected);
    const result = run(['stories/data/seed-2022.json', '--element', 'disclosure-report', '--style-hashes']);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(result.stdout.trimEnd().split('\n'), expected);
    for (const line of result.stdout.trimEnd().split('\n')) assert.match(line, /^'sha256-[A-Za-z0-9+/]{43}='$/);
  });

  it('writes the fragment to standard output and exits 0', () => {
    const result = run(['stories/data/seed-2022.json', '--element', 'account-summary', '--lang', 'en']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^<account-summary lang="en"/);
    assert.ok(result.stdout.includes('933.74'));
  });

  it('takes --heading-level 1 to 9, as the attribute does: past 6 a role="heading" with its aria-level', () => {
    const deep = run(['stories/data/seed-2022.json', '--element', 'account-summary', '--heading-level', '8']);
    assert.equal(deep.status, 0, deep.stderr);
    assert.match(deep.stdout, /^<account-summary lang="zh-CN" heading-level="8"/);
    assert.match(deep.stdout, /<div role="heading" aria-level="8"/);
    const top = run(['stories/data/seed-2022.json', '--element', 'account-summary', '--heading-level', '6']);
    assert.match(top.stdout, /<h6[ >]/);
    const beyond = run(['stories/data/seed-2022.json', '--element', 'account-summary', '--heading-level', '10']);
    assert.equal(beyond.status, 2);
    assert.match(beyond.stderr, /not a valid value for --heading-level/);
  });

  it('reads standard input with - and writes to -o', () => {
    const folder = mkdtempSync(join(tmpdir(), 'render-'));
    const out = join(folder, 'fragment.html');
    const result = run(['-', '-e', 'three-public-expenses', '-o', out], seedText);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
    assert.match(readFileSync(out, 'utf8'), /^<three-public-expenses lang="zh-CN"/);
  });

  it('exits 1 for an invalid disclosure, listing the problem and writing nothing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'render-'));
    const file = join(folder, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...seed, fiscalYear: 'last year' }));
    const result = run([file, '--element', 'account-summary']);
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /invalid, 1 error; nothing rendered/);
    assert.match(result.stderr, /fiscalYear/);
  });

  it('exits 2 for JSON that does not parse, for a missing file and for wrong options', () => {
    const folder = mkdtempSync(join(tmpdir(), 'render-'));
    const file = join(folder, 'not.json');
    writeFileSync(file, '{ "schemaVersion": 1,');
    assert.equal(run([file, '--element', 'account-summary']).status, 2);
    const missing = run([join(folder, 'missing.json'), '--element', 'account-summary']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no such file/);
    const unknownElement = run(['stories/data/seed-2022.json', '--element', 'script']);
    assert.equal(unknownElement.status, 2);
    assert.match(unknownElement.stderr, /not a valid value for --element/);
    assert.equal(run(['stories/data/seed-2022.json', '--bogus', '--element', 'account-summary']).status, 2);
    assert.equal(run(['stories/data/seed-2022.json']).status, 2, 'no --element');
  });

  it('writes a large fragment through a pipe to its end, every level open', () => {
    const large = syntheticConsolidated({ classes: 10, sectionsPerClass: 10, itemsPerSection: 10 });
    const result = run(['-', '--element', 'functional-breakdown', '--view', 'table'], JSON.stringify(large));
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.endsWith('</functional-breakdown>\n'));
    // The header row, 10 类 + 100 款 + 1,000 项, and the total.
    assert.equal(result.stdout.match(/<tr[ >]/g)?.length, 1 + 1110 + 1);
    assert.match(result.stdout, /^<functional-breakdown [^>]*expand="all"/);
  });

  it('answers --help and --version', () => {
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: disclosure-render FILE --element TAG/);
    assert.match(run(['--version']).stdout, /^disclosure-render \d+\.\d+\.\d+/);
  });
});
