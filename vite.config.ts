import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: built to build/renderer, loaded by Electron from disk and by the harness over HTTP.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // Electron's Chromium preloads modules itself: no polyfill script ahead of the app's.
  build: { outDir: '../build/renderer', emptyOutDir: true, sourcemap: true, target: 'chrome120', chunkSizeWarningLimit: 2000, modulePreload: { polyfill: false } },
  logLevel: 'warn',
});
