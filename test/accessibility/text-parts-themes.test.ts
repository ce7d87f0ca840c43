/**
 * axe-core over the text-part elements (概况, 其他重要事项, 名词解释) and the
 * whole <disclosure-report> under every theme, in both languages, on the
 * hand-transcribed planning-resources fixture.
 */
import { expect } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../components/disclosure-report/define.js';
import { loadJson, render, settle, type AnyDisclosureElement } from '../elements/harness.js';
import { planningPath } from '../elements/classified-tables.js';

const THEMES = ['default', 'dark', 'high-contrast', 'formal'];
const TAGS = ['department-profile', 'other-matters', 'disclosure-glossary', 'disclosure-report'];

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
  describe(`text parts and the report, theme ${theme}`, function () {
    // axe-core walks the whole report.
    this.timeout(60000);
    let link: HTMLLinkElement;
    before(async () => {
      link = await useTheme(theme);
    });
    after(() => link.remove());

    for (const lang of ['zh-CN', 'en']) {
      for (const tag of TAGS) {
        it(`<${tag}> has no axe-core violation (${lang})`, async () => {
          const disclosure = await loadJson(planningPath);
          const container = await render<HTMLDivElement>(staticHtml`<div lang=${lang}><${unsafeStatic(tag)} .disclosure=${disclosure}></${unsafeStatic(tag)}></div>`);
          for (const element of [...container.children] as AnyDisclosureElement[]) {
            await settle(element);
            await element.updateComplete;
          }
          await expect(container).to.be.accessible();
        });
      }
    }
  });
}
