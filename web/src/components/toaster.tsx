import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

interface Toast {
  id: number;
  tone: 'success' | 'danger' | 'info' | 'warning';
  text: string;
}

interface Notify {
  (tone: Toast['tone'], text: string): void;
}

const ToastContext = createContext<Notify>(() => undefined);

/** Short confirmations of what the server did ("Stop requested; EC2 is stopping the instance."). */
export function Toaster({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const notify = useCallback<Notify>(
    (tone, text) => {
      const id = Date.now() + Math.random();
      setToasts((all) => [...all.slice(-4), { id, tone, text }]);
      // Errors stay until dismissed: they carry the server's reason, which someone may need to read twice.
      if (tone !== 'danger') setTimeout(() => dismiss(id), 6_000);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toast-container position-fixed bottom-0 end-0 p-3" style={{ zIndex: 1090 }} aria-live="polite" aria-atomic="false">
        {toasts.map((t) => (
          <div key={t.id} className={`toast show align-items-center text-bg-${t.tone} border-0`} role={t.tone === 'danger' ? 'alert' : 'status'}>
            <div className="d-flex">
              <div className="toast-body">{t.text}</div>
              <button type="button" className="btn-close btn-close-white me-2 m-auto" aria-label="Dismiss" onClick={() => dismiss(t.id)} />
            </div>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export const useNotify = () => useContext(ToastContext);
