// A native modal <dialog>: the browser supplies the focus trap, Escape, the backdrop and
// returning focus to whatever opened it. Nothing injects styles, so the CSP stays strict.
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  /** Called when the dialog closes for any reason (Escape, a Cancel button, a finished action). */
  onClose: () => void;
  title: string;
  /** Hide the title visually (it still names the dialog for screen readers). */
  hideTitle?: boolean;
  description?: ReactNode;
  className?: string;
  children: ReactNode;
}

export function Dialog({ open, onClose, title, hideTitle, description, className, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // React's autoFocus runs before the dialog is shown, so focus the intended control here.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={['dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      // Escape: close through React state right away. (The native `close` event comes a task
      // later, so a shortcut pressed straight after Escape could otherwise be undone by it.)
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      // A close we did not start (or a late event from one we did, after a reopen) syncs state.
      onClose={(e) => {
        if (open && !e.currentTarget.open) onClose();
      }}
      // A click on the backdrop lands on the <dialog> element itself: treat it as Cancel.
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      {open && (
        <div className="dialog-body">
          <h2 id={titleId} className={hideTitle ? 'visually-hidden' : 'dialog-title'}>
            {title}
          </h2>
          {description && (
            <div id={descriptionId} className="dialog-description">
              {description}
            </div>
          )}
          {children}
        </div>
      )}
    </dialog>
  );
}
