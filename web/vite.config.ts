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

export default defineConfig({
  plugins: [reactPlugin],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': { target: API_TARGET, ws: true },
      '/healthz': { target: API_TARGET },
    },
  },
});
