// Beside a modality the client's alerts name: what the precaution says, and "Acknowledge", which
// records who accepted it and when in the note. Contraindications are red; cautions amber.
import { Check, OctagonAlert, TriangleAlert } from 'lucide-react';
import { promptText, type Acknowledgment, type ModalityPrompt } from '../../../shared/domain/precautions';
import { useClinic } from '../ClinicContext';
import { clockTime } from './useSessions';

interface Props {
  prompts: ModalityPrompt[];
  acknowledgments: Acknowledgment[];
  onAcknowledge: (prompt: ModalityPrompt) => void;
}

/**
 * The acknowledgment that covers this prompt, if any: as in `missingAcknowledgments`, one given at
 * 'caution' does not cover a prompt that has since become 'contraindicated'.
 */
export function coveringAck(prompt: ModalityPrompt, acks: readonly Acknowledgment[]): Acknowledgment | undefined {
  return acks.find((a) => a.ruleId === prompt.ruleId && a.modality === prompt.modality && (a.level === 'contraindicated' || prompt.level === 'caution'));
}

export function PrecautionPrompts({ prompts, acknowledgments, onAcknowledge }: Props) {
  const { clinic } = useClinic();
  if (prompts.length === 0) return null;
  return (
    <ul className="prompts" aria-label="Precautions for this modality">
      {prompts.map((p) => {
        const ack = coveringAck(p, acknowledgments);
        const contra = p.level === 'contraindicated';
        const Icon = contra ? OctagonAlert : TriangleAlert;
        return (
          <li key={`${p.ruleId}:${p.modality}`} className={`prompt prompt-${p.level}${ack ? ' is-acknowledged' : ''}`}>
            <Icon size={16} aria-hidden="true" className="prompt-icon" />
            <div className="prompt-body">
              <p className="prompt-title">
                <strong>{p.title}</strong> <span className={contra ? 'level level-contraindicated' : 'level level-caution'}>{contra ? 'contraindicated' : 'caution'}</span>
              </p>
              <p className="prompt-text">{promptText(p).slice(p.title.length + 2)}</p>
              {ack ? (
                <p className="prompt-ack">
                  <Check size={14} aria-hidden="true" />
                  Acknowledged by {ack.acknowledgedBy} at {clockTime(ack.acknowledgedAt, clinic.timeZone)}
                </p>
              ) : (
                <button
                  type="button"
                  className={contra ? 'button button-small button-danger' : 'button button-small button-secondary'}
                  aria-label={`Acknowledge: ${p.title}`}
                  onClick={() => onAcknowledge(p)}
                >
                  Acknowledge
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
