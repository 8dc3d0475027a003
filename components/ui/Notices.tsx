/** The error banner and the undo toast: failures are always shown, never swallowed. */
import { useEffect } from 'preact/hooks';
import { t } from '@/lib/i18n';

export function ErrorBanner({ message, onClose }: { message: string | null; onClose(): void }) {
  if (!message) return null;
  return (
    <div class="banner" role="alert">
      <span class="banner-text">{message}</span>
      <button type="button" class="icon-button" onClick={onClose} aria-label={t('dismissError')}>
        ×
      </button>
    </div>
  );
}

export interface ToastSpec {
  message: string;
  actionLabel?: string;
  action?: () => void;
}

/** Long enough to reach the Undo button by keyboard. */
const TOAST_MS = 10_000;

export function Toast({ toast, onClose }: { toast: ToastSpec | null; onClose(): void }) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onClose, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, onClose]);
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        <div class="toast">
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              class="link-button"
              onClick={() => {
                toast.action!();
                onClose();
              }}
            >
              {toast.actionLabel}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
