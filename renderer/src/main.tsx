// Mounts the renderer. The app loads from a custom protocol, so routes live in the URL hash.
import '@fontsource-variable/inter';
import './styles/base.css';
import './styles/status.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/table.css';
import './styles/dialog.css';
import './styles/client.css';
import './styles/alerts.css';
import './styles/intake.css';
import './styles/referrals.css';
import './styles/rules.css';
import './styles/sessions.css';
import './styles/session-form.css';
import './styles/modalities.css';
import './styles/signed-note.css';
import './styles/progress.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { z } from 'zod';
import { App } from './App';
import { UnlockDatabaseGate } from './auth/UnlockDatabaseScreen';

// Zod's fast path compiles parsers with `new Function`, which our CSP (no 'unsafe-eval') forbids:
// without this every parse would log a CSP violation before falling back.
z.config({ jitless: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <HashRouter>
      {/* An encrypted database waiting for its passphrase is unlocked before anything else. */}
      <UnlockDatabaseGate>
        <App />
      </UnlockDatabaseGate>
    </HashRouter>
  </StrictMode>,
);
