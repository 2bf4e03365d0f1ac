import { z } from 'zod';
import { api, type ActionTable } from './table';
import type { TodoKind } from '../domain/todo/todo-kinds';
import { themedaySubscribeInputSchema } from '../domain/themeday/themeday.schema';

export const todoActions = {
  /** The caller's own work waiting for him, counted by kind; nothing of anyone else's. */
  'todo.mine': api(z.strictObject({})),
  /**
   * Records the answer of one subscription prompt for the 待办 and new-push messages (the same
   * shape as themeday.subscribe: each template's outcome; each 'accept' is one more message).
   */
  'todo.subscribe': api(themedaySubscribeInputSchema),
} as const satisfies ActionTable;

/** One kind of waiting work; kinds with nothing waiting are left out. */
export interface TodoItem {
  kind: TodoKind;
  count: number;
}

export interface TodoOutputs {
  'todo.mine': { items: TodoItem[]; total: number };
  /** Messages left per template (one-time subscriptions: one per acceptance). */
  'todo.subscribe': { consents: Record<string, number> };
}
