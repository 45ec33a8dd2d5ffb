// Sidebar + main area, and the shortcuts that work from anywhere (search, help).
import { useEffect, useRef, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { ShortcutsDialog } from '../help/ShortcutsDialog';
import { isModalOpen, isModKey, isTypingTarget, useKeydown } from '../hooks/useShortcut';
import { SearchDialog } from '../search/SearchDialog';
import { Sidebar } from './Sidebar';

export function Shell() {
  const [searchOpen, setSearchOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const firstRoute = useRef(true);
  const { pathname } = useLocation();

  useKeydown((e) => {
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

  return (
    <div className="shell">
      <Sidebar onSearch={() => setSearchOpen(true)} />
      <main className="main" ref={mainRef}>
        <Outlet />
      </main>
      <SearchDialog open={searchOpen} onClose={() => setSearchOpen(false)} />
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
