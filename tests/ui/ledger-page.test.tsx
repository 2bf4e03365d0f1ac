/**
 * The organiser's ledger: filters restricted to his scope, a filter change starting over, and
 * cursor paging appending pages.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import LedgerPage from '@/admin/ledger/index';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { navigations, resetTaro } from './helpers/taro';
import { secretaryOfA, tree } from './helpers/org-fixtures';

const county = { ...secretaryOfA, grants: [{ role: 'county' }] };

const member = (i: number, extra: object = {}) => ({
  _id: `m${String(i).padStart(3, '0')}`, name: `党员${i}`, gender: '男', city: '杭州', phone: '138****5678', tags: [], status: '正常',
  lostContactAt: null, branchId: 'bA', groupId: 'g1', masked: true, ...extra,
});

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud()
    .on('org.tree', () => tree)
    .on('member.list', (p) => {
      if (p.status === '失联') return { items: [member(99, { name: '失联的人', status: '失联', lostContactAt: '2026-10-01' })], nextCursor: null };
      const start = p.cursor ? 20 : 0;
      return { items: Array.from({ length: start ? 10 : 20 }, (_, i) => member(start + i)), nextCursor: start ? null : 'm019' };
    });
});

const listCalls = () => cloud.calls.filter((c) => c.action === 'member.list').map((c) => c.payload);

it('offers only the branches a secretary may list', async () => {
  cloud.on('member.me', () => secretaryOfA);
  render(<LedgerPage />);
  await screen.findByText('党员0');
  expect(screen.queryByText('宁波云支部')).toBeNull();
});

it('lists a page, then appends the next one by cursor', async () => {
  cloud.on('member.me', () => county);
  render(<LedgerPage />);
  await screen.findByText('党员19');
  expect(screen.getByText('宁波云支部')).toBeTruthy();
  fireEvent.click(screen.getByText('加载更多'));
  await screen.findByText('党员29');
  expect(screen.getByText('党员0')).toBeTruthy();
  expect(screen.queryByText('加载更多')).toBeNull();
  expect(listCalls()).toEqual([{ limit: 20 }, { limit: 20, cursor: 'm019' }]);
});

it('starts over when a filter changes, and opens a record on tap', async () => {
  cloud.on('member.me', () => county);
  render(<LedgerPage />);
  await screen.findByText('党员0');
  fireEvent.click(screen.getByText('失联'));
  await screen.findByText('失联的人');
  expect(screen.queryByText('党员0')).toBeNull();
  expect(listCalls().at(-1)).toEqual({ status: '失联', limit: 20 });
  fireEvent.click(screen.getByText('失联的人'));
  expect(navigations).toEqual(['/admin/member/index?id=m099']);
});

it('searches by text after the user pauses typing', async () => {
  cloud.on('member.me', () => county);
  render(<LedgerPage />);
  await screen.findByText('党员0');
  fireEvent.change(screen.getByPlaceholderText('搜索姓名、单位或行业'), { target: { value: '王' } });
  await waitFor(() => expect(listCalls().at(-1)).toEqual({ q: '王', limit: 20 }), { timeout: 2000 });
});
