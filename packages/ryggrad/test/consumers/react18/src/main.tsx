// React 18 sets attributes on custom elements and ignores their events; the wrapper sets
// properties and listens, so a tick reaches React state. The React 19 app (../react19) builds this
// same source with its own ./bare-checklist.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Tier } from 'ryggrad';
import { RedFlagChecklist } from 'ryggrad/react';
import { BareChecklist } from './bare-checklist';

function App() {
  const [tier, setTier] = useState<Tier | 'none'>('none');
  const [renders, setRenders] = useState(0);
  return (
    <main>
      {/* A new array on every render, as most code writes it: the reader's ticks must survive. */}
      <RedFlagChecklist
        id="wrapped"
        lang="en"
        flags={['fever']}
        onTriageChange={(event) => setTier(event.detail.tier)}
      />
      <p id="tier">{tier}</p>
      <BareChecklist />
      <button id="rerender" type="button" onClick={() => setRenders(renders + 1)}>
        Render again ({renders})
      </button>
    </main>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
