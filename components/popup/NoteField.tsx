/** A note edited in place: saved on blur or Enter, Escape puts the old text back. */
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface Props {
  note: string;
  label: string;
  onSave(note: string): Promise<boolean>;
}

export function NoteField({ note, label, onSave }: Props) {
  const [draft, setDraft] = useState(note);
  const [saved, setSaved] = useState(note);

  async function commit() {
    const next = draft.trim();
    if (next === saved) return;
    // The draft stays on screen when saving fails, so nothing typed is lost.
    if (await onSave(next)) setSaved(next);
  }

  return (
    <input
      class="note"
      type="text"
      dir={draft ? 'auto' : undefined}
      value={draft}
      placeholder={t('notePlaceholder')}
      aria-label={label}
      maxLength={2000}
      onInput={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          void commit();
        } else if (e.key === 'Escape' && draft !== saved) {
          // Only swallow Escape when there is an edit to undo; otherwise it closes the popup.
          e.preventDefault();
          setDraft(saved);
        }
      }}
    />
  );
}
