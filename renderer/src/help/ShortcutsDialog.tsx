// The "?" panel: every keyboard shortcut in one place.
import { Dialog } from '../components/Dialog';
import { MOD_LABEL } from '../hooks/useShortcut';

/** `keys` pressed together, unless `either` (then any one of them). */
const SHORTCUTS: ReadonlyArray<{ keys: string[]; does: string; either?: boolean }> = [
  { keys: [MOD_LABEL, 'K'], does: 'Search clients from anywhere' },
  { keys: [MOD_LABEL, 'L'], does: 'Lock Palpate (when sign-in is on)' },
  { keys: [MOD_LABEL, 'S'], does: 'Save the form on screen (a session note: save now)' },
  { keys: [MOD_LABEL, 'Enter'], does: 'Sign the session note on screen' },
  { keys: ['Alt', 'F'], does: 'Next finding: jump to the body map (session note)' },
  { keys: ['Arrow keys'], does: 'Move between body-map regions; Enter chooses one' },
  { keys: ['Enter'], does: 'Add the finding (in “Finding note”)' },
  { keys: ['N'], does: 'New client (on the Clients list)' },
  { keys: ['↑', '↓'], does: 'Move through today’s appointments (Today)', either: true },
  { keys: ['Enter'], does: 'Start or open the session of that appointment (Today)' },
  { keys: ['C'], does: 'Open that client’s chart (Today)' },
  { keys: ['D', 'W', 'A'], does: 'Day, week or agenda view (Schedule)', either: true },
  { keys: ['[', ']'], does: 'Previous or next day or week (Schedule; also Alt+← / Alt+→)', either: true },
  { keys: ['T'], does: 'Back to today (Schedule)' },
  { keys: ['Alt', '↑/↓'], does: 'Move the focused appointment 15 minutes earlier or later' },
  { keys: ['Alt', '←/→'], does: 'Move the focused appointment a day' },
  { keys: ['Shift', 'Alt', '↑/↓'], does: 'Shorten or lengthen the focused appointment by 15 minutes' },
  { keys: ['↑', '↓'], does: 'Move through search results', either: true },
  { keys: ['Enter'], does: 'Open the highlighted client' },
  { keys: ['Esc'], does: 'Close a dialog' },
  { keys: ['?'], does: 'Show this list' },
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts" className="dialog-small">
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.does}>
              <td className="shortcut-keys">
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && <span className="shortcut-plus"> {s.either ? 'or' : '+'} </span>}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{s.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
