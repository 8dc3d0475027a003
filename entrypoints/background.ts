import { startBackground } from '@/lib/storage/background';

export default defineBackground(() => {
  startBackground();
});
