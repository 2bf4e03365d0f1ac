import type { memberActions } from '@/contracts/member';
import type { HandlerTable } from '@shared/dispatch/handler';
import { getMemberHandler } from './get-member.handler';
import { joinBranchHandler } from './join-branch.handler';
import { joinPreviewHandler } from './join-preview.handler';
import { listMembersHandler } from './list-members.handler';
import { meHandler } from './me.handler';
import { updateMemberHandler } from './update-member.handler';

export const memberHandlers: HandlerTable<keyof typeof memberActions> = {
  'join.preview': joinPreviewHandler,
  'member.join': joinBranchHandler,
  'member.me': meHandler,
  'member.update': updateMemberHandler,
  'member.get': getMemberHandler,
  'member.list': listMembersHandler,
};
