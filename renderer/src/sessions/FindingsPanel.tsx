// The right column of a note: the body map (front and back), the region list as the keyboard's
// alternative, the finding editor, and this session's findings — with the last signed session's
// findings faded on the map for comparison.
import { useEffect, useRef, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { findingTypeLabel, regionLabel } from '../../../shared/domain/body-regions';
import type { SessionFinding } from '../../../shared/schemas/session';
import { call } from '../api';
import { BodyMap, BodyMapLegend, FindingsList, findingScore, RegionPicker, type RegionRef } from '../bodymap';
import { formatDate } from '../format';
import { isModalOpen, useKeydown } from '../hooks/useShortcut';
import { FindingEditor } from './FindingEditor';
import type { SessionFormValues } from './sessionForm';
import { useClientSessions } from './useSessions';

interface Props {
  control: Control<SessionFormValues>;
  clientId: string;
  sessionId: string;
  onChange: (findings: SessionFinding[]) => void;
}

/** The findings of the newest signed session before this one (for the faded comparison). */
function usePreviousFindings(clientId: string, sessionId: string, sessionDate: string) {
  const sessions = useClientSessions(clientId);
  const previous = (sessions.data ?? []).find((s) => s.status === 'signed' && s.id !== sessionId && s.sessionDate <= sessionDate);
  const [loaded, setLoaded] = useState<{ id: string; date: string; findings: SessionFinding[] } | null>(null);
  const previousId = previous?.id;
  useEffect(() => {
    if (!previousId) return;
    let live = true;
    call('sessions/get', { id: previousId }).then(
      (s) => live && setLoaded({ id: s.id, date: s.sessionDate, findings: s.findings }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [previousId]);
  return loaded && loaded.id === previousId ? loaded : null;
}

export function FindingsPanel({ control, clientId, sessionId, onChange }: Props) {
  const [findings, sessionDate] = useWatch({ control, name: ['findings', 'sessionDate'] });
  const list = findings ?? [];
  const [selected, setSelected] = useState<RegionRef | null>(null);
  const [showPrevious, setShowPrevious] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const previous = usePreviousFindings(clientId, sessionId, sessionDate ?? '');
  const typeRef = useRef<HTMLSelectElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);

  // Alt+F: the next finding — back to the map, on the region last chosen.
  useKeydown((e) => {
    if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyF' && !isModalOpen()) {
      e.preventDefault();
      mapRef.current?.querySelector<SVGElement>('.bodymap-region[tabindex="0"]')?.focus();
    }
  });

  const choose = (region: RegionRef) => {
    setSelected(region);
    typeRef.current?.focus();
  };

  return (
    <section className="findings-panel" aria-labelledby="findings-title">
      <div className="findings-panel-header">
        <h3 id="findings-title">Body map and findings</h3>
        <label className={previous ? 'checkbox' : 'checkbox is-disabled'} title={previous ? undefined : 'No earlier signed session'}>
          <input type="checkbox" checked={showPrevious && !!previous} disabled={!previous} onChange={(e) => setShowPrevious(e.target.checked)} />
          <span>Show last session’s findings</span>
        </label>
      </div>
      {showPrevious && previous && (
        <p className="muted findings-previous-note">
          Faded and dashed: {previous.findings.length} finding{previous.findings.length === 1 ? '' : 's'} from {formatDate(previous.date)}.
        </p>
      )}
      <div ref={mapRef}>
        <BodyMap findings={list} previous={previous?.findings ?? []} showPrevious={showPrevious} selected={selected} onSelect={choose} />
      </div>
      <RegionPicker value={selected} onChange={setSelected} />
      <FindingEditor
        region={selected}
        typeRef={typeRef}
        onAdd={(f) => {
          onChange([...list, f]);
          setAnnouncement(`Added ${findingTypeLabel(f.type)} ${findingScore(f)} to ${regionLabel(f.regionId, f.side)}.`);
        }}
      />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <h3 className="findings-list-title">
        Findings this session <span className="muted">({list.length})</span>
      </h3>
      <FindingsList
        findings={list}
        selected={selected}
        onSelect={setSelected}
        onRemove={(id) => {
          const gone = list.find((f) => f.id === id);
          onChange(list.filter((f) => f.id !== id));
          if (gone) setAnnouncement(`Removed ${findingTypeLabel(gone.type)} from ${regionLabel(gone.regionId, gone.side)}.`);
        }}
        headingLevel={4}
      />
      <details className="findings-key">
        <summary>Key to the marks</summary>
        <BodyMapLegend showPrevious={!!previous} />
      </details>
    </section>
  );
}
