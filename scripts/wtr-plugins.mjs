// Test-runner commands Ryggrad's browser tests call through `executeServerCommand`.
//   'rygg-emulate-media': { features: [{ name, value }], media?: 'print' | 'screen' | null }
//     → true when the browser emulated it, false when this browser cannot (Firefox over BiDi).

export function emulateMediaFeaturesPlugin() {
  return {
    name: 'rygg-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'rygg-emulate-media') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      try {
        await page.emulateMediaFeatures(payload.features ?? []);
        if (payload.media !== undefined) await page.emulateMediaType(payload.media ?? undefined);
        return true;
      } catch {
        return false;
      }
    },
  };
}
