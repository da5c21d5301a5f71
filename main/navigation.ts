/** The scheme the renderer is served from inside the app (`app://renderer/index.html`). */
export const APP_SCHEME = 'app';

/** The origin of the renderer's pages. */
export const APP_ORIGIN = `${APP_SCHEME}://renderer`;

/** The renderer's start page. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** True for a URL of the app's own pages; parsed with `new URL`, never matched as a substring. */
export function isAppUrl(url: string): boolean {
  try {
    // Not `origin`: for a scheme the URL standard does not know, `origin` is always "null".
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'renderer';
  } catch {
    return false;
  }
}

/** The web address to hand to the system browser for a link the page tried to open, or null to ignore it. */
export function externalLinkTarget(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
