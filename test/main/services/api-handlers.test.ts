import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEpisode } from '../../../shared/episode/index.js';
import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, type DiscardAnswer } from '../../../shared/api.js';
import { createApiHandlers, isApiMethod, type Dialogs } from '../../../main/services/api-handlers.js';
import { openAudio } from '../../../main/services/audio.js';
import { EstimatedTimes } from '../../../main/services/estimated-times.js';
import { GrantedPaths } from '../../../main/services/granted-paths.js';
import { RecoveryStore } from '../../../main/services/recovery.js';
import { RecentFiles } from '../../../main/services/recent-files.js';
import { SettingsStore } from '../../../main/services/settings.js';
import { REPO_ROOT, fixture, seed } from '../../support/paths.js';

const SAMPLE = join(REPO_ROOT, 'assets/sample/sample-episode.md');

/** Dialogs that give fixed answers and record what they were asked. */
function fakeDialogs(answers: { open?: string | null; save?: string | null; confirm?: DiscardAnswer; overwrite?: boolean; audio?: string | null; raw?: string | null } = {}) {
  const asked: string[] = [];
  const dialogs: Dialogs = {
    pickEpisodeToOpen: async () => (asked.push('open'), answers.open ?? null),
    pickSavePath: async (suggested) => (asked.push(`save ${suggested ?? ''}`), answers.save ?? null),
    confirmDiscard: async (name) => (asked.push(`confirm ${name}`), answers.confirm ?? 'cancel'),
    confirmOverwrite: async (path) => (asked.push(`overwrite ${path}`), answers.overwrite ?? false),
    pickAudio: async () => (asked.push('audio'), answers.audio ?? null),
    pickRawTranscript: async () => (asked.push('raw'), answers.raw ?? null),
    pickExportPath: async (suggested) => (asked.push(`export ${suggested}`), answers.save ?? null),
  };
  return { dialogs, asked };
}

/**
 * Handlers over a fresh temp folder holding a copy of seed 000, which the user chose (as a drop or the
 * command line would); returns the folder, the copy's path, and the granted paths to choose more with.
 */
async function setup(options: { dialogs?: Dialogs; initialPath?: string | null; samplePath?: string; userData?: string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'episode-api-'));
  const episode = join(dir, 'episode.md');
  copyFileSync(seed('000'), episode);
  const userData = options.userData ?? join(dir, 'user-data');
  const recent = await RecentFiles.open(userData);
  const states: [string, boolean][] = [];
  const granted = new GrantedPaths();
  await granted.grant(episode, 'episode');
  const handlers = createApiHandlers({
    granted,
    dialogs: options.dialogs ?? fakeDialogs().dialogs,
    recent,
    settings: await SettingsStore.open(join(dir, 'user-data')),
    estimated: await EstimatedTimes.open(join(dir, 'user-data')),
    recovery: RecoveryStore.in(join(dir, 'user-data')),
    samplePath: options.samplePath ?? SAMPLE,
    initialPath: options.initialPath ?? null,
    onDocumentState: (title, dirty) => states.push([title, dirty]),
    audio: await openAudio({ userDataDir: join(dir, 'user-data'), mediaUrl: (token) => `/media/${token}`, onPeaksProgress: () => undefined }),
  });
  return { dir, episode, recent, states, handlers, granted };
}

describe('initialEpisode', () => {
  it('gives the bundled sample, marked as the sample, when no file was given', async () => {
    const { handlers, recent } = await setup();
    const file = await handlers.initialEpisode();
    expect(file).toMatchObject({ path: SAMPLE, sample: true, text: readFileSync(SAMPLE, 'utf8') });
    expect(recent.list()).toEqual([]);
  });

  it('gives the command-line file, and remembers it', async () => {
    const { episode } = await setup();
    const { handlers, recent } = await setup({ initialPath: episode });
    const file = await handlers.initialEpisode();
    expect(file.path).toBe(episode);
    expect(file.sample).toBeUndefined();
    expect(file.mtimeMs).toBe(statSync(episode).mtimeMs);
    expect(recent.list()).toEqual([episode]);
  });

  it('takes no argument', async () => {
    const { handlers } = await setup();
    await expect(handlers.initialEpisode({ path: '/x.md' })).rejects.toThrow('initialEpisode: takes no argument, got object');
  });
});

describe('the bundled sample', () => {
  it('is the first 40 items of seed 000, byte for byte, and a valid episode', async () => {
    const sample = readFileSync(SAMPLE, 'utf8');
    const seedText = readFileSync(seed('000'), 'utf8');
    const end = sample.lastIndexOf('\n---\n');
    expect(seedText.startsWith(sample.slice(0, end + 1))).toBe(true);
    expect(sample.slice(0, end).match(/^- /gm)).toHaveLength(40);
    const { handlers } = await setup();
    await expect(handlers.openEpisode({ path: SAMPLE })).resolves.toMatchObject({ sample: true });
  });
});

describe('openEpisode', () => {
  it('opens a given path with its exact text and remembers it', async () => {
    const { handlers, episode, recent } = await setup();
    const file = await handlers.openEpisode({ path: episode });
    expect(file?.text).toBe(readFileSync(seed('000'), 'utf8'));
    expect(recent.list()).toEqual([episode]);
  });

  it('asks with the dialog when no path is given, and gives null when it is cancelled', async () => {
    const { dialogs, asked } = fakeDialogs();
    const { handlers } = await setup({ dialogs });
    expect(await handlers.openEpisode({})).toBeNull();
    expect(asked).toEqual(['open']);
  });

  it('opens what the dialog picked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'episode-pick-'));
    const picked = join(dir, 'picked.txt');
    copyFileSync(seed('000'), picked);
    const { handlers } = await setup({ dialogs: fakeDialogs({ open: picked }).dialogs });
    expect((await handlers.openEpisode({}))?.path).toBe(picked);
  });

  it('hands a file that is not a readable episode to the renderer unparsed, which reports it by file and line', async () => {
    const { handlers, granted } = await setup();
    const bad = fixture('episodes/bad-yaml.md');
    await granted.grant(bad, 'episode');
    const file = await handlers.openEpisode({ path: bad });
    expect(file?.text).toBe(readFileSync(bad, 'utf8'));
    expect(() => parseEpisode(file!.text, file!.path)).toThrow(new RegExp(`^${bad}:7:\\d+: `));
  });

  it('refuses relative paths, other extensions, folders and missing files, even when chosen', async () => {
    const { handlers, dir, granted } = await setup();
    await expect(handlers.openEpisode({ path: 'episode.md' })).rejects.toThrow('episode.md: not an absolute path');
    const folder = join(dir, 'folder.md');
    for (const path of ['/etc/passwd', join(dir, 'none.md'), folder]) await granted.grant(path, 'episode');
    await expect(handlers.openEpisode({ path: '/etc/passwd' })).rejects.toThrow('/etc/passwd: not an episode file');
    await expect(handlers.openEpisode({ path: join(dir, 'none.md') })).rejects.toThrow('cannot open: no such file');
    mkdirSync(folder);
    await expect(handlers.openEpisode({ path: folder })).rejects.toThrow(`${folder}: cannot open: not a regular file`);
  });

  it('forgets a remembered file that no longer exists', async () => {
    const { handlers, recent, dir, granted } = await setup();
    const gone = join(dir, 'gone.md');
    await recent.add(gone);
    await granted.grant(gone, 'episode');
    await expect(handlers.openEpisode({ path: gone })).rejects.toThrow();
    expect(recent.list()).toEqual([]);
  });

  it('checks its argument', async () => {
    const { handlers } = await setup();
    await expect(handlers.openEpisode(undefined)).rejects.toThrow('openEpisode: the argument must be an object, got undefined');
    await expect(handlers.openEpisode({ path: 3 })).rejects.toThrow('openEpisode: "path" must be a string, got number');
    await expect(handlers.openEpisode({ file: '/x.md' })).rejects.toThrow('openEpisode: unexpected argument "file"');
  });
});

describe('saveEpisode', () => {
  it('writes valid text atomically: a new file renamed over the old one, no temp file left', async () => {
    const { handlers, episode, dir } = await setup();
    const before = statSync(episode).ino;
    const text = readFileSync(episode, 'utf8').replace('Yeah, Katie. Katie Bauer.', 'Yes, Katie. Katie Bauer.');
    const saved = await handlers.saveEpisode({ path: episode, text });
    expect(readFileSync(episode, 'utf8')).toBe(text);
    expect(statSync(episode).ino).not.toBe(before);
    expect(saved).toEqual({ path: episode, mtimeMs: statSync(episode).mtimeMs, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('remembers the estimated times of a written file, gives them back on opening, and refuses bad marks before writing', async () => {
    const { handlers, episode } = await setup();
    const text = readFileSync(episode, 'utf8');
    await handlers.saveEpisode({ path: episode, text, estimated: [{ index: 1, sec: 103 }] });
    expect(await handlers.openEpisode({ path: episode })).toMatchObject({ path: episode, estimated: [{ index: 1, sec: 103 }] });
    expect(readFileSync(episode, 'utf8')).toBe(text);
    await expect(handlers.saveEpisode({ path: episode, text: `${text}x`, estimated: [{ index: -1, sec: 3 }] })).rejects.toThrow('saveEpisode: "estimated[0].index" must be a whole number from 0, got -1');
    await expect(handlers.saveEpisode({ path: episode, text: `${text}x`, estimated: 'all' as never })).rejects.toThrow('saveEpisode: "estimated" must be an array, got string');
    expect(readFileSync(episode, 'utf8')).toBe(text);
    await handlers.saveEpisode({ path: episode, text });
    expect(await handlers.openEpisode({ path: episode })).not.toHaveProperty('estimated');
  });

  it('refuses text that is not a valid episode, naming file:line, and leaves the file as it was', async () => {
    const { handlers, episode } = await setup();
    const original = readFileSync(episode, 'utf8');
    const broken = original.replace("  who: Katie\n", "   who: Katie\n");
    await expect(handlers.saveEpisode({ path: episode, text: broken })).rejects.toThrow(new RegExp(`^Not saved: ${episode}:\\d+:\\d+: `));
    expect(readFileSync(episode, 'utf8')).toBe(original);
  });

  it('refuses an unclosed frontmatter too', async () => {
    const { handlers, episode } = await setup();
    await expect(handlers.saveEpisode({ path: episode, text: '---\ntitle: x\n' })).rejects.toThrow(/^Not saved: /);
  });

  it('never overwrites the bundled sample, so that the UI turns to Save As', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'episode-sample-'));
    const sample = join(dir, 'sample-episode.md');
    copyFileSync(SAMPLE, sample);
    const { handlers } = await setup({ samplePath: sample });
    const text = readFileSync(sample, 'utf8');
    await expect(handlers.saveEpisode({ path: sample, text: text.replace('Katie', 'K') })).rejects.toThrow(/bundled sample .* use Save As/);
    expect(readFileSync(sample, 'utf8')).toBe(text);
  });

  it('checks its arguments', async () => {
    const { handlers, episode } = await setup();
    await expect(handlers.saveEpisode({ path: episode })).rejects.toThrow('saveEpisode: "text" must be a string, got undefined');
    await expect(handlers.saveEpisode({ path: null, text: '' })).rejects.toThrow('saveEpisode: "path" must be a string, got null');
    await expect(handlers.saveEpisode({ path: 'rel.md', text: '' })).rejects.toThrow('rel.md: not an absolute path');
  });
});

describe('saveEpisode with the hash of the file as read', () => {
  it('saves when the file is as it was read, and refuses, writing nothing, when another program changed it', async () => {
    const { handlers, episode } = await setup();
    const opened = (await handlers.openEpisode({ path: episode }))!;
    const edited = opened.text.replace('Katie Bauer.', 'Katie Bauer!');
    const saved = await handlers.saveEpisode({ path: episode, text: edited, baseHash: opened.hash });
    expect(saved).toMatchObject({ path: episode });
    expect(readFileSync(episode, 'utf8')).toBe(edited);

    // The same size and the same modification time (cp -p): still a change.
    const { mtimeMs } = statSync(episode);
    const theirs = edited.replace('Katie Bauer!', 'Katie Bauer?');
    writeFileSync(episode, theirs);
    utimesSync(episode, new Date(mtimeMs), new Date(mtimeMs));
    const refused = await handlers.saveEpisode({ path: episode, text: edited.replace('!', '.'), baseHash: (saved as { hash: string }).hash });
    expect(refused).toMatchObject({ conflict: 'changed-on-disk', path: episode, mtimeMs: statSync(episode).mtimeMs });
    expect(readFileSync(episode, 'utf8')).toBe(theirs);
    await expect(handlers.saveEpisode({ path: episode, text: edited, baseMtimeMs: 5 } as never)).rejects.toThrow('saveEpisode: unexpected argument "baseMtimeMs"');
    await expect(handlers.saveEpisode({ path: episode, text: edited, baseHash: 'yesterday' })).rejects.toThrow('"baseHash" must be a SHA-256 in hex');
  });

  it('with confirmOverwrite, asks main\'s dialog: Cancel writes nothing, Overwrite writes', async () => {
    const cancel = fakeDialogs({ overwrite: false });
    const { handlers, episode } = await setup({ dialogs: cancel.dialogs });
    const opened = (await handlers.openEpisode({ path: episode }))!;
    const theirs = opened.text.replace('Katie Bauer.', 'Katie Bauer (theirs).');
    writeFileSync(episode, theirs);
    const mine = opened.text.replace('Katie Bauer.', 'Katie Bauer (mine).');
    await expect(handlers.saveEpisode({ path: episode, text: mine, baseHash: opened.hash })).resolves.toMatchObject({ conflict: 'changed-on-disk' });
    expect(cancel.asked).toEqual([]);
    await expect(handlers.saveEpisode({ path: episode, text: mine, baseHash: opened.hash, confirmOverwrite: true })).resolves.toMatchObject({ conflict: 'changed-on-disk', declined: true });
    expect(cancel.asked).toEqual([`overwrite ${episode}`]);
    expect(readFileSync(episode, 'utf8')).toBe(theirs);

    const overwrite = fakeDialogs({ overwrite: true });
    const again = await setup({ dialogs: overwrite.dialogs });
    const file = (await again.handlers.openEpisode({ path: again.episode }))!;
    writeFileSync(again.episode, theirs);
    await expect(again.handlers.saveEpisode({ path: again.episode, text: mine, baseHash: file.hash, confirmOverwrite: true })).resolves.toMatchObject({ path: again.episode });
    expect(overwrite.asked).toEqual([`overwrite ${again.episode}`]);
    expect(readFileSync(again.episode, 'utf8')).toBe(mine);
  });
});

describe('crash recovery', () => {
  it('keeps unsaved work by path (or for the new episode), gives it back, and forgets it when cleared', async () => {
    const { handlers, episode } = await setup();
    expect(await handlers.recoveryFor({ path: episode })).toBeNull();
    const text = readFileSync(episode, 'utf8').replace('Katie Bauer.', 'Katie Bauer!');
    await handlers.saveRecovery({ path: episode, name: 'episode.md', text, estimated: [{ index: 2, sec: 10 }], baseHash: 'a'.repeat(64), baseMtimeMs: 5 });
    await handlers.saveRecovery({ name: 'new.md', text: '---\n---\n', estimated: [] });
    expect(await handlers.recoveryFor({ path: episode })).toEqual({ path: episode, name: 'episode.md', text, estimated: [{ index: 2, sec: 10 }], baseHash: 'a'.repeat(64), baseMtimeMs: 5, savedAt: expect.any(Number) });
    expect(await handlers.recoveryFor({})).toMatchObject({ name: 'new.md', text: '---\n---\n' });
    // Never written into the episode.
    expect(readFileSync(episode, 'utf8')).toBe(readFileSync(seed('000'), 'utf8'));
    await handlers.clearRecovery({ path: episode });
    expect(await handlers.recoveryFor({ path: episode })).toBeNull();
    expect(await handlers.recoveryFor({})).not.toBeNull();
  });

  it('runs the calls in the order they arrive, however long each one\'s check takes', async () => {
    const { handlers, episode, granted } = await setup();
    const allows = granted.allows.bind(granted);
    let slow = true;
    // The save's check of its path is slow; the clear sent after it must still run after it.
    vi.spyOn(granted, 'allows').mockImplementation(async (path, use) => {
      if (slow) {
        slow = false;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return allows(path, use);
    });
    const text = readFileSync(episode, 'utf8');
    const saved = handlers.saveRecovery({ path: episode, name: 'episode.md', text, estimated: [] });
    const cleared = handlers.clearRecovery({ path: episode });
    const read = handlers.recoveryFor({ path: episode });
    await Promise.all([saved, cleared]);
    expect(await read).toBeNull();
    expect(await handlers.recoveryFor({ path: episode })).toBeNull();
  });

  it('checks what it is sent', async () => {
    const { handlers } = await setup();
    await expect(handlers.saveRecovery({ path: 'rel.md', name: 'a', text: '', estimated: [] })).rejects.toThrow('saveRecovery: "path" must be an absolute path');
    await expect(handlers.saveRecovery({ name: 'a', text: 5, estimated: [] } as never)).rejects.toThrow('saveRecovery: "text" must be a string');
    await expect(handlers.saveRecovery({ name: 'a', text: '', estimated: [], savedAt: 1 } as never)).rejects.toThrow('unexpected argument "savedAt"');
    await expect(handlers.recoveryFor({ path: 3 } as never)).rejects.toThrow('recoveryFor: "path" must be a string');
  });
});

describe('podcast dictionaries', () => {
  it('keeps the words added for an episode for every episode in its folder, and only there', async () => {
    const { handlers, dir, episode } = await setup();
    expect(await handlers.podcastDictionary({ episodePath: episode })).toEqual([]);
    expect(await handlers.addToDictionary({ episodePath: episode, word: 'Grigorev' })).toEqual(['Grigorev']);
    expect(await handlers.addToDictionary({ episodePath: episode, word: 'Grigorev' })).toEqual(['Grigorev']);
    expect(await handlers.addToDictionary({ episodePath: episode, word: 'DataTalks' })).toEqual(['Grigorev', 'DataTalks']);
    expect(await handlers.podcastDictionary({ episodePath: join(dir, 'another-episode.md') })).toEqual(['Grigorev', 'DataTalks']);
    expect(await handlers.podcastDictionary({ episodePath: join(dir, 'other-podcast', 'episode.md') })).toEqual([]);
    // Kept in the user data, read again by the next start.
    const again = await SettingsStore.open(join(dir, 'user-data'));
    expect(again.dictionaries.words(episode)).toEqual(['Grigorev', 'DataTalks']);
  });

  it('gives a new episode the dictionary of the folder last opened from, and refuses what is not one word', async () => {
    const { handlers, episode } = await setup();
    await handlers.openEpisode({ path: episode });
    await handlers.addToDictionary({ word: 'Bauer' });
    expect(await handlers.podcastDictionary({ episodePath: episode })).toEqual(['Bauer']);
    // Saved into another folder, the new episode takes its words along to that podcast.
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'episode-podcast-')), 'new.md');
    const saving = await setup({ dialogs: fakeDialogs({ save: elsewhere }).dialogs });
    await saving.handlers.saveEpisodeAs({ text: '---\ntitle: New\n---\n', dictionaryWords: ['Bauer', 'two words'] });
    expect(await saving.handlers.podcastDictionary({ episodePath: elsewhere })).toEqual(['Bauer']);
    await expect(handlers.addToDictionary({ episodePath: episode, word: 'two words' })).rejects.toThrow('addToDictionary: "word" must be one word');
    await expect(handlers.addToDictionary({ episodePath: episode, word: 'x'.repeat(101) })).rejects.toThrow('at most 100 characters');
    await expect(handlers.podcastDictionary({ episodePath: 'rel.md' })).rejects.toThrow('podcastDictionary: "episodePath" must be an absolute path');
  });
});

describe('recogniseAudio', () => {
  it('refuses audio the user did not choose, and says so where no recogniser is', async () => {
    const { handlers, dir, granted } = await setup();
    const audio = join(dir, 'talk.mp3');
    writeFileSync(audio, 'not really audio');
    await expect(handlers.recogniseAudio({ audioPath: audio, texts: ['hello'] })).rejects.toThrow(`recogniseAudio: refused ${audio}: not a file you chose`);
    await granted.grant(audio, 'audio');
    await expect(handlers.recogniseAudio({ audioPath: audio, texts: [3] } as never)).rejects.toThrow('recogniseAudio: "texts[0]" must be a string');
    await expect(handlers.recogniseAudio({ audioPath: audio, texts: ['a', 'b'], knownSecs: [1] })).rejects.toThrow('recogniseAudio: "knownSecs" must be an array as long as "texts" (2)');
    await expect(handlers.recogniseAudio({ audioPath: audio, texts: ['a'], knownSecs: ['1'] } as never)).rejects.toThrow('recogniseAudio: "knownSecs[0]" must be a number');
    await expect(handlers.recogniseAudio({ audioPath: audio, texts: ['a'], knownSecs: [1], skipKnown: 'yes' } as never)).rejects.toThrow('recogniseAudio: "skipKnown" must be');
    await expect(handlers.recogniseAudio({ audioPath: audio, texts: ['a'], skipKnown: true })).rejects.toThrow('recogniseAudio: "skipKnown" needs "knownSecs"');
    await expect(handlers.recogniseAudio({ audioPath: audio, texts: ['hello'] })).rejects.toThrow('recogniseAudio: speech recognition is not available here');
    await expect(handlers.cancelRecognition()).resolves.toBeUndefined();
  });
});

describe('saveEpisodeAs', () => {
  it('saves where the dialog says, and remembers the file', async () => {
    const { dir, episode } = await setup();
    const target = join(dir, 'copy.md');
    const { dialogs, asked } = fakeDialogs({ save: target });
    const { handlers, recent } = await setup({ dialogs });
    const text = readFileSync(episode, 'utf8');
    expect(await handlers.saveEpisodeAs({ text, suggestedPath: episode })).toMatchObject({ path: target });
    expect(readFileSync(target, 'utf8')).toBe(text);
    expect(asked).toEqual([`save ${episode}`]);
    expect(recent.list()).toEqual([target]);
  });

  it('suggests only the name of the sample, and gives null when the dialog is cancelled', async () => {
    const { dialogs, asked } = fakeDialogs();
    const { handlers } = await setup({ dialogs });
    expect(await handlers.saveEpisodeAs({ text: readFileSync(SAMPLE, 'utf8'), suggestedPath: SAMPLE })).toBeNull();
    expect(asked).toEqual(['save sample-episode.md']);
  });

  it('refuses invalid text before asking for a path', async () => {
    const { dialogs, asked } = fakeDialogs({ save: '/tmp/never.md' });
    const { handlers } = await setup({ dialogs });
    await expect(handlers.saveEpisodeAs({ text: '---\ntranscript: [\n---\n' })).rejects.toThrow(/^Not saved: episode\.md:\d+:\d+: /);
    expect(asked).toEqual([]);
  });
});

describe('the other operations', () => {
  it('recentFiles lists what was opened, newest first', async () => {
    const { handlers, episode, dir, granted } = await setup();
    const other = join(dir, 'other.md');
    writeFileSync(other, readFileSync(episode));
    await granted.grant(other, 'episode');
    await handlers.openEpisode({ path: episode });
    await handlers.openEpisode({ path: other });
    expect(await handlers.recentFiles()).toEqual([other, episode]);
  });

  it('confirmDiscard passes the answer through', async () => {
    const { dialogs, asked } = fakeDialogs({ confirm: 'discard' });
    const { handlers } = await setup({ dialogs });
    expect(await handlers.confirmDiscard({ name: 'episode.md' })).toBe('discard');
    expect(asked).toEqual(['confirm episode.md']);
    await expect(handlers.confirmDiscard({})).rejects.toThrow('confirmDiscard: "name" must be a string, got undefined');
  });

  it('setDocumentState reports title and dirty flag', async () => {
    const { handlers, states } = await setup();
    await handlers.setDocumentState({ title: 'episode.md', dirty: true });
    expect(states).toEqual([['episode.md', true]]);
    await expect(handlers.setDocumentState({ title: 'x', dirty: 'yes' })).rejects.toThrow('setDocumentState: "dirty" must be true or false, got string');
  });

  it('every operation of the contract is a handler, and only those are API methods', async () => {
    const { handlers } = await setup();
    expect(Object.keys(handlers).sort()).toEqual([...API_METHODS].sort());
    expect(API_METHODS.every(isApiMethod)).toBe(true);
    expect(isApiMethod('toString')).toBe(false);
  });
});

describe('settings', () => {
  it('keeps the host name across restarts, trimmed, and ignores unknown keys', async () => {
    const { handlers, dir } = await setup();
    await expect(handlers.settings()).resolves.toEqual({});
    await expect(handlers.updateSettings({ hostName: '  Alexey ' })).resolves.toEqual({ hostName: 'Alexey' });
    const reopened = await SettingsStore.open(join(dir, 'user-data'));
    expect(reopened.get()).toEqual({ hostName: 'Alexey' });
    await expect(handlers.updateSettings({ colour: 'red' } as never)).rejects.toThrow('updateSettings');
  });

  it('keeps the audio pane’s height in whole pixels across restarts, refusing a height that is not a number', async () => {
    const { handlers, dir } = await setup();
    await expect(handlers.updateSettings({ waveformHeight: 300.4 })).resolves.toEqual({ waveformHeight: 300 });
    expect((await SettingsStore.open(join(dir, 'user-data'))).get()).toEqual({ waveformHeight: 300 });
    await expect(handlers.updateSettings({ waveformHeight: 'tall' } as never)).rejects.toThrow('waveformHeight');
  });

  it('keeps assign and advance, and each episode’s speaker order, refusing a relative path or a list of non-names', async () => {
    const { handlers } = await setup();
    await expect(handlers.updateSettings({ advanceAfterAssign: false })).resolves.toEqual({ advanceAfterAssign: false });
    await expect(handlers.updateSettings({ advanceAfterAssign: 'no' } as never)).rejects.toThrow('updateSettings: "advanceAfterAssign"');
    await handlers.setSpeakerOrder({ path: '/talks/a.md', names: ['Katie', 'Alexey'] });
    await expect(handlers.speakerOrder({ path: '/talks/a.md' })).resolves.toEqual(['Katie', 'Alexey']);
    await expect(handlers.speakerOrder({ path: 'a.md' })).rejects.toThrow('speakerOrder: "path" must be an absolute path');
    await expect(handlers.setSpeakerOrder({ path: '/a.md', names: [1] } as never)).rejects.toThrow('setSpeakerOrder: "names[0]" must be a string');
  });

  it('starts from the defaults when the file is damaged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'episode-settings-'));
    writeFileSync(join(dir, 'settings.json'), '{ not json');
    expect((await SettingsStore.open(dir)).get()).toEqual({});
  });
});

describe('openRawTranscript', () => {
  it('reads the given file or the one the dialog picks, and gives null when cancelled', async () => {
    const { handlers, granted } = await setup({ dialogs: fakeDialogs({ raw: seed('001') }).dialogs });
    await granted.grant(seed('002'), 'raw');
    await expect(handlers.openRawTranscript({ path: seed('002') })).resolves.toEqual({ path: seed('002'), text: readFileSync(seed('002'), 'utf8') });
    await expect(handlers.openRawTranscript({})).resolves.toMatchObject({ path: seed('001') });
    const cancelled = await setup();
    await expect(cancelled.handlers.openRawTranscript({})).resolves.toBeNull();
    await expect(handlers.openRawTranscript({ path: 'raw.txt' })).rejects.toThrow('raw.txt: not an absolute path');
  });
});

describe('exportFile', () => {
  it('writes text or bytes where the dialog says, atomically, and gives null when cancelled', async () => {
    const { dir, handlers, episode } = await setup({ dialogs: fakeDialogs({ save: undefined }).dialogs });
    expect(await handlers.exportFile({ suggestedPath: join(dir, 'episode.srt'), sourcePath: episode, text: '1\n' })).toBeNull();
    const target = join(dir, 'episode.srt');
    const text = await setup({ dialogs: fakeDialogs({ save: target }).dialogs });
    const saved = await text.handlers.exportFile({ suggestedPath: target, sourcePath: text.episode, text: '1\n00:00:01,000 --> 00:00:02,000\nHi\n' });
    expect(saved?.path).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('1\n00:00:01,000 --> 00:00:02,000\nHi\n');
    const docx = join(dir, 'episode.docx');
    const bytes = await setup({ dialogs: fakeDialogs({ save: docx }).dialogs });
    await bytes.handlers.exportFile({ suggestedPath: docx, base64: Buffer.from([0x50, 0x4b, 0xff]).toString('base64') });
    expect([...readFileSync(docx)]).toEqual([0x50, 0x4b, 0xff]);
  });

  it('never writes over the episode it was made from, nor over the bundled sample', async () => {
    const { episode, handlers } = await setup({ dialogs: fakeDialogs({ save: undefined }).dialogs });
    const before = readFileSync(episode, 'utf8');
    const onItself = await setup({ dialogs: fakeDialogs({ save: episode }).dialogs });
    await expect(onItself.handlers.exportFile({ suggestedPath: episode, sourcePath: episode, text: 'x' })).rejects.toThrow('not exported: that is the episode itself');
    expect(readFileSync(episode, 'utf8')).toBe(before);
    const onSample = await setup({ dialogs: fakeDialogs({ save: SAMPLE }).dialogs });
    await expect(onSample.handlers.exportFile({ suggestedPath: SAMPLE, text: 'x' })).rejects.toThrow('the bundled sample');
    await expect(handlers.exportFile({ suggestedPath: 'x.srt', text: 'a', base64: 'YQ==' })).rejects.toThrow('exactly one of');
  });
});

describe('paths the page sends: only files the user chose', () => {
  it('openRawTranscript reads no file the user did not pick or drop (/etc/passwd was returned)', async () => {
    const { handlers } = await setup();
    await expect(handlers.openRawTranscript({ path: '/etc/passwd' })).rejects.toThrow('openRawTranscript: refused /etc/passwd: not a file you chose (pick it with File › Import Raw Transcript… or drop it on the window)');
  });

  it('saveEpisode neither overwrites nor creates a file the user did not choose (a README.md was overwritten)', async () => {
    const { handlers, dir } = await setup();
    const readme = join(dir, 'README.md');
    writeFileSync(readme, '# A project\n');
    await expect(handlers.saveEpisode({ path: readme, text: '---\n---\n' })).rejects.toThrow(`saveEpisode: refused ${readme}: not a file you chose`);
    expect(readFileSync(readme, 'utf8')).toBe('# A project\n');
    const fresh = join(dir, 'new.md');
    await expect(handlers.saveEpisode({ path: fresh, text: '---\n---\n' })).rejects.toThrow(`saveEpisode: refused ${fresh}`);
    expect(existsSync(fresh)).toBe(false);
  });

  it('a link cannot stand for another file; a link to a chosen file is that file', async () => {
    const { handlers, dir, episode } = await setup();
    const readme = join(dir, 'README.md');
    writeFileSync(readme, '# A project\n');
    const toReadme = join(dir, 'link.md');
    symlinkSync(readme, toReadme);
    await expect(handlers.saveEpisode({ path: toReadme, text: '---\n---\n' })).rejects.toThrow(`saveEpisode: refused ${toReadme}`);
    expect(readFileSync(readme, 'utf8')).toBe('# A project\n');
    const toEpisode = join(dir, 'episode-link.md');
    symlinkSync(episode, toEpisode);
    await expect(handlers.openEpisode({ path: toEpisode })).resolves.toMatchObject({ text: readFileSync(episode, 'utf8') });
  });

  it('openEpisode and the recovery refuse an episode the user did not open', async () => {
    const { handlers } = await setup();
    const other = join(mkdtempSync(join(tmpdir(), 'episode-other-')), 'other.md');
    copyFileSync(seed('000'), other);
    await expect(handlers.openEpisode({ path: other })).rejects.toThrow(`openEpisode: refused ${other}: not a file you chose (open it with File › Open…, Open Recent, a drop or the command line)`);
    await expect(handlers.saveRecovery({ path: other, name: 'other.md', text: 'x', estimated: [] })).rejects.toThrow(`saveRecovery: refused ${other}`);
    await expect(handlers.recoveryFor({ path: other })).rejects.toThrow(`recoveryFor: refused ${other}`);
    await expect(handlers.clearRecovery({ path: other })).rejects.toThrow(`clearRecovery: refused ${other}`);
  });

  it('takes what a dialog answered, the command-line file and the recent list as chosen', async () => {
    const { dir } = await setup();
    const picked = join(dir, 'picked.md');
    copyFileSync(seed('000'), picked);
    const raw = seed('001');
    const viaDialogs = await setup({ dialogs: fakeDialogs({ open: picked, raw }).dialogs });
    await viaDialogs.handlers.openEpisode({});
    await expect(viaDialogs.handlers.saveEpisode({ path: picked, text: readFileSync(picked, 'utf8') })).resolves.toMatchObject({ path: picked });
    await viaDialogs.handlers.openRawTranscript({});
    await expect(viaDialogs.handlers.openRawTranscript({ path: raw })).resolves.toMatchObject({ path: raw });
    // A raw transcript picked for import is read, not saved over.
    await expect(viaDialogs.handlers.saveEpisode({ path: raw, text: '---\n---\n' })).rejects.toThrow('saveEpisode: refused');

    const started = await setup({ initialPath: picked });
    await expect(started.handlers.openEpisode({ path: picked })).resolves.toMatchObject({ path: picked });

    const userData = join(dir, 'user-data');
    await (await RecentFiles.open(userData)).add(picked);
    const restarted = await setup({ userData });
    await expect(restarted.handlers.openEpisode({ path: picked })).resolves.toMatchObject({ path: picked });
  });
});
