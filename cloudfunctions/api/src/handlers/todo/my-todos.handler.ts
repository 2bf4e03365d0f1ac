import type { TodoOutputs } from '@/contracts/todo';
import type { TodoKind } from '@/domain/todo/todo-kinds';
import type { Ctx } from '@shared/dispatch/context';
import { todoSources } from './todo-sources';

/**
 * The caller's 待办: every source that applies to him counted in parallel (one request or two
 * each), in the table's order; kinds with nothing waiting are left out. Only his own work and
 * his own scope: the counts say nothing of anyone else's.
 */
export async function myTodosHandler(_input: Record<string, never>, ctx: Ctx): Promise<TodoOutputs['todo.mine']> {
  const applying = (Object.keys(todoSources) as TodoKind[]).filter((kind) => todoSources[kind].applies(ctx));
  const counts = await Promise.all(applying.map((kind) => todoSources[kind].count(ctx)));
  const items = applying.map((kind, i) => ({ kind, count: counts[i] })).filter((item) => item.count > 0);
  return { items, total: items.reduce((n, item) => n + item.count, 0) };
}
