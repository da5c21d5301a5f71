import { copyFileSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiHandlers, type Dialogs } from '../../../main/services/api-handlers.js';
import { openAudio } from '../../../main/services/audio.js';
import { computePeaks, type PeaksComputer } from '../../../main/services/peaks.js';
import { EstimatedTimes } from '../../../main/services/estimated-times.js';
import { GrantedPaths } from '../../../main/services/granted-paths.js';
import { RecoveryStore } from '../../../main/services/recovery.js';
import { RecentFiles } from '../../../main/services/recent-files.js';
import { SettingsStore } from '../../../main/services/settings.js';
import { makeToneAudio } from '../../support/audio.js';
import { REPO_ROOT, seed } from '../../support/paths.js';

let tone: string;
beforeAll(async () => {
  tone = await makeToneAudio(join(mkdtempSync(join(tmpdir(), 'episode-audio-api-')), 'tone.mp3'), 3, 'mp3');
});

/** Handlers over a temp folder holding `talk.md` (seed 000), granted as if given on the command line; `pickAudio` answers `picked`, `pickSavePath` `saveTo`. */
async function setup(picked: string | null = null, saveTo: string | null = null) {
  const dir = mkdtempSync(join(tmpdir(), 'episode-audio-api-'));
  const episode = join(dir, 'talk.md');
  copyFileSync(seed('000'), episode);
  const asked: string[] = [];
  const dialogs: Dialogs = {
    pickEpisodeToOpen: async () => null,
    pickSavePath: async () => saveTo,
    confirmDiscard: async () => 'cancel',
    confirmOverwrite: async () => false,
    pickAudio: async () => (asked.push('audio'), picked),
    pickRawTranscript: async () => null,
    pickExportPath: async () => null,
  };
  const progress: [string, number][] = [];
  const runs: string[] = [];
  const compute: PeaksComputer = (path, onProgress) => (runs.push(path), computePeaks(path, onProgress));
  const audio = await openAudio({
    userDataDir: join(dir, 'user-data'),
    mediaUrl: (token) => `test-media:${token}`,
    onPeaksProgress: (path, fraction) => progress.push([path, fraction]),
    computePeaks: compute,
  });
  const granted = new GrantedPaths();
  await granted.grant(episode, 'episode');
  const handlers = createApiHandlers({
    granted,
    dialogs,
    recent: await RecentFiles.open(join(dir, 'user-data')),
    settings: await SettingsStore.open(join(dir, 'user-data')),
    estimated: await EstimatedTimes.open(join(dir, 'user-data')),
    recovery: RecoveryStore.in(join(dir, 'user-data')),
    samplePath: join(REPO_ROOT, 'assets/sample/sample-episode.md'),
    onDocumentState: () => undefined,
    audio,
  });
  return { dir, episode, handlers, audio, asked, progress, runs, granted };
}

describe('audioForEpisode', () => {
  it('finds the file beside the episode, registers it with the media server and gives its URL', async () => {
    const { dir, episode, handlers, audio } = await setup();
    copyFileSync(tone, join(dir, 'talk.MP3'));
    const found = await handlers.audioForEpisode({ episodePath: episode });
    expect(found).toMatchObject({ path: join(dir, 'talk.MP3'), source: 'beside', size: readFileSync(tone).length });
    const token = found!.url.replace('test-media:', '');
    expect((await audio.media.respond({ method: 'HEAD', token })).status).toBe(200);
  });

  it('gives null, and serves nothing, when the episode has no audio', async () => {
    const { dir, episode, handlers, audio, granted } = await setup();
    copyFileSync(tone, join(dir, 'talk.mp3'));
    const token = (await handlers.audioForEpisode({ episodePath: episode }))!.url.replace('test-media:', '');
    const other = join(dir, 'other.md');
    copyFileSync(episode, other);
    await granted.grant(other, 'episode');
    expect(await handlers.audioForEpisode({ episodePath: other })).toBeNull();
    expect((await audio.media.respond({ method: 'HEAD', token })).status).toBe(404);
  });

  it('checks its argument and the episode path', async () => {
    const { handlers, dir } = await setup();
    await expect(handlers.audioForEpisode({})).rejects.toThrow('audioForEpisode: "episodePath" must be a string, got undefined');
    await expect(handlers.audioForEpisode({ episodePath: 'talk.md' })).rejects.toThrow('talk.md: not an absolute path');
    await expect(handlers.audioForEpisode({ episodePath: join(dir, 'none.md') })).rejects.toThrow(`audioForEpisode: refused ${join(dir, 'none.md')}: not a file you chose`);
    await expect(handlers.audioForEpisode({ episodePath: join(dir, 'talk.md'), path: '/x.mp3' })).rejects.toThrow('unexpected argument "path"');
  });

  it('refuses an episode the user did not choose, though audio lies beside it', async () => {
    const { handlers } = await setup();
    const other = join(mkdtempSync(join(tmpdir(), 'episode-audio-other-')), 'other.md');
    copyFileSync(seed('000'), other);
    copyFileSync(tone, other.replace(/\.md$/, '.mp3'));
    await expect(handlers.audioForEpisode({ episodePath: other })).rejects.toThrow(`audioForEpisode: refused ${other}: not a file you chose (open it with File › Open…`);
  });
});

describe('chooseAudio', () => {
  it('takes a given path the user chose, remembers it for the episode, and audioForEpisode then prefers it', async () => {
    const { dir, episode, handlers, asked, granted } = await setup();
    copyFileSync(tone, join(dir, 'talk.mp3'));
    const chosen = join(dir, 'master.mp3');
    copyFileSync(tone, chosen);
    await granted.grant(chosen, 'audio');
    expect(await handlers.chooseAudio({ episodePath: episode, path: chosen })).toMatchObject({ path: chosen, source: 'chosen' });
    expect(asked).toEqual([]);
    expect(await handlers.audioForEpisode({ episodePath: episode })).toMatchObject({ path: chosen, source: 'chosen' });
    expect(readFileSync(episode, 'utf8')).toBe(readFileSync(seed('000'), 'utf8'));
  });

  it('asks with the dialog when no path is given; a cancelled dialog changes nothing', async () => {
    const picked = await setup(tone);
    expect(await picked.handlers.chooseAudio({ episodePath: picked.episode })).toMatchObject({ path: tone, source: 'chosen' });
    expect(picked.asked).toEqual(['audio']);
    const cancelled = await setup(null);
    expect(await cancelled.handlers.chooseAudio({ episodePath: cancelled.episode })).toBeNull();
    expect(await cancelled.handlers.audioForEpisode({ episodePath: cancelled.episode })).toBeNull();
  });

  it('refuses a path the user did not choose: an audio file, or a link named .mp3 to another file (the page cannot smuggle one)', async () => {
    const { dir, episode, handlers, audio } = await setup();
    const other = join(dir, 'other.mp3');
    copyFileSync(tone, other);
    await expect(handlers.chooseAudio({ episodePath: episode, path: other })).rejects.toThrow(`chooseAudio: refused ${other}: not a file you chose (pick it with File › Open Audio…`);
    const link = join(dir, 'passwd.mp3');
    symlinkSync('/etc/passwd', link);
    await expect(handlers.chooseAudio({ episodePath: episode, path: link })).rejects.toThrow(`chooseAudio: refused ${link}: not a file you chose`);
    expect(await handlers.audioForEpisode({ episodePath: episode })).toBeNull();
    expect(audio.choices.get(episode)).toBeUndefined();
  });

  it('refuses a file that is not audio by its name, or missing, and remembers nothing', async () => {
    const { dir, episode, handlers, granted } = await setup();
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'notes');
    await granted.grant(text, 'audio');
    await granted.grant(join(dir, 'gone.mp3'), 'audio');
    await expect(handlers.chooseAudio({ episodePath: episode, path: text })).rejects.toThrow(`${text}: not an audio file (the name must end in .mp3`);
    await expect(handlers.chooseAudio({ episodePath: episode, path: join(dir, 'gone.mp3') })).rejects.toThrow('cannot open: no such file');
    expect(await handlers.audioForEpisode({ episodePath: episode })).toBeNull();
    await expect(handlers.chooseAudio({ episodePath: episode, path: 3 })).rejects.toThrow('chooseAudio: "path" must be a string, got number');
  });
});

describe('audioPeaks', () => {
  it('computes peaks once, reporting progress by path, then answers from the cache', async () => {
    const { handlers, progress, runs, granted } = await setup();
    await granted.grant(tone, 'audio');
    const peaks = await handlers.audioPeaks({ audioPath: tone });
    expect(peaks.peaksPerSecond).toBe(100);
    expect(peaks.duration).toBeCloseTo(3, 1);
    expect(progress.at(-1)).toEqual([tone, 1]);
    expect(await handlers.audioPeaks({ audioPath: tone })).toEqual(peaks);
    expect(runs).toEqual([tone]);
  });

  it('draws the audio found beside the episode; refuses, running no ffmpeg, a file the user did not choose', async () => {
    const { dir, episode, handlers, runs } = await setup();
    const beside = join(dir, 'talk.mp3');
    copyFileSync(tone, beside);
    await expect(handlers.audioPeaks({ audioPath: beside })).rejects.toThrow(`audioPeaks: refused ${beside}: not a file you chose`);
    expect(runs).toEqual([]);
    await handlers.audioForEpisode({ episodePath: episode });
    expect((await handlers.audioPeaks({ audioPath: beside })).peaksPerSecond).toBe(100);
    expect(runs).toEqual([beside]);
  });

  it('fails with a clear message for a file ffmpeg cannot read, and checks its argument', async () => {
    const { dir, handlers, granted } = await setup();
    const fake = join(dir, 'fake.ogg');
    writeFileSync(fake, 'not audio '.repeat(100));
    await granted.grant(fake, 'audio');
    await granted.grant(join(dir, 'talk.md'), 'audio');
    await expect(handlers.audioPeaks({ audioPath: fake })).rejects.toThrow(`${fake}: not an audio file ffmpeg can read: `);
    await expect(handlers.audioPeaks({ audioPath: join(dir, 'talk.md') })).rejects.toThrow('not an audio file (the name must end in');
    await expect(handlers.audioPeaks(null)).rejects.toThrow('audioPeaks: the argument must be an object, got null');
  });
});

describe('the audio of a new episode, through Save As', () => {
  it('serves audio chosen for an episode without a path, and remembers it for the path Save As gives it', async () => {
    const saveTo = join(mkdtempSync(join(tmpdir(), 'episode-audio-elsewhere-')), 'new.md');
    const { handlers, audio } = await setup(tone, saveTo);
    const chosen = await handlers.chooseAudio({});
    expect(chosen).toMatchObject({ path: tone, source: 'chosen' });
    const text = readFileSync(seed('000'), 'utf8');
    expect(await handlers.saveEpisodeAs({ text, audioPath: tone })).toMatchObject({ path: saveTo });
    expect(audio.choices.get(saveTo)).toBe(tone);
    expect(await handlers.audioForEpisode({ episodePath: saveTo })).toMatchObject({ path: tone, source: 'chosen', url: chosen!.url });
  });

  it('refuses to remember an audio file the user never chose, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'episode-audio-elsewhere-'));
    const other = join(dir, 'other.mp3');
    copyFileSync(tone, other);
    const { handlers, audio } = await setup(null, join(dir, 'new.md'));
    await expect(handlers.saveEpisodeAs({ text: readFileSync(seed('000'), 'utf8'), audioPath: other })).rejects.toThrow(`saveEpisodeAs: refused ${other}: not a file you chose`);
    expect(audio.choices.get(join(dir, 'new.md'))).toBeUndefined();
    expect(existsSync(join(dir, 'new.md'))).toBe(false);
  });
});

