// React 19: the wrapper, and the bare tag (React 19 sets properties and listens to
// `on` + the event's name itself; importing ryggrad/react declares the tag's types).
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Tier } from 'ryggrad';
import { RedFlagChecklist } from 'ryggrad/react';

function App() {
  const [tier, setTier] = useState<Tier | 'none'>('none');
  const [bareTier, setBareTier] = useState<Tier | 'none'>('none');
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
      <rygg-red-flag-checklist
        id="bare"
        lang="nb"
        flags={['weakness']}
        onrygg-triage-change={(event) => setBareTier(event.detail.tier)}
      ></rygg-red-flag-checklist>
      <p id="bare-tier">{bareTier}</p>
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
