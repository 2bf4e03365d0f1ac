import type { todoActions } from '@/contracts/todo';
import type { HandlerTable } from '@shared/dispatch/handler';
import { myTodosHandler } from './my-todos.handler';
import { subscribeTodoHandler } from './subscribe-todo.handler';

export const todoHandlers: HandlerTable<keyof typeof todoActions> = {
  'todo.mine': myTodosHandler,
  'todo.subscribe': subscribeTodoHandler,
};
