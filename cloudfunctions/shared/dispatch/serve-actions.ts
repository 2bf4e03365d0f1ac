import { actions, type ActionName } from '@/contracts';
import type { CloudFunctionName } from '@/contracts/functions';
import { fail, ok, type Envelope } from '@/domain/shared/envelope';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { parseInput } from '@/domain/shared/validate';
import { cloud } from '../platform/cloud';
import { timeBudget, type FunctionContext } from '../platform/time-budget';
import type { CallerRead } from '../repos/caller.repo';
import { resolveContext } from './context';
import type { ActionsServedBy, Handler, HandlerTable } from './handler';

/** The documents an action reads together with its caller (api/src/caller-reads.ts), by action. */
export type CallerReadPlans = { readonly [A in ActionName]?: (input: never, openid: string) => CallerRead };

/**
 * The `main` of a function serving user-facing actions: event `{ action, payload }` →
 * `{ ok: true, data }` | `{ ok: false, error: { code, message, fields? } }` (DESIGN.md §4). Every
 * such function refuses the same way before a handler runs: an action it does not serve, a call
 * without platform identity, a payload its schema refuses.
 */
export function serveActions<F extends CloudFunctionName>(fn: F, handlers: HandlerTable<ActionsServedBy<F>>, callerReads: CallerReadPlans = {}) {
  const served = (name: unknown): name is ActionsServedBy<F> => typeof name === 'string' && Object.prototype.hasOwnProperty.call(handlers, name);

  async function dispatch(event: unknown, context: FunctionContext | undefined): Promise<unknown> {
    const started = Date.now();
    if (typeof event !== 'object' || event === null || Array.isArray(event)) {
      throw new AppError(ErrorCodes.INPUT_INVALID, '请求格式不正确', [{ path: '(event)', message: '应为 { action, payload } 对象' }]);
    }
    const { action, payload } = event as { action?: unknown; payload?: unknown };
    if (!served(action)) throw new AppError(ErrorCodes.ACTION_UNKNOWN, '不支持的操作');
    // Identity comes only from the platform, never from the payload.
    const openid = cloud.getWXContext().OPENID;
    if (!openid) throw new AppError(ErrorCodes.AUTH_REQUIRED, '请先登录');
    const input = parseInput(actions[action].input, payload, action);
    const plan = (callerReads[action] as ((input: unknown, openid: string) => CallerRead) | undefined)?.(input, openid);
    const ctx = await resolveContext(openid, started, timeBudget(context, started).deadline, plan);
    return (handlers[action] as Handler<ActionsServedBy<F>>)(input as never, ctx);
  }

  return async function main(event: unknown, context?: FunctionContext): Promise<Envelope<unknown>> {
    try {
      return ok(await dispatch(event, context));
    } catch (err) {
      if (err instanceof AppError) return fail(err.toBody());
      console.error(`[${fn}] unexpected error`, (event as { action?: unknown } | null)?.action, err);
      return fail({ code: ErrorCodes.INTERNAL, message: '系统繁忙，请稍后再试' });
    }
  };
}
