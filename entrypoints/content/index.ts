import './style.css';
import { startPage } from '@/lib/dom/page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // 'manifest': style.css holds the ::highlight() rules, which must apply to the
  // document itself; the tooltip brings its own CSS into its shadow root.
  cssInjectionMode: 'manifest',
  async main(ctx) {
    await startPage(ctx);
  },
});
