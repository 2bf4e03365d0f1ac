import { assertLoopback } from './loopback';
import type { Recorder } from './recorder';

export type Envelope<T = any> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

/**
 * POST /fn/api as a dev user (X-Dev-Openid), the way the H5 app calls the local cloud. HTTP and
 * network errors come back as failure envelopes (`HTTP.<status>`, `NETWORK`), so a run counts
 * them instead of dying.
 */
export class LoadClient {
  constructor(readonly url: string, private readonly recorder?: Recorder) {
    assertLoopback(url);
  }

  async raw<T = any>(openid: string, action: string, payload: unknown = {}): Promise<Envelope<T>> {
    try {
      const res = await fetch(`${this.url}/fn/api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dev-openid': openid },
        body: JSON.stringify({ action, payload }),
      });
      const text = await res.text();
      if (res.status !== 200) return { ok: false, error: { code: `HTTP.${res.status}`, message: text.slice(0, 300) } };
      return (JSON.parse(text) as { result: Envelope<T> }).result;
    } catch (err) {
      return { ok: false, error: { code: 'NETWORK', message: String((err as Error)?.message ?? err) } };
    }
  }

  /**
   * A measured call. `expect` lists the refusals this call means to provoke (they count as expected,
   * not as failures); `check` may turn an ok answer into a failure (e.g. a replay that created).
   */
  async call<T = any>(openid: string, action: string, payload: unknown = {}, opts: { expect?: string[]; check?: (data: T) => string | null } = {}): Promise<Envelope<T>> {
    const started = performance.now();
    const r = await this.raw<T>(openid, action, payload);
    const ms = performance.now() - started;
    if (r.ok) {
      const wrong = opts.check?.(r.data) ?? null;
      this.recorder?.record(action, ms, wrong ? 'failure' : 'ok', wrong ? 'LOAD.UNEXPECTED_ANSWER' : undefined, wrong ?? '');
      return wrong ? { ok: false, error: { code: 'LOAD.UNEXPECTED_ANSWER', message: wrong } } : r;
    }
    const expected = opts.expect?.includes(r.error.code) ?? false;
    this.recorder?.record(action, ms, expected ? 'expected' : 'failure', r.error.code, r.error.message);
    return r;
  }

  /** An unmeasured call that must succeed (seeding and read-back). */
  async data<T = any>(openid: string, action: string, payload: unknown = {}): Promise<T> {
    const r = await this.raw<T>(openid, action, payload);
    if (!r.ok) throw new Error(`${action} as ${openid} failed: ${JSON.stringify(r.error)}`);
    return r.data;
  }
}
