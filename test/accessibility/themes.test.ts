/**
 * axe-core over every element under every theme, in both languages: a theme
 * changes colours and type only through custom properties, and must not
 * break what the default look gets right.
 */
import { expect } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../components/account-summary/define.js';
import '../../components/functional-breakdown/define.js';
import '../../components/three-public-expenses/define.js';
import { loadJson, render, settle, syntheticPath, type AnyDisclosureElement } from '../elements/harness.js';

const THEMES = ['default', 'dark', 'high-contrast', 'formal'];
const TAGS = ['account-summary', 'functional-breakdown', 'three-public-expenses'];

async function useTheme(theme: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/themes/${theme}.css`;
  const loaded = new Promise((done, fail) => {
    link.addEventListener('load', done, { once: true });
    link.addEventListener('error', fail, { once: true });
  });
  document.head.append(link);
  await loaded;
  return link;
}

for (const theme of THEMES) {
  describe(`theme ${theme}`, () => {
    let link: HTMLLinkElement;
    before(async () => {
      link = await useTheme(theme);
    });
    after(() => link.remove());

    for (const lang of ['zh-CN', 'en']) {
      it(`has no axe-core violation on any element (${lang})`, async () => {
        const disclosure = await loadJson(syntheticPath);
        const container = await render<HTMLDivElement>(
          staticHtml`<div lang=${lang}>${TAGS.map((tag) => staticHtml`<${unsafeStatic(tag)} .disclosure=${disclosure}></${unsafeStatic(tag)}>`)}</div>`,
        );
        for (const element of [...container.children] as AnyDisclosureElement[]) await settle(element);
        await expect(container).to.be.accessible();
      });
    }
  });
}
