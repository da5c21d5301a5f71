// Builds everything the app, the CLI, the harness and the benchmarks run from: esbuild for the
// Node-side programs, Vite for the renderer. Runs on `npm install` (prepare) and before `npm test`.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';

const node = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

// The CLI, the harness and the benchmarks run from the checkout, with its node_modules.
await build({
  ...node,
  format: 'esm',
  outdir: 'build',
  packages: 'external',
  entryPoints: {
    'cli/episode': 'main/cli/bin.ts',
    'bench/bench': 'test/bench/bench.ts',
    'harness/harness': 'main/harness/cli.ts',
    // Speech recognition runs in a worker thread, whose script lies beside each program that starts one.
    'cli/recognition-worker': 'main/services/recognition-worker.ts',
    'harness/recognition-worker': 'main/services/recognition-worker.ts',
    'bench/recognition-worker': 'main/services/recognition-worker.ts',
  },
});

// The Electron main process runs packaged, from app.asar: every npm package it uses is bundled in, except
// Electron (provided by its runtime; tsconfig maps its types to main/electron-types.d.ts) and ffmpeg's
// installer, which finds its binary relative to its own package (unpacked beside app.asar).
await build({
  ...node,
  format: 'esm',
  outfile: 'build/main/main.js',
  entryPoints: ['main/main.ts'],
  external: ['electron', '@ffmpeg-installer/*'],
  // Bundled CommonJS packages (yaml's Node build) call require() for Node's modules; an ES module has none.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
});

// The app's recognition worker: unpacked beside app.asar (electron-builder.yml), as are the packages it
// finds on disk: soundswallower (its WebAssembly and model) and ffmpeg's installer.
await build({
  ...node,
  format: 'esm',
  outfile: 'build/main/recognition-worker.js',
  entryPoints: ['main/services/recognition-worker.ts'],
  external: ['soundswallower', '@ffmpeg-installer/*'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
});

// Sandboxed preloads cannot be ES modules, nor load npm packages: CommonJS, with everything it uses bundled in.
await build({
  ...node,
  format: 'cjs',
  outfile: 'build/main/preload.cjs',
  entryPoints: ['main/preload.ts'],
  external: ['electron'],
});

await viteBuild({ configFile: 'vite.config.ts' });
