/**
 * The local cloud in its own process, as `npm start` runs it, so a test can SIGKILL it mid-write
 * and start it again on the same data folder. Requests go over HTTP like any outside client's.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleLocalCloud, freePort, spawnLocalCloud } from '../../e2e/helpers/process';
import { ensureFunctionsBuilt } from '../../functions/helpers/cloud';

export type Envelope = { ok: true; data: any } | { ok: false; error: { code: string; message: string } };

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
    const saved = { ...process.env };
    Object.assign(process.env, env); // spawnLocalCloud passes this process's environment on
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          ({ proc: this.proc, url: this.url } = await spawnLocalCloud(this.bundle, freePort(), this.dataDir));
          return;
        } catch (e) {
          if (attempt >= 2) throw e; // a random port taken: try another
        }
      }
    } finally {
      for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k]; else process.env[k] = saved[k];
    }
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

  async post(path: string, body: unknown, openid?: string): Promise<any> {
    const res = await fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(openid ? { 'x-dev-openid': openid } : {}) },
      body: JSON.stringify(body),
    });
    if (res.status !== 200) throw new Error(`POST ${path}: HTTP ${res.status} ${await res.text()}`);
    return res.json();
  }

  /** One action as `openid`; rejects when the connection dies (no answer = not acknowledged). */
  async call(openid: string, action: string, payload: unknown = {}): Promise<Envelope> {
    return (await this.post('/fn/api', { action, payload }, openid)).result as Envelope;
  }

  async data(openid: string, action: string, payload: unknown = {}): Promise<any> {
    const r = await this.call(openid, action, payload);
    if (!r.ok) throw new Error(`${action} as ${openid}: ${JSON.stringify(r.error)}`);
    return r.data;
  }

  timer(name: string): Promise<any> {
    return this.post(`/timer/${name}`, {}).then((r) => r.result);
  }

  async outbox(): Promise<any[]> {
    return (await fetch(`${this.url}/dev/outbox`)).json() as Promise<any[]>;
  }

  faults(config: Record<string, unknown>): Promise<unknown> {
    return this.post('/dev/faults', config);
  }
}
