/**
 * The harness's per-run token. The harness reads and writes files for whoever calls it, and any local
 * process can reach 127.0.0.1, so its API, its test routes and its media answer only requests that
 * carry the token made at start: in the path (`/t/<token>/…`, the address the harness prints, which
 * tests call) or in the cookie the page gets when it is opened at that address (which its fetches,
 * event stream and media element then send by themselves).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh token: 128 random bits in hex. */
export function newRunToken(): string {
  return randomBytes(16).toString('hex');
}

/** True when two strings are equal, in a time that does not depend on where they differ. */
function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The cookie's name: one per port, as cookies do not tell ports apart and several harnesses may run at once. */
export function tokenCookieName(port: number): string {
  return `harness-token-${port}`;
}

/** The Set-Cookie value that gives the page the token: never readable by script, never sent by other sites. */
export function tokenCookie(port: number, token: string): string {
  return `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

/** True when a Cookie header holds this run's token. */
export function cookieHasToken(cookieHeader: string | undefined, port: number, token: string): boolean {
  const name = `${tokenCookieName(port)}=`;
  return (cookieHeader ?? '').split(';').some((part) => {
    const cookie = part.trim();
    return cookie.startsWith(name) && sameToken(cookie.slice(name.length), token);
  });
}

/** A request path with the `/t/<token>` prefix taken off when it carries this run's token (`/` for the prefix alone); null otherwise. */
export function pathUnderToken(path: string, token: string): string | null {
  const match = /^\/t\/([^/]*)(\/.*)?$/.exec(path);
  if (!match || !sameToken(match[1]!, token)) return null;
  return match[2] ?? '/';
}
