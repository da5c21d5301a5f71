import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import asar from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

// scripts/package.mjs packs this machine's `dir` build with a stand-in Electron folder (offline, a few
// seconds), then the packed app is checked as it is: what app.asar holds, and that its main process loads
// from an extracted copy outside the checkout (where no node_modules but the packed ones can be found).

/** espeak-ng speaks the worker's test words (CI installs it). */
const HAS_ESPEAK = spawnSync('espeak-ng', ['--version']).status === 0;
const PLATFORM_DIR: Partial<Record<NodeJS.Platform, string>> = { linux: 'linux-unpacked', win32: 'win-unpacked' };
const ARCH_SUFFIX: Partial<Record<string, string>> = { x64: '', arm64: '-arm64', ia32: '-ia32', arm: '-armv7l' };
const unpackedDir = PLATFORM_DIR[process.platform];
const outDir = unpackedDir && join(REPO_ROOT, 'dist/stand-in', unpackedDir.replace('-unpacked', `${ARCH_SUFFIX[process.arch] ?? ''}-unpacked`));
const FFMPEG = `node_modules/@ffmpeg-installer/${process.platform}-${process.arch}/${process.platform === 'win32' ? 'ffmpeg.exe' : 'ffmpeg'}`;

// The stand-in folder has Linux's and Windows' shape only; a macOS app needs Electron.app itself.
describe.skipIf(outDir === undefined)('the packaged app (scripts/package.mjs with a stand-in Electron)', () => {
  const archive = join(outDir ?? '', 'resources/app.asar');
  let run: SpawnSyncReturns<string>;
  let extracted: string;

  beforeAll(() => {
    run = spawnSync(process.execPath, ['scripts/package.mjs', '--dir', '--stand-in-electron'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
    extracted = mkdtempSync(join(tmpdir(), 'episode-editor-app-'));
  }, 130_000);
  afterAll(() => rmSync(extracted, { recursive: true, force: true }));

  it('is packed, and the script lists app.asar and finds it right', () => {
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toMatch(/app\.asar: \d+ files/);
    expect(run.stdout).toContain('no Electron copy inside app.asar; only production dependencies in it; ffmpeg unpacked');
  });

  it('holds no Electron copy and no package but ffmpeg’s installer and soundswallower, unpacked beside it (the binary, the recognition worker and its model)', () => {
    const files = asar.listPackage(archive, { isPack: false }).map((file) => file.replaceAll('\\', '/').replace(/^\//, ''));
    expect(files).toContain('build/main/main.js');
    expect(files).toContain('build/main/preload.cjs');
    expect(files).toContain('build/renderer/index.html');
    expect(files.filter((file) => file.startsWith('node_modules/electron'))).toEqual([]);
    const packages = new Set(files.flatMap((file) => /^node_modules\/(@[^/]+\/[^/]+|[^@/][^/]*)(\/|$)/.exec(file)?.[1] ?? []));
    expect([...packages].sort()).toEqual(['@ffmpeg-installer/ffmpeg', `@ffmpeg-installer/${process.platform}-${process.arch}`, 'soundswallower']);
    // The recognition worker runs from a plain file, reading soundswallower's WebAssembly and en-us model with plain fs.
    for (const file of ['build/main/recognition-worker.js', 'node_modules/soundswallower/soundswallower.node.wasm', 'node_modules/soundswallower/model/en-us/mdef']) {
      expect(existsSync(join(`${archive}.unpacked`, file)), file).toBe(true);
    }
    expect(files.filter((file) => file.startsWith('node_modules/soundswallower/model/fr-fr') || file.includes('soundswallower.web'))).toEqual([]);
    expect(files.some((file) => file.endsWith('.map'))).toBe(false);
    expect(existsSync(join(`${archive}.unpacked`, FFMPEG))).toBe(true);
  });

  it.skipIf(!HAS_ESPEAK)('has a recognition worker that hears speech with only the unpacked files', () => {
    const audio = join(mkdtempSync(join(tmpdir(), 'episode-package-')), 'hello.wav');
    expect(spawnSync('espeak-ng', ['-w', audio, 'hello world']).status).toBe(0);
    const worker = join(`${archive}.unpacked`, 'build/main/recognition-worker.js');
    const script = `const { Worker } = require('node:worker_threads'); new Worker(${JSON.stringify(worker)}, { workerData: { audioPath: ${JSON.stringify(audio)}, texts: ['hello world'] } }).on('message', (m) => { if (!('progress' in m)) { console.log(JSON.stringify(m)); process.exit(0); } });`;
    const heard = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(heard.stderr).toBe('');
    // The words heard, each one of the text's (a first word with no silence before it may be missed).
    const { words } = JSON.parse(heard.stdout) as { words: { word: string; sec: number }[] };
    expect(words.map((w) => w.word)).toContain('world');
    expect(words.every((w) => ['hello', 'world'].includes(w.word))).toBe(true);
  });

  it('has a main process that loads with only the packed files (yaml and the rest bundled into main.js)', () => {
    asar.extractAll(archive, extracted);
    writeFileSync(join(extracted, 'load.mjs'), "await import('./build/main/main.js');\nconsole.log('main loaded');\n");
    const standIn = pathToFileURL(join(REPO_ROOT, 'test/packaging/electron-stand-in/register.mjs')).href;
    const main = spawnSync(process.execPath, ['--import', standIn, 'load.mjs'], { cwd: extracted, encoding: 'utf8', timeout: 20_000 });
    expect(main.stderr).toBe('');
    expect(main.stdout.trim()).toBe('main loaded');
    expect(main.status).toBe(0);
  });
});
