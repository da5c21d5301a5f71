// Builds everything the app, the CLI, the harness and the benchmarks run from: esbuild for the
// Node-side programs, Vite for the renderer. Runs on `npm install` (prepare) and before `npm test`.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';

const node = { bundle: true, platform: 'node', target: 'node20', packages: 'external', sourcemap: true, logLevel: 'warning' };

await build({
  ...node,
  format: 'esm',
  outdir: 'build',
  entryPoints: {
    'cli/episode': 'main/cli/bin.ts',
    'bench/bench': 'test/bench/bench.ts',
    'harness/harness': 'main/harness/cli.ts',
    'main/main': 'main/main.ts',
  },
  // Electron is provided by its own runtime (and tsconfig maps its types to main/electron-types.d.ts).
  external: ['electron'],
});

// Sandboxed preloads cannot be ES modules: CommonJS, with the shared code it uses bundled in.
await build({
  ...node,
  format: 'cjs',
  outfile: 'build/main/preload.cjs',
  entryPoints: ['main/preload.ts'],
  external: ['electron'],
});

await viteBuild({ configFile: 'vite.config.ts' });
