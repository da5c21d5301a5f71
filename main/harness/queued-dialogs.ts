import { resolve } from 'node:path';
import { DISCARD_ANSWERS, type DiscardAnswer } from '../../shared/api.js';
import type { Dialogs } from '../services/api-handlers.js';
import { requireOneOf, requireRecord, requireString } from '../services/validate-args.js';

/** One answer a test queues for the next dialog of its kind. */
export type DialogAnswer = { open: string } | { save: string } | { confirm: DiscardAnswer } | { overwrite: OverwriteAnswer } | { audio: string } | { raw: string };

/** The answers to "overwrite the file another program changed?". */
export const OVERWRITE_ANSWERS = ['overwrite', 'cancel'] as const;
export type OverwriteAnswer = (typeof OVERWRITE_ANSWERS)[number];

/** How many answers wait, per kind. */
export interface QueuedCounts {
  readonly open: number;
  readonly save: number;
  readonly confirm: number;
  readonly overwrite: number;
  readonly audio: number;
  readonly raw: number;
}

/** A dialog that was shown, for tests to check (e.g. that closing asked about unsaved changes). */
export interface AskedDialog {
  readonly dialog: 'open' | 'save' | 'confirm' | 'overwrite' | 'audio' | 'raw';
  /** The suggested path of a save dialog, the document name of a confirm, the file of an overwrite question. */
  readonly detail?: string;
  /** What it answered: a path, a confirm answer, or null when cancelled. */
  readonly answer: string | null;
}

/** The harness's stand-in for native dialogs: each dialog takes the next answer a test queued, or is cancelled. */
export class QueuedDialogs implements Dialogs {
  private readonly open: string[] = [];
  private readonly save: string[] = [];
  private readonly confirm: DiscardAnswer[] = [];
  private readonly overwrite: OverwriteAnswer[] = [];
  private readonly audio: string[] = [];
  private readonly raw: string[] = [];
  private readonly asked: AskedDialog[] = [];

  /** Checks an answer sent over HTTP and queues it; relative paths are taken from the harness's folder. */
  queue(value: unknown): void {
    const req = requireRecord('dialog', value, ['open', 'save', 'confirm', 'overwrite', 'audio', 'raw']);
    const kinds = Object.keys(req);
    if (kinds.length !== 1) throw new Error('dialog: give exactly one of "open", "save", "confirm", "overwrite", "audio" or "raw"');
    if (req.open !== undefined) this.open.push(resolve(requireString('dialog', req.open, 'open')));
    if (req.save !== undefined) this.save.push(resolve(requireString('dialog', req.save, 'save')));
    if (req.confirm !== undefined) this.confirm.push(requireOneOf('dialog', req.confirm, 'confirm', DISCARD_ANSWERS));
    if (req.overwrite !== undefined) this.overwrite.push(requireOneOf('dialog', req.overwrite, 'overwrite', OVERWRITE_ANSWERS));
    if (req.audio !== undefined) this.audio.push(resolve(requireString('dialog', req.audio, 'audio')));
    if (req.raw !== undefined) this.raw.push(resolve(requireString('dialog', req.raw, 'raw')));
  }

  /** The answers not yet used. */
  counts(): QueuedCounts {
    return { open: this.open.length, save: this.save.length, confirm: this.confirm.length, overwrite: this.overwrite.length, audio: this.audio.length, raw: this.raw.length };
  }

  /** The dialogs shown so far, oldest first. */
  history(): AskedDialog[] {
    return [...this.asked];
  }

  async pickEpisodeToOpen(): Promise<string | null> {
    return this.record({ dialog: 'open', answer: this.open.shift() ?? null });
  }

  async pickSavePath(suggested?: string): Promise<string | null> {
    return this.record({ dialog: 'save', answer: this.save.shift() ?? null, ...(suggested ? { detail: suggested } : {}) });
  }

  async pickExportPath(suggested: string): Promise<string | null> {
    return this.record({ dialog: 'save', answer: this.save.shift() ?? null, detail: suggested });
  }

  async confirmDiscard(name: string): Promise<DiscardAnswer> {
    return this.record({ dialog: 'confirm', detail: name, answer: this.confirm.shift() ?? 'cancel' });
  }

  /** Unanswered, it is cancelled: nothing is overwritten. */
  async confirmOverwrite(path: string): Promise<boolean> {
    return this.record({ dialog: 'overwrite', detail: path, answer: this.overwrite.shift() ?? 'cancel' }) === 'overwrite';
  }

  async pickAudio(): Promise<string | null> {
    return this.record({ dialog: 'audio', answer: this.audio.shift() ?? null });
  }

  async pickRawTranscript(): Promise<string | null> {
    return this.record({ dialog: 'raw', answer: this.raw.shift() ?? null });
  }

  private record<A extends string | null>(asked: AskedDialog & { answer: A }): A {
    this.asked.push(asked);
    return asked.answer;
  }
}
