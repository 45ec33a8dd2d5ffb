// Sidebar + main area, and the shortcuts that work from anywhere (search, help).
import { useEffect, useMemo, useRef, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { call } from '../api';
import { useAuth } from '../auth/AuthContext';
import { ShortcutsDialog } from '../help/ShortcutsDialog';
import { isModalOpen, isModKey, isTypingTarget, useKeydown } from '../hooks/useShortcut';
import { SearchDialog } from '../search/SearchDialog';
import { HandOffContext, type HandOffState } from './HandOff';
import { Sidebar } from './Sidebar';

export function Shell() {
  const [searchOpen, setSearchOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const firstRoute = useRef(true);
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const auth = useAuth();
  const { setState: setAuthState } = auth;
  // The intake a client was handed (the core remembers it, so it survives a reload); null when the
  // therapist has the computer.
  const handOffClient = auth.state.handOff?.clientId ?? null;
  const handOffPath = handOffClient ? `/clients/${handOffClient}/intake` : null;
  const handingOff = handOffPath !== null;
  const passcodeFor = auth.state.signInRequired ? auth.user.name : null;

  const handOff = useMemo<HandOffState>(
    () => ({
      active: handingOff,
      passcodeFor,
      enter: async (clientId) => {
        setSearchOpen(false);
        setHelpOpen(false);
        setAuthState(await call('auth/handOff', { clientId }));
      },
      leave: async (passcode) => {
        setAuthState(await call('auth/endHandOff', passcode === undefined ? {} : { passcode }));
      },
    }),
    [handingOff, passcodeFor, setAuthState],
  );

  // While a client holds the computer, no shortcut leads anywhere else.
  useKeydown((e) => {
    if (handingOff) {
      if (isModKey(e) && e.key.toLowerCase() === 'k') e.preventDefault();
      return;
    }
    if (isModKey(e) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      setHelpOpen(false);
      setSearchOpen(true);
      return;
    }
    if (e.key === '?' && !isModKey(e) && !e.altKey && !isTypingTarget(e.target) && !isModalOpen()) {
      e.preventDefault();
      setHelpOpen(true);
    }
  });

  // Nor does history (a mouse's back button): the app returns to the handed-over form.
  useEffect(() => {
    if (handOffPath !== null && pathname !== handOffPath) navigate(handOffPath, { replace: true });
  }, [handOffPath, pathname, navigate]);

  // After a route change, if focus was lost (the link that was pressed is gone), put it on the
  // new page's heading so keyboard and screen-reader users start at the top of the new page.
  useEffect(() => {
    const main = mainRef.current;
    if (!main) return;
    main.scrollTop = 0;
    if (firstRoute.current) {
      // On launch, leave focus alone so Tab starts at the sidebar.
      firstRoute.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      if (document.activeElement === document.body || document.activeElement === null) {
        main.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);

  // The sidebar is left out (not covered) while handing off, so it cannot be reached by Tab either.
  // <main> keeps its place in the tree, so the form on screen is not remounted and keeps its input.
  return (
    <HandOffContext value={handOff}>
      <div className={handingOff ? 'shell shell-hand-off' : 'shell'}>
        {!handingOff && <Sidebar onSearch={() => setSearchOpen(true)} />}
        <main className="main" ref={mainRef}>
          <Outlet />
        </main>
        <SearchDialog open={searchOpen && !handingOff} onClose={() => setSearchOpen(false)} />
        <ShortcutsDialog open={helpOpen && !handingOff} onClose={() => setHelpOpen(false)} />
      </div>
    </HandOffContext>
  );
}
