/** Fires timer triggers declared in <fn>/config.json on their cron, while the local cloud runs. */
import { nextFire, parseCron } from './cron';

export interface TimerTrigger { fn: string; name: string; config: string }

export class TimerScheduler {
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(private readonly fire: (t: TimerTrigger, at: Date) => Promise<unknown>) {}

  schedule(t: TimerTrigger): void {
    const spec = parseCron(t.config);
    const arm = () => {
      if (this.stopped) return;
      const at = nextFire(spec, Date.now());
      if (at === null) return;
      // setTimeout caps at ~24.8 days; re-arm in steps for far-away fires.
      const delay = Math.min(at - Date.now(), 2 ** 31 - 1);
      const h = setTimeout(() => {
        this.timers.delete(h);
        if (Date.now() + 50 < at) return arm();
        this.fire(t, new Date(at)).catch((e) => console.error(`[localcloud] timer ${t.fn}/${t.name} failed:`, e));
        arm();
      }, delay);
      h.unref();
      this.timers.add(h);
    };
    arm();
  }

  stop(): void {
    this.stopped = true;
    for (const h of this.timers) clearTimeout(h);
    this.timers.clear();
  }
}
