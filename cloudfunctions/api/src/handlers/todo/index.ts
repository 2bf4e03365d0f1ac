import type { todoActions } from '@/contracts/todo';
import type { HandlerTable } from '../../handler';
import { myTodosHandler } from './my-todos.handler';

export const todoHandlers: HandlerTable<keyof typeof todoActions> = {
  'todo.mine': myTodosHandler,
};
