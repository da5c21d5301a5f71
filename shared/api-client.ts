import { API_METHODS, type ApiHandlers, type ApiMethod } from './api.js';

/** Sends one operation over a transport (IPC, HTTP) and resolves with main's result. */
export type ApiCall = (method: ApiMethod, arg: unknown) => Promise<unknown>;

/** The renderer's side of every operation, each one sending its argument through `call`. */
export function createApiClient(call: ApiCall): ApiHandlers {
  const client: Partial<Record<ApiMethod, (arg?: unknown) => Promise<unknown>>> = {};
  for (const method of API_METHODS) client[method] = (arg?: unknown) => call(method, arg);
  // A transport cannot check result types at run time; main's handlers are typed against the same
  // contract, so this one cast is where the two halves meet.
  return client as ApiHandlers;
}
