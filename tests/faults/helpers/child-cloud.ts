/**
 * The local cloud in its own process, as `npm start` runs it, so a test can SIGKILL it mid-write
 * and start it again on the same data folder. Requests go over HTTP like any outside client's.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleLocalCloud, fnApi, postJson, spawnLocalCloud } from '../../e2e/helpers/process';
import { ensureFunctionsBuilt, type Result } from '../../functions/helpers/cloud';

export class ChildCloud {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'yzb-faults-'));
  url = '';
  private proc: ChildProcess | null = null;
  private bundle = '';

  async start(env: Record<string, string> = {}): Promise<void> {
    if (!this.bundle) {
      ensureFunctionsBuilt();
      this.bundle = bundleLocalCloud();
    }
    // Port 0: each start takes a free port, so `url` changes on a restart.
    ({ proc: this.proc, url: this.url } = await spawnLocalCloud(this.bundle, 0, this.dataDir, env));
  }

  /** SIGKILL: no flush, no compaction, requests in flight die with it. */
  async kill(): Promise<void> {
    await this.stop('SIGKILL');
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const p = this.proc;
    this.proc = null;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      p.once('exit', () => resolve());
      p.kill(signal);
    });
  }

  async dispose(): Promise<void> {
    await this.stop('SIGKILL');
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** One action as `openid`; rejects when the connection dies (no answer = not acknowledged). */
  async call(openid: string, action: string, payload: unknown = {}): Promise<Result> {
    return (await fnApi(this.url, openid, action, payload)) as Result;
  }

  async data(openid: string, action: string, payload: unknown = {}): Promise<any> {
    const r = await this.call(openid, action, payload);
    if (!r.ok) throw new Error(`${action} as ${openid}: ${JSON.stringify(r.error)}`);
    return r.data;
  }

  timer(name: string): Promise<any> {
    return postJson(this.url, `/timer/${name}`, {}).then((r) => r.result);
  }

  async outbox(): Promise<any[]> {
    return (await fetch(`${this.url}/dev/outbox`)).json() as Promise<any[]>;
  }

  faults(config: Record<string, unknown>): Promise<unknown> {
    return postJson(this.url, '/dev/faults', config);
  }
}
