import type { Api } from '../../../shared/api.js';
import { createHttpApi } from './http-api.js';

/** The API: the preload's `window.api` in the app, the harness over HTTP in a plain browser. */
export const api: Api = window.api ?? createHttpApi();
