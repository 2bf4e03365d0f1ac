import { z } from 'zod';
import { api, type ActionTable } from './table';
import type { TodoKind } from '../domain/todo/todo-kinds';

export const todoActions = {
  /** The caller's own work waiting for him, counted by kind; nothing of anyone else's. */
  'todo.mine': api(z.strictObject({})),
} as const satisfies ActionTable;

/** One kind of waiting work; kinds with nothing waiting are left out. */
export interface TodoItem {
  kind: TodoKind;
  count: number;
}

export interface TodoOutputs {
  'todo.mine': { items: TodoItem[]; total: number };
}
