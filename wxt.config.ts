import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { coachData } from './src/coach/data';
import { knowledgeFile } from './src/coach/knowledge';
import { TOGGLE_SITE_COMMAND } from './src/platform/command-names';

// Pages served by the e2e tests and the demo; the chip must never reach them in a store build.
const LOCAL_TEST_PAGES = ['http://localhost/*', 'http://127.0.0.1/*'];
// A chat the e2e tests serve as if self-hosted: not a built-in site, so the user turns Echt
// on for it from the popup. Its permission is granted up front in test builds because a
// headless browser cannot click "Allow" in the permission prompt.
const SELF_HOSTED_TEST_SITE = 'http://127.0.0.2/*';

/**
 * The message catalogs as Echt's code imports them: the words and placeholders only. The
 * notes for translators (`description`, a placeholder's `example`) are half of each file
 * and no page shows them; the browser still reads them from public/_locales.
 */
function catalogWordsOnly(): Plugin {
  return {
    name: 'echt:catalog-words-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]_locales[\\/]\w+[\\/]messages\.json$/.test(id)) return null;
      const catalog = JSON.parse(code) as Record<string, { description?: string; placeholders?: object }>;
      for (const entry of Object.values(catalog)) {
        delete entry.description;
        for (const placeholder of Object.values(entry.placeholders ?? {}) as { example?: string }[]) {
          delete placeholder.example;
        }
      }
      return { code: JSON.stringify(catalog), map: null };
    },
  };
}

/** Names this build's catalogs: a page uses a catalog another build kept only if they are the same (src/i18n/kept.ts). */
function catalogsId(): string {
  const hash = createHash('sha256');
  for (const locale of ['en', 'nl'])
    hash.update(readFileSync(resolve(import.meta.dirname, `public/_locales/${locale}/messages.json`)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * popup.html as built: its module is not in the page for the browser to fetch; the page's
 * first script (entrypoints/popup-frame.ts) carries its address (`data-echt-module`) and
 * starts it as the frame the last popup kept paints, so it runs after that paint (at once
 * when there is no frame). The module and the chunks it imports are one file (below). A module
 * the parser runs would run as parsing ends, before the browser's next paint, so the kept
 * frame would wait for it; and chunks preloaded from the page's head arrive while the page is
 * still being parsed and are compiled then, on the thread that is about to paint the frame
 * (measured: the first script ran 20-45 ms later with them; bench/README.md). The entry's
 * hashed address names the build for the kept frame. Its stylesheets (7 KB) are put in the
 * page: a linked one holds back the first script until it has loaded, and the frame needs
 * them anyway. Extension pages allow inline styles, not inline scripts, so the first script
 * stays a file.
 */
function popupStartsItsModule(): Plugin {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
  const preload = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
  const frameScript = /<script src="\/popup-frame\.js"\s*>/;
  const stylesheet = /<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g;
  return {
    name: 'echt:popup-starts-its-module',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has put the entry's script, its preloads and its stylesheets in the page.
      order: 'post',
      handler(html, { filename, bundle }) {
        if (!/[\\/]popup[\\/]index\.html$/.test(filename)) return html;
        const module = entry.exec(html)?.[1];
        if (!module) throw new Error('popup.html: no module script to hand to popup-frame.js');
        if (!frameScript.test(html)) throw new Error('popup.html: no popup-frame.js to start the module');
        return html
          .replace(entry, '')
          .replace(preload, '')
          .replace(frameScript, `<script src="/popup-frame.js" data-echt-module="${module}">`)
          .replace(stylesheet, (link, file: string) => {
            const asset = bundle?.[file];
            if (asset?.type !== 'asset') return link;
            const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
            // The file stays in the package for the other pages that link it.
            return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
          });
      },
    },
    // After Vite has written popup.html into the bundle.
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        // WXT moves it to popup.html after the build.
        const page = bundle['entrypoints/popup/index.html'];
        if (page?.type !== 'asset') return;
        const html = typeof page.source === 'string' ? page.source : new TextDecoder().decode(page.source);
        const named = /data-echt-module="\/([^"]+)"/.exec(html);
        if (!named?.[1]) throw new Error('popup.html: popup-frame.js names no module');
        const entry = named[1];
        const code = await popupInOneFile(entry, (file) => {
          const chunk = bundle[file];
          if (chunk?.type !== 'chunk') throw new Error(`popup.html: ${file} is not in the build`);
          return chunk.code;
        });
        const fileName = `chunks/popup-app-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
        this.emitFile({ type: 'asset', fileName, source: code });
        page.source = html.replace(named[0], `data-echt-module="/${fileName}"`);
        // Only popup.html started it; the chunks it imported stay for the other pages.
        delete bundle[entry];
      },
    },
  };
}

/**
 * The popup's module and every chunk it imports, bundled again into one file (rolldown, the
 * bundler under Vite): one request instead of four when the popup opens. Extension files are
 * served by the browser process, each 20-35 ms after it is asked for on a busy 2-core machine,
 * and each module the page adds costs the thread that paints the kept frame 1-2 ms; the module
 * ran 24 ms sooner in one file (bench/README.md). The other pages keep the shared chunks.
 */
async function popupInOneFile(entry: string, codeOf: (file: string) => string): Promise<string> {
  const build = await rolldown({
    input: entry,
    plugins: [
      {
        name: 'echt:popup-chunks',
        // Chunks import each other as "./name.js", beside themselves.
        resolveId: (source, importer) => (importer ? posix.join(posix.dirname(importer), source) : source),
        load: (file) => codeOf(file),
      },
    ],
  });
  try {
    const { output } = await build.generate({ format: 'es', minify: true });
    if (output.length !== 1 || output[0].type !== 'chunk') throw new Error('popup: not one file');
    return output[0].code;
  } finally {
    await build.close();
  }
}

export default defineConfig({
  // Dependencies are imported explicitly; no auto-imported globals.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), catalogWordsOnly(), popupStartsItsModule()],
    define: { 'import.meta.env.ECHT_CATALOGS': JSON.stringify(catalogsId()) },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'activeTab'],
    // Asked one origin at a time when the user adds a calendar feed (or a chat site).
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    // Keys the user can change (chrome://extensions/shortcuts, about:addons). The popup's
    // command is the browser's own, named differently in Manifest V2 (Firefox).
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+U' },
      },
      [TOGGLE_SITE_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandToggleSite__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'echt@echt.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
          // Manifest V2 has no optional_host_permissions: there, origins are optional permissions.
          optional_permissions: ['https://*/*', 'http://*/*'],
        }
      : {}),
  }),
  hooks: {
    // The coach's knowledge of each language, as the JSON the background sends a chat tab
    // (src/background/coach-knowledge.ts): a file of the package, so neither the content
    // script nor the worker carries it in its code, and not web-accessible.
    'build:publicAssets': (_wxt, files) => {
      for (const locale of ['en', 'nl'] as const) {
        files.push({ relativeDest: knowledgeFile(locale), contents: JSON.stringify(coachData(locale)) });
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode === 'production') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...LOCAL_TEST_PAGES];
      }
      // Granted up front in test builds, so a local calendar feed needs no permission prompt.
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOCAL_TEST_PAGES, SELF_HOSTED_TEST_SITE];
    },
    // The chat content script and the popup's first script use the browser's own promise-based
    // API (Chrome MV3 and Firefox have one): the polyfill would take 2.7 KB of the content
    // script's 25 KB gzip budget, and be read before the popup's first frame paints.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'chat' || entrypoint.name === 'popup-frame')) return;
      const alias = config.resolve?.alias ?? {};
      const native = { find: 'wxt/browser', replacement: '@wxt-dev/browser' };
      const context = {
        find: 'wxt/utils/content-script-context',
        replacement: resolve(import.meta.dirname, 'src/platform/content-script-context.ts'),
      };
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias)
          ? [native, context, ...alias]
          : { ...alias, [native.find]: native.replacement, [context.find]: context.replacement },
      };
      config.build = {
        ...config.build,
        minify: 'terser',
        terserOptions: { compress: { passes: 3 } },
        sourcemap: process.env.ECHT_MAP ? true : config.build?.sourcemap,
      };
    },
  },
});
