/** Accepting a role invitation: the role and who invites, the organiser profile for a non-member, closed invitations. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import RoleAcceptPage from '@/pages/role-accept/index';
import { cloudError, installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { navigations, resetTaro } from './helpers/taro';

const token = 'r1.abcdefghijklmnopqrstuvwx.SIGNATURE1234567890ab';
const preview = { role: 'cadre', unitName: '龙井村（汤山镇）', invitedByName: '刘组织', expiresAt: Date.UTC(2026, 11, 10), state: 'open', needsProfile: true, held: false };

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro({ t: encodeURIComponent(token) });
  cloud = installFakeCloud().on('role.invitation', () => preview);
});

const type = (placeholder: string, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });

it('shows the role, the unit and who invites', async () => {
  render(<RoleAcceptPage />);
  expect(await screen.findByText('邀请你担任村干部')).toBeTruthy();
  expect(screen.getByText('龙井村（汤山镇） · 邀请人：刘组织')).toBeTruthy();
  expect(cloud.calls[0]).toEqual({ action: 'role.invitation', payload: { token } });
});

it('asks a non-member for his organiser profile, checked before sending, then accepts', async () => {
  cloud.on('role.accept', () => ({ grants: [{ role: 'cadre', groupId: 'g1' }] }));
  render(<RoleAcceptPage />);
  await screen.findByText('邀请你担任村干部');
  type('请输入手机号', '123');
  fireEvent.click(screen.getByText('接受邀请'));
  expect(await screen.findByText('请输入 11 位手机号')).toBeTruthy();
  expect(cloud.calls.map((c) => c.action)).toEqual(['role.invitation']);

  type('请输入姓名', '陈驻村');
  type('请输入手机号', '13900002222');
  type('如：县委组织部组织科、汤山镇驻村干部', '汤山镇驻村干部');
  fireEvent.click(screen.getByText('接受邀请'));
  expect(await screen.findByText('已接受邀请')).toBeTruthy();
  expect(cloud.calls[1]).toEqual({ action: 'role.accept', payload: { token, profile: { name: '陈驻村', phone: '13900002222', title: '汤山镇驻村干部' } } });
  fireEvent.click(screen.getByText('进入首页'));
  expect(navigations).toEqual(['/pages/home/index']);
});

it('lets a member accept with one tap', async () => {
  cloud.on('role.invitation', () => ({ ...preview, needsProfile: false })).on('role.accept', () => ({ grants: [] }));
  render(<RoleAcceptPage />);
  await screen.findByText('邀请你担任村干部');
  expect(screen.queryByPlaceholderText('请输入姓名')).toBeNull();
  fireEvent.click(screen.getByText('接受邀请'));
  await waitFor(() => expect(cloud.calls[1]).toEqual({ action: 'role.accept', payload: { token } }));
});

it('says when the invitation is used, expired or withdrawn', async () => {
  cloud.on('role.invitation', () => ({ ...preview, state: 'expired' }));
  render(<RoleAcceptPage />);
  expect(await screen.findByText('该邀请已过期，请向邀请人索取新的邀请。')).toBeTruthy();
  expect(screen.queryByText('接受邀请')).toBeNull();
});

it('shows a forged token’s refusal', async () => {
  cloud.on('role.invitation', () => {
    throw cloudError('ROLE.INVITATION_INVALID', '邀请无效，请向邀请人索取新的邀请');
  });
  render(<RoleAcceptPage />);
  expect(await screen.findByText('邀请无效，请向邀请人索取新的邀请（点击重试）')).toBeTruthy();
});
