import { actions } from '@/contracts';
import { parseInput } from '@/domain/shared/validate';

/**
 * The network under the real services/cloud.ts: `fetch` answers POST /fn/<function> from per-action
 * handlers, so pages run their real envelope handling. A request sent to another function than the
 * one the contracts table names for its action is refused as that function would (ACTION.UNKNOWN). As the function does at its boundary, each
 * payload is first parsed with the action's shared schema: a refused one answers INPUT.INVALID
 * with its fields and never reaches the handler or `calls` (which holds payloads as handlers see them).
 */
type Handler = (payload: any) => unknown;

export interface FakeCloud {
  calls: { action: string; payload: any }[];
  /** While true, every request fails as a dead network would (fetch rejects). */
  offline: boolean;
  on(action: string, handler: Handler): FakeCloud;
}

export function installFakeCloud(): FakeCloud {
  const handlers = new Map<string, Handler>();
  const cloud: FakeCloud = {
    calls: [],
    offline: false,
    on(action, handler) {
      handlers.set(action, handler);
      return cloud;
    },
  };
  process.env.TARO_ENV = 'h5';
  // What .env gives the build (Taro inlines TARO_APP_* at build time; jest has no build).
  process.env.TARO_APP_THEMEDAY_TEMPLATE_ID = 'local-themeday-reminder';
  process.env.TARO_APP_TODO_TEMPLATE_ID = 'local-todo';
  process.env.TARO_APP_STUDY_TEMPLATE_ID = 'local-study';
  window.localStorage.setItem('devOpenid', 'dev_test');
  (globalThis as any).fetch = async (url: string, init: { body: string; headers: Record<string, string> }) => {
    if (cloud.offline) throw new TypeError('Failed to fetch');
    const { action, payload: sent } = JSON.parse(init.body);
    const spec = (actions as Record<string, { fn: string; input: Parameters<typeof parseInput>[0] }>)[action];
    const schema = spec?.input;
    const handler = handlers.get(action);
    let result: unknown;
    try {
      const fn = /\/fn\/([^/?]+)/.exec(url)?.[1];
      if (spec && fn !== spec.fn) throw cloudError('ACTION.UNKNOWN', `${action} 由 ${spec.fn} 提供，请求却发给了 ${fn}`);
      const payload = schema ? parseInput(schema, sent, action) : sent;
      cloud.calls.push({ action, payload });
      result = handler ? { ok: true, data: await handler(payload) } : { ok: false, error: { code: 'ACTION.UNKNOWN', message: `未模拟 ${action}` } };
    } catch (err: any) {
      result = { ok: false, error: { code: err.code ?? 'SYSTEM.INTERNAL', message: err.message, fields: err.fields } };
    }
    return { status: 200, json: async () => ({ result }) };
  };
  return cloud;
}

/** A function's error, as a handler throws it. */
export const cloudError = (code: string, message: string) => Object.assign(new Error(message), { code });
