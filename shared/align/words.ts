/** Words as the aligner compares them: lower case, no punctuation, digits spelled out, fillers dropped. */

/** Sounds that captions write and clean transcripts leave out (or the other way round). */
const FILLERS = new Set(['um', 'umm', 'uh', 'uhm', 'uhh', 'hmm', 'hm', 'mm', 'mmm', 'mhm', 'er', 'erm', 'ah', 'eh', 'uh-huh', 'mm-hmm', 'huh']);

const NUMBERS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ');

/**
 * The comparable words of a text: `[chuckles]`-style notes removed, split at spaces, dashes, slashes
 * and dots inside words (`DataTalks.Club` is two words, as captions say it), lower-cased, curly
 * apostrophes straightened, punctuation stripped, numbers up to twenty spelled out, fillers dropped.
 */
export function alignWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.replace(/\[[^\]]*\]/g, ' ').split(/[\s\-–—/.…]+/)) {
    const word = /^[a-z]+$/.test(raw) ? raw : bare(raw);
    if (word === '' || FILLERS.has(word)) continue;
    const n = /^\d+$/.test(word) ? Number(word) : NaN;
    words.push(n <= 20 ? NUMBERS[n]! : word);
  }
  return words;
}

function bare(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, '')
    .replace(/^'+|'+$/g, '');
}

/** Numbers for words, so that comparing two words is comparing two integers. */
export class WordIds {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }
}

/** Levenshtein distance of two short strings, stopping once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * True when a caption word is probably a mishearing of a text word: both at least 3 letters, and
 * within one edit per three letters (`alexi` ~ `alexey`), or one the start of the other (`datat` ~ `datatalks`).
 */
export function similarWords(a: string, b: string): boolean {
  if (a.length < 3 || b.length < 3) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return true;
  return distance(a, b, Math.max(1, Math.floor(long.length / 3))) <= Math.max(1, Math.floor(long.length / 3));
}
