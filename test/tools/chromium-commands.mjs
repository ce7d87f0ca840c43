/**
 * Test-runner commands for Chromium that the stock commands lack:
 *   executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])
 *     emulates any CSS media feature through the DevTools protocol (the stock
 *     emulateMedia offers no forced-colors for the Chrome launcher); [] resets.
 *   executeServerCommand('full-a11y-snapshot')
 *     Chromium's whole accessibility tree, tables and headers included (the
 *     stock a11ySnapshot keeps only "interesting" nodes and drops them).
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
      if (command === 'full-a11y-snapshot') {
        const page = session.browser.getPage(session.id);
        return page.accessibility.snapshot({ interestingOnly: false });
      }
      return undefined;
    },
  };
}
