/**
 * Runs <functionsDir>/<fn>/index.js exports.main(event, context) in this process, the way SCF does,
 * with the caller's identity in the env overlay. Each invocation gets an id that is baked into the
 * SDK endpoint URL (/admin/i/<id>), so /admin knows which function and openid a request comes from
 * (callFunction identity, openapi permissions, lock re-entrancy).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { runWithEnv } from '../env/sdk-env';

export interface Identity { openid?: string; appid?: string; unionid?: string; clientIp?: string }
export interface Invocation { id: string; fn: string; identity: Identity; source: 'client' | 'timer' | 'function' }
export interface FunctionConfig {
  /** Seconds an invocation may run (the platform default is 3). */
  timeout?: number;
  permissions?: { openapi?: string[] };
  triggers?: Array<{ name: string; type: string; config: string }>;
}

const NAME = /^[A-Za-z0-9_-]{1,60}$/;
/** SCF's default when a function sets no timeout (DESIGN.md §6: "default 3 s"). */
export const DEFAULT_TIMEOUT_S = 3;

/**
 * What an invocation past its time limit answers. SCF ends the instance and reports
 * "Invoking task timed out after N seconds"; wx-server-sdk's callFunction raises it as
 * FUNCTIONS_EXECUTE_FAIL (errCode -504002).
 */
export class FunctionTimeout extends Error {
  readonly code = 'FUNCTIONS_TIME_LIMIT_EXCEEDED';
  constructor(readonly fn: string, readonly seconds: number) {
    super(`Invoking task timed out after ${seconds} seconds`);
    this.name = 'FunctionTimeout';
  }
}
const APPID = 'wxlocal00000000';

export class FunctionRunner {
  readonly invocations = new Map<string, Invocation>();
  /** Invocations ended by their timeout: the platform killed them, so their later requests are refused. */
  readonly timedOut = new Set<string>();
  /** Called when an invocation is ended by its timeout (its open transactions are aborted). */
  onTimeout: (invocation: string) => void = () => {};
  private readonly loaded = new Map<string, { mtimeMs: number; mod: any }>();

  /**
   * `sdkEnv`: variables every invocation sees on top of the platform's (the /admin token).
   * `timeouts`: seconds by function, as set in the console; they win over config.json's `timeout`
   * (read at every invocation, so the owner of the object may change them).
   */
  constructor(
    private readonly functionsDir: string,
    private readonly baseUrl: () => string,
    private readonly sdkEnv: Record<string, string> = {},
    private readonly timeouts: Record<string, number> = {},
  ) {}

  entry(fn: string): string | null {
    if (!NAME.test(fn)) return null;
    const file = path.join(this.functionsDir, fn, 'index.js');
    return fs.existsSync(file) ? file : null;
  }

  list(): string[] {
    if (!fs.existsSync(this.functionsDir)) return [];
    return fs.readdirSync(this.functionsDir).filter((f) => this.entry(f));
  }

  config(fn: string): FunctionConfig {
    const file = path.join(this.functionsDir, fn, 'config.json');
    if (!NAME.test(fn) || !fs.existsSync(file)) return {};
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  }

  async invoke(fn: string, event: unknown, identity: Identity, source: Invocation['source'] = 'client'): Promise<unknown> {
    const file = this.entry(fn);
    if (!file) throw Object.assign(new Error(`function not found: ${fn}`), { code: 'FUNCTION_NOT_FOUND' });
    const mod = this.load(file);
    if (typeof mod?.main !== 'function') throw new Error(`${fn}/index.js does not export main`);
    const inv: Invocation = { id: randomBytes(8).toString('hex'), fn, identity, source };
    const seconds = this.timeouts[fn] ?? this.config(fn).timeout ?? DEFAULT_TIMEOUT_S;
    this.invocations.set(inv.id, inv);
    const env = {
      ...this.sdkEnv,
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP',
      WX_OPENID: identity.openid ?? '',
      WX_APPID: identity.appid ?? APPID,
      WX_UNIONID: identity.unionid ?? '',
      WX_CLIENTIP: identity.clientIp ?? '127.0.0.1',
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${this.baseUrl()}/admin/i/${inv.id}` }),
    };
    const context = {
      callbackWaitsForEmptyEventLoop: false,
      function_name: fn,
      function_version: '$LATEST',
      namespace: 'local',
      request_id: inv.id,
      memory_limit_in_mb: 256,
      time_limit_in_ms: seconds * 1000,
    };
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.timedOut.add(inv.id);
        if (this.timedOut.size > 1000) this.timedOut.delete(this.timedOut.values().next().value!);
        this.onTimeout(inv.id);
        reject(new FunctionTimeout(fn, seconds));
      }, seconds * 1000);
    });
    try {
      return await Promise.race([runWithEnv(env, () => mod.main(event, context)), limit]);
    } finally {
      clearTimeout(timer);
      this.invocations.delete(inv.id);
    }
  }

  /**
   * Re-requires a bundle when it was rebuilt (npm start rebuilds functions without a restart), and
   * on this runner's first use of it: a new local cloud is a new deployment, whose functions start
   * cold — module-scope state (the county, the join secret) must not carry over from another local
   * cloud started earlier in the same process (the bench seeds one county after another).
   */
  private load(file: string): any {
    const mtimeMs = fs.statSync(file).mtimeMs;
    const hit = this.loaded.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit.mod;
    // Typed loosely: under jest `require` is jest's, whose cache is not Node's (each test file has its own registry anyway).
    const nodeRequire = require as unknown as { cache: Record<string, unknown>; resolve(id: string): string };
    try { delete nodeRequire.cache[nodeRequire.resolve(file)]; } catch { /* not a node require (jest) */ }
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle is loaded by path at run time, as CloudBase loads index.js
    const mod = require(file);
    this.loaded.set(file, { mtimeMs, mod });
    return mod;
  }
}
