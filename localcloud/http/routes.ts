/** The HTTP contract (DESIGN.md §4) plus the /admin endpoint the SDK uses and the dev pages. */
import { FunctionTimeout } from '../runner/function-runner';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLarge, readBody } from './body';
import { serveStatic } from './static-files';
import { handleStorage } from './storage-routes';
import { handleAdmin, type AdminDeps } from '../admin/admin-router';
import { ownPath, signinPage } from '../dev/signin-page';
import type { FaultConfig } from '../dev/outbox';
import { clientDb, type ClientDbRequest } from '../client/client-db';
import type { DatabaseRules } from '../client/security-rules';
import { foreignCaller, isPrivileged } from './door';
import { carriesToken } from '../env/admin-token';

export interface RouteDeps extends AdminDeps {
  h5Dir?: string;
  ready: () => boolean;
  invoke: (fn: string, event: unknown, openid: string) => Promise<unknown>;
  fireTimer: (fn: string, triggerName?: string) => Promise<unknown>;
  resetStats: () => void;
  /** database.rules.json: what a client-side database() call may do (POST /client/db). */
  databaseRules: DatabaseRules;
  /** This start's /admin secret (env/admin-token.ts). */
  adminToken: string;
  /** Host spellings that name this server (http/door.ts). */
  ownHosts: () => Set<string>;
}

/** Same cap as wx.cloud.callFunction's event size. */
const FN_BODY_LIMIT = 1024 * 1024;
/** The SDK's own requests (batch adds, openapi images) may be larger. */
const ADMIN_BODY_LIMIT = 64 * 1024 * 1024;

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8') {
  const text = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': type });
  res.end(text);
}

const errorBody = (code: string, message: string) => ({ error: { code, message } });

/** The request target as a URL, or null when it is not a path (`//`, `//host/x`, `*`, absolute forms). */
function requestUrl(target: string | undefined): URL | null {
  if (!target || !target.startsWith('/') || target.startsWith('//')) return null;
  try { return new URL(target, 'http://local'); } catch { return null; }
}

export async function route(deps: RouteDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  const url = requestUrl(req.url);
  if (!url) return send(res, 400, errorBody('REQUEST.MALFORMED', '请求行不是合法的路径'));
  const p = url.pathname;
  try {
    if (isPrivileged(p)) {
      const why = foreignCaller(req, deps.ownHosts());
      if (why) return send(res, 403, errorBody('REQUEST.FOREIGN', `拒绝外部来源的请求：${why}`));
    }
    const admin = /^\/admin(?:\/i\/([0-9a-f]+))?\/?$/.exec(p);
    if (admin && method === 'POST') {
      // Answered as CloudBase answers an unsigned request: a code the SDK raises (never the data).
      if (!carriesToken(req.headers.authorization, deps.adminToken)) {
        return send(res, 401, { code: 'SIGN_PARAM_INVALID', message: '[LocalCloud] /admin needs this start\'s token (TENCENTCLOUD_SECRETID, see <dataDir>/admin-token)' });
      }
      const body = await readBody(req, ADMIN_BODY_LIMIT);
      const r = await handleAdmin(deps, body, String(req.headers['content-type'] ?? ''), admin[1]);
      return send(res, r.status, r.body, r.contentType);
    }
    if (p.startsWith('/storage/') && (await handleStorage(deps.storage, req, res, url))) return;
    const fn = /^\/fn\/([^/]+)$/.exec(p);
    if (fn && method === 'POST') {
      const name = decodeURIComponent(fn[1]);
      if (!deps.runner.entry(name)) return send(res, 404, errorBody('FUNCTION.NOT_FOUND', `没有这个云函数：${name}`));
      const body = await readBody(req, FN_BODY_LIMIT);
      let event: unknown;
      try { event = body.length ? JSON.parse(body.toString('utf8')) : {}; } catch { return send(res, 400, errorBody('INPUT.INVALID', '请求体不是合法的 JSON')); }
      const openid = String(req.headers['x-dev-openid'] ?? '');
      return send(res, 200, { result: (await deps.invoke(name, event, openid)) ?? null });
    }
    if (p === '/client/db' && method === 'POST') {
      let body: ClientDbRequest;
      try { body = JSON.parse((await readBody(req, FN_BODY_LIMIT)).toString('utf8') || '{}'); } catch { return send(res, 400, errorBody('INPUT.INVALID', '请求体不是合法的 JSON')); }
      const r = await clientDb({ store: deps.store, tx: deps.tx, invocation: undefined, now: Date.now() }, deps.databaseRules, body ?? {}, String(req.headers['x-dev-openid'] ?? ''));
      return send(res, r.status, r.body);
    }
    const timer = /^\/timer\/([^/]+)$/.exec(p);
    if (timer && method === 'POST') {
      const name = decodeURIComponent(timer[1]);
      if (!deps.runner.entry(name)) return send(res, 404, errorBody('FUNCTION.NOT_FOUND', `没有这个云函数：${name}`));
      return send(res, 200, { result: (await deps.fireTimer(name, url.searchParams.get('trigger') ?? undefined)) ?? null });
    }
    if (p === '/healthz' && method === 'GET') return deps.ready() ? send(res, 200, { ok: true }) : send(res, 503, { ok: false });
    if (p === '/dev/outbox' && method === 'GET') return send(res, 200, deps.outbox);
    const img = /^\/dev\/outbox\/(\d+)\.png$/.exec(p);
    if (img && method === 'GET') {
      const png = deps.images.get(Number(img[1]));
      return png ? send(res, 200, png, 'image/png') : send(res, 404, errorBody('NOT_FOUND', 'no such image'));
    }
    if (p === '/dev/faults') {
      if (method === 'POST') {
        const body = JSON.parse((await readBody(req, FN_BODY_LIMIT)).toString('utf8') || '{}') as FaultConfig;
        Object.assign(deps.faults, body);
      }
      return send(res, 200, deps.faults);
    }
    if (p === '/dev/stats') {
      if (method === 'DELETE' || (method === 'POST' && url.searchParams.has('reset'))) deps.resetStats();
      return send(res, 200, deps.stats);
    }
    if (p === '/dev/signin' && method === 'GET') {
      const users = [...(deps.store.get('users')?.docs.values() ?? [])].map((u) => ({ openid: u._id, name: String(u.name ?? '') }));
      return send(res, 200, signinPage(users, ownPath(url.searchParams.get('back'))), 'text/html; charset=utf-8');
    }
    if (method === 'GET' || method === 'HEAD') {
      if (serveStatic(deps.h5Dir, p, res)) return;
    }
    return send(res, 404, errorBody('NOT_FOUND', `${method} ${p}`));
  } catch (e) {
    if (e instanceof BodyTooLarge) return send(res, 413, errorBody('REQUEST.TOO_LARGE', '请求体过大'));
    if (e instanceof FunctionTimeout) return send(res, 504, errorBody('FUNCTION.TIMEOUT', e.message));
    console.error(`[localcloud] ${method} ${p} failed:`, e);
    if (!res.headersSent) send(res, 500, errorBody('FUNCTION.CRASHED', (e as Error)?.message ?? String(e)));
  }
}
