import Taro from '@tarojs/taro';
import type { ActionInput, ActionName, ActionOutput } from '@/contracts';
import { functionOf } from '@/contracts/functions';
import type { Envelope } from '@/domain/shared/envelope';
import { AppError, ClientErrorCodes } from '@/domain/shared/app-error';
import { keepAnswer, questionKey, takeAnswer, takeSentByPage } from './launch-answers';

/**
 * The one place the app reaches the backend. It validates nothing itself: the function parses
 * every payload with the action's schema and answers INPUT.INVALID with the offending fields,
 * which forms show as they would a local failure; a form that must refuse before a round trip
 * checks its own fields with the schema it already imports. Importing every action's schema here
 * would put zod and all schemas into the main package and the H5 entry script
 * (docs/decisions/size.md). Every failure — refused input, a function's error
 * envelope, a dead network — is an AppError.
 */
export function call<A extends ActionName>(action: A, payload?: ActionInput<A>): Promise<ActionOutput<A>> {
  // Launch-time answers exist on H5 only (app.ts); the weapp build drops this lookup.
  const early = process.env.TARO_ENV === 'h5' ? (takeAnswer(questionKey(action, payload)) as Promise<ActionOutput<A>> | undefined) : undefined;
  return early ?? request(action, payload);
}

/**
 * Asks now, at launch, what the first page will ask once its code has loaded: the first `call`
 * with the same action and payload receives this answer instead of asking again
 * (services/launch-answers.ts, docs/decisions/size.md). With `after`, the request goes out once
 * that answer has arrived (or failed); the page that asks meanwhile still receives this one. On H5
 * the home's `member.me` has usually been sent already, by index.html (`sendLocal` adopts it).
 */
export function callEarly<A extends ActionName>(action: A, payload?: ActionInput<A>, after?: Promise<unknown>): Promise<ActionOutput<A>> {
  const ask = () => request(action, payload);
  const answer = after ? after.then(ask, ask) : ask();
  keepAnswer(questionKey(action, payload), answer);
  return answer;
}

async function request<A extends ActionName>(action: A, payload?: ActionInput<A>): Promise<ActionOutput<A>> {
  const event = { action, payload: payload ?? {} };
  const envelope = (await send(functionOf(action), event)) as Envelope<ActionOutput<A>>;
  if (!envelope || typeof envelope !== 'object' || !('ok' in envelope)) {
    throw new AppError(ClientErrorCodes.INTERNAL, '服务返回格式异常');
  }
  if (!envelope.ok) {
    throw new AppError(envelope.error.code, envelope.error.message, envelope.error.fields);
  }
  return envelope.data;
}

function send(fn: string, event: unknown): Promise<unknown> {
  return process.env.TARO_ENV === 'h5' ? sendLocal(fn, event) : sendWeapp(fn, event);
}

async function sendWeapp(fn: string, event: unknown): Promise<unknown> {
  try {
    const res = await Taro.cloud.callFunction({ name: fn, data: event as TaroGeneral.IAnyObject });
    return res.result;
  } catch {
    throw new AppError(ClientErrorCodes.NETWORK_FAILED, '网络异常，请稍后重试');
  }
}

/**
 * H5 talks to the local cloud (DESIGN.md §4) as the dev user picked on /dev/signin. The request
 * index.html sent from its head (config/launch-request-plugin.ts) is not sent again: the first
 * request the app makes, when it is that very one (function, user, body), reads its response.
 */
async function sendLocal(fn: string, event: unknown): Promise<unknown> {
  const openid = devOpenidOrSignin();
  const body = JSON.stringify(event);
  let res: Response;
  try {
    res = await (takeSentByPage(fn, openid, body) ??
      fetch(`${localCloudBase()}/fn/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-openid': openid }, body }));
  } catch {
    throw new AppError(ClientErrorCodes.NETWORK_FAILED, '网络异常，请稍后重试');
  }
  const reply = (await res.json().catch(() => null)) as { result?: unknown } | null;
  if (!reply || !('result' in reply)) throw new AppError(ClientErrorCodes.INTERNAL, `服务异常（HTTP ${res.status}）`);
  return reply.result;
}

export const localCloudBase = () => process.env.TARO_APP_LOCAL_CLOUD_URL || '';

/** The dev identity, or a trip to the dev sign-in page that comes back here afterwards. */
export function devOpenidOrSignin(): string {
  const openid = window.localStorage.getItem('devOpenid');
  if (openid) return openid;
  openDevSignin();
  throw new AppError(ClientErrorCodes.AUTH_REQUIRED, '请先登录');
}

/** H5 only: the local cloud's dev sign-in page, which returns to the current page afterwards. */
export function openDevSignin(): void {
  const back = location.pathname + location.search + location.hash;
  location.assign(`${localCloudBase()}/dev/signin?back=${encodeURIComponent(back)}`);
}

/** H5 only: who is signed in on this browser (for the dev switch-user link). */
export function devUserName(): string | null {
  if (process.env.TARO_ENV !== 'h5') return null;
  return window.localStorage.getItem('devName');
}
