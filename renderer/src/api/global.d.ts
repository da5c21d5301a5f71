import type { Api } from '../../../shared/api.js';

declare global {
  interface Window {
    /** Set by the preload (main/preload.ts) in the Electron app; absent in a plain browser. */
    readonly api?: Api;
  }
}
