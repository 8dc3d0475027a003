// Finds the system Chromium: CHROME_PATH first, then Debian's and common paths.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium found, so the extension cannot be shown in a real browser.',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  elsewhere:      set CHROME_PATH to a Chromium or Chrome binary, e.g.',
  '                  CHROME_PATH=/path/to/chrome npm start',
].join('\n');

/** Flags that keep Chromium quiet and offline on a closed machine. */
export function chromiumArgs(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
  ];
}
