import type { Caller } from '../auth/grant';
import { isOurOrganiser } from '../auth/scope.rules';
import { maskPhone } from '../member/mask.rules';

/**
 * An organiser's phone is a work contact: our organisers (sysadmin too) see it in full, as they
 * see secretaries' phones on the branches page; anyone else sees it masked (docs/who-sees-what.md).
 */
export const seesOrganiserPhones = (caller: Caller): boolean => isOurOrganiser(caller);

/**
 * A person from his users document and, when he is a member, his record (found by his openid):
 * the record's name and phone win (he keeps them current); otherwise his organiser profile's.
 */
export function personOf(
  caller: Caller,
  openid: string,
  user: { name: string | null; profile?: { phone: string; title?: string } } | null,
  member: { name: string; phone: string } | null,
) {
  const phone = member?.phone ?? user?.profile?.phone ?? null;
  return {
    openid,
    name: member?.name ?? user?.name ?? null,
    phone: seesOrganiserPhones(caller) ? phone : maskPhone(phone),
    title: user?.profile?.title ?? null,
    isMember: member !== null,
  };
}

/**
 * How a chip or a line names an organiser so that two of one unit are told apart: the name, then
 * his 单位/职务, else his phone's last four digits (shown even when masked).
 */
export function personLabel(p: { name: string | null; title: string | null; phone: string | null }): string {
  const suffix = p.title ? `（${p.title}）` : p.phone ? `（尾号${p.phone.slice(-4)}）` : '';
  return `${p.name ?? '未填写姓名'}${suffix}`;
}
