/**
 * Who may knock on the local cloud's privileged routes. The server binds to loopback, but a page
 * the developer's browser visits can still reach loopback: a `text/plain` POST needs no CORS
 * preflight, and DNS rebinding puts a foreign name in Host. So `/admin`, `/dev/*` and `/timer/*`
 * answer only requests whose Host is this server's own and whose Origin, when a browser sends one,
 * is this server's own; `/admin` also needs the per-start token (admin-token.ts).
 */
import type { IncomingMessage } from 'node:http';

/** `host:port` spellings that name this server (loopback, plus the public URL when one is set). */
export function ownHosts(url: string, publicUrl?: string): Set<string> {
  const { port } = new URL(url);
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  if (publicUrl) hosts.add(new URL(publicUrl).host);
  return hosts;
}

const PRIVILEGED = /^\/(?:admin(?:\/|$)|dev\/|timer\/)/;

export const isPrivileged = (path: string) => PRIVILEGED.test(path);

/** Null when the request may pass; else why not (for the 403 body). */
export function foreignCaller(req: IncomingMessage, hosts: Set<string>): string | null {
  const host = String(req.headers.host ?? '').toLowerCase();
  if (!hosts.has(host)) return `Host ${host || '(none)'} is not this server`;
  const origin = req.headers.origin;
  if (origin === undefined) return null; // not a browser's cross-site request (node tools, navigations)
  let originHost: string;
  try { originHost = new URL(String(origin)).host.toLowerCase(); } catch { return `Origin ${origin} is not this server`; }
  return hosts.has(originHost) ? null : `Origin ${origin} is not this server`;
}
