import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { compactGazetteer } from './scripts/gazetteer-plugin.ts';
import { latinOnly } from './scripts/latin-only.ts';

/** The unlisted scripts the content script loads on demand (lib/dom/chunks.ts, entrypoints/<name>.ts). */
const CHUNKS = ['tooltip', 'marks', 'arabic', 'cjk', 'han', 'kana', 'zhja', 'europe', 'facts', 'names', 'namesar', 'namesja', 'nameszh', 'nameszhja', 'given'];

// Thin by design: the manifest asks for the least it can. `storage` keeps settings,
// `activeTab` lets the popup talk to the tab the reader is looking at. Host access is
// only what the content script's `matches` implies.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), compactGazetteer()] }),
  hooks: {
    // The content script runs on every page within a 60 kB budget. Chrome's MV3
    // APIs and Firefox's own `browser` already return promises for everything it
    // calls, so it takes WXT's plain `browser` and leaves the polyfill (2.5 kB
    // gzip) to the background and the extension pages.
    'vite:build:extendConfig': (entrypoints, config) => {
      // The chunks it loads when a page needs them (lib/dom/chunks.ts) run beside it, so they are built the same way.
      if (!entrypoints.every((e) => e.type === 'content-script' || CHUNKS.includes(e.name))) return;
      // Terser's extra passes (5: ~0.1 kB less than 3), hoisted function declarations (~0.14 kB less here; they
      // hoist anyway, so behaviour is the same) and top-level mangling make it ~0.5 kB gzip smaller than the default
      // minifier; `content` and the chunk names are the scripts' results, which WXT reads by name after each bundle.
      // Not pure_getters: reading a layout property for its side effect must survive. Not unsafe_comps or
      // unsafe_math: the engine relies on NaN comparing false and on its float arithmetic as written.
      // DM_MAP=1 adds a source map, to see which module the bytes come from.
      config.build = { sourcemap: !!process.env.DM_MAP,
        ...config.build, minify: 'terser',
        terserOptions: { compress: { passes: 5, ecma: 2020, unsafe: true, hoist_funs: true }, mangle: { toplevel: true, reserved: ['content', ...CHUNKS] }, format: { ecma: 2020 } },
      };
      const alias = config.resolve?.alias;
      // WXT's shadow-root UI builds its host with a package that ships a generator helper and a tag list we never use.
      // Its script context brings timers, a location watcher and a logger the script never calls.
      const ours = [
        { find: '@webext-core/isolated-element', replacement: resolve('lib/dom/isolated-element.ts') },
        { find: 'wxt/utils/content-script-context', replacement: resolve('lib/dom/script-context.ts') },
      ];
      if (Array.isArray(alias)) {
        const kept = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
        alias.splice(0, alias.length, ...kept, ...ours);
      } else if (alias) {
        delete (alias as Record<string, string>)['wxt/browser'];
        config.resolve!.alias = [...Object.entries(alias).map(([find, replacement]) => ({ find, replacement })), ...ours];
      }
      // Its mounting helpers bring autoMount (never called), which waits for anchors through three more packages.
      // The import is relative inside WXT, so a resolver, not an alias, redirects it.
      config.plugins = [...(config.plugins ?? []), {
        name: 'dealmark-mount-ui',
        enforce: 'pre',
        resolveId: (source: string, importer?: string) =>
          source === './shared.mjs' && importer?.replaceAll('\\', '/').endsWith('/content-script-ui/shadow-root.mjs')
            ? resolve('lib/dom/mount-ui.ts') : null,
      }, {
        // The engine starts with the Latin-script languages, readers and fact words; the others come in their script's chunk
        // (lib/dom/scripts.ts).
        name: 'dealmark-latin-only',
        enforce: 'pre',
        resolveId: (source: string, importer?: string) => {
          const swap = latinOnly(source, importer);
          return swap ? resolve(swap) : null;
        },
      }];
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab'],
    // The code the content script loads with import() when a page needs it (lib/dom/chunks.ts). A dynamic URL,
    // so a page cannot probe a fixed address to learn that the extension is installed.
    web_accessible_resources: [{ resources: CHUNKS.map((c) => `${c}.js`), matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    // Said outright rather than left to defaults: no eval, no remote code, in either manifest version.
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: "script-src 'self'; object-src 'self'" }
        : "script-src 'self'; object-src 'self'",
    // Chrome allows four suggested shortcuts; these are the four a reader uses while reading.
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdToggle__' },
      'next-fact': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_cmdNext__' },
      'prev-fact': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_cmdPrev__' },
      'save-fact': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_cmdSave__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dealmark@dealmark.local',
              // Desktop Firefox reads data_collection_permissions from 140, the current ESR; Android from 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
