/**
 * The API contract over HTTP, for the renderer running in a plain browser against the harness
 * (main/harness/server.ts): one POST per operation, one EventSource for the events.
 */
import type { Api, ApiEventName, ApiEvents } from '../../../shared/api.js';
import { createApiClient } from '../../../shared/api-client.js';

/** The harness's reply to an operation. */
type Reply = { ok: true; result?: unknown } | { ok: false; error: string };

function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** The API served by the harness at `base` ('' for the page's own origin). */
export function createHttpApi(base = ''): Api {
  const handlers = createApiClient(async (method, arg) => {
    const response = await fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: arg === undefined ? '' : JSON.stringify(arg),
    });
    const reply: unknown = await response.json().catch(() => null);
    if (!isReply(reply)) throw new Error(`${method}: the harness answered ${response.status} without a reply`);
    if (!reply.ok) throw new Error(reply.error);
    return reply.result;
  });

  // One stream for all events, opened on the first subscription.
  let events: EventSource | null = null;
  return {
    ...handlers,
    on<E extends ApiEventName>(event: E, listener: (...args: ApiEvents[E]) => void): () => void {
      events ??= new EventSource(`${base}/api/events`);
      // The harness sends each event's argument list as JSON, typed by the event's name on its side.
      const handler = (message: MessageEvent<string>) => listener(...(JSON.parse(message.data) as ApiEvents[E]));
      events.addEventListener(event, handler);
      return () => events?.removeEventListener(event, handler);
    },
    // A browser never tells a page where a dropped file lives.
    pathForFile: () => '',
  };
}
