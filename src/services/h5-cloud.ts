/**
 * H5 only: a `Taro.cloud`-shaped client whose `database()` talks to the local cloud's client
 * database gateway (POST /client/db), which applies database.rules.json as WeChat does. The app
 * never uses the client database (every collection is closed, only functions touch data); this
 * exists so that a page that tried would be refused on H5 exactly as on WeChat (errCode -502003),
 * instead of crashing on "undefined": Taro's H5 build has no `Taro.cloud` (its `cloud` export is a
 * stub class without `database`, and is not on the default `Taro` object pages use).
 */

export interface H5CloudOptions {
  /** The local cloud's origin ('' = same origin). */
  base: () => string;
  /** The dev user's openid, or '' when nobody is signed in. */
  openid: () => string;
  fetch?: typeof fetch;
}

/** Rejection shape of wx.cloud: an Error carrying errCode and errMsg. */
export class CloudDbError extends Error {
  constructor(readonly errCode: number, readonly errMsg: string) {
    super(errMsg);
    this.name = 'CloudDbError';
  }
}

type Query = Record<string, unknown>;
type Reply = Record<string, unknown>;

export function createH5Cloud(opts: H5CloudOptions) {
  const request = async (body: Record<string, unknown>): Promise<Reply> => {
    const res = await (opts.fetch ?? fetch)(`${opts.base()}/client/db`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dev-openid': opts.openid() },
      body: JSON.stringify(body),
    });
    const reply = (await res.json().catch(() => ({}))) as Reply;
    if (!res.ok || typeof reply.errCode === 'number') {
      throw new CloudDbError(Number(reply.errCode ?? -1), String(reply.errMsg ?? `HTTP ${res.status}`));
    }
    return reply;
  };

  const document = (collection: string, docId: string) => ({
    get: () => request({ collection, action: 'get', docId }),
    update: ({ data }: { data: Reply }) => request({ collection, action: 'update', docId, data }),
    remove: () => request({ collection, action: 'remove', docId }),
  });

  const query = (collection: string, where: Query, paging: { limit?: number; skip?: number }) => ({
    where: (q: Query) => query(collection, q, paging),
    limit: (limit: number) => query(collection, where, { ...paging, limit }),
    skip: (skip: number) => query(collection, where, { ...paging, skip }),
    get: () => request({ collection, action: 'get', query: where, ...paging }),
    count: () => request({ collection, action: 'count', query: where }),
    update: ({ data }: { data: Reply }) => request({ collection, action: 'update', query: where, data }),
    remove: () => request({ collection, action: 'remove', query: where }),
  });

  return {
    database: () => ({
      collection: (name: string) => ({
        ...query(name, {}, {}),
        doc: (id: string) => document(name, id),
        add: ({ data }: { data: Reply }) => request({ collection: name, action: 'add', data }),
      }),
    }),
  };
}

/** Puts the shim on `taro.cloud` unless that already has a database (a real wx.cloud is left alone). */
export function installH5Cloud(taro: { cloud?: unknown }, opts: H5CloudOptions): void {
  if (typeof (taro.cloud as { database?: unknown } | undefined)?.database === 'function') return;
  taro.cloud = createH5Cloud(opts);
}
