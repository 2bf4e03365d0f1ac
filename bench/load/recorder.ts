import { summarize, type LatencySummary } from './latency';

/**
 * How a call ended: `ok`; `expected`, a refusal the caller meant to provoke (a replayed sign-in
 * answering THEMEDAY.ALREADY_SIGNED); `failure`, anything else (error envelope, HTTP error,
 * network error, or an answer that contradicts what was acknowledged before).
 */
export type Outcome = 'ok' | 'expected' | 'failure';

export interface ActionFigures extends LatencySummary {
  ok: number;
  expected: number;
  failures: number;
}

export interface LoadFigures {
  requests: number;
  seconds: number;
  throughput: number;
  ok: number;
  expected: number;
  failures: number;
  overall: LatencySummary;
  actions: Record<string, ActionFigures>;
  /** Codes of expected refusals and of failures, with counts. */
  errors: { expected: Record<string, number>; failures: Record<string, number> };
  /** The first few failures in full, to debug a red run. */
  failureSamples: { action: string; code: string; message: string }[];
}

const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);

/** Collects every measured call of the load phase (seeding and read-back are not measured). */
export class Recorder {
  private readonly samples = new Map<string, number[]>();
  private readonly outcomes = new Map<string, Record<Outcome, number>>();
  private readonly expectedCodes: Record<string, number> = {};
  private readonly failureCodes: Record<string, number> = {};
  private readonly failureSamples: LoadFigures['failureSamples'] = [];

  record(action: string, ms: number, outcome: Outcome, code?: string, message = ''): void {
    if (!this.samples.has(action)) {
      this.samples.set(action, []);
      this.outcomes.set(action, { ok: 0, expected: 0, failure: 0 });
    }
    this.samples.get(action)!.push(ms);
    this.outcomes.get(action)![outcome]++;
    if (outcome === 'expected') bump(this.expectedCodes, `${action} ${code}`);
    if (outcome === 'failure') {
      bump(this.failureCodes, `${action} ${code}`);
      if (this.failureSamples.length < 20) this.failureSamples.push({ action, code: code ?? '', message: message.slice(0, 300) });
    }
  }

  figures(seconds: number): LoadFigures {
    const actions: Record<string, ActionFigures> = {};
    const all: number[] = [];
    let ok = 0, expected = 0, failures = 0;
    for (const action of [...this.samples.keys()].sort()) {
      const s = this.samples.get(action)!;
      const o = this.outcomes.get(action)!;
      all.push(...s);
      ok += o.ok;
      expected += o.expected;
      failures += o.failure;
      actions[action] = { ...summarize(s), ok: o.ok, expected: o.expected, failures: o.failure };
    }
    return {
      requests: all.length,
      seconds: Math.round(seconds * 10) / 10,
      throughput: seconds > 0 ? Math.round((all.length / seconds) * 10) / 10 : 0,
      ok,
      expected,
      failures,
      overall: summarize(all),
      actions,
      errors: { expected: { ...this.expectedCodes }, failures: { ...this.failureCodes } },
      failureSamples: [...this.failureSamples],
    };
  }
}
