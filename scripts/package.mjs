// `npm run package -- [--linux|--mac|--win [TARGET...]]... [--x64|--arm64|--ia32|--armv7l|--universal]...
//                     [--stand-in-electron]`
// Builds the app's packages with electron-builder (configured in electron-builder.yml), then lists what
// landed in each app.asar and app.asar.unpacked and fails unless: no Electron copy (nor any package main
// does not need at run time) is inside app.asar, and the target platform's ffmpeg is unpacked beside it.
//
// What is packed is staged first in build/package/app: package.json with only the production
// dependencies, the built main, preload and renderer, the assets, and node_modules with exactly those
// dependencies. electron-builder run on the checkout itself would also collect the optional `electron`
// package (and what it depends on) as a production dependency. ffmpeg's binary comes from the installed
// @ffmpeg-installer/<platform>-<arch> package, and npm installs only the host's: a build for another
// platform or architecture needs that package installed first, which this script checks before building.
//
// --stand-in-electron packs a folder with a dummy `electron` executable instead of Electron's binaries
// (which cannot be downloaded everywhere): Linux and Windows `dir` builds then check what lands in
// app.asar, into dist/stand-in. The result does not run.
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import asar from '@electron/asar';
import builder from 'electron-builder';

const { Arch, Platform, build } = builder;
const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const STAGE = join(ROOT, 'build', 'package', 'app');
const STAND_IN = join(ROOT, 'build', 'package', 'electron-stand-in');
/** The built files the app runs from, copied into the stage (electron-builder.yml's `files` filters them). */
const APP_FILES = ['build/main', 'build/renderer', 'assets'];
/** The package.json fields the packaged app keeps: electron-builder reads its name, author and homepage there. */
const APP_METADATA = ['name', 'productName', 'version', 'description', 'author', 'homepage', 'license', 'private', 'type', 'main'];
const FFMPEG_PLATFORM_PACKAGE = /^@ffmpeg-installer\/(darwin|linux|win32)-[a-z0-9]+$/;

const PLATFORMS = { linux: Platform.LINUX, mac: Platform.MAC, win: Platform.WINDOWS };
const PLATFORM_FLAGS = { '--linux': 'linux', '-l': 'linux', '--mac': 'mac', '-m': 'mac', '--win': 'win', '-w': 'win' };
const ARCH_FLAGS = ['--x64', '--arm64', '--ia32', '--armv7l', '--universal'];
/** Node's names (process.platform, process.arch, @ffmpeg-installer's packages) for electron-builder's. */
const NODE_PLATFORM = { linux: 'linux', mac: 'darwin', win: 'win32' };
const NODE_ARCH = { x64: 'x64', arm64: 'arm64', ia32: 'ia32', armv7l: 'arm' };

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The command line: platforms with their targets (none: electron-builder.yml's), architectures, stand-in. */
function parseArgs(args) {
  const platforms = new Map();
  const archs = new Set();
  let standIn = false;
  let current = null;
  for (const arg of args) {
    if (arg in PLATFORM_FLAGS) {
      current = PLATFORM_FLAGS[arg];
      if (!platforms.has(current)) platforms.set(current, []);
    } else if (ARCH_FLAGS.includes(arg)) {
      archs.add(arg.slice(2));
    } else if (arg === '--dir') {
      current ??= hostPlatform();
      platforms.set(current, [...(platforms.get(current) ?? []), 'dir']);
    } else if (arg === '--stand-in-electron') {
      standIn = true;
    } else if (!arg.startsWith('-') && current !== null) {
      platforms.get(current).push(arg);
    } else {
      fail(`unknown argument ${JSON.stringify(arg)}; expected --linux|--mac|--win [TARGET...], --dir, ${ARCH_FLAGS.join('|')}, --stand-in-electron`);
    }
  }
  if (platforms.size === 0) platforms.set(hostPlatform(), []);
  if (archs.size === 0) archs.add(hostArch());
  return { platforms, archs: [...archs], standIn };
}

function hostPlatform() {
  const platform = Object.keys(NODE_PLATFORM).find((name) => NODE_PLATFORM[name] === process.platform);
  return platform ?? fail(`cannot package on ${process.platform}`);
}

function hostArch() {
  const arch = Object.keys(NODE_ARCH).find((name) => NODE_ARCH[name] === process.arch);
  return arch ?? fail(`cannot package on ${process.arch}`);
}

/** The @ffmpeg-installer platform packages a build for this platform and these architectures ships. */
function ffmpegPackages(platform, archs) {
  const nodeArchs = archs.flatMap((arch) => (arch === 'universal' ? ['x64', 'arm64'] : [NODE_ARCH[arch]]));
  return [...new Set(nodeArchs)].map((arch) => `@ffmpeg-installer/${NODE_PLATFORM[platform]}-${arch}`);
}

/** Fails, saying how to get them, unless every target's ffmpeg package is installed. */
function checkFfmpeg(wanted) {
  const installer = join(ROOT, 'node_modules', '@ffmpeg-installer', 'ffmpeg', 'package.json');
  if (!existsSync(installer)) fail('@ffmpeg-installer/ffmpeg is not installed: npm install first');
  const known = readJson(installer).optionalDependencies;
  const problems = [];
  for (const name of wanted) {
    if (!(name in known)) {
      problems.push(`${name} does not exist: @ffmpeg-installer/ffmpeg has no ffmpeg for that platform and architecture`);
    } else if (!existsSync(join(ROOT, 'node_modules', name, 'package.json'))) {
      problems.push(
        `${name} is not installed, so the package would ship no ffmpeg (npm installs only this machine's, ` +
          `@ffmpeg-installer/${process.platform}-${process.arch}). Build on that platform, or install it first: ` +
          `npm install --no-save --force ${name}@${known[name]}`,
      );
    }
  }
  if (problems.length > 0) fail(problems.join('\n'));
}

/** The Electron version to pack: the installed package's, else the lockfile's (electron is optional). */
function electronVersion() {
  const installed = join(ROOT, 'node_modules', 'electron', 'package.json');
  if (existsSync(installed)) return readJson(installed).version;
  const locked = readJson(join(ROOT, 'package-lock.json')).packages?.['node_modules/electron']?.version;
  return locked ?? fail('no Electron version: electron is neither installed nor in package-lock.json');
}

/** Where `name` resolves from the package folder `from` (Node's lookup through the node_modules above it). */
function installedPackage(name, from) {
  for (let dir = from; dir.startsWith(ROOT); dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === ROOT) break;
  }
  return null;
}

/**
 * Copies the production dependencies and theirs into the stage, each at its place in node_modules. Optional
 * ones come along when installed, except @ffmpeg-installer's platform packages: only the targets'.
 */
function stageDependencies(dependencies, ffmpeg) {
  const copied = new Set();
  const visit = (name, from, required) => {
    if (FFMPEG_PLATFORM_PACKAGE.test(name) && !ffmpeg.includes(name)) return;
    const dir = installedPackage(name, from);
    if (dir === null) {
      if (required) fail(`production dependency ${name} is not installed (npm install)`);
      return;
    }
    if (copied.has(dir)) return;
    copied.add(dir);
    cpSync(dir, join(STAGE, relative(ROOT, dir)), { recursive: true, filter: (src) => !src.slice(dir.length).includes(`${sep}node_modules`) });
    const pkg = readJson(join(dir, 'package.json'));
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, dir, true);
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) visit(dep, dir, false);
  };
  for (const name of Object.keys(dependencies)) visit(name, ROOT, true);
  return [...copied].map((dir) => relative(ROOT, dir).split(sep).join('/'));
}

function stageApp(ffmpeg) {
  const project = readJson(join(ROOT, 'package.json'));
  rmSync(STAGE, { recursive: true, force: true });
  mkdirSync(STAGE, { recursive: true });
  for (const path of APP_FILES) {
    if (!existsSync(join(ROOT, path))) fail(`${path} is missing: run node build.mjs first (npm run package does)`);
    cpSync(join(ROOT, path), join(STAGE, path), { recursive: true });
  }
  const app = Object.fromEntries(APP_METADATA.filter((key) => key in project).map((key) => [key, project[key]]));
  app.dependencies = project.dependencies ?? {};
  writeFileSync(join(STAGE, 'package.json'), `${JSON.stringify(app, null, 2)}\n`);
  return stageDependencies(app.dependencies, ffmpeg);
}

/** A folder shaped like Electron's for Linux and Windows, with a dummy executable: enough to pack into. */
function standInElectron(platforms) {
  if (platforms.has('mac')) fail('--stand-in-electron packs Linux and Windows only (a macOS app needs Electron.app itself)');
  rmSync(STAND_IN, { recursive: true, force: true });
  mkdirSync(STAND_IN, { recursive: true });
  writeFileSync(join(STAND_IN, 'electron'), '#!/bin/sh\necho "a stand-in for Electron, packed only to check the package contents" >&2\nexit 1\n');
  chmodSync(join(STAND_IN, 'electron'), 0o755);
  writeFileSync(join(STAND_IN, 'electron.exe'), 'a stand-in for Electron\n');
  return STAND_IN;
}

/** Each file in an asar header: its path and size, and whether it is unpacked beside the archive. */
function* asarFiles(node, prefix = '') {
  for (const [name, entry] of Object.entries(node.files ?? {})) {
    const path = prefix ? `${prefix}/${name}` : name;
    if (entry.files) yield* asarFiles(entry, path);
    else yield { path, size: entry.size ?? 0, unpacked: entry.unpacked === true };
  }
}

/** `node_modules/a/node_modules/@b/c/x.js` -> `node_modules/a/node_modules/@b/c` (null outside node_modules). */
function packageOf(path) {
  const match = /^((?:node_modules\/(?:@[^/]+\/)?[^/]+\/)*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path);
  return match ? match[1] : null;
}

const mb = (bytes) => (bytes < 1e6 ? `${Math.ceil(bytes / 1e3)} KB` : `${(bytes / 1e6).toFixed(1)} MB`);

/** Files by package (in node_modules) or by top folder (build/ by its subfolder), with their sizes. */
function printGroups(files) {
  const groups = new Map();
  for (const file of files) {
    const group = packageOf(file.path) ?? file.path.split('/').slice(0, file.path.startsWith('build/') ? 2 : 1).join('/');
    const sum = groups.get(group) ?? { count: 0, size: 0 };
    groups.set(group, { count: sum.count + 1, size: sum.size + file.size });
  }
  for (const [group, { count, size }] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`    ${group}: ${count} file${count === 1 ? '' : 's'}, ${mb(size)}`);
  }
}

/** Lists app.asar and app.asar.unpacked of one packed app, and fails unless they hold what they should. */
function checkPacked(context, staged) {
  const platform = { linux: 'linux', win32: 'win', darwin: 'mac', mas: 'mac' }[context.electronPlatformName];
  const resources = context.packager.getResourcesDir(context.appOutDir);
  const archive = join(resources, 'app.asar');
  const files = [...asarFiles(asar.getRawHeader(archive).header)];
  const packed = files.filter((file) => !file.unpacked);
  const unpacked = files.filter((file) => file.unpacked);
  console.log(`\n${context.electronPlatformName} ${Arch[context.arch]}: ${relative(ROOT, context.appOutDir)}`);
  console.log(`  app.asar: ${packed.length} files, ${mb(statSync(archive).size)}`);
  printGroups(packed);
  console.log(`  app.asar.unpacked: ${unpacked.length} files, ${mb(unpacked.reduce((n, f) => n + f.size, 0))}`);
  printGroups(unpacked);

  const problems = [];
  const packages = new Set(files.map((file) => packageOf(file.path)).filter((pkg) => pkg !== null));
  if ([...packages].some((pkg) => /(^|\/)node_modules\/electron$/.test(pkg))) problems.push('an Electron copy (node_modules/electron) is inside app.asar');
  const extra = [...packages].filter((pkg) => !staged.includes(pkg));
  if (extra.length > 0) {
    const shown = extra.length > 8 ? `${extra.slice(0, 8).join(', ')} and ${extra.length - 8} more` : extra.join(', ');
    problems.push(`packages that are not production dependencies are inside app.asar: ${shown}`);
  }
  const exe = platform === 'win' ? 'ffmpeg.exe' : 'ffmpeg';
  const archs = Arch[context.arch] === 'universal' ? ['x64', 'arm64'] : [Arch[context.arch]];
  for (const name of ffmpegPackages(platform, archs)) {
    const binary = join(`${archive}.unpacked`, 'node_modules', name, exe);
    const inHeader = files.find((file) => file.path === `node_modules/${name}/${exe}`);
    if (!existsSync(binary) || !inHeader?.unpacked) problems.push(`no ffmpeg for this target unpacked at ${relative(ROOT, binary)}`);
    else if (platform !== 'win' && process.platform !== 'win32' && (statSync(binary).mode & 0o111) === 0) problems.push(`${relative(ROOT, binary)} is not executable`);
    else console.log(`  ffmpeg: ${relative(resources, binary)} (${mb(statSync(binary).size)}), unpacked`);
  }
  if (problems.length > 0) throw new Error(`the package is wrong:\n  ${problems.join('\n  ')}`);
  console.log('  no Electron copy inside app.asar; only production dependencies in it; ffmpeg unpacked');
}

const { platforms, archs, standIn } = parseArgs(process.argv.slice(2));
const ffmpeg = [...platforms.keys()].flatMap((platform) => ffmpegPackages(platform, archs));
checkFfmpeg(ffmpeg);
const staged = stageApp(ffmpeg);
const version = electronVersion();

const targets = new Map();
for (const [platform, names] of platforms) {
  targets.set(PLATFORMS[platform], new Map(archs.map((arch) => [Arch[arch], names.length > 0 ? names : ['default']])));
}

console.log(`package: Electron ${version}${standIn ? ' (stand-in)' : ''}; ${[...platforms].map(([p, t]) => `${p} ${t.join(' ') || '(electron-builder.yml targets)'}`).join(', ')}; ${archs.join(', ')}`);
console.log(`package: staged build/package/app with ${staged.join(', ')}`);
const artifacts = await build({
  projectDir: ROOT,
  targets,
  publish: 'never',
  config: {
    electronVersion: version,
    directories: { app: STAGE, ...(standIn ? { output: 'dist/stand-in' } : {}) },
    // The dummy electron.exe is no Windows executable: nothing may edit its resources (asar integrity, icon, version),
    // and the dummy executables have no fuses to flip.
    ...(standIn ? { electronDist: standInElectron(platforms), disableAsarIntegrity: true, electronFuses: null, win: { signAndEditExecutable: false } } : {}),
    afterPack: async (context) => checkPacked(context, staged),
  },
}).catch((err) => fail(err instanceof Error ? err.message : String(err)));
console.log(`\npackage: done${artifacts.length > 0 ? `: ${artifacts.map((file) => relative(ROOT, file)).join(', ')}` : ''}`);
