import type { ActionInput } from '@/contracts';
import { call } from '@/services/cloud';

/** The calls the 角色管理 and invitation pages make; components of this feature that submit call for themselves. */
export const listRoles = (input: ActionInput<'role.list'>) => call('role.list', input);
export const previewInvitation = (token: string) => call('role.invitation', { token });
export const acceptInvitation = (input: ActionInput<'role.accept'>) => call('role.accept', input);
