// The Intake tab (#/clients/:id/intake): the client's intakes, newest open; a draft is filled in
// (by the therapist, or by the client in "Hand to client" mode) and signed; signed ones are read-only.
import { ClipboardList, Columns2, FileDown, FilePlus2, Hand, Printer } from 'lucide-react';
import { useState } from 'react';
import { defaultIntakeAnswers, type Intake, type IntakeAnswers } from '../../../shared/schemas/intake';
import { call } from '../api';
import { useClinic } from '../ClinicContext';
import { useChart } from '../client/ChartContext';
import { EmptyState, ErrorBanner, Loading } from '../components/Status';
import { useToast } from '../components/Toast';
import { formatInstantDate, fullName } from '../format';
import { messageOf, useCall } from '../hooks/useCall';
import { notifyClientChanged } from '../hooks/useClientHeader';
import { useSavePdf } from '../hooks/useSavePdf';
import { useHandOff } from '../layout/HandOff';
import { HandOffBar } from './HandOffBar';
import { IntakeCompare } from './IntakeCompare';
import { IntakeForm } from './IntakeForm';
import { IntakeList } from './IntakeList';
import { IntakeView } from './IntakeView';
import { NewIntakeDialog } from './NewIntakeDialog';

/** What the main area shows: the newest intake, one picked from the list, or a new one. */
type View =
  | { kind: 'latest' }
  | { kind: 'saved'; id: string }
  // `key` keeps the form mounted when its first autosave gives it an `id`.
  | { kind: 'new'; key: string; initial: IntakeAnswers; id?: string };

export function IntakeTab() {
  const { client } = useChart();
  const { clinic } = useClinic();
  const toast = useToast();
  const handOff = useHandOff();
  const pdf = useSavePdf();
  const intakes = useCall('intakes/list', { clientId: client.id });
  const [view, setView] = useState<View>({ kind: 'latest' });
  const [signedCount, setSignedCount] = useState(0);
  const [choosing, setChoosing] = useState(false);
  const [compareWith, setCompareWith] = useState<string | null>(null);
  const [startError, setStartError] = useState<string | null>(null);

  if (intakes.error && !intakes.data) return <ErrorBanner message={intakes.error} onRetry={intakes.reload} />;
  if (!intakes.data) return <Loading label="Loading intakes…" />;
  const list = intakes.data;

  const selectedId = view.kind === 'latest' ? list[0]?.id : view.id;
  const selected = list.find((i) => i.id === selectedId);
  const editing = view.kind === 'new' || (selected !== undefined && !selected.signed);
  const comparing = compareWith !== null && selectedId !== undefined && !handOff.active;

  function startNew(initial: IntakeAnswers) {
    setChoosing(false);
    setCompareWith(null);
    setView({ kind: 'new', key: `new-${Date.now()}`, initial });
  }

  async function startFromLast() {
    const last = list[0];
    if (!last) return startNew(defaultIntakeAnswers());
    setStartError(null);
    try {
      const previous = await call('intakes/get', { id: last.id });
      startNew(previous.answers);
    } catch (error) {
      setStartError(messageOf(error));
    }
  }

  async function handToClient() {
    setStartError(null);
    try {
      await handOff.enter(client.id);
    } catch (error) {
      setStartError(messageOf(error));
    }
  }

  const onSaved = (key: string | null) => (intake: Intake) => {
    if (key) setView((v) => (v.kind === 'new' && v.key === key ? { ...v, id: intake.id } : v));
    intakes.reload();
    notifyClientChanged(client.id);
  };

  function onSigned(intake: Intake) {
    setSignedCount((n) => n + 1);
    setView({ kind: 'saved', id: intake.id });
    intakes.reload();
    notifyClientChanged(client.id);
    toast('Intake signed');
  }

  let content;
  if (comparing) {
    content = (
      <IntakeCompare intakes={list} leftId={selectedId} rightId={compareWith} onRightChange={setCompareWith} onClose={() => setCompareWith(null)} />
    );
  } else if (view.kind === 'new') {
    content = (
      <IntakeForm key={view.key} clientId={client.id} intakeId={view.id} initial={view.initial} handOff={handOff.active} onSaved={onSaved(view.key)} onSigned={onSigned} />
    );
  } else if (selectedId) {
    content = <IntakeDetail key={`${selectedId}:${signedCount}`} id={selectedId} clientId={client.id} handOff={handOff.active} onSaved={onSaved(null)} onSigned={onSigned} />;
  } else {
    content = (
      <div className="card">
        <EmptyState
          icon={<ClipboardList size={28} />}
          title="No intake yet — start one before the first treatment."
          actions={
            <button type="button" className="button button-primary" onClick={() => startNew(defaultIntakeAnswers())}>
              <FilePlus2 size={16} aria-hidden="true" />
              New intake
            </button>
          }
        >
          <p>Fill it in together, or hand the computer to {client.preferredName || client.legalFirstName} to fill in and sign.</p>
        </EmptyState>
      </div>
    );
  }

  const title =
    view.kind === 'new' ? 'New intake' : selected ? `Intake of ${formatInstantDate(selected.createdAt, clinic.timeZone)}` : 'Intake';

  return (
    <div className={handOff.active ? 'intake-tab intake-tab-hand-off' : 'intake-tab'}>
      {!handOff.active && (
        <IntakeList
          intakes={list}
          selectedId={selectedId}
          unsavedNew={view.kind === 'new' && !view.id}
          onSelect={(id) => {
            if (id === selectedId && !comparing) return;
            setCompareWith(null);
            setView({ kind: 'saved', id });
          }}
        />
      )}
      <div className="intake-main">
        {!handOff.active && (
          <div className="intake-toolbar">
            <div className="intake-toolbar-title">
              <h2>{title}</h2>
              {view.kind !== 'new' && selected && (
                <span className={selected.signed ? 'chip chip-signed' : 'chip chip-draft'}>{selected.signed ? 'Signed' : 'Draft'}</span>
              )}
            </div>
            <div className="intake-actions">
              {(list.length > 0 || view.kind === 'new') && (
                <button type="button" className="button button-secondary" onClick={() => (list.length > 0 ? setChoosing(true) : startNew(defaultIntakeAnswers()))}>
                  <FilePlus2 size={16} aria-hidden="true" />
                  New intake
                </button>
              )}
              {editing && !comparing && (
                <button type="button" className="button button-secondary" onClick={() => void handToClient()}>
                  <Hand size={16} aria-hidden="true" />
                  Hand to client
                </button>
              )}
              {view.kind !== 'new' && selectedId && list.length > 1 && !comparing && (
                <button type="button" className="button button-secondary" onClick={() => setCompareWith(list.find((i) => i.id !== selectedId)!.id)}>
                  <Columns2 size={16} aria-hidden="true" />
                  Compare
                </button>
              )}
              {selectedId && (
                <button type="button" className="button button-secondary" disabled={pdf.busy === 'intake'} onClick={() => void pdf.save('intake', selectedId)}>
                  <FileDown size={16} aria-hidden="true" />
                  {pdf.busy === 'intake' ? 'Saving…' : 'Save intake as PDF'}
                </button>
              )}
              <button type="button" className="button button-ghost" disabled={pdf.busy === 'intake-blank'} onClick={() => void pdf.save('intake-blank')}>
                <Printer size={16} aria-hidden="true" />
                {pdf.busy === 'intake-blank' ? 'Saving…' : 'Print blank intake'}
              </button>
            </div>
          </div>
        )}
        {handOff.active && <HandOffBar clientName={fullName(client)} signed={!editing} passcodeFor={handOff.passcodeFor} onReturn={handOff.leave} />}
        {!handOff.active && pdf.error && <ErrorBanner message={pdf.error} />}
        {!handOff.active && startError && <ErrorBanner message={startError} />}
        {content}
      </div>
      <NewIntakeDialog open={choosing} onClose={() => setChoosing(false)} onBlank={() => startNew(defaultIntakeAnswers())} onFromLast={() => void startFromLast()} />
    </div>
  );
}

interface DetailProps {
  id: string;
  clientId: string;
  handOff: boolean;
  onSaved: (intake: Intake) => void;
  onSigned: (intake: Intake) => void;
}

/** A saved intake: a draft opens in the form to carry on; a signed one is shown read-only. */
function IntakeDetail({ id, clientId, handOff, onSaved, onSigned }: DetailProps) {
  const intake = useCall('intakes/get', { id });
  if (intake.error && !intake.data) return <ErrorBanner message={intake.error} onRetry={intake.reload} />;
  if (!intake.data) return <Loading label="Loading intake…" />;
  const data = intake.data;
  if (data.signed) return <IntakeView intake={data} />;
  return <IntakeForm clientId={clientId} intakeId={data.id} initial={data.answers} savedAt={data.updatedAt} handOff={handOff} onSaved={onSaved} onSigned={onSigned} />;
}
