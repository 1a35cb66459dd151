// Test-runner commands Ryggrad's browser tests call through `executeServerCommand`.
//   'rygg-emulate-media': { features: [{ name, value }], media?: 'print' | 'screen' | null }
//     → true when the browser emulated it, false when this browser cannot (Firefox over BiDi).
//
// Chromium is driven through the DevTools protocol directly: puppeteer's emulateMediaFeatures
// refuses `forced-colors`, but Emulation.setEmulatedMedia accepts it.

// Emulation lasts only as long as the protocol session that set it, so keep one per page.
const sessions = new WeakMap();

async function protocolSession(page) {
  if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
  return sessions.get(page);
}

export function emulateMediaFeaturesPlugin() {
  return {
    name: 'rygg-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'rygg-emulate-media') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      const features = payload.features ?? [];
      try {
        const client = await protocolSession(page);
        await client.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features });
        return true;
      } catch {
        // Not Chromium: try puppeteer's portable call, which covers prefers-color-scheme.
        try {
          if (features.some((feature) => feature.name === 'forced-colors')) return false;
          await page.emulateMediaFeatures(features);
          if (payload.media !== undefined) await page.emulateMediaType(payload.media ?? undefined);
          return true;
        } catch {
          return false;
        }
      }
    },
  };
}
