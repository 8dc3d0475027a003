/**
 * Export of whatever the library currently shows (the filter, not the page):
 * a file through an object URL and <a download>, so no `downloads` permission.
 */
import { t } from '@/lib/i18n';
import { usePopup } from './context';
import type { ExportFormat, LibraryItem } from './types';

/** Everything matching the filter, whatever the page size. */
const EXPORT_LIMIT = 1_000_000;

export function downloadText(parts: string[], filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // A User Timing mark: the benchmark times an export up to here, where the file is handed to the browser.
  performance.mark('dealmark:download');
  // Revoking at once can cancel the download before the browser reads the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

export function ExportBar({ load }: { load(limit: number): Promise<LibraryItem[]> }) {
  const { data, showError, showToast } = usePopup();

  async function run(format: ExportFormat | 'copy') {
    try {
      const items = await load(EXPORT_LIMIT);
      if (format === 'copy') {
        await navigator.clipboard.writeText(data.exportParts('tsv', items).join(''));
        showToast({ message: t('copiedRows', items.length) });
      } else if (format === 'csv') {
        downloadText(data.exportParts('csv', items), `dealmark-${stamp()}.csv`, 'text/csv;charset=utf-8');
      } else {
        downloadText(data.exportParts('markdown', items), `dealmark-${stamp()}.md`, 'text/markdown;charset=utf-8');
      }
    } catch (e) {
      showError(e);
    }
  }

  return (
    <div class="export-bar" role="group" aria-label={t('exportLabel')}>
      <button type="button" class="button primary" onClick={() => run('csv')}>{t('exportCsv')}</button>
      <button type="button" class="button" onClick={() => run('copy')}>{t('copyTsv')}</button>
      <button type="button" class="button" onClick={() => run('markdown')}>{t('exportMarkdown')}</button>
    </div>
  );
}
