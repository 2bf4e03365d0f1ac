/**
 * Answers asked for at app launch, before the first page's code has arrived, each handed to the
 * first `call` that asks the same question. Kept once: a later call goes to the network. An answer
 * nobody asked for within KEEP_MS of arriving is dropped, so a page opened much later never shows
 * launch-time data; a failed one is dropped on arrival, so the page's own call tries again.
 * H5 only (app.ts): Taro's H5 router calls onLaunch before it fetches the first route's chunk,
 * so the launch-time question is asked before the page that will ask it exists.
 */
const KEEP_MS = 10_000;

interface Kept {
  answer: Promise<unknown>;
  /** When the answer arrived (null while in flight). */
  arrivedAt: number | null;
}

const kept = new Map<string, Kept>();

export const questionKey = (action: string, payload: unknown) => `${action} ${JSON.stringify(payload ?? {})}`;

export function keepAnswer(key: string, answer: Promise<unknown>): void {
  const entry: Kept = { answer, arrivedAt: null };
  kept.set(key, entry);
  answer.then(
    () => {
      entry.arrivedAt = Date.now();
    },
    // Also marks the rejection handled when nobody has taken the answer yet.
    () => {
      if (kept.get(key) === entry) kept.delete(key);
    },
  );
}

export function takeAnswer(key: string): Promise<unknown> | undefined {
  const entry = kept.get(key);
  if (!entry) return undefined;
  kept.delete(key);
  if (entry.arrivedAt !== null && Date.now() - entry.arrivedAt > KEEP_MS) return undefined;
  return entry.answer;
}

/** What index.html's inline script leaves on window (config/launch-request-plugin.ts writes it). */
interface SentByPage {
  fn: string;
  openid: string;
  body: string;
  response: Promise<Response>;
}

const SENT_BY_PAGE = '__yzbLaunchRequest';

/**
 * H5: the response to the request index.html sent from its head, before any of the app's scripts
 * had loaded, when it is the very request the caller is about to send (same function, identity and
 * body). Looked at once, by the app's first request: anything else it sent is dropped unread.
 */
export function takeSentByPage(fn: string, openid: string, body: string): Promise<Response> | undefined {
  // Inside the H5 test, so the weapp build (no window; `sendLocal` never runs there) keeps no trace of it.
  if (process.env.TARO_ENV === 'h5') {
    const holder = window as unknown as Record<string, SentByPage | undefined>;
    const sent = holder[SENT_BY_PAGE];
    if (!sent) return undefined;
    delete holder[SENT_BY_PAGE];
    return sent.fn === fn && sent.openid === openid && sent.body === body ? sent.response : undefined;
  }
  return undefined;
}
