import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { DialogAnswer } from '../../../main/harness/queued-dialogs.js';
import { REPO_ROOT } from '../../support/paths.js';

/** A harness process serving the built renderer and the real API, on a free port. */
export interface RunningHarness {
  /** `http://127.0.0.1:PORT/t/TOKEN`: the page to open, and the base of every route, with this run's token. */
  readonly url: string;
  /** The folder with the test's copies of episode files. */
  readonly dir: string;
  /** The copy of the episode that the harness opened, when one was given. */
  readonly episode: string | undefined;
  /** Queues the next file-dialog or confirm answer, as a user would give it. */
  answer(answer: DialogAnswer): Promise<void>;
  /** Emits a menu command, as a click in the application menu would. */
  command(id: string): Promise<void>;
  stop(): Promise<void>;
  /** Kills the process at once (SIGKILL), as a crash would: nothing it holds is written or cleared. */
  kill(): Promise<void>;
}

/** What a harness starts with. */
export interface HarnessOptions {
  /** An episode to copy into the fresh folder (a seed's `.txt` becomes `.md`) and open. */
  readonly episode?: string;
  /** Further files to copy into the folder under their own names, e.g. the episode's audio beside it. */
  readonly files?: readonly string[];
  readonly extraArgs?: readonly string[];
  /** Starts again on an earlier harness's folder: its user data and its episode as they are now (nothing copied). */
  readonly again?: Pick<RunningHarness, 'dir' | 'episode'>;
}

/** Copies `episode` into a fresh folder and starts `npm run -s harness` on it, as a user would. */
export async function startHarness(options: HarnessOptions = {}): Promise<RunningHarness> {
  const dir = options.again?.dir ?? mkdtempSync(join(tmpdir(), 'episode-e2e-'));
  const userData = join(dir, 'user-data');
  mkdirSync(userData, { recursive: true });
  for (const file of options.files ?? []) copyFileSync(file, join(dir, basename(file)));
  const args = ['build/harness/harness.js', '--port', '0', '--user-data', userData, ...(options.extraArgs ?? [])];
  let episode: string | undefined;
  if (options.again) {
    episode = options.again.episode;
    if (episode) args.push('--episode', episode);
  } else if (options.episode) {
    episode = join(dir, basename(options.episode).replace(/\.txt$/, '.md'));
    copyFileSync(options.episode, episode);
    args.push('--episode', episode);
  }
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await listeningUrl(child);
  const post = async (path: string, body: unknown): Promise<unknown> => {
    const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { result?: unknown }).result;
  };
  // A command reaches the pages whose event stream is open: a page just (re)loaded may not have opened its own yet.
  const command = async (id: string) => {
    const deadline = Date.now() + 10_000;
    while (((await post('/harness/command', { id })) as { delivered: number }).delivered === 0) {
      if (Date.now() > deadline) throw new Error(`harness command ${id}: no page is listening for events`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const exited = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return {
    url,
    dir,
    episode,
    answer: async (answer) => void (await post('/harness/dialog', answer)),
    command,
    stop: () => exited('SIGTERM'),
    kill: () => exited('SIGKILL'),
  };
}

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /harness listening on (http:\/\/127\.0\.0\.1:\d+\/t\/[0-9a-f]+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`harness exited with ${code}:\n${output}`)));
  });
}
