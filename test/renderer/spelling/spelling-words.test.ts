import { describe, expect, it } from 'vitest';
import { nameWords, spellingWords } from '../../../renderer/src/spelling/spelling-words.js';

const words = (text: string) => spellingWords(text).map((w) => w.word);

describe('spellingWords', () => {
  it('gives each word with its place, curly apostrophes made straight', () => {
    expect(spellingWords('I don’t recieve it')).toEqual([
      { from: 2, to: 7, word: "don't" },
      { from: 8, to: 15, word: 'recieve' },
      { from: 16, to: 18, word: 'it' },
    ]);
  });

  it('leaves out single letters, words with digits or inner capitals, links and addresses', () => {
    expect(words('a DataTalks.Club AWS GPT4 mp3s see https://datatalks.club/podcast.html or www.exmple.org, mail hlelo@exmple.com, file notes.md ok')).toEqual(['see', 'or', 'mail', 'file', 'ok']);
  });

  it('keeps letters of any script, with their marks', () => {
    expect(words('Tomás and Zoë naïvely said «très»')).toEqual(['Tomás', 'and', 'Zoë', 'naïvely', 'said', 'très']);
  });

  it('splits names into their words', () => {
    expect(nameWords(['Katie Bauer', 'Alexey Grigorev', "Mary-Jo O'Neil"])).toEqual(['Katie', 'Bauer', 'Alexey', 'Grigorev', 'Mary', 'Jo']);
  });
});
