/** 组织活动 pages: the member's list (enrol, sign in by the scanned link), the organiser's form, attendees and hours. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import ActivitiesPage from '@/pages/activities/index';
import ActivitiesAdminPage from '@/admin/activities/index';
import { activityKindList } from '@/domain/activity/activity-kinds';
import { cloudError, installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { secretaryOfA, tree } from './helpers/org-fixtures';
import { resetTaro, toasts } from './helpers/taro';

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud();
});

const T = Date.UTC(2026, 11, 8, 0, 5); // 08:05 Shanghai
const anActivity = (over: Record<string, unknown> = {}) => ({
  _id: 'a1', kind: '志愿服务', title: '社区志愿服务：关爱独居老人', startAt: T, endAt: T + 2 * 3_600_000, year: 2026, place: '翠苑社区', onlineUrl: null,
  capacity: 20, enrolment: true, partner: '翠苑社区', onlineSignin: false, branchIds: ['bA'], createdAt: T, enrolled: 3, signedIn: 0, summary: null, photos: [],
  summarizedAt: null, createdByName: '李书记', seatsLeft: 17, window: 'before', mine: { enrolled: false, signedIn: null, hours: 0 },
  can: { enrol: true, signinOnline: false, run: false }, photoUrls: [], ...over,
});
const zero = { events: 0, people: 0, hours: 0 };
const noRecord = { memberId: 'm1', year: 2026, total: zero, byKind: Object.fromEntries(activityKindList.map((k) => [k, zero])), items: [] };

describe('member: 组织活动', () => {
  it('enrols with one tap and shows it enrolled', async () => {
    let enrolled = false;
    cloud
      .on('activity.list', () => ({ items: [anActivity(enrolled ? { mine: { enrolled: true, signedIn: null, hours: 0 }, can: { enrol: false, signinOnline: false, run: false } } : {})], nextCursor: null }))
      .on('activity.record', () => noRecord)
      .on('activity.enrol', () => ((enrolled = true), { activityId: 'a1', enrolled: 4, seatsLeft: 16 }));
    render(<ActivitiesPage />);
    expect(await screen.findByText('已报名 3/20')).toBeTruthy();
    fireEvent.click(screen.getByText('报名'));
    expect(await screen.findByText('已报名')).toBeTruthy();
    expect(cloud.calls.filter((c) => c.action === 'activity.enrol')).toEqual([{ action: 'activity.enrol', payload: { activityId: 'a1' } }]);
    expect(toasts).toEqual(['报名成功']);
  });

  it('says why an enrolment is refused', async () => {
    cloud.on('activity.list', () => ({ items: [anActivity()], nextCursor: null })).on('activity.record', () => noRecord).on('activity.enrol', () => {
      throw cloudError('ACTIVITY.FULL', '报名人数已满');
    });
    render(<ActivitiesPage />);
    fireEvent.click(await screen.findByText('报名'));
    await waitFor(() => expect(toasts).toEqual(['报名人数已满']));
  });

  it('signs in once with the code of the link the on-site QR opens', async () => {
    resetTaro({ code: encodeURIComponent('a1.a1.abc.ABCDEFGHIJKLMN') });
    cloud
      .on('activity.list', () => ({ items: [anActivity({ window: 'open' })], nextCursor: null }))
      .on('activity.record', () => noRecord)
      .on('activity.signin', () => ({ activityId: 'a1', title: '社区志愿服务：关爱独居老人', mode: 'onsite', at: T }));
    render(<ActivitiesPage />);
    await waitFor(() => expect(toasts).toEqual(['签到成功']));
    expect(cloud.calls.filter((c) => c.action === 'activity.signin')).toEqual([{ action: 'activity.signin', payload: { mode: 'onsite', code: 'a1.a1.abc.ABCDEFGHIJKLMN' } }]);
  });

  it('takes an enrolment back after asking, and shows a cancelled activity with its reason', async () => {
    let withdrawn = false;
    const enrolled = { mine: { enrolled: true, signedIn: null, hours: 0 }, can: { enrol: false, signinOnline: false, withdraw: true, run: false, edit: false, cancel: false } };
    cloud
      .on('activity.list', () => ({
        items: [
          anActivity(withdrawn ? { can: { enrol: true, signinOnline: false, withdraw: false, run: false, edit: false, cancel: false } } : enrolled),
          anActivity({ _id: 'a3', title: '参观纪念馆', cancelled: true, cancelReason: '台风预警', can: { enrol: false, signinOnline: false, withdraw: false, run: false, edit: false, cancel: false } }),
        ],
        nextCursor: null,
      }))
      .on('activity.record', () => noRecord)
      .on('activity.withdraw', () => ((withdrawn = true), { activityId: 'a1', enrolled: 2, seatsLeft: 18 }));
    render(<ActivitiesPage />);
    expect(await screen.findByText('活动已取消：台风预警')).toBeTruthy();
    expect(screen.getByText('志愿服务 · 已取消')).toBeTruthy();
    fireEvent.click(await screen.findByText('取消报名'));
    await waitFor(() => expect(toasts).toEqual(['已取消报名']));
    expect(cloud.calls.filter((c) => c.action === 'activity.withdraw')).toEqual([{ action: 'activity.withdraw', payload: { activityId: 'a1' } }]);
    expect(await screen.findByText('报名')).toBeTruthy();
  });
});

describe('organiser: 活动管理', () => {
  const organiser = () => cloud.on('org.tree', () => tree).on('member.me', () => secretaryOfA);

  it('holds an activity for his branch after the shared schema accepts it', async () => {
    organiser()
      .on('activity.list', () => ({ items: [], nextCursor: null }))
      .on('activity.create', (p) => anActivity({ ...p, _id: 'a2' }))
      .on('activity.get', () => ({ activity: anActivity({ _id: 'a2', can: { enrol: false, signinOnline: false, run: true } }), site: null, attendees: [] }));
    render(<ActivitiesAdminPage />);
    fireEvent.click(await screen.findByText('发起活动'));
    // His only branch is picked for him; the kind is not.
    fireEvent.click(screen.getByText('发布活动'));
    expect(await screen.findByText('请选择活动类型')).toBeTruthy();
    expect(cloud.calls.some((c) => c.action === 'activity.create')).toBe(false);

    fireEvent.click(screen.getByText('志愿服务'));
    fireEvent.change(screen.getByPlaceholderText('如：社区志愿服务：关爱独居老人'), { target: { value: '社区志愿服务' } });
    fireEvent.change(screen.getByPlaceholderText('现场活动的地点（与线上链接至少填一项）'), { target: { value: '翠苑社区' } });
    fireEvent.click(screen.getByText('发布活动'));
    await waitFor(() => expect(cloud.calls.some((c) => c.action === 'activity.create')).toBe(true));
    const sent = cloud.calls.find((c) => c.action === 'activity.create')!.payload;
    expect(sent).toMatchObject({ kind: '志愿服务', title: '社区志愿服务', place: '翠苑社区', enrolment: true, onlineSignin: false, branchIds: ['bA'], durationMinutes: 120 });
    expect(sent).not.toHaveProperty('capacity');
    expect(await screen.findByText('报名与签到')).toBeTruthy();
  });

  it('saves volunteer hours for those who signed in', async () => {
    const running = anActivity({ window: 'open', startAt: Date.now() - 60_000, endAt: Date.now() + 3_600_000, can: { enrol: false, signinOnline: false, run: true } });
    organiser()
      .on('activity.list', () => ({ items: [running], nextCursor: null }))
      .on('activity.get', () => ({
        activity: running,
        site: { code: 'a1.a1.abc.ABCDEFGHIJKLMN', refreshAt: Date.now() + 30_000 },
        attendees: [
          { memberId: 'm1', name: '王小明', enrolledAt: T, signedIn: { mode: 'onsite', at: T }, hours: 0 },
          { memberId: 'm2', name: '李小红', enrolledAt: T, signedIn: null, hours: 0 },
        ],
      }))
      .on('activity.hours', (p) => p);
    render(<ActivitiesAdminPage />);
    fireEvent.click(await screen.findByText('社区志愿服务：关爱独居老人'));
    expect(await screen.findByText('报名 2 人 · 签到 1 人')).toBeTruthy();
    expect(screen.getByText('a1.a1.abc.ABCDEFGHIJKLMN')).toBeTruthy();
    const inputs = document.querySelectorAll('.hours-input');
    expect(inputs).toHaveLength(1); // only the member who signed in
    fireEvent.change(inputs[0], { target: { value: '1.5' } });
    fireEvent.click(await screen.findByText('保存志愿时长（1 人）'));
    await waitFor(() => expect(cloud.calls.some((c) => c.action === 'activity.hours')).toBe(true));
    expect(cloud.calls.find((c) => c.action === 'activity.hours')!.payload).toEqual({ activityId: 'a1', entries: [{ memberId: 'm1', hours: 1.5 }] });
  });
  it('edits an activity before it starts and cancels it with a reason', async () => {
    const ahead = Date.UTC(2030, 5, 1, 1, 0); // 09:00 Shanghai
    const planned = anActivity({ startAt: ahead, endAt: ahead + 2 * 3_600_000, year: 2030, enrolled: 3, can: { enrol: false, signinOnline: false, withdraw: false, run: true, edit: true, cancel: true } });
    organiser()
      .on('activity.list', () => ({ items: [planned], nextCursor: null }))
      .on('activity.get', () => ({ activity: planned, site: null, attendees: [] }))
      .on('activity.edit', (p) => ({ ...planned, ...p }))
      .on('activity.cancel', () => ({ activity: { ...planned, cancelled: true }, told: 3 }));
    render(<ActivitiesAdminPage />);
    fireEvent.click(await screen.findByText('社区志愿服务：关爱独居老人'));
    expect(await screen.findByText('修改活动')).toBeTruthy();
    fireEvent.change(screen.getByDisplayValue('翠苑社区'), { target: { value: '翠苑社区活动室' } });
    fireEvent.click(screen.getByText('保存修改'));
    await waitFor(() => expect(cloud.calls.some((c) => c.action === 'activity.edit')).toBe(true));
    expect(cloud.calls.find((c) => c.action === 'activity.edit')!.payload).toEqual({ activityId: 'a1', title: '社区志愿服务：关爱独居老人', day: '2030-06-01', time: '09:00', durationMinutes: 120, place: '翠苑社区活动室', capacity: 20 });

    // Without a reason nothing is sent and the field says why.
    fireEvent.click(await screen.findByText('确认取消活动'));
    expect(await screen.findByText('请输入取消原因')).toBeTruthy();
    expect(cloud.calls.some((c) => c.action === 'activity.cancel')).toBe(false);
    fireEvent.change(screen.getByPlaceholderText('如：台风预警，活动取消'), { target: { value: '台风预警' } });
    fireEvent.click(screen.getByText('确认取消活动'));
    await waitFor(() => expect(cloud.calls.find((c) => c.action === 'activity.cancel')?.payload).toEqual({ activityId: 'a1', reason: '台风预警' }));
    await waitFor(() => expect(toasts).toContain('已取消，已通知 3 人'));
  });
});
