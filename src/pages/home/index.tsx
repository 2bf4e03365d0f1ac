import { View } from '@tarojs/components';
import { DevUserBar } from '@/features/home/dev-user-bar';
import { MemberNav } from '@/features/home/member-nav';
import { MyOrgCard } from '@/features/home/my-org-card';
import { OrganizerNav } from '@/features/home/organizer-nav';
import { ReviewerNav } from '@/features/home/reviewer-nav';
import { StudyCard } from '@/features/home/study-card';
import { ThemedayCard } from '@/features/themeday/themeday-card';
import { UserNumber } from '@/features/home/user-number';
import { needsOrganiserProfile } from '@/features/roles/organiser-profile-need';
import { isOrganizer, loadMe } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { PrivacySheet } from '@/features/shared/privacy-sheet';
import { useRemote } from '@/features/shared/use-remote';
import { TodoCard } from '@/features/todo/todo-card';
import { todoCountsByPage } from '@/features/todo/todo-counts';
import { getMyTodos } from '@/features/todo/todo.api';
import { BootstrapCard, OrganiserProfileCard } from './first-run-cards';

/** Home: my branch and group, organiser entry points, and the county's first-run setup. */
export default function HomePage() {
  const me = useRemote(loadMe);
  // 待办 is an extra: the home shows without it when it fails.
  const todos = useRemote(getMyTodos);
  const counts = todoCountsByPage(todos.data?.items ?? []);
  return (
    <View className="page">
      <DevUserBar />
      <LoadState remote={me}>
        {(m) => (
          <View>
            <View className="hero">
              <View className="hero-title">云支部</View>
              <View className="hero-sub">
                {m.county ? `${m.county.name}流动党员之家` : '流动党员之家'}
                {m.member ? ` · 你好，${m.member.name}` : ''}
              </View>
            </View>
            {m.county ? null : <BootstrapCard onDone={() => void me.reload()} />}
            {needsOrganiserProfile(m) ? <OrganiserProfileCard onDone={() => void me.reload()} /> : null}
            {todos.data ? <TodoCard todos={todos.data} member={m.member !== null} /> : null}
            <MyOrgCard me={m} />
            {m.member ? <ThemedayCard /> : null}
            {m.member ? <StudyCard /> : null}
            {m.member ? <MemberNav me={m} counts={counts} /> : null}
            {isOrganizer(m) ? <OrganizerNav me={m} counts={counts} /> : null}
            <ReviewerNav me={m} counts={counts} />
            <UserNumber openid={m.openid} />
          </View>
        )}
      </LoadState>
      <PrivacySheet />
    </View>
  );
}
