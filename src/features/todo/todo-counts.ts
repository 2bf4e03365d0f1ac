import type { TodoItem } from '@/contracts/todo';
import { todoKinds } from '@/domain/todo/todo-kinds';

/** Waiting items by the page (path, without its query) that does the work: the home tiles' badges. */
export function todoCountsByPage(items: readonly TodoItem[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const path = todoKinds[item.kind].page.split('?')[0];
    counts[path] = (counts[path] ?? 0) + item.count;
  }
  return counts;
}
