import type { Speller, SpellRequest, SpellResponse } from './speller.js';

type Pending = { resolve: (response: SpellResponse) => void; reject: (err: Error) => void };

/** The speller of the window: the dictionary in a worker, started on the first word to check. */
export class WorkerSpeller implements Speller {
  private worker: Worker | undefined;
  /** Why the worker failed, once it has: every later request fails at once with it. */
  private failed: Error | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  async check(words: readonly string[]): Promise<boolean[]> {
    const response = await this.ask({ id: this.nextId++, op: 'check', words });
    return 'known' in response ? [...response.known] : [];
  }

  async suggest(word: string): Promise<string[]> {
    const response = await this.ask({ id: this.nextId++, op: 'suggest', word });
    return 'suggestions' in response ? [...response.suggestions] : [];
  }

  /** Stops the worker (a check or suggestion under way fails). */
  destroy(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const { reject } of this.pending.values()) reject(new Error('spell checker stopped'));
    this.pending.clear();
  }

  private ask(request: SpellRequest): Promise<SpellResponse> {
    if (this.failed) return Promise.reject(this.failed);
    const worker = (this.worker ??= this.start());
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    }).then((response) => {
      const answer = response as SpellResponse;
      if ('error' in answer) throw new Error(`spell checker: ${answer.error}`);
      return answer;
    });
  }

  private start(): Worker {
    const worker = new Worker(new URL('./spell-worker.ts', import.meta.url), { type: 'module', name: 'spelling' });
    worker.onmessage = (event: MessageEvent<SpellResponse>) => {
      const waiting = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      waiting?.resolve(event.data);
    };
    worker.onerror = (event) => {
      // The worker could not start (its script failed): every request fails, and spelling stays off.
      event.preventDefault();
      this.failed = new Error(`spell checker failed: ${event.message}`);
      worker.terminate();
      for (const { reject } of this.pending.values()) reject(this.failed);
      this.pending.clear();
    };
    return worker;
  }
}
