import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

/**
 * A bench that survives: each section's figures are written to bench/results.json as soon as the
 * section ends (one failure loses one section, not the run), a call that fails is retried once and
 * the retry is reported, and BENCH_SECTIONS=a,b runs only those sections (the others keep the
 * figures of the last run that measured them, with that run's time beside them).
 */
export interface Retry {
  label: string;
  error: string;
  /** Whether the second attempt succeeded. */
  recovered: boolean;
}

export interface SectionRecord<T = unknown> {
  measuredAt: string;
  seconds: number;
  figures?: T;
  error?: string;
  retries: Retry[];
}

let current: Retry[] = [];

/** Runs `fn`; on a failure runs it once more and records both in the current section's retries. */
export async function retryOnce<T>(label: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const retry: Retry = { label, error: String((err as Error)?.message ?? err).slice(0, 300), recovered: false };
    current.push(retry);
    console.error(`bench: ${label} failed (${retry.error}); retrying once`);
    const value = await fn();
    retry.recovered = true;
    return value;
  }
}

export class BenchRecorder {
  readonly sections: Record<string, SectionRecord>;
  readonly only: Set<string> | null;
  /** A results file written before figures were kept per section: carried along until a full run replaces it. */
  private readonly earlierRun: unknown;

  constructor(private readonly file: string, selection = process.env.BENCH_SECTIONS) {
    const previous = existsSync(file) ? safeJson(readFileSync(file, 'utf8')) : null;
    const sectioned = previous?.sections && typeof previous.sections === 'object';
    this.sections = sectioned ? previous.sections : {};
    this.earlierRun = sectioned ? previous.earlierRun : previous;
    this.only = selection ? new Set(selection.split(',').map((s) => s.trim()).filter(Boolean)) : null;
  }

  /** Measures one section (unless BENCH_SECTIONS leaves it out) and writes the file at once. */
  async section<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
    if (this.only && !this.only.has(name)) return this.sections[name]?.figures as T | undefined;
    current = [];
    const started = Date.now();
    const record: SectionRecord<T> = { measuredAt: new Date().toISOString(), seconds: 0, retries: current };
    try {
      record.figures = await fn();
    } catch (err) {
      record.error = String((err as Error)?.stack ?? err).slice(0, 2000);
      console.error(`bench: section ${name} failed:`, err);
    }
    record.seconds = Math.round((Date.now() - started) / 100) / 10;
    this.sections[name] = record;
    this.write();
    return record.figures;
  }

  figures<T>(name: string): T | undefined {
    return this.sections[name]?.figures as T | undefined;
  }

  write(extra: Record<string, unknown> = {}): void {
    const failed = Object.entries(this.sections).filter(([, s]) => s.error).map(([n]) => n);
    const retries = Object.entries(this.sections).flatMap(([n, s]) => (s.retries ?? []).map((r) => ({ section: n, ...r })));
    const earlier = this.only && this.earlierRun ? { earlierRun: this.earlierRun } : {};
    const body = { writtenAt: new Date().toISOString(), machine: { node: process.version, cpus: cpus().length }, failed, retries, ...extra, sections: this.sections, ...earlier };
    writeFileSync(this.file, JSON.stringify(body, null, 2) + '\n');
  }
}

function safeJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
