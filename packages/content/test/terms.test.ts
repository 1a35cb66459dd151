// The clinical terms the sign-off (issue 14) requires, and the words it rules out: calques,
// mistranslations and overstatements that changed the brochure's meaning. Written out here, so a
// later edit that brings one back fails.
import { expect } from '@open-wc/testing';
import type { Locale } from '../src/index.js';
import { type AllContent, loadAll, strings } from './helpers.js';

let all: AllContent;
before(async () => {
  all = await loadAll();
});

function texts(locale: Locale): { path: string; text: string }[] {
  return Object.entries(all).flatMap(([topic, perLocale]) =>
    strings((perLocale as Record<Locale, unknown>)[locale], topic),
  );
}

function joined(locale: Locale): string {
  return texts(locale)
    .map((entry) => entry.text)
    .join('\n');
}

const FORBIDDEN: Record<Locale, readonly RegExp[]> = {
  en: [
    /paralys/i,
    /\bgroin\b/i,
    /\bcrotch\b/i,
    /\bcrick\b/i,
    /witch[’']s/i,
    /(?<!nerve-)root canal/i,
    /how many percent/i,
    /prescribe prescription/i,
    /nearly everyone/i,
    /active sick leave works/i,
    /surgery has not been shown to work better/i,
  ],
  nb: [/\bben\b/, /\bbenet\b/, /\bbena\b/, /benskjørhet/i, /ikke bevist bedre/, /Nesten alle/, /passer det best med/],
  nn: [
    /stor tryggleik/,
    /naudsynleg saman/,
    /\bVis til\b/,
    /Smerter som stråler/,
    /Nesten alle/,
    /passar det best med/,
  ],
};

const REQUIRED: Record<Locale, readonly RegExp[]> = {
  en: [
    /saddle area/,
    /incontinence/,
    /cauda equina/,
    /refer acutely to hospital/i,
    /MRI the same day/,
    /sciatica/,
    /at regular intervals/,
    /the great majority/i,
    /no longer exists/,
    /very troublesome or lasts an unreasonably long time/,
    /follows? the 2007 guidance/,
  ],
  nb: [
    /lekkasje av urin/,
    /Henvis akutt til sykehus/,
    /De aller fleste/,
    /finnes ikke lenger/,
    /retningslinjene fra 2007/,
    /beinet/,
  ],
  nn: [
    /lekkasje av urin/,
    /Tilvis akutt til sjukehus/,
    /Dei aller fleste/,
    /finst ikkje lenger/,
    /retningslinjene frå 2007/,
    /beinet/,
  ],
};

for (const locale of ['en', 'nb', 'nn'] as const) {
  describe(`clinical terms (${locale})`, () => {
    for (const pattern of FORBIDDEN[locale]) {
      it(`has no ${String(pattern)}`, () => {
        const found = texts(locale).filter((entry) => pattern.test(entry.text));
        expect(found.map((entry) => entry.path)).to.deep.equal([]);
      });
    }
    for (const pattern of REQUIRED[locale]) {
      it(`says ${String(pattern)}`, () => {
        expect(joined(locale)).to.match(pattern);
      });
    }
  });
}

describe('the prolapse wait carries its exceptions', () => {
  const EXCEPTIONS: Record<Locale, RegExp> = {
    en: /bladder.*saddle.*weakness.*at once/s,
    nb: /vannlatingen.*skrittet.*svakere.*med en gang/s,
    nn: /vasslatinga.*skrittet.*svakare.*med ein gong/s,
  };
  for (const locale of ['en', 'nb', 'nn'] as const) {
    it(`for patients and clinicians (${locale})`, () => {
      const wait = all.treatment[locale].groups.flatMap((group) => group.items).find((item) => item.id === 'wait');
      expect(wait?.text).to.match(EXCEPTIONS[locale]);
      expect(wait?.clinician).to.match(/(saddle|ridebuks).*(motor)/s);
    });
  }
});
