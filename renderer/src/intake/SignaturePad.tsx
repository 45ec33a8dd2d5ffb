// The client signs on screen with a mouse, finger or pen (pointer events). Keyboard users sign by
// pressing Enter in the box, which writes their typed name into it — so the whole intake can be
// completed without a pointer. The result is a PNG data URL, stored with the intake.
import { Eraser, PenLine } from 'lucide-react';
import { useEffect, useId, useRef, type KeyboardEvent, type PointerEvent } from 'react';

const HEIGHT = 160;
const INK = '#18202b';

interface Props {
  /** The PNG data URL, or '' when unsigned. */
  value: string;
  onChange: (dataUrl: string) => void;
  typedName: string;
  error?: string | undefined;
  /** react-hook-form's ref, so a failed Sign focuses the pad. */
  canvasRef?: (el: HTMLCanvasElement | null) => void;
}

export function SignaturePad({ value, onChange, typedName, error, canvasRef }: Props) {
  const ref = useRef<HTMLCanvasElement | null>(null);
  const drawing = useRef<{ x: number; y: number } | null>(null);
  const inked = useRef(false);
  const ids = { label: useId(), help: useId(), error: useId() };

  // Size the drawing surface to its box once, at the screen's pixel density, for a crisp line.
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const ratio = Math.max(1, Math.min(window.devicePixelRatio || 1, 2));
    const width = canvas.clientWidth || 520;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(HEIGHT * ratio);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.scale(ratio, ratio);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 2.2;
    ctx.strokeStyle = INK;
    ctx.fillStyle = INK;
  }, []);

  function context(): CanvasRenderingContext2D | null {
    return ref.current?.getContext('2d') ?? null;
  }

  function wipe() {
    const canvas = ref.current;
    const ctx = context();
    if (!canvas || !ctx) return;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.restore();
    inked.current = false;
  }

  function point(e: PointerEvent<HTMLCanvasElement>) {
    const rect = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  }

  function onPointerDown(e: PointerEvent<HTMLCanvasElement>) {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus({ preventScroll: true });
    const p = point(e);
    drawing.current = p;
    const ctx = context();
    if (!ctx) return;
    ctx.beginPath();
    ctx.arc(p.x, p.y, 1.1, 0, Math.PI * 2);
    ctx.fill();
    inked.current = true;
  }

  function onPointerMove(e: PointerEvent<HTMLCanvasElement>) {
    const last = drawing.current;
    const ctx = context();
    if (!last || !ctx) return;
    // Coalesced events keep a fast stroke smooth (several pointer samples per frame).
    const samples = e.nativeEvent.getCoalescedEvents?.() ?? [e.nativeEvent];
    const rect = e.currentTarget.getBoundingClientRect();
    ctx.beginPath();
    ctx.moveTo(last.x, last.y);
    let p = last;
    for (const s of samples.length ? samples : [e.nativeEvent]) {
      p = { x: s.clientX - rect.left, y: s.clientY - rect.top };
      ctx.lineTo(p.x, p.y);
    }
    ctx.stroke();
    drawing.current = p;
  }

  function onPointerUp() {
    if (!drawing.current) return;
    drawing.current = null;
    if (inked.current && ref.current) onChange(ref.current.toDataURL('image/png'));
  }

  function signWithTypedName() {
    const canvas = ref.current;
    const ctx = context();
    const name = typedName.trim();
    if (!canvas || !ctx || !name) return;
    wipe();
    const width = canvas.clientWidth || 520;
    ctx.save();
    ctx.font = `italic 500 ${name.length > 28 ? 26 : 34}px 'Inter Variable', Inter, sans-serif`;
    ctx.textBaseline = 'middle';
    ctx.fillText(name, 24, HEIGHT / 2, width - 48);
    ctx.restore();
    inked.current = true;
    onChange(canvas.toDataURL('image/png'));
  }

  function clear() {
    wipe();
    onChange('');
  }

  function onKeyDown(e: KeyboardEvent<HTMLCanvasElement>) {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      signWithTypedName();
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      clear();
    }
  }

  const setRefs = (el: HTMLCanvasElement | null) => {
    ref.current = el;
    canvasRef?.(el);
  };

  return (
    <div className="field field-wide signature-field">
      <div className="field-label">
        <span id={ids.label}>Signature</span>
        <span className="field-required" aria-hidden="true">
          *
        </span>
      </div>
      <canvas
        ref={setRefs}
        className={error ? 'signature-pad signature-pad-invalid' : value ? 'signature-pad signature-pad-signed' : 'signature-pad'}
        tabIndex={0}
        aria-label="Signature"
        aria-describedby={[error ? ids.error : '', ids.help].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
      />
      <p id={ids.help} className="field-hint">
        {value ? 'Signed. ' : ''}Sign in the box with a mouse, finger or pen. With a keyboard, type your name above, then press Enter
        in the box to sign with it. Delete clears the box.
      </p>
      {error && (
        <p id={ids.error} className="field-error">
          {error}
        </p>
      )}
      <div className="signature-actions">
        <button type="button" className="button button-secondary button-small" onClick={clear} disabled={!value}>
          <Eraser size={14} aria-hidden="true" />
          Clear signature
        </button>
        <button type="button" className="button button-ghost button-small" onClick={signWithTypedName} disabled={!typedName.trim()}>
          <PenLine size={14} aria-hidden="true" />
          Sign with typed name
        </button>
      </div>
    </div>
  );
}
