/**
 * The embedded local cloud: one Node process that impersonates WeChat cloud (CloudBase) so the
 * unmodified wx-server-sdk inside our real function bundles works against it. See README.md.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { installSdkEnv, LOCAL_ENV_ID } from './env/sdk-env';
import { Journal } from './store/journal';
import { CollectionStore } from './store/collection-store';
import type { IndexSpec } from './store/unique-index';
import { TransactionManager } from './admin/transactions';
import { FunctionRunner } from './runner/function-runner';
import { TimerScheduler } from './runner/timer-scheduler';
import { route, type RouteDeps } from './http/routes';
import type { FaultConfig, OutboxEntry } from './dev/outbox';
import { FileStore } from './storage/file-store';
import { UrlSigner } from './storage/url-signer';
import { StorageService } from './storage/storage-service';
import { storageApi, type LocalCloudStorage } from './storage/storage-api';
import { loadDatabaseRules } from './client/security-rules';
import { issueAdminToken } from './env/admin-token';
import { ownHosts } from './http/door';

export type { FaultConfig, OutboxEntry } from './dev/outbox';
export type { LocalCloudStorage } from './storage/storage-api';

export interface LocalCloudOptions {
  port?: number; // 0 = random
  host?: string; // 127.0.0.1; loopback only
  dataDir: string;
  functionsDir: string; // e.g. <repo>/cloudfunctions
  h5Dir?: string; // dist-h5, served statically at /
  publicUrl?: string; // what QR codes point at; defaults to the server url
  /** A transaction with no request for this long is aborted (default 10 000 ms). */
  transactionIdleMs?: number;
  /** Schedule config.json timer triggers (default true). */
  timers?: boolean;
  /** Database security rules for client calls (POST /client/db); default `<functionsDir>/../database.rules.json`. */
  databaseRulesFile?: string;
  /**
   * Function time limits in seconds by function, as set in the console (docs/deploy.md "Timeouts"):
   * they take the place of config.json's `timeout`, so a test can run a function under a short limit (read
   * at every invocation: a test may lower it after its seed).
   */
  timeouts?: Record<string, number>;
}

export interface LocalCloud {
  url: string;
  invoke(fn: string, event: unknown, ctx?: { openid?: string }): Promise<unknown>;
  stats: { dbRequests: number; byAction: Record<string, number>; reset(): void };
  outbox: OutboxEntry[];
  faults: FaultConfig;
  /** Cloud storage (files under <dataDir>/storage): seed and inspect it directly. */
  storage: LocalCloudStorage;
  close(): Promise<void>;
  /** Stops without flushing or compacting, as if the process died (crash-recovery tests). */
  kill(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

interface CollectionsFile { collections?: Array<{ name: string; indexes?: IndexSpec[] }> }

function readCollectionsFile(functionsDir: string): CollectionsFile {
  const file = path.join(functionsDir, 'collections.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}

export async function startLocalCloud(opts: LocalCloudOptions): Promise<LocalCloud> {
  const host = opts.host ?? '127.0.0.1';
  // DESIGN.md §3: dev-only doors (/admin, /dev/*) must never face the network.
  if (!LOOPBACK.has(host)) throw new Error(`the local cloud binds to loopback only, not ${host}`);
  // Before anything can require wx-server-sdk; the real URL is per invocation (see runner).
  installSdkEnv(`http://${host}:0/admin`);

  const journal = new Journal(path.resolve(opts.dataDir));
  const store = new CollectionStore(journal);
  const t0 = Date.now();
  store.load();
  // "Deploy-equivalent" setup: every declared collection exists, unique indexes enforced.
  const declared = readCollectionsFile(opts.functionsDir).collections ?? [];
  const missing = declared.filter((c) => !store.has(c.name)).map((c) => ({ op: 'createColl' as const, coll: c.name }));
  store.commit(missing);
  await store.durable();
  for (const c of declared) {
    const clashes = store.defineIndexes(c.name, c.indexes ?? []);
    for (const clash of clashes) console.warn(`[localcloud] existing records violate unique index ${clash}`);
  }
  const loadMs = Date.now() - t0;

  let url = '';
  const storageDir = path.join(path.resolve(opts.dataDir), 'storage');
  const storage = new StorageService(new FileStore(storageDir), UrlSigner.load(storageDir), LOCAL_ENV_ID, () => url);
  const adminToken = issueAdminToken(path.resolve(opts.dataDir));
  const runner = new FunctionRunner(path.resolve(opts.functionsDir), () => url, { TENCENTCLOUD_SECRETID: adminToken }, opts.timeouts);
  const tx = new TransactionManager(store, opts.transactionIdleMs ?? 10_000);
  runner.onTimeout = (invocation) => tx.abortInvocation(invocation);
  const stats = {
    dbRequests: 0,
    byAction: {} as Record<string, number>,
    reset() { stats.dbRequests = 0; stats.byAction = {}; },
  };
  const outbox: OutboxEntry[] = [];
  const faults: FaultConfig = {};
  const invoke = (fn: string, event: unknown, ctx?: { openid?: string }) => runner.invoke(fn, event, { openid: ctx?.openid ?? '' });
  const fireTimer = (fn: string, triggerName?: string, at = new Date()) => {
    const trigger = (runner.config(fn).triggers ?? []).find((t) => t.type === 'timer' && (!triggerName || t.name === triggerName));
    const name = trigger?.name ?? triggerName ?? 'manual';
    // The shape SCF gives timer-triggered functions; no user identity.
    const event = { Type: 'Timer', TriggerName: name, Time: at.toISOString().replace(/\.\d{3}Z$/, 'Z'), Message: '' };
    return runner.invoke(fn, event, {}, 'timer');
  };

  let ready = false;
  let hosts = new Set<string>();
  const deps: RouteDeps = {
    adminToken, ownHosts: () => hosts,
    store, tx, stats, outbox, faults, runner, storage, images: new Map(),
    publicUrl: () => (opts.publicUrl ?? url).replace(/\/$/, ''),
    h5Dir: opts.h5Dir, ready: () => ready,
    invoke: (fn, event, openid) => invoke(fn, event, { openid }),
    fireTimer: (fn, name) => fireTimer(fn, name),
    resetStats: () => stats.reset(),
    databaseRules: loadDatabaseRules(opts.databaseRulesFile ?? path.join(path.dirname(path.resolve(opts.functionsDir)), 'database.rules.json')),
  };
  const server = http.createServer((req, res) => void route(deps, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  url = `http://${host.includes(':') ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`;
  hosts = ownHosts(url, opts.publicUrl);
  // Fallback for SDK calls made outside an invocation (e.g. a script requiring a bundle directly).
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: `${url}/admin` });
  process.env.TENCENTCLOUD_SECRETID = adminToken;

  const scheduler = new TimerScheduler((t, at) => fireTimer(t.fn, t.name, at));
  if (opts.timers !== false) {
    for (const fn of runner.list()) {
      for (const t of runner.config(fn).triggers ?? []) {
        if (t.type === 'timer') scheduler.schedule({ fn, name: t.name, config: t.config });
      }
    }
  }
  if (journal.skipped.length) console.warn(`[localcloud] journal lines skipped as unreadable: ${journal.skipped.join(', ')}`);
  if (loadMs > 5000) console.warn(`[localcloud] loading data took ${loadMs} ms`);
  ready = true;

  let closed = false;
  const stop = async (flush: boolean) => {
    if (closed) return;
    closed = true;
    ready = false;
    scheduler.stop();
    tx.abortAll();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    if (flush) store.compact(); // clean shutdown: next start loads one snapshot, no journal replay
    journal.close();
  };
  return {
    url, stats, outbox, faults,
    storage: storageApi(storage),
    invoke,
    close: () => stop(true),
    kill: () => stop(false),
  };
}
