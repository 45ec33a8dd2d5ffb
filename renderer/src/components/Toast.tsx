// A quiet status line for finished actions ("Client saved"), announced politely.
import { Check } from 'lucide-react';
import { createContext, use, useCallback, useEffect, useState, type ReactNode } from 'react';

const ToastContext = createContext<(message: string) => void>(() => {});

export function useToast(): (message: string) => void {
  return use(ToastContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<{ message: string; at: number } | null>(null);
  const notify = useCallback((message: string) => setToast({ message, at: Date.now() }), []);

  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(() => setToast(null), 4000);
    return () => window.clearTimeout(timer);
  }, [toast]);

  return (
    <ToastContext value={notify}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div className="toast" key={toast.at}>
            <Check size={16} aria-hidden="true" />
            {toast.message}
          </div>
        )}
      </div>
    </ToastContext>
  );
}
