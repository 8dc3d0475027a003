/** Backup, restore and wiping the library; every outcome is spelled out to the reader. */
import { useState } from 'preact/hooks';
import { formatNumber, t } from '@/lib/i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Section } from './Section';
import type { OptionsData } from './types';

type Outcome = { ok: boolean; text: string } | null;

function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DataSection({ data }: { data: OptionsData }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  async function step(work: () => Promise<Outcome>) {
    setBusy(true);
    try {
      setOutcome(await work());
    } catch (e) {
      setOutcome({ ok: false, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  const backup = () =>
    step(async () => {
      downloadBlob(await data.backup(), `dealmark-backup-${new Date().toISOString().slice(0, 10)}.json`);
      return { ok: true, text: t('optBackupDone') };
    });

  const restore = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void step(async () => {
      const res = await data.restore(file);
      return res.ok
        ? { ok: true, text: t('optRestoreDone', [formatNumber(res.value.added), formatNumber(res.value.skipped)]) }
        : { ok: false, text: t('optRestoreFailed', res.error) };
    });
  };

  const wipe = () => {
    setConfirming(false);
    void step(async () => {
      await data.wipeAll();
      return { ok: true, text: t('optWipeDone') };
    });
  };

  return (
    <Section id="data" title={t('optData')} hint={t('optDataHint')}>
      <div class="button-row">
        <button type="button" class="button" disabled={busy} onClick={backup}>{t('optBackup')}</button>
        <label class="button file-button">
          {t('optRestore')}
          <input type="file" accept="application/json,.json" class="sr-only" disabled={busy}
            onChange={(e) => restore(e.currentTarget)} />
        </label>
        <button type="button" class="button danger" disabled={busy} onClick={() => setConfirming(true)}>{t('optWipe')}</button>
      </div>
      <p role="status" class={outcome ? (outcome.ok ? 'outcome ok' : 'outcome error-text') : 'outcome'}>{outcome?.text ?? ''}</p>
      {confirming && (
        <ConfirmDialog title={t('optWipeTitle')} confirmLabel={t('optWipeConfirm')} cancelLabel={t('cancel')}
          onConfirm={wipe} onCancel={() => setConfirming(false)}>
          <p>{t('optWipeBody')}</p>
        </ConfirmDialog>
      )}
    </Section>
  );
}

