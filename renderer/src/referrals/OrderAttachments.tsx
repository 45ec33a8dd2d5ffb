// The scanned physician's order kept with a referral (PDF or image, stored in the database): attach
// one, view an image, download any.
import { Download, Eye, FileText, Image as ImageIcon } from 'lucide-react';
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import type { AttachmentSummary, Referral } from '../../../shared/schemas/referral';
import { call } from '../api';
import { useClinic } from '../ClinicContext';
import { Dialog } from '../components/Dialog';
import { useToast } from '../components/Toast';
import { formatFileSize, formatInstantDate } from '../format';
import { messageOf } from '../hooks/useCall';
import { saveBlob } from '../hooks/saveDownload';

const TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
type OrderType = (typeof TYPES)[number];
const MAX_BYTES = 10 * 1024 * 1024;

function isOrderType(type: string): type is OrderType {
  return (TYPES as readonly string[]).includes(type);
}

/** The file's bytes as base64 (FileReader: the renderer has no Node Buffer). */
function readBase64(file: File): Promise<string> {
  return new Promise((ok, fail) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      ok(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => fail(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

async function blobOf(id: string): Promise<{ blob: Blob; fileName: string; mimeType: string }> {
  const file = await call('attachments/get', { id });
  const bytes = Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0));
  return { blob: new Blob([bytes], { type: file.mimeType }), fileName: file.fileName, mimeType: file.mimeType };
}

export function OrderAttachments({ referral, onChange }: { referral: Referral; onChange: (referral: Referral) => void }) {
  const { clinic } = useClinic();
  const toast = useToast();
  const inputId = useId();
  const errorId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [viewing, setViewing] = useState<{ url: string; name: string } | null>(null);

  // A viewed image's blob URL lives only while the dialog is open.
  useEffect(() => {
    if (!viewing) return;
    return () => URL.revokeObjectURL(viewing.url);
  }, [viewing]);

  async function onPick(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setError(null);
    if (!isOrderType(file.type)) return setError('Attach a PDF, PNG or JPEG file');
    if (file.size > MAX_BYTES) return setError('The file is too large (10 MB at most)');
    if (file.size === 0) return setError('The file is empty');
    setBusy(true);
    try {
      const updated = await call('referrals/attachOrder', {
        referralId: referral.id,
        fileName: file.name.slice(0, 200),
        mimeType: file.type,
        dataBase64: await readBase64(file),
      });
      onChange(updated);
      toast(`${file.name} attached`);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  async function download(a: AttachmentSummary) {
    setError(null);
    try {
      const { blob, fileName } = await blobOf(a.id);
      saveBlob(fileName, blob);
    } catch (err) {
      setError(messageOf(err));
    }
  }

  async function view(a: AttachmentSummary) {
    setError(null);
    try {
      const { blob, fileName } = await blobOf(a.id);
      setViewing({ url: URL.createObjectURL(blob), name: fileName });
    } catch (err) {
      setError(messageOf(err));
    }
  }

  return (
    <div className="orders">
      <h4 className="orders-title">Scanned orders</h4>
      {referral.orders.length === 0 ? (
        <p className="muted orders-empty">No scanned order attached.</p>
      ) : (
        <ul className="orders-list">
          {referral.orders.map((a) => (
            <li key={a.id} className="order-row">
              {a.mimeType === 'application/pdf' ? <FileText size={16} aria-hidden="true" /> : <ImageIcon size={16} aria-hidden="true" />}
              <span className="order-name">{a.fileName}</span>
              <span className="muted order-meta">
                {formatFileSize(a.size)} · {formatInstantDate(a.createdAt, clinic.timeZone)}
              </span>
              {a.mimeType !== 'application/pdf' && (
                <button type="button" className="button button-ghost button-small" onClick={() => void view(a)}>
                  <Eye size={14} aria-hidden="true" />
                  View<span className="visually-hidden"> {a.fileName}</span>
                </button>
              )}
              <button type="button" className="button button-ghost button-small" onClick={() => void download(a)}>
                <Download size={14} aria-hidden="true" />
                Download<span className="visually-hidden"> {a.fileName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="file-field">
        <input
          id={inputId}
          className="file-input"
          type="file"
          accept="application/pdf,image/png,image/jpeg"
          disabled={busy}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => void onPick(e)}
        />
        {/* The input stays in the Tab order (visually hidden); its label looks like a button. */}
        <label htmlFor={inputId} className="button button-secondary button-small file-button">
          {busy ? 'Attaching…' : 'Attach scanned order'}
        </label>
        <span className="muted field-hint">PDF, PNG or JPEG, up to 10 MB.</span>
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <Dialog open={viewing !== null} onClose={() => setViewing(null)} title={viewing?.name ?? 'Scanned order'} className="dialog-image">
        {viewing && <img className="order-image" src={viewing.url} alt={`Scanned order ${viewing.name}`} />}
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={() => setViewing(null)} data-autofocus>
            Close
          </button>
        </div>
      </Dialog>
    </div>
  );
}
