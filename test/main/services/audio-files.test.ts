import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUDIO_CHOICES_FILE_NAME,
  AudioChoices,
  audioContentType,
  findAudio,
  findAudioBeside,
  hasAudioExtension,
  requireAudioFile,
} from '../../../main/services/audio-files.js';

/** A temp folder holding `talk.md` and the given other (empty or tiny) files. */
function folder(...names: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'episode-audio-files-'));
  const episode = join(dir, 'talk.md');
  writeFileSync(episode, '---\ntranscript: []\n---\n');
  for (const name of names) writeFileSync(join(dir, name), 'ID3');
  return { dir, episode };
}

describe('audio extensions', () => {
  it('knows mp3, m4a, ogg, opus, wav and flac in any letter case, and their content types', () => {
    for (const name of ['a.mp3', 'a.M4A', 'a.ogg', 'a.Opus', 'a.wav', 'a.FLAC']) expect(hasAudioExtension(name), name).toBe(true);
    for (const name of ['a.md', 'a.mp4', 'a.mp3.txt', 'mp3']) expect(hasAudioExtension(name), name).toBe(false);
    expect(audioContentType('/x/a.MP3')).toBe('audio/mpeg');
    expect(audioContentType('/x/a.m4a')).toBe('audio/mp4');
    expect(audioContentType('/x/a.opus')).toBe('audio/ogg');
    expect(audioContentType('/x/a.flac')).toBe('audio/flac');
    expect(audioContentType('/x/a.bin')).toBe('application/octet-stream');
  });
});

describe('findAudioBeside', () => {
  it('finds the file with the episode’s base name and an audio extension, any letter case', async () => {
    const { dir, episode } = folder('talk.MP3', 'other.mp3', 'talk.txt');
    expect(await findAudioBeside(episode)).toBe(join(dir, 'talk.MP3'));
  });

  it('prefers mp3 over the other extensions whatever the folder order, and needs the exact base name', async () => {
    const { dir, episode } = folder('talk.wav', 'talk.mp3', 'talk.flac', 'Talk.ogg', 'talk-2.mp3');
    expect(await findAudioBeside(episode)).toBe(join(dir, 'talk.mp3'));
    expect(await findAudioBeside(folder('Talk.mp3', 'talk.mp4', 'talk.md.mp3').episode)).toBeNull();
  });

  it('skips a folder that has an audio name, and finds nothing beside a missing folder', async () => {
    const { dir, episode } = folder('talk.wav');
    mkdirSync(join(dir, 'talk.mp3'));
    expect(await findAudioBeside(episode)).toBe(join(dir, 'talk.wav'));
    expect(await findAudioBeside('/no/such/folder/talk.md')).toBeNull();
  });
});

describe('requireAudioFile', () => {
  it('accepts a readable audio file and gives its stats', async () => {
    const { dir } = folder('talk.mp3');
    expect((await requireAudioFile(join(dir, 'talk.mp3'))).size).toBe(3);
  });

  it('refuses relative paths, other extensions, folders and missing files, naming the file', async () => {
    const { dir } = folder('notes.txt');
    mkdirSync(join(dir, 'folder.mp3'));
    await expect(requireAudioFile('talk.mp3')).rejects.toThrow('talk.mp3: not an absolute path');
    await expect(requireAudioFile(join(dir, 'notes.txt'))).rejects.toThrow(`${join(dir, 'notes.txt')}: not an audio file (the name must end in .mp3, .m4a, .ogg, .opus, .wav, .flac)`);
    await expect(requireAudioFile(join(dir, 'folder.mp3'))).rejects.toThrow('cannot open: not a regular file');
    await expect(requireAudioFile(join(dir, 'gone.mp3'))).rejects.toThrow(`${join(dir, 'gone.mp3')}: cannot open: no such file`);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a file it may not read', async () => {
    const { dir } = folder('locked.mp3');
    chmodSync(join(dir, 'locked.mp3'), 0o000);
    await expect(requireAudioFile(join(dir, 'locked.mp3'))).rejects.toThrow('cannot open: permission denied');
  });
});

describe('AudioChoices and findAudio', () => {
  it('remembers a choice per episode in the user-data folder, never in the episode', async () => {
    const { dir, episode } = folder('talk.mp3', 'elsewhere.ogg');
    const episodeText = readFileSync(episode, 'utf8');
    const userData = join(dir, 'user-data');
    const choices = await AudioChoices.open(userData);
    expect(await findAudio(episode, choices)).toEqual({ path: join(dir, 'talk.mp3'), source: 'beside' });
    await choices.set(episode, join(dir, 'elsewhere.ogg'));
    expect(await findAudio(episode, choices)).toEqual({ path: join(dir, 'elsewhere.ogg'), source: 'chosen' });
    const reopened = await AudioChoices.open(userData);
    expect(reopened.get(episode)).toBe(join(dir, 'elsewhere.ogg'));
    expect(JSON.parse(readFileSync(join(userData, AUDIO_CHOICES_FILE_NAME), 'utf8'))).toEqual({ [episode]: join(dir, 'elsewhere.ogg') });
    expect(readFileSync(episode, 'utf8')).toBe(episodeText);
  });

  it('falls back to the file beside the episode while the chosen one is missing, and keeps the choice', async () => {
    const { dir, episode } = folder('talk.wav');
    const choices = await AudioChoices.open(join(dir, 'user-data'));
    await choices.set(episode, join(dir, 'unplugged.mp3'));
    expect(await findAudio(episode, choices)).toEqual({ path: join(dir, 'talk.wav'), source: 'beside' });
    expect(choices.get(episode)).toBe(join(dir, 'unplugged.mp3'));
    expect(await findAudio(folder().episode, choices)).toBeNull();
  });

  it('starts empty from a damaged file and drops entries that are not path pairs', async () => {
    const { dir } = folder();
    const userData = join(dir, 'user-data');
    mkdirSync(userData);
    writeFileSync(join(userData, AUDIO_CHOICES_FILE_NAME), '{"broken');
    expect((await AudioChoices.open(userData)).get('/a.md')).toBeUndefined();
    writeFileSync(join(userData, AUDIO_CHOICES_FILE_NAME), JSON.stringify({ '/a.md': '/a.mp3', '/b.md': 7, 'c.md': '/c.mp3' }));
    const choices = await AudioChoices.open(userData);
    expect([choices.get('/a.md'), choices.get('/b.md'), choices.get('c.md')]).toEqual(['/a.mp3', undefined, undefined]);
  });
});
