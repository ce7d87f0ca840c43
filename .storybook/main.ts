/**
 * Storybook for designers (web components + Vite), offline and without
 * telemetry:
 *   npm run storybook         dev server on http://localhost:6006 (no browser opened)
 *   npm run build-storybook   static site in storybook-static/
 * Both write the Custom Elements Manifest first (npm run manifest): the
 * preview reads it for the docs pages and the controls.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  // The stories, and the element reference (docs/elements.md) as a docs page (stories/reference.mdx).
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  // The disclosures the `src` stories fetch: stories/data/seed-2022.json is served as data/seed-2022.json.
  staticDirs: [
    { from: '../stories/data', to: '/data' },
    // tokens.json (DTCG), linked from Foundations/Design tokens.
    { from: '../stories/foundations', to: '/foundations' },
  ],
};

export default config;
