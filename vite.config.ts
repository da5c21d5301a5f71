import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: built to build/renderer, loaded by Electron from disk and by the harness over HTTP.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../build/renderer', emptyOutDir: true, sourcemap: true, target: 'chrome120', chunkSizeWarningLimit: 2000 },
  logLevel: 'warn',
});
