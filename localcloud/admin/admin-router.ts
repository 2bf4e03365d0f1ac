/**
 * POST /admin[/i/<invocation>]: the endpoint wx-server-sdk talks to (TCB_CONTEXT_CNFG.URL).
 * Every failure is answered as the cloud does, `200 {code, message, requestId}`, which the SDK
 * raises as an error; unknown actions fail loudly the same way.
 */
import { randomBytes } from 'node:crypto';
import { databaseAction } from './database.action';
import type { DbParams } from './db-context';
import type { CollectionStore } from '../store/collection-store';
import type { TransactionManager } from './transactions';
import { DbError } from '../store/db-error';
import { parseMultipart } from './multipart';
import { openApiAction, TcbLevelError, type OpenApiDeps } from './openapi.action';
import { invokeFunctionAction } from './functions.action';
import { storageAction } from './storage.action';
import type { StorageService } from '../storage/storage-service';

export interface AdminDeps extends OpenApiDeps {
  store: CollectionStore;
  tx: TransactionManager;
  stats: { dbRequests: number; byAction: Record<string, number> };
  storage: StorageService;
}

export interface AdminResponse { status: number; contentType: string; body: Buffer | string }

const requestId = () => randomBytes(8).toString('hex');
const jsonReply = (v: unknown): AdminResponse => ({ status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify(v) });

export async function handleAdmin(deps: AdminDeps, body: Buffer, contentType: string, invocation?: string): Promise<AdminResponse> {
  let params: Record<string, any>;
  let raw: Record<string, Buffer> | undefined;
  try {
    if (contentType.startsWith('multipart/form-data')) {
      raw = parseMultipart(body, contentType);
      params = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.toString('utf8')]));
    } else {
      params = JSON.parse(body.toString('utf8') || '{}');
    }
  } catch (e) {
    return jsonReply({ code: 'INVALID_PARAM', message: `[LocalCloud] unreadable request: ${(e as Error).message}`, requestId: requestId() });
  }
  const action = String(params.action ?? '');
  if (invocation && deps.runner.timedOut.has(invocation)) {
    // The platform ended this invocation at its timeout: nothing it still tries reaches the cloud.
    return jsonReply({ code: 'FUNCTIONS_EXECUTE_FAIL', message: '[LocalCloud] the invocation was ended by its timeout', requestId: requestId() });
  }
  try {
    if (action.startsWith('database.')) {
      deps.stats.dbRequests++;
      deps.stats.byAction[action] = (deps.stats.byAction[action] ?? 0) + 1;
      const ctx = { store: deps.store, tx: deps.tx, invocation, now: Date.now(), faults: deps.faults };
      return jsonReply({ ...(await databaseAction(ctx, params as DbParams)), requestId: requestId() });
    }
    if (action === 'wx.openApi') {
      const r = await openApiAction(deps, params.apiName, raw?.requestData ?? Buffer.alloc(0), invocation);
      return { status: 200, contentType: r.contentType, body: r.body };
    }
    if (action.startsWith('storage.')) {
      return jsonReply({ ...(await storageAction(deps.storage, params, deps.faults)), requestId: requestId() });
    }
    if (action === 'functions.invokeFunction') {
      return jsonReply({ ...(await invokeFunctionAction(deps.runner, params, invocation)), requestId: requestId() });
    }
    throw new TcbLevelError('INVALID_PARAM', `[LocalCloud] action ${action || '(none)'} is not emulated`);
  } catch (e) {
    if (e instanceof DbError || e instanceof TcbLevelError) return jsonReply({ code: e.code, message: e.message, requestId: requestId() });
    console.error(`[localcloud] ${action} failed:`, e);
    return jsonReply({ code: 'SYS_ERR', message: `[LocalCloud] ${action}: ${(e as Error)?.message ?? e}`, requestId: requestId() });
  }
}
