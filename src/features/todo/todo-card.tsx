import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ActionOutput } from '@/contracts';
import { todoKinds } from '@/domain/todo/todo-kinds';
import { TodoReminderButton } from './todo-reminder-button';

/**
 * 待办 on the home page: each kind of waiting work with its count; a tap opens the page that does
 * it. With nothing waiting, only the way to be told when something comes.
 */
export function TodoCard({ todos, member }: { todos: ActionOutput<'todo.mine'>; member: boolean }) {
  if (todos.total === 0) {
    return (
      <View className="card">
        <TodoReminderButton member={member} />
      </View>
    );
  }
  return (
    <View className="card">
      <View className="card-title">
        待办 <Text className="todo-count">{todos.total}</Text>
      </View>
      {todos.items.map((item) => (
        <View key={item.kind} className="row todo-row" onClick={() => void Taro.navigateTo({ url: todoKinds[item.kind].page })}>
          <View>{todoKinds[item.kind].label}</View>
          <Text className="todo-count">{item.count}</Text>
        </View>
      ))}
      <TodoReminderButton member={member} />
    </View>
  );
}
