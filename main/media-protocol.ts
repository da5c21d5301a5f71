/**
 * The `episode-media:` scheme through which the app's renderer loads the episode's audio. Kept apart
 * from main.ts so that it is tested without Electron: main only registers the scheme and hands each
 * request to `serveMediaRequest`.
 */
import { toWebResponse, type MediaFiles } from './services/media-server.js';

/** The scheme of the audio URLs (`episode-media://audio/<token>`). */
export const MEDIA_SCHEME = 'episode-media';

/** The host every audio URL uses. */
const MEDIA_HOST = 'audio';

/**
 * The scheme's privileges. Standard and secure give it real URLs and no mixed-content trouble beside the
 * secure app:// page; stream lets the media element play from a streamed body; supportFetchAPI and
 * corsEnabled let the page fetch it too. CSP is not bypassed: the page's media-src names the scheme.
 */
export const MEDIA_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, stream: true, corsEnabled: true } as const;

/** The URL of a registered audio file. */
export function mediaUrl(token: string): string {
  return `${MEDIA_SCHEME}://${MEDIA_HOST}/${token}`;
}

/** Answers a request of the scheme from the media files; anything but `episode-media://audio/<token>` is a 404. */
export async function serveMediaRequest(media: MediaFiles, request: Request): Promise<Response> {
  let token = '';
  try {
    const url = new URL(request.url);
    if (url.protocol === `${MEDIA_SCHEME}:` && url.host === MEDIA_HOST) token = url.pathname.slice(1);
  } catch {
    // A URL that does not parse names no file: the empty token answers 404.
  }
  const answer = await media.respond({ method: request.method, token, range: request.headers.get('range'), ifRange: request.headers.get('if-range') });
  return toWebResponse(answer);
}
