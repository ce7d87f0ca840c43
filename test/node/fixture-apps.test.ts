/**
 * The packed package in the portal apps of test/fixtures/apps (vanilla TS,
 * React 19 + TSX, Vue 3 SFC, and an Angular component): `npm pack`, install
 * the tarball, type-check each app strictly (the lines marked @ts-expect-error /
 * @vue-expect-error must fail, or the check fails), build the first three with
 * Vite, and run the CLI from the installed package. docs/frameworks.md's snippets are checked to be copies
 * of these apps' files.
 *
 * The apps' dependencies (react, vue, @angular/core, vite, vue-tsc, typescript 5) are
 * installed once into node_modules/.cache/fixture-apps/<hash of the apps'
 * package.json>/ and reused; each run installs only the fresh tarball there
 * (npm's --prefer-offline cache). The registry must be reachable on the first run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const APPS = resolve('test/fixtures/apps');
const appsPackage = readFileSync(join(APPS, 'package.json'));
const hash = createHash('sha256').update(appsPackage).digest('hex').slice(0, 12);
const workspace = resolve('node_modules/.cache/fixture-apps', hash);
const bin = (name: string) => join(workspace, 'node_modules', '.bin', name);

function run(command: string, args: string[], cwd = workspace): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed (exit ${result.status}):\n${output}`);
  return output;
}

const npmQuiet = ['--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'];
const started = Date.now();

test('the packed tarball installs into the fixture apps (dependencies cached by hash)', { timeout: 600_000 }, () => {
  mkdirSync(workspace, { recursive: true });
  // An install for an older package.json is never used again.
  for (const old of readdirSync(resolve(workspace, '..')).filter((name) => name !== hash)) rmSync(resolve(workspace, '..', old), { recursive: true, force: true });
  if (!existsSync(bin('vite')) || !existsSync(bin('vue-tsc'))) {
    cpSync(join(APPS, 'package.json'), join(workspace, 'package.json'));
    run('npm', ['install', ...npmQuiet]);
  }
  for (const file of readdirSync(workspace).filter((name) => name.endsWith('.tgz'))) rmSync(join(workspace, file));
  const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', workspace, '--loglevel=error'], resolve('.')));
  const tarball = packed[0].filename as string;
  rmSync(join(workspace, 'node_modules', 'disclosure-elements'), { recursive: true, force: true });
  run('npm', ['install', '--no-save', ...npmQuiet, `./${tarball}`]);
  const installed = JSON.parse(readFileSync(join(workspace, 'node_modules/disclosure-elements/package.json'), 'utf8'));
  assert.equal(installed.version, JSON.parse(readFileSync('package.json', 'utf8')).version);
  assert.ok(!existsSync(join(workspace, 'node_modules/disclosure-elements/components')), 'the tarball ships the TypeScript sources');
  for (const app of ['vanilla', 'react', 'vue', 'angular']) {
    rmSync(join(workspace, app), { recursive: true, force: true });
    cpSync(join(APPS, app), join(workspace, app), { recursive: true });
  }
});

test('vanilla TS: strict tsc passes, the wrong unit and a wrong event detail fail, Vite builds', () => {
  run(bin('tsc'), ['-p', 'vanilla/tsconfig.json']);
  run(bin('vite'), ['build', 'vanilla', '--logLevel', 'warn']);
  const built = readdirSync(join(workspace, 'vanilla/dist/assets')).map((file) => readFileSync(join(workspace, 'vanilla/dist/assets', file), 'utf8')).join('');
  assert.match(built, /three-public-expenses/);
});

test('React 19 + TSX: JSX.IntrinsicElements types every element, its properties, attributes and typed events; Vite builds', () => {
  run(bin('tsc'), ['-p', 'react/tsconfig.json']);
  run(bin('vite'), ['build', 'react', '--logLevel', 'warn']);
  const built = readdirSync(join(workspace, 'react/dist/assets')).map((file) => readFileSync(join(workspace, 'react/dist/assets', file), 'utf8')).join('');
  assert.match(built, /three-public-expenses/);
  assert.match(built, /functional-breakdown/);
});

test('Vue 3 SFC: vue-tsc checks the tags through GlobalComponents; isCustomElement lists only the library\'s tags; Vite builds', () => {
  run(bin('vue-tsc'), ['-p', 'vue/tsconfig.json']);
  run(bin('vite'), ['build', 'vue', '--logLevel', 'warn']);
  const built = readdirSync(join(workspace, 'vue/dist/assets')).map((file) => readFileSync(join(workspace, 'vue/dist/assets', file), 'utf8')).join('');
  // The library's tag is created as an element (a string tag in the render function) …
  assert.match(built, /["'`]three-public-expenses["'`]/);
  // … while the app's own <my-widget> stays its Vue component, never an unknown element.
  assert.doesNotMatch(built, /["'`]my-widget["'`]/);
  assert.match(built, /portal widget/);
});

test('Angular: the component of docs/frameworks.md type-checks against @angular/core with CUSTOM_ELEMENTS_SCHEMA', () => {
  run(bin('tsc'), ['-p', 'angular/tsconfig.json']);
});

test('the installed CLI validates the seed', () => {
  cpSync(resolve('stories/data/seed-2022.json'), join(workspace, 'seed-2022.json'));
  assert.match(run(bin('disclosure-validate'), ['seed-2022.json']), /seed-2022\.json/);
});

test('docs/frameworks.md shows the apps\' code as the apps have it', () => {
  const docs = readFileSync('docs/frameworks.md', 'utf8');
  const snippets = [...docs.matchAll(/<!-- from (test\/fixtures\/apps\/[^ ]+) -->\n```\w*\n([\s\S]*?)```/g)];
  assert.ok(snippets.length >= 5, `expected the React, Vue (component and vite.config), Angular and vanilla snippets, found ${snippets.length}`);
  for (const [, file, code] of snippets) {
    assert.ok(readFileSync(file!, 'utf8').includes(code!), `the snippet from ${file} is not in that file any more`);
  }
  console.log(`fixture apps: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
