import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basename, dirname, join, relative, resolve } from 'node:path';

/** The repository's root folder. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The team's shared folder beside the checkout, on our machines and CI only (seeds, full corpus, tools). */
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');

/** A file under test/fixtures. */
export function fixture(...parts: string[]): string {
  return join(REPO_ROOT, 'test/fixtures', ...parts);
}

/** A seed file (kept in test/fixtures/seeds) by its number prefix (`000`, `001`, `002`). */
export function seed(prefix: string): string {
  const dir = fixture('seeds');
  const name = readdirSync(dir).find((f) => f.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix} in ${dir}`);
  return join(dir, name);
}

/** The two sets of real episode files and the chapter lists beside them. */
export type CorpusSet = 'episodes' | 'legacy' | 'chapters';

/** The real files that corpus-wide tests run over: one of the two places they can come from. */
export interface Corpus {
  /** The folder holding `episodes/`, `legacy/` and `chapters/`. */
  readonly dir: string;
  /** True for the whole corpus in ../shared; false for the sample kept in the repository. */
  readonly full: boolean;
}

const SHARED_CORPUS = join(SHARED_DIR, 'corpus');

/** The whole corpus when ../shared is beside the checkout, else the representative sample in test/fixtures/corpus. */
export const CORPUS: Corpus = existsSync(SHARED_CORPUS) ? { dir: SHARED_CORPUS, full: true } : { dir: fixture('corpus'), full: false };

/** The sample of real files kept in the repository (always there, whichever corpus runs). */
export const FIXTURE_CORPUS: Corpus = { dir: fixture('corpus'), full: false };

/** The files of `set` in a corpus, sorted: `.md` episodes or `.txt` chapter lists. */
export function filesOf(set: CorpusSet, corpus: Corpus = CORPUS): string[] {
  const dir = join(corpus.dir, set);
  const ext = set === 'chapters' ? '.txt' : '.md';
  return readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
}

/** Every real episode file of the running corpus: the current set, the legacy one, or both. */
export function corpusFiles(which: 'episodes' | 'legacy' | 'all' = 'all'): string[] {
  return (which === 'all' ? (['episodes', 'legacy'] as const) : [which]).flatMap((set) => filesOf(set));
}

/** One named real file from the sample in the repository, e.g. `corpusFile('legacy', 's02e01-writing.md')`. */
export function corpusFile(set: CorpusSet, name: string): string {
  const path = join(FIXTURE_CORPUS.dir, set, name);
  if (!existsSync(path)) throw new Error(`${relative(REPO_ROOT, path)} is not in the fixture sample; copy it from ../shared/corpus/${set}`);
  return path;
}

/** The names of a corpus's files as `set/name`, to compare two corpora. */
export function corpusNames(files: readonly string[]): string[] {
  return files.map((f) => `${basename(dirname(f))}/${basename(f)}`);
}

/** One line saying which corpus runs and how many files it has. */
export function describeCorpus(corpus: Corpus = CORPUS): string {
  const counts = (['episodes', 'legacy', 'chapters'] as const).map((set) => `${filesOf(set, corpus).length} ${set}`).join(', ');
  return corpus.full
    ? `test data: the full corpus at ${corpus.dir} (${counts})`
    : `test data: the fixture sample at ${relative(REPO_ROOT, corpus.dir)} (${counts}); no ${SHARED_CORPUS} beside this checkout`;
}
