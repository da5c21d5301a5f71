import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

/** Every source file of the renderer. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The code without its comments, which may name keys freely. */
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

/** A shortcut written out: a modifier joined to a key (`Alt+J`, `Ctrl-=`, `Mod-s`), or a Mac modifier symbol. */
const SHORTCUT = /\b(?:Alt|Ctrl|Control|Cmd|Command|Shift|Mod|Option|Meta)\s*[+-]\s*[A-Za-z0-9[\]=\-]|[⌘⌥⇧⌃]/;

describe('the renderer', () => {
  it('types no shortcut by hand: every label comes from the command list or the keymap', () => {
    const files = sources(join(REPO_ROOT, 'renderer/src'));
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((file) =>
      withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .flatMap((line, i) => (SHORTCUT.test(line) ? [`${relative(REPO_ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('would find one', () => {
    expect(SHORTCUT.test(withoutComments('title="Back 5 seconds (Alt+J)"'))).toBe(true);
    expect(SHORTCUT.test(withoutComments("title: 'Zoom out (Ctrl+-)'"))).toBe(true);
    expect(SHORTCUT.test(withoutComments('<kbd>⌥1</kbd>'))).toBe(true);
    expect(SHORTCUT.test(withoutComments('// Alt+J in a comment'))).toBe(false);
  });
});
