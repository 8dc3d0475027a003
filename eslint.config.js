// @ts-check
import tseslint from 'typescript-eslint';

// Globals that mean "this code touches a page or a browser": forbidden in the pure engine.
const domGlobals = ['window', 'document', 'navigator', 'location', 'browser', 'chrome', 'Node', 'Element',
  'Range', 'HTMLElement', 'MutationObserver', 'indexedDB', 'localStorage', 'CSS', 'Highlight', 'fetch',
  'XMLHttpRequest'].map((name) => ({ name, message: 'lib/detect is pure: no DOM, browser or extension API.' }));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/peers/**', '.screenshots/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['lib/detect/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...domGlobals],
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@webext-core/*', 'dexie', 'dexie-*', 'preact', 'preact/*'],
            message: 'lib/detect is pure: no DOM, browser or extension API.' },
          { group: ['**/dom/**', '**/storage/**', '**/messaging/**', '**/settings/**', '@/lib/dom/*', '@/lib/storage/*'],
            message: 'lib/detect is the first stage: it imports no later stage.' },
        ],
      }],
    },
  },
  {
    // A content script's IndexedDB is the web page's: storage must never be bundled there.
    files: ['entrypoints/content/**', 'lib/dom/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['dexie', 'dexie-*', '**/storage/**', '@/lib/storage/*', '@/lib/storage'],
          message: 'The content script never touches storage: send a message to the background.' }],
      }],
    },
  },
);
