import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

/** The repository's root folder. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The team's shared folder beside the checkout (seeds, corpus, tools). */
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');

/** A file under test/fixtures. */
export function fixture(...parts: string[]): string {
  return join(REPO_ROOT, 'test/fixtures', ...parts);
}

/** A seed file by its number prefix (`000`, `001`, `002`). */
export function seed(prefix: string): string {
  const dir = join(SHARED_DIR, 'seeds');
  const name = readdirSync(dir).find((f) => f.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix} in ${dir}`);
  return join(dir, name);
}

/** Every real episode file: the current corpus and the legacy one. */
export function corpusFiles(which: 'episodes' | 'legacy' | 'all' = 'all'): string[] {
  const sets = which === 'all' ? ['episodes', 'legacy'] : [which];
  return sets.flatMap((set) => {
    const dir = join(SHARED_DIR, 'corpus', set);
    return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => join(dir, f));
  });
}
