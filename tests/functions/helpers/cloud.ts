/**
 * Drives the user-facing functions (`api`, `sheets`) through their entries against the real local
 * cloud (no mocks), each action sent to the function the app's call site sends it to: builds the
 * bundles when their sources are newer, starts a local cloud on a throw-away data folder, and offers
 * `call` plus seed helpers. One local cloud per test file: the function keeps the county and the
 * join secret in module scope (as it does on WeChat cloud), and jest gives each file its own
 * module registry.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { functionOf } from '../../../src/contracts/functions';
import { startLocalCloud, type LocalCloud } from '../../../localcloud/server';

export const root = join(__dirname, '..', '..', '..');
const functionsDir = join(root, 'cloudfunctions');

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((max, name) => {
    const p = join(dir, name);
    const st = statSync(p);
    return Math.max(max, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }, 0);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Rebuilds cloudfunctions/api/index.js when stale; a lock keeps parallel jest workers from writing it at once. */
export function ensureFunctionsBuilt(): void {
  const lock = join(root, 'node_modules', '.cache', 'functions-build.lock');
  mkdirSync(join(lock, '..'), { recursive: true });
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 60_000) rmSync(lock, { recursive: true, force: true });
      sleep(100);
    }
  }
  try {
    // Every function with src/index.ts is bundled by one build: rebuild when any bundle is older than the sources.
    const fns = readdirSync(functionsDir).filter((n) => existsSync(join(functionsDir, n, 'src', 'index.ts')));
    const sources = Math.max(...fns.map((n) => newestMtime(join(functionsDir, n, 'src'))), newestMtime(join(functionsDir, 'shared')), newestMtime(join(root, 'src', 'domain')), newestMtime(join(root, 'src', 'contracts')));
    const stale = fns.some((n) => !existsSync(join(functionsDir, n, 'index.js')) || statSync(join(functionsDir, n, 'index.js')).mtimeMs < sources);
    if (stale) {
      const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-functions.mjs')], { cwd: root, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`building the cloud functions failed:\n${r.stdout}\n${r.stderr}`);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export type Result<T = any> = { ok: true; data: T } | { ok: false; error: { code: string; message: string; fields?: { path: string; message: string }[] } };

export interface TestCloud {
  lc: LocalCloud;
  dataDir: string;
  /** The raw envelope of one action, as `openid` (null: no identity). */
  call<T = any>(openid: string | null, action: string, payload?: unknown): Promise<Result<T>>;
  /** The data of a call that must succeed. */
  data<T = any>(openid: string, action: string, payload?: unknown): Promise<T>;
  /** The error code of a call that must fail. */
  code(openid: string | null, action: string, payload?: unknown): Promise<string>;
  /** Database requests made while `fn` runs. */
  requests(fn: () => Promise<unknown>): Promise<number>;
  /** close + start on the same data folder. */
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * Timer triggers are off: a scheduled tick must not land inside a test's request count; tests fire timers themselves.
 * `timeouts` (seconds by function) stand for a shorter limit set in the console: the Ctx deadline follows it
 * (the object is read at every call: set it after a seed that needs the usual limit).
 */
export async function startTestCloud({ timeouts }: { timeouts?: Record<string, number> } = {}): Promise<TestCloud> {
  ensureFunctionsBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'yzb-fn-'));
  let lc = await startLocalCloud({ port: 0, dataDir, functionsDir, timers: false, timeouts });
  const call = async <T>(openid: string | null, action: string, payload?: unknown) =>
    (await lc.invoke(functionOf(action), payload === undefined ? { action } : { action, payload }, openid ? { openid } : {})) as Result<T>;
  const tc: TestCloud = {
    get lc() {
      return lc;
    },
    dataDir,
    call,
    async data<T>(openid: string, action: string, payload?: unknown) {
      const r = await call<T>(openid, action, payload);
      if (!r.ok) throw new Error(`${action} as ${openid} failed: ${JSON.stringify(r.error)}`);
      return r.data;
    },
    async code(openid, action, payload) {
      const r = await call(openid, action, payload);
      if (r.ok) throw new Error(`${action} as ${openid} succeeded, expected an error: ${JSON.stringify(r.data).slice(0, 300)}`);
      return r.error.code;
    },
    async requests(fn) {
      lc.stats.reset();
      await fn();
      return lc.stats.dbRequests;
    },
    async restart() {
      await lc.close();
      lc = await startLocalCloud({ port: 0, dataDir, functionsDir, timers: false, timeouts });
    },
    async dispose() {
      await lc.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return tc;
}

// ---- seeds -------------------------------------------------------------------------------------

export const ADMIN = 'admin_openid';

/**
 * What a seed needs: calls that must succeed. The in-process TestCloud has it, and so has the
 * faults' ChildCloud (the local cloud in its own process, over HTTP).
 */
export type Seedable = Pick<TestCloud, 'data'>;

export const profile = (i: number, over: Record<string, unknown> = {}) => ({
  name: `党员${String(i).padStart(3, '0')}`,
  gender: i % 2 ? '男' : '女',
  phone: `138${String(i).padStart(8, '0')}`,
  city: i % 3 === 0 ? '宁波' : '杭州',
  employer: i % 5 === 0 ? '顺丰物流' : '电子厂',
  ...over,
});

export async function bootstrapCounty(tc: Seedable, admin = ADMIN) {
  return tc.data(admin, 'admin.bootstrap', { countyName: '石阡县', adminName: '张管理' });
}

export async function createBranch(tc: Seedable, name = '杭州云支部', city = '杭州', by = ADMIN) {
  return tc.data(by, 'org.createBranch', { kind: '云支部', name, city, secretaryName: '李书记', secretaryPhone: '13900000001' });
}

export async function createGroup(tc: Seedable, village = '龙井村', township = '汤山镇', by = ADMIN) {
  return tc.data(by, 'org.createGroup', { township, village });
}

export async function sceneOf(tc: Seedable, branchId: string, by = ADMIN): Promise<string> {
  return (await tc.data(by, 'branch.qrcode', { branchId })).scene;
}

/**
 * The county most suites start from: branches A (杭州) and B (宁波), village groups G1 (龙井村) and
 * G2 (虎跑村), and each branch's join scene (sa, sb).
 */
export async function seedTwoBranches(tc: Seedable) {
  await bootstrapCounty(tc);
  const A = await createBranch(tc, '杭州云支部', '杭州');
  const B = await createBranch(tc, '宁波云支部', '宁波');
  const G1 = await createGroup(tc, '龙井村');
  const G2 = await createGroup(tc, '虎跑村');
  return { A, B, G1, G2, sa: await sceneOf(tc, A._id), sb: await sceneOf(tc, B._id) };
}

type OrgUnits = Partial<Record<'A' | 'B' | 'G1' | 'G2', { _id: string }>>;

const unit = (org: OrgUnits, key: keyof OrgUnits): string => {
  const id = org[key]?._id;
  if (!id) throw new Error(`grantRoles: no ${key} in the org given`);
  return id;
};

/** The organisers suites share, by openid, with the role each is granted over seedTwoBranches' units. */
const organisers = {
  county_1: () => ({ role: 'county' }), // 组织部
  sec_a: (org: OrgUnits) => ({ role: 'secretary', branchId: unit(org, 'A') }),
  sec_b: (org: OrgUnits) => ({ role: 'secretary', branchId: unit(org, 'B') }),
  cadre_1: (org: OrgUnits) => ({ role: 'cadre', groupId: unit(org, 'G1') }), // 龙井村
  cadre_2: (org: OrgUnits) => ({ role: 'cadre', groupId: unit(org, 'G2') }), // 虎跑村
};

export type Organiser = keyof typeof organisers;

/** The admin grants each named organiser his role, in the order given. */
export async function grantRoles(tc: Seedable, org: OrgUnits, ...names: Organiser[]) {
  for (const openid of names) await tc.data(ADMIN, 'org.grantRole', { openid, ...organisers[openid](org) });
}

/** Joins members `from` .. `from+n-1` (openid `m_<i>`), `parallel` at a time. */
export async function joinMembers(tc: Seedable, scene: string, groupId: string, from: number, n: number, parallel = 10) {
  const out: any[] = [];
  for (let i = from; i < from + n; i += parallel) {
    const batch = Array.from({ length: Math.min(parallel, from + n - i) }, (_, k) => tc.data(`m_${i + k}`, 'member.join', { scene, groupId, ...profile(i + k) }));
    out.push(...(await Promise.all(batch)));
  }
  return out;
}

/** Every member a county-wide caller can page through. */
export async function listAll(tc: TestCloud, openid: string, filter: Record<string, unknown> = {}, limit = 100) {
  const items: any[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: any[]; nextCursor: string | null } = await tc.data(openid, 'member.list', { ...filter, limit, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
