import { call } from '@/services/cloud';

/** The calls the home page makes for the 待办 list. */
export const getMyTodos = () => call('todo.mine', {});
