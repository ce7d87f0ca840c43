/**
 * axe-core over the standard-table elements (收入 / 支出 / 表四 / 表六 / 表八)
 * under every theme, in both languages, on the hand-transcribed
 * planning-resources fixture (the synthetic disclosure of themes.test.ts has
 * no standard tables).
 */
import { expect } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../components/income-breakdown/define.js';
import '../../components/expenditure-breakdown/define.js';
import '../../components/appropriation-summary/define.js';
import '../../components/basic-expenditure/define.js';
import '../../components/fund-appropriation/define.js';
import { loadJson, render, settle, type AnyDisclosureElement } from '../elements/harness.js';
import { planningPath } from '../elements/classified-tables.js';

const THEMES = ['default', 'dark', 'high-contrast', 'formal'];
const TAGS = ['income-breakdown', 'expenditure-breakdown', 'appropriation-summary', 'basic-expenditure', 'fund-appropriation'];

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
  describe(`standard tables, theme ${theme}`, function () {
    this.timeout(30000);
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
          for (const element of [...container.children] as AnyDisclosureElement[]) await settle(element);
          await expect(container).to.be.accessible();
        });
      }
    }
  });
}
