import type { z } from 'zod';
import type { actions, ActionName, ActionOutputs } from '@/contracts';
import type { CloudFunctionName } from '@/contracts/functions';
import type { Ctx } from './context';

/** One action's implementation: its parsed input and the call's context in, its `data` out. */
export type Handler<A extends ActionName> = (input: z.output<(typeof actions)[A]['input']>, ctx: Ctx) => Promise<ActionOutputs[A]>;

/** The handlers of a set of actions (an area's table, merged in index.ts). */
export type HandlerTable<Names extends ActionName> = { [A in Names]: Handler<A> };

/** The actions the contracts table assigns to function `F`: its handler table must hold exactly these. */
export type ActionsServedBy<F extends CloudFunctionName> = { [A in ActionName]: (typeof actions)[A]['fn'] extends F ? A : never }[ActionName];
