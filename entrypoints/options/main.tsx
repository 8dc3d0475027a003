import { render } from 'preact';
import '@/components/ui/theme.css';
import { Options } from '@/components/options/Options';
import { realOptionsData } from '@/components/options/data';
import { applyDocumentLocale, t } from '@/lib/i18n';

applyDocumentLocale();
document.title = t('optTitle');
render(<Options data={realOptionsData} />, document.getElementById('app')!);
