/**
 * The speech decoder: soundswallower (PocketSphinx in WebAssembly, its en-us model and dictionary
 * inside the package), set up for recognition with a grammar of our own. soundswallower 0.6.3 builds
 * grammars only from JSGF text; a bigram of a whole episode is built here with the FSG functions its
 * WebAssembly exports (`_fsg_model_init` and the others, PocketSphinx's own C API), which are not part
 * of its documented API: the version is pinned, and test/main/services/speech checks them.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import createModule, { type Decoder, type SoundSwallowerModule } from 'soundswallower';
import type { Grammar } from './grammar.js';

/** The C functions of soundswallower's WebAssembly used here besides its documented API (pointers are numbers). */
interface FsgExports {
  _malloc(bytes: number): number;
  _free(pointer: number): void;
  _decoder_logmath(decoder: number): number;
  _decoder_set_fsg(decoder: number, fsg: number): number;
  _logmath_log(logmath: number, p: number): number;
  _fsg_model_init(name: number, logmath: number, lw: number, states: number): number;
  _fsg_set_states(fsg: number, start: number, final: number): void;
  _fsg_model_word_add(fsg: number, word: number): number;
  _fsg_model_trans_add(fsg: number, from: number, to: number, logp: number, wid: number): void;
  _fsg_model_null_trans_add(fsg: number, from: number, to: number, logp: number): number;
  _fsg_model_free(fsg: number): void;
  readonly HEAPU8: Uint8Array;
}

type Module = SoundSwallowerModule & FsgExports;

/** PocketSphinx's own beams: wider ones (as forced alignment of synthetic speech needed) made recognition 3-4x slower (2-4x real time) for the same words. */
export const DECODER_BEAMS = { beam: 1e-48, wbeam: 7e-29, pbeam: 1e-48 } as const;
/** Beams for a window the default ones found few words in: they recovered such a window of the synthetic episode. */
export const WIDE_BEAMS = { beam: 1e-60, wbeam: 1e-40, pbeam: 1e-60 } as const;

/** Decoder settings for recognising speech, by measurement on synthetic speech. */
export const DECODER_CONFIG = {
  samprate: 16000,
  // Digital silence (exact zeros, in synthetic and edited audio) breaks the features' log energy.
  dither: true,
  ...DECODER_BEAMS,
  // The dither's noise from a fixed seed, not the clock: the same audio and text always give the same words.
  seed: 1,
  loglevel: 'FATAL',
} as const;

/** Fillers and empty transitions in a result (`<sil>`, `[NOISE]`, `(NULL)`): no words of the text. */
export const FILLER = /^[<[(]/;

let loaded: Promise<Module> | null = null;

/** soundswallower's WebAssembly module, instantiated once per thread; its model is read from the package. */
function speechModule(): Promise<Module> {
  if (!loaded) {
    const entry = createRequire(import.meta.url).resolve('soundswallower');
    // The packaged app unpacks soundswallower beside app.asar (electron-builder.yml), as it does this worker:
    // its WebAssembly and model are read with plain file access from its own folder.
    loaded = (createModule({ modelBase: `${join(dirname(entry), 'model')}/` } as Partial<SoundSwallowerModule>) as Promise<Module>).catch((err: unknown) => {
      loaded = null;
      throw err;
    });
  }
  return loaded;
}

/** A decoder ready to recognise with grammars built by `setGrammar`; the caller deletes it. */
export class SpeechDecoder {
  private constructor(
    private readonly module: Module,
    readonly decoder: Decoder,
  ) {}

  /** A decoder with the en-us model, `config` over DECODER_CONFIG. */
  static async create(config: Record<string, string | number | boolean> = {}): Promise<SpeechDecoder> {
    const module = await speechModule();
    const decoder = new module.Decoder({ ...DECODER_CONFIG, ...config });
    try {
      await decoder.initialize();
    } catch (err) {
      decoder.delete();
      throw err;
    }
    return new SpeechDecoder(module, decoder);
  }

  /** The dictionary's pronunciation of a word (lower case), or null. */
  pronunciation(word: string): string | null {
    return this.decoder.lookup_word(word);
  }

  /** Adds words to the dictionary (word and its phones, `D EY T AH`). */
  addWords(words: readonly (readonly [string, string])[]): void {
    if (words.length > 0) this.decoder.add_words(...words.map(([w, p]): [string, string] => [w, p]));
  }

  /** Sets the search's beams, used from the next `setGrammar` on (each grammar makes a new search). */
  setBeams(beams: { readonly beam: number; readonly wbeam: number; readonly pbeam: number }): void {
    for (const [key, value] of Object.entries(beams)) this.decoder.set_config(key, value);
  }

  /** Makes `grammar` the decoder's search; every word of it must be in the dictionary. */
  setGrammar(grammar: Grammar): void {
    const m = this.module;
    const cdecoder = (this.decoder as Decoder & { readonly cdecoder: number }).cdecoder;
    const logmath = m._decoder_logmath(cdecoder);
    const lw = Number(this.decoder.get_config('lw'));
    // PocketSphinx's FSG reader scales each transition's log probability by the language weight too.
    const logp = (p: number) => Math.round(m._logmath_log(logmath, p) * lw);
    const fsg = this.withString('episode', (name) => m._fsg_model_init(name, logmath, lw, grammar.states));
    if (fsg === 0) throw new Error('the speech grammar could not be made');
    m._fsg_set_states(fsg, grammar.start, grammar.final);
    const wids = new Map<string, number>();
    for (const t of grammar.transitions) {
      if (t.word === undefined) {
        m._fsg_model_null_trans_add(fsg, t.from, t.to, logp(t.prob));
        continue;
      }
      const word = t.word;
      let wid = wids.get(word);
      if (wid === undefined) {
        wid = this.withString(word, (w) => m._fsg_model_word_add(fsg, w));
        wids.set(word, wid);
      }
      m._fsg_model_trans_add(fsg, t.from, t.to, logp(t.prob), wid);
    }
    if (m._decoder_set_fsg(cdecoder, fsg) < 0) {
      m._fsg_model_free(fsg);
      throw new Error('the speech decoder refused the grammar (a word missing from its dictionary?)');
    }
  }

  /**
   * Recognises one stretch of audio (16 kHz mono floats, -1..1): its words and their starts, in
   * seconds from the stretch's start. When no path reaches the grammar's final state by the last
   * frame (the search pruned them: 4 windows of 49 in the synthetic episode), the best path, wherever
   * it ends, is taken: the words are those a retry with wider beams found, at none of its cost.
   */
  recognise(samples: Float32Array): { word: string; start: number; end: number }[] {
    this.decoder.start();
    this.decoder.process_audio(samples, false, true);
    // Before the utterance ends the search gives its best path even where it ends outside the final state.
    const unfinished = this.decoder.get_alignment().w ?? [];
    this.decoder.stop();
    const finished = this.decoder.get_alignment().w ?? [];
    // A path of silence and noise alone reaches the final state too (the hub): it is no result.
    const said = (segments: typeof finished) => segments.some((s) => !FILLER.test(s.t));
    return (said(finished) || !said(unfinished) ? finished : unfinished).map((s) => ({ word: s.t, start: s.b, end: s.b + s.d }));
  }

  /** Frees the decoder (the module stays for the next one). */
  delete(): void {
    this.decoder.delete();
  }

  /** Calls `fn` with a C string of `text` in the module's memory, freed after. */
  private withString<T>(text: string, fn: (pointer: number) => T): T {
    const bytes = new TextEncoder().encode(text);
    const pointer = this.module._malloc(bytes.length + 1);
    this.module.HEAPU8.set(bytes, pointer);
    this.module.HEAPU8[pointer + bytes.length] = 0;
    try {
      return fn(pointer);
    } finally {
      this.module._free(pointer);
    }
  }
}
