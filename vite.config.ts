import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/** The `yaml` package and the engine's modules that use it: the whole parser, loaded after the first screen. */
const YAML_PARSER = /[\\/]node_modules[\\/]yaml[\\/]|[\\/]shared[\\/](yaml[\\/](lenient-parse|load|quoted-continuations)|episode[\\/]parse)\.ts$/;

/**
 * The page's small first script asks main for the file, then imports the first screen: this lists
 * that screen's chunks in the page as module preloads, so that the browser fetches and compiles them
 * meanwhile. The rest of the app is imported once the first screen has painted, and not preloaded:
 * compiling it earlier would hold that screen back.
 */
function preloadFirstScreen(entry: string): Plugin {
  return {
    name: 'preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const screen = chunks.find((c) => c.facadeModuleId?.endsWith(entry));
        if (!screen) throw new Error(`preload-first-screen: no chunk for ${entry}`);
        return [screen.fileName, ...screen.imports].filter((file) => !html.includes(file)).map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

// The renderer: built to build/renderer, loaded by Electron from disk and by the harness over HTTP.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadFirstScreen('/src/app/first-screen.ts')],
  // The spelling dictionary's files, which its package does not export (the spelling worker bundles them as text).
  resolve: { alias: { 'dictionary-en-files': fileURLToPath(new URL('node_modules/dictionary-en', import.meta.url)) } },
  worker: { format: 'es' },
  build: {
    outDir: '../build/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 2000,
    // Electron's Chromium preloads modules itself: no polyfill script ahead of the app's.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Loading the parser runs nothing else: nothing needs it loaded early for its side effects.
      treeshake: { moduleSideEffects: (id: string) => !YAML_PARSER.test(id) },
      output: {
        // The YAML parser is needed only after the first screen (renderer/src/app/episode-parser.ts):
        // its own chunk, so that the small shared modules it uses never pull it into the first load.
        codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: 'yaml-parser', test: YAML_PARSER }] },
      },
    },
  },
  logLevel: 'warn',
});
