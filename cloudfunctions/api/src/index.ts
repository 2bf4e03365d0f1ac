/**
 * The `api` cloud function: every user-facing action. event `{ action, payload }` →
 * `{ ok: true, data }` | `{ ok: false, error: { code, message, fields? } }` (DESIGN.md §4).
 */
import { actions, type ActionName } from '@/contracts';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { fail, ok, type Envelope } from '@/domain/shared/envelope';
import { parseInput } from '@/domain/shared/validate';
import { cloud } from '@shared/platform/cloud';
import { timeBudget, type FunctionContext } from '@shared/platform/time-budget';
import { resolveContext } from './context';
import { callerReads } from './caller-reads';
import type { Handler, HandlerTable } from './handler';
import type { CallerRead } from './repos/caller.repo';
import { orgHandlers } from './handlers/org';
import { memberHandlers } from './handlers/member';
import { studyHandlers } from './handlers/study';
import { themedayHandlers } from './handlers/themeday';
import { careHandlers } from './handlers/care';
import { ledgerHandlers } from './handlers/ledger';
import { statsHandlers } from './handlers/stats';
import { hometownHandlers } from './handlers/hometown';
import { pairingHandlers } from './handlers/pairing';
import { agreementHandlers } from './handlers/agreement';
import { evaluationHandlers } from './handlers/evaluation';
import { awardHandlers } from './handlers/award';
import { todoHandlers } from './handlers/todo';
import { roleHandlers } from './handlers/roles';
import { transferHandlers } from './handlers/transfer';
import { joiningHandlers } from './handlers/joining';
import { mobilityHandlers } from './handlers/mobility';
import { orgEditHandlers } from './handlers/org-edit';
import { importHandlers } from './handlers/import';
import { posterHandlers } from './handlers/poster';
import { activityHandlers } from './handlers/activity';

/** Each area keeps its handler table beside its handlers (handlers/<area>/index.ts). */
const handlers: HandlerTable<ActionName> = {
  ...orgHandlers,
  ...memberHandlers,
  ...studyHandlers,
  ...themedayHandlers,
  ...ledgerHandlers,
  ...careHandlers,
  ...statsHandlers,
  ...hometownHandlers,
  ...evaluationHandlers,
  ...awardHandlers,
  ...pairingHandlers,
  ...agreementHandlers,
  ...todoHandlers,
  ...roleHandlers,
  ...transferHandlers,
  ...joiningHandlers,
  ...mobilityHandlers,
  ...orgEditHandlers,
  ...importHandlers,
  ...posterHandlers,
  ...activityHandlers,
};

const isActionName = (name: unknown): name is ActionName => typeof name === 'string' && Object.prototype.hasOwnProperty.call(handlers, name);

async function dispatch(event: unknown, context: FunctionContext | undefined): Promise<unknown> {
  const started = Date.now();
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw new AppError(ErrorCodes.INPUT_INVALID, '请求格式不正确', [{ path: '(event)', message: '应为 { action, payload } 对象' }]);
  }
  const { action, payload } = event as { action?: unknown; payload?: unknown };
  if (!isActionName(action)) throw new AppError(ErrorCodes.ACTION_UNKNOWN, '不支持的操作');
  // Identity comes only from the platform, never from the payload.
  const openid = cloud.getWXContext().OPENID;
  if (!openid) throw new AppError(ErrorCodes.AUTH_REQUIRED, '请先登录');
  const input = parseInput(actions[action].input, payload, action);
  const plan = (callerReads[action] as ((input: unknown, openid: string) => CallerRead) | undefined)?.(input, openid);
  const ctx = await resolveContext(openid, started, timeBudget(context, started).deadline, plan);
  return (handlers[action] as Handler<ActionName>)(input as never, ctx);
}

export async function main(event: unknown, context?: FunctionContext): Promise<Envelope<unknown>> {
  try {
    return ok(await dispatch(event, context));
  } catch (err) {
    if (err instanceof AppError) return fail(err.toBody());
    console.error('[api] unexpected error', (event as { action?: unknown } | null)?.action, err);
    return fail({ code: ErrorCodes.INTERNAL, message: '系统繁忙，请稍后再试' });
  }
}
