import './style.css';
import { startPage } from '@/lib/dom/page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startPage(ctx);
  },
});
