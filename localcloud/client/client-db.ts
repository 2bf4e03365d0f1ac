/**
 * POST /client/db: what the mini-program's own `wx.cloud.database()` would send, judged by the
 * database security rules before anything is read or written — the way WeChat treats a client
 * database call. The product's rules close every collection (`database.rules.json`), so every
 * request here is refused with errCode -502003; the evaluator is still real, so a test with other
 * rules shows an owner reading his own records and nobody else's.
 *
 * Body: `{ collection, action: 'get'|'count'|'add'|'update'|'remove', docId?, query?, data?,
 * limit?, skip? }`, identity from `X-Dev-Openid` like /fn. Replies as the client SDK resolves:
 * `{ errMsg: 'collection.get:ok', data }`, or `{ errCode, errMsg }` with HTTP 403 when refused.
 */
import type { DbContext } from '../admin/db-context';
import { databaseAction } from '../admin/database.action';
import { DbError } from '../store/db-error';
import { decodeWire } from '../store/wire-codec';
import { allowsDoc, allowsQuery, ruleFor, type DatabaseRules, type Operation } from './security-rules';

export type ClientAction = 'get' | 'count' | 'add' | 'update' | 'remove';

export interface ClientDbRequest {
  collection?: unknown;
  action?: unknown;
  docId?: unknown;
  query?: unknown;
  data?: unknown;
  limit?: unknown;
  skip?: unknown;
}

export interface ClientDbReply { status: number; body: Record<string, unknown> }

const OPERATION: Record<ClientAction, Operation> = { get: 'read', count: 'read', add: 'create', update: 'update', remove: 'delete' };

/** The client SDK's own cap: a client get() returns at most 20 records. */
const CLIENT_GET_LIMIT = 20;

/** errCodes the client SDK shows for the database errors the store raises. */
const ERR_CODES: Record<string, number> = {
  DATABASE_REQUEST_FAILED: -502001,
  DATABASE_INVALID_OPERRATOR: -502002,
  DATABASE_COLLECTION_NOT_EXIST: -502005,
};

const apiName = (req: { docId?: string; action: string }) => `${req.docId !== undefined ? 'document' : 'collection'}.${req.action}`;

const permissionDenied = (api: string): ClientDbReply => ({
  status: 403,
  body: { errCode: -502003, errMsg: `${api}:fail -502003 database permission denied | errMsg: Permission denied` },
});

const badRequest = (api: string, message: string): ClientDbReply => ({ status: 400, body: { errCode: -501001, errMsg: `${api}:fail -501001 ${message}` } });

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export async function clientDb(ctx: DbContext, rules: DatabaseRules, raw: ClientDbRequest, openid: string): Promise<ClientDbReply> {
  const action = String(raw.action ?? '') as ClientAction;
  const docId = raw.docId === undefined ? undefined : String(raw.docId);
  const api = apiName({ docId, action });
  if (!(action in OPERATION)) return badRequest(api, `unknown action ${action}`);
  if (typeof raw.collection !== 'string' || !raw.collection) return badRequest(api, 'collection is required');
  if (action === 'add' && docId !== undefined) return badRequest(api, 'add() is a collection operation');
  const coll = raw.collection;
  const query = raw.query === undefined ? {} : raw.query;
  if (!isObject(query)) return badRequest(api, 'query must be an object');
  if ((action === 'add' || action === 'update') && !isObject(raw.data)) return badRequest(api, 'data must be an object');
  const auth = { openid };
  const rule = ruleFor(rules, coll, OPERATION[action]);

  // The judgement, before any read or write of the caller's request.
  let allowed: boolean;
  const data = isObject(raw.data) ? { ...raw.data } : undefined;
  if (action === 'add') {
    delete data!._openid; // the platform stamps the creator, as WeChat does for client adds
    data!._openid = openid;
    allowed = allowsDoc(rule, data, auth);
  } else if (docId !== undefined) {
    const stored = rule && rule.kind !== 'const' ? ctx.store.get(coll)?.docs.get(docId) : undefined;
    allowed = allowsDoc(rule, stored, auth);
  } else {
    allowed = allowsQuery(rule, query, auth);
  }
  if (!allowed) return permissionDenied(api);
  if (data && '_openid' in data && action === 'update') return permissionDenied(api); // the creator is not the client's to change

  try {
    return { status: 200, body: { errMsg: `${api}:ok`, ...(await run(ctx, coll, action, docId, query, data, raw)) } };
  } catch (e) {
    if (!(e instanceof DbError)) throw e;
    const code = ERR_CODES[e.code] ?? -501001;
    return { status: 400, body: { errCode: code, errMsg: `${api}:fail ${code} ${e.message}` } };
  }
}

async function run(ctx: DbContext, coll: string, action: ClientAction, docId: string | undefined, query: Record<string, unknown>, data: Record<string, unknown> | undefined, raw: ClientDbRequest) {
  const where = docId !== undefined ? { queryType: 'DOC' as const, query: JSON.stringify({ _id: docId }) } : { queryType: 'WHERE' as const, query: JSON.stringify(query) };
  const base = { collectionName: coll, ...where };
  switch (action) {
    case 'get': {
      const limit = Math.min(Number(raw.limit) > 0 ? Number(raw.limit) : CLIENT_GET_LIMIT, CLIENT_GET_LIMIT);
      const r = await databaseAction(ctx, { action: 'database.getDocument', ...base, limit, offset: Number(raw.skip) > 0 ? Number(raw.skip) : 0 });
      const list = ((r.data as { list: string[] }).list).map((t) => decodeWire(t, ctx.now));
      return { data: docId !== undefined ? list[0] ?? null : list };
    }
    case 'count': {
      const r = await databaseAction(ctx, { action: 'database.calculateDocument', ...base });
      return { total: (r.data as { total: number }).total };
    }
    case 'add': {
      const r = await databaseAction(ctx, { action: 'database.insertDocument', collectionName: coll, data: JSON.stringify(data) });
      return { _id: (r.data as { insertedIds: string[] }).insertedIds[0] };
    }
    case 'update': {
      const r = await databaseAction(ctx, { action: 'database.modifyDocument', ...base, data: JSON.stringify({ $set: data }), multi: docId === undefined });
      return { stats: { updated: (r.data as { updated: number }).updated } };
    }
    case 'remove': {
      const r = await databaseAction(ctx, { action: 'database.removeDocument', ...base, multi: docId === undefined });
      return { stats: { removed: (r.data as { deleted: number }).deleted } };
    }
  }
}
