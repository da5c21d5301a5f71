/**
 * The renderer's Content-Security-Policy, sent as a header by the Electron app and by the harness. It
 * is the same text as the meta tag in renderer/index.html (a test keeps them equal): the meta tag
 * guards a page opened any other way, the header guards everything the page loads.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "media-src 'self' episode-media: blob:",
  "connect-src 'self' episode-media:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every file of the renderer. */
export const RENDERER_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // The renderer is rebuilt often during development; a stale cached bundle would be confusing.
  'Cache-Control': 'no-store',
};
