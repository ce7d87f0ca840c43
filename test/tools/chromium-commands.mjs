/**
 * Test-runner commands for Chromium that the stock commands lack:
 *   executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])
 *     emulates any CSS media feature through the DevTools protocol (the stock
 *     emulateMedia offers no forced-colors for the Chrome launcher); [] resets.
 *   executeServerCommand('cdp-full-ax-tree')
 *     Accessibility.getFullAXTree's nodes (properties such as level, expanded, details).
 *   executeServerCommand('screenshot-clip', { x, y, width, height })
 *     a PNG (base64) of a rectangle of the viewport, to measure colours as drawn.
 *   executeServerCommand('focus-page')
 *     brings the test page to the front with focus emulation, so that :focus
 *     styles apply to programmatic focus.
 *   executeServerCommand('full-a11y-snapshot')
 *     Chromium's whole accessibility tree, tables and headers included (the
 *     stock a11ySnapshot keeps only "interesting" nodes and drops them).
 *   executeServerCommand('pdf-text', { width, height })
 *     prints the test page to PDF (Chromium's print path, paper of the given
 *     size) and returns its text through `pdftotext -layout`, pages
 *     separated by form feeds.
 *   executeServerCommand('open-without-javascript', { url, width })
 *     opens `url` (relative to the test page) in a new tab with JavaScript
 *     disabled and returns what a reader gets there: the text of every
 *     element's shadow root, its tables with their header cells, a
 *     screenshot's size and the full accessibility tree.
 */
export function chromiumCommandsPlugin() {
  // Emulation lasts as long as its DevTools session: keep one per page.
  const sessions = new WeakMap();
  return {
    name: 'chromium-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-media-features') {
        const page = session.browser.getPage(session.id);
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload ?? [] });
        return true;
      }
      if (command === 'cdp-full-ax-tree') {
        // Chromium's own tree through CDP (Accessibility.getFullAXTree): roles, names, descriptions and
        // properties (level, expanded, details …) of every node, shadow roots included.
        const page = session.browser.getPage(session.id);
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        const cdp = sessions.get(page);
        await cdp.send('Accessibility.enable');
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return nodes;
      }
      if (command === 'screenshot-clip') {
        // A PNG (base64) of a rectangle of the page, in CSS px of the viewport (the page is not scrolled).
        const page = session.browser.getPage(session.id);
        return page.screenshot({ clip: payload, encoding: 'base64', captureBeyondViewport: false });
      }
      if (command === 'focus-page') {
        // :focus matches only in the page that has the system focus; a headless browser may not give it to the test page.
        const page = session.browser.getPage(session.id);
        await page.bringToFront();
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        await sessions.get(page).send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return true;
      }
      if (command === 'full-a11y-snapshot') {
        const page = session.browser.getPage(session.id);
        return page.accessibility.snapshot({ interestingOnly: false });
      }
      if (command === 'pdf-text') {
        const page = session.browser.getPage(session.id);
        // An emulated media type (e.g. 'screen' left by emulateMedia) would override print's own.
        await page.emulateMediaType(null);
        const pdf = await page.pdf({ width: payload?.width ?? '210mm', height: payload?.height ?? '297mm', printBackground: true });
        const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
        const { tmpdir } = await import('node:os');
        const { join } = await import('node:path');
        const { execFileSync } = await import('node:child_process');
        const dir = mkdtempSync(join(tmpdir(), 'pdf-text-'));
        try {
          writeFileSync(join(dir, 'page.pdf'), pdf);
          return execFileSync('pdftotext', ['-layout', join(dir, 'page.pdf'), '-'], { encoding: 'utf8' });
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
      if (command === 'open-without-javascript') {
        const testPage = session.browser.getPage(session.id);
        const page = await testPage.browser().newPage();
        try {
          await page.setJavaScriptEnabled(false);
          await page.setViewport({ width: payload.width ?? 1280, height: 900 });
          await page.goto(new URL(payload.url, testPage.url()).href, { waitUntil: 'load' });
          // DevTools' own evaluation still runs with the page's scripts disabled.
          const elements = await page.evaluate(() =>
            Array.from(document.querySelectorAll('main > :not(h1)')).map((element) => {
              const root = element.shadowRoot;
              return {
                tag: element.localName,
                scriptRan: element.matches(':defined') && customElements.get(element.localName) !== undefined,
                text: root?.textContent ?? '',
                tables: Array.from(root?.querySelectorAll('table') ?? []).map((table) => ({
                  caption: table.caption?.textContent?.trim() ?? '',
                  columnHeaders: table.querySelectorAll('th[scope="col"]').length,
                  rowHeaders: table.querySelectorAll('th[scope="row"]').length,
                  rows: table.tBodies[0]?.rows.length ?? 0,
                })),
                charts: root?.querySelectorAll('svg[role="img"]').length ?? 0,
              };
            }),
          );
          const tree = await page.accessibility.snapshot({ interestingOnly: false });
          return { elements, tree };
        } finally {
          await page.close();
        }
      }
      return undefined;
    },
  };
}
