import { describe, expect, it } from 'vitest';
import { episodePathFromArgv } from '../../main/command-line.js';

describe('episode path on the command line', () => {
  const dev = { defaultApp: true, cwd: '/home/me/repo' };
  const installed = { defaultApp: false, cwd: '/home/me' };

  it('skips the app folder when run as `electron .`', () => {
    expect(episodePathFromArgv(['/x/electron', '.', 'episodes/a.md'], dev)).toBe('/home/me/repo/episodes/a.md');
    expect(episodePathFromArgv(['/x/electron', '.'], dev)).toBeNull();
  });

  it('takes the first argument of an installed app', () => {
    expect(episodePathFromArgv(['/opt/episode-editor', '/data/a.md'], installed)).toBe('/data/a.md');
    expect(episodePathFromArgv(['/opt/episode-editor'], installed)).toBeNull();
  });

  it('skips switches, wherever they are', () => {
    expect(episodePathFromArgv(['/x/electron', '--inspect', '.', '--no-sandbox', 'a.md'], dev)).toBe('/home/me/repo/a.md');
    expect(episodePathFromArgv(['/Applications/E.app', '-psn_0_1234'], installed)).toBeNull();
  });

  it('reads a file:// URL, as a desktop entry passes it, as the file it names', () => {
    expect(episodePathFromArgv(['/opt/episode-editor', 'file:///data/My%20Show/ep%2012.md'], installed)).toBe('/data/My Show/ep 12.md');
    expect(episodePathFromArgv(['/x/electron', '.', 'file:///data/a.md'], dev)).toBe('/data/a.md');
  });
});
