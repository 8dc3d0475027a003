import { render } from 'preact';
import '@/components/ui/theme.css';
import { Popup, tabFromSearch } from '@/components/popup/Popup';
import { realData } from '@/components/popup/data';
import { applyDocumentLocale, t } from '@/lib/i18n';

// Before the first paint, so an Arabic popup never flashes left-to-right.
applyDocumentLocale();
document.title = t('extName');
render(<Popup data={realData} initialTab={tabFromSearch(location.search)} />, document.getElementById('app')!);
