import { defineConfig, type PluginOption } from 'vite';
import react from '@vitejs/plugin-react';

/** The API server the dev server forwards to; in production that server serves this build itself. */
const API_TARGET = 'http://localhost:3000';

/**
 * `@vitejs/plugin-react` resolves its Vite types from the workspace root (Vite 8, used by Vitest)
 * while this config is typed by web's own Vite 7. The plugin supports both at runtime; only the
 * declaration files disagree, hence the cast.
 */
const reactPlugin = react() as unknown as PluginOption;

/** Third-party code in a few long-lived chunks, so an app deploy does not bust the vendor cache. */
const VENDOR_CHUNKS: Record<string, RegExp> = {
  react: /node_modules\/(react|react-dom|scheduler|react-router)\//,
  mantine: /node_modules\/(@mantine|@floating-ui|react-remove-scroll|react-textarea-autosize|@tabler)/,
  data: /node_modules\/(@tanstack|zod|i18next|react-i18next|dayjs)/,
};

function vendorChunk(id: string): string | undefined {
  return Object.keys(VENDOR_CHUNKS).find((name) => VENDOR_CHUNKS[name]?.test(id));
}

export default defineConfig({
  plugins: [reactPlugin],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: { output: { manualChunks: vendorChunk } },
  },
  server: {
    proxy: {
      '/api': { target: API_TARGET, ws: true },
      '/healthz': { target: API_TARGET },
    },
  },
});
