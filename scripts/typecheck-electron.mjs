// `npm run typecheck`, last step: type-checks main/ (and what it imports) against Electron's own
// electron.d.ts, and the hand-written main/electron-types.d.ts against it (scripts/electron-types-drift.ts).
// The electron package is optional and may be absent (its installer could not download the binary):
// then this is skipped with a note, except under CI, whose install (ELECTRON_SKIP_BINARY_DOWNLOAD=1)
// always has the types, so a skip there means the install broke.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const realTypes = join(root, 'node_modules', 'electron', 'electron.d.ts');

if (!existsSync(realTypes)) {
  const note = `no ${realTypes} (the optional electron package is not installed; ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm install installs it without its binary)`;
  if (process.env['CI']) {
    console.error(`typecheck: CI is set, so main/ may not skip its check against the real Electron types: ${note}`);
    process.exit(1);
  }
  console.warn(`SKIPPED: main/ against the real Electron types: ${note}`);
  process.exit(0);
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.electron.json')], { stdio: 'inherit' });
process.exit(run.status ?? 1);
