/** A modal question: focus starts on the safe choice, Escape and Cancel close it. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
  children: ComponentChildren;
}

export function ConfirmDialog({ title, confirmLabel, cancelLabel, onConfirm, onCancel, children }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    cancel.current?.focus();
    return () => before?.focus();
  }, []);

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Tab') {
      // Keep focus inside while the dialog is open.
      const buttons = [...(box.current?.querySelectorAll<HTMLElement>('button') ?? [])];
      const at = buttons.indexOf(document.activeElement as HTMLElement);
      const to = (at + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
      buttons[to]?.focus();
      e.preventDefault();
    }
  }

  return (
    <div class="backdrop" onClick={(e) => e.target === e.currentTarget && onCancel()}>
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="dialog-title" aria-describedby="dialog-body"
        ref={box} onKeyDown={onKeyDown}>
        <h2 id="dialog-title">{title}</h2>
        <div id="dialog-body">{children}</div>
        <div class="dialog-actions">
          <button type="button" class="button" ref={cancel} onClick={onCancel}>{cancelLabel}</button>
          <button type="button" class="button danger-solid" onClick={onConfirm}>{confirmLabel}</button>
        </div>
      </div>
    </div>
  );
}
