// Rooms (add, rename, take out of use) and services — the appointment types with their default
// length and the buffer kept free after them.
import { DoorOpen, Pencil, Plus } from 'lucide-react';
import { useId, useState } from 'react';
import type { Room, ScheduleSettings, Service } from '../../../shared/schemas/schedule';
import { call } from '../api';
import { ErrorBanner } from '../components/Status';
import { useToast } from '../components/Toast';
import { messageOf } from '../hooks/useCall';
import type { ScheduleCardProps } from './ScheduleSettings';
import { ScheduleServiceDialog } from './ScheduleServiceDialog';

export function ScheduleRoomsCard({ settings, onSaved }: ScheduleCardProps) {
  const toast = useToast();
  const newId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function save(work: () => Promise<ScheduleSettings>, done: string): Promise<boolean> {
    setError(null);
    try {
      onSaved(await work());
      toast(done);
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    }
  }

  return (
    <section className="card" aria-labelledby="settings-rooms">
      <h2 id="settings-rooms" className="card-title">
        Rooms
      </h2>
      <p className="muted card-intro">A room can hold one appointment at a time. A room taken out of use keeps its past appointments.</p>
      {error && <ErrorBanner message={error} />}
      <ul className="room-list">
        {settings.rooms.map((r) => (
          <RoomRow key={`${r.id}:${r.name}:${r.active}`} room={r} onSave={(next, done) => save(() => call('rooms/update', { id: r.id, ...next }), done)} />
        ))}
      </ul>
      <form
        className="inline-add"
        aria-label="Add a room"
        onSubmit={(e) => {
          e.preventDefault();
          void save(() => call('rooms/create', { name }), `${name.trim() || 'Room'} added`).then((ok) => ok && setName(''));
        }}
      >
        <div className="field inline-add-grow">
          <label className="field-label" htmlFor={newId}>
            New room
          </label>
          <input id={newId} className="input" value={name} maxLength={80} placeholder="e.g. Room 2" onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit" className="button button-secondary">
          <Plus size={14} aria-hidden="true" />
          Add room
        </button>
      </form>
    </section>
  );
}

function RoomRow({ room, onSave }: { room: Room; onSave: (next: { name: string; active: boolean }, done: string) => Promise<boolean> }) {
  const id = useId();
  const [name, setName] = useState(room.name);
  return (
    <li className={room.active ? 'room-row' : 'room-row is-inactive'}>
      <DoorOpen size={16} aria-hidden="true" className="room-icon" />
      <label htmlFor={id} className="visually-hidden">
        Name of {room.name}
      </label>
      <input id={id} className="input room-name" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
      {name !== room.name && (
        <button type="button" className="button button-secondary button-small" onClick={() => void onSave({ name, active: room.active }, 'Room renamed')}>
          Save name
        </button>
      )}
      <span className={room.active ? 'chip chip-signed' : 'chip chip-neutral'}>{room.active ? 'In use' : 'Not in use'}</span>
      <button type="button" className="button button-ghost button-small" onClick={() => void onSave({ name: room.name, active: !room.active }, room.active ? `${room.name} taken out of use` : `${room.name} back in use`)}>
        {room.active ? 'Take out of use' : 'Put back in use'}
      </button>
    </li>
  );
}

export function ScheduleServicesCard({ settings, onSaved }: ScheduleCardProps) {
  const toast = useToast();
  const [editing, setEditing] = useState<null | 'new' | Service>(null);
  return (
    <section className="card" aria-labelledby="settings-services">
      <div className="card-header">
        <h2 id="settings-services" className="card-title">
          Services
        </h2>
        <button type="button" className="button button-secondary button-small" onClick={() => setEditing('new')}>
          <Plus size={14} aria-hidden="true" />
          Add service
        </button>
      </div>
      <p className="muted card-intro">Appointment types: choosing one when booking sets the length. The buffer is the turnover time you plan after it.</p>
      <table className="table table-plain">
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">Length</th>
            <th scope="col">Buffer</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {settings.services.map((s) => (
            <tr key={s.id} className={s.active ? undefined : 'row-inactive'}>
              <td className="cell-name">{s.name}</td>
              <td className="cell-nowrap">{s.lengthMinutes} min</td>
              <td className="cell-nowrap">{s.bufferMinutes ? `${s.bufferMinutes} min` : '—'}</td>
              <td>{s.active ? 'Offered' : <span className="muted">Not offered</span>}</td>
              <td className="cell-actions">
                <button type="button" className="button button-ghost button-small" onClick={() => setEditing(s)}>
                  <Pencil size={14} aria-hidden="true" />
                  Edit<span className="visually-hidden"> {s.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ScheduleServiceDialog
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(next, isNew) => {
          setEditing(null);
          onSaved(next);
          toast(isNew ? 'Service added' : 'Service saved');
        }}
      />
    </section>
  );
}
