/**
 * wx-server-sdk reads its endpoint and the caller's identity from process.env on every call
 * (TCB_CONTEXT_CNFG, WX_CONTEXT_KEYS, WX_OPENID ...). Concurrent invocations in one process would
 * therefore see each other's openid. We swap process.env for a Proxy whose reads consult an
 * AsyncLocalStorage overlay first: each invocation runs inside its own overlay, everything else
 * sees the real environment.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

type Overlay = Record<string, string>;

const overlayStore = new AsyncLocalStorage<Overlay>();
let installed = false;

/** Platform variables that make the SDK believe it runs inside SCF (no metadata-host probes). */
const PLATFORM_ENV: Overlay = {
  TENCENTCLOUD_SECRETID: 'local',
  TENCENTCLOUD_SECRETKEY: 'local',
  TENCENTCLOUD_RUNENV: 'SCF',
  TENCENTCLOUD_REGION: 'ap-shanghai',
  SCF_NAMESPACE: 'local',
  TCB_ENV: 'local',
};

/**
 * Function settings a deployed environment sets in the console and the local cloud defaults to:
 * reminders open the developer version here (cron-theme-day/src/send-reminder.ts).
 */
const LOCAL_FUNCTION_DEFAULTS: Overlay = { MINIPROGRAM_STATE: 'developer' };

/** The env id the SDK resolves DYNAMIC_CURRENT_ENV to (it also names the storage bucket). */
export const LOCAL_ENV_ID = PLATFORM_ENV.TCB_ENV;

/**
 * Must run before wx-server-sdk is first required. `adminUrl` is only a process-wide fallback: each
 * invocation's overlay carries its own TCB_CONTEXT_CNFG (see runWithEnv), which is what lets several
 * local clouds (tests) live in one process.
 */
export function installSdkEnv(adminUrl: string): void {
  const real = process.env;
  for (const [k, v] of Object.entries(PLATFORM_ENV)) real[k] = v;
  for (const [k, v] of Object.entries(LOCAL_FUNCTION_DEFAULTS)) if (!real[k]) real[k] = v;
  if (!real.TCB_CONTEXT_CNFG) real.TCB_CONTEXT_CNFG = JSON.stringify({ URL: adminUrl });
  // WX_LOCAL_SCF switches the SDK to a different (HTTP, devtools) code path we do not emulate.
  if (real.TENCENTCLOUD_RUNENV === 'WX_LOCAL_SCF') throw new Error('TENCENTCLOUD_RUNENV=WX_LOCAL_SCF is not supported');
  if (installed) return;
  installed = true;
  const own = (o: Overlay | undefined, k: string | symbol): o is Overlay =>
    !!o && typeof k === 'string' && Object.prototype.hasOwnProperty.call(o, k);
  process.env = new Proxy(real, {
    get(target, key) {
      const o = overlayStore.getStore();
      return own(o, key) ? o[key as string] : Reflect.get(target, key);
    },
    set(target, key, value) {
      const o = overlayStore.getStore();
      if (own(o, key)) { o[key as string] = String(value); return true; }
      return Reflect.set(target, key, String(value));
    },
    has(target, key) {
      return own(overlayStore.getStore(), key) || Reflect.has(target, key);
    },
    deleteProperty(target, key) {
      const o = overlayStore.getStore();
      if (own(o, key)) { delete o[key as string]; return true; }
      return Reflect.deleteProperty(target, key);
    },
    ownKeys(target) {
      const keys = new Set<string | symbol>(Reflect.ownKeys(target));
      for (const k of Object.keys(overlayStore.getStore() ?? {})) keys.add(k);
      return [...keys];
    },
    getOwnPropertyDescriptor(target, key) {
      const o = overlayStore.getStore();
      if (own(o, key)) return { value: o[key as string], writable: true, enumerable: true, configurable: true };
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
}

/** Runs fn with `vars` layered over process.env for fn and every async continuation it starts. */
export function runWithEnv<T>(vars: Overlay, fn: () => T): T {
  return overlayStore.run({ ...vars }, fn);
}
