// React 19 sets properties on a bare custom element and listens to `on` + the event's name itself;
// importing ryggrad/react declares the tag's types. Rendered again with the app, so its flags are
// a new array every time, like the wrapper's.
import { useState } from 'react';
import type { Tier } from 'ryggrad';

export function BareChecklist() {
  const [tier, setTier] = useState<Tier | 'none'>('none');
  return (
    <>
      <rygg-red-flag-checklist
        id="bare"
        lang="nb"
        flags={['weakness']}
        onrygg-triage-change={(event) => setTier(event.detail.tier)}
      ></rygg-red-flag-checklist>
      <p id="bare-tier">{tier}</p>
    </>
  );
}
