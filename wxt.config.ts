import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Pages served by the e2e tests and the demo; the chip must never reach them in a store build.
const LOCAL_TEST_PAGES = ['http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  // Dependencies are imported explicitly; no auto-imported globals.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    action: { default_title: '__MSG_extName__' },
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
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode === 'production') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...LOCAL_TEST_PAGES];
      }
    },
  },
});
