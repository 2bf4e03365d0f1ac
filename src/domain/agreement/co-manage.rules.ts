import type { Caller } from '../auth/grant';
import { coManagingAgreementIds } from '../auth/scope.rules';
import { maskAddress, maskChangeValue, maskPhone } from '../member/mask.rules';
import type { Member, MemberChange } from '../member/member.schema';
import type { AgreedField, Agreement } from './agreement.schema';

/** Member fields the inflow side may change when agreed (the phone is only ever shown). */
export const inflowEditableFields = ['city', 'employer', 'industry'] as const;

/** Always visible to the inflow side: who the member is and where he belongs at home. */
const identityFields = ['_id', 'name', 'gender', 'branchId', 'groupId', 'agreementIds'] as const;

/**
 * The agreement through which the caller co-manages this member, when it is active and covers
 * him (the agreement is read by the handler: the caller's grant only names its id).
 */
export function coManagingAgreement(caller: Caller, member: { _id: string; agreementIds?: string[] }, agreement: Agreement | null): Agreement | null {
  if (!agreement || !agreement.active) return null;
  return coManagingAgreementIds(caller, member).includes(agreement._id) && agreement.memberIds.includes(member._id) ? agreement : null;
}

export const agrees = (agreement: Agreement, field: AgreedField): boolean => agreement.fields.includes(field);

/** The record as the inflow side sees it: identity plus the agreed fields; the phone masked unless agreed. */
export function inflowView(member: Member, agreement: Agreement): Member & { masked: true; coManagedBy: { agreementId: string; orgName: string } } {
  const out: Record<string, unknown> = {};
  for (const f of identityFields) out[f] = member[f as keyof Member];
  // Only his own agreement: which other organisations co-manage the member is none of his business.
  out.agreementIds = [agreement._id];
  for (const f of inflowEditableFields) if (agrees(agreement, f) && member[f] !== undefined) out[f] = member[f];
  out.phone = agrees(agreement, 'phone') ? member.phone : maskPhone(member.phone);
  // The mailing address is contact data: it follows the phone's agreement.
  if (member.mailingAddress) out.mailingAddress = agrees(agreement, 'phone') ? member.mailingAddress : maskAddress(member.mailingAddress);
  return { ...(out as unknown as Member), masked: true, coManagedBy: { agreementId: agreement._id, orgName: agreement.name } };
}

/** The inflow side may change only agreed, editable fields. */
export function canInflowEdit(changes: Record<string, unknown>, agreement: Agreement): boolean {
  const keys = Object.keys(changes);
  return keys.length > 0 && keys.every((k) => (inflowEditableFields as readonly string[]).includes(k) && agrees(agreement, k as AgreedField));
}

/**
 * The shared history as the inflow side sees it: only changes of fields he sees, phone masked unless
 * agreed, authors by name and organisation only (no openids of our users).
 */
export function inflowHistory(history: MemberChange[], agreement: Agreement): Omit<MemberChange, 'byOpenid'>[] {
  const visible = new Set<string>([...identityFields, ...inflowEditableFields.filter((f) => agrees(agreement, f)), 'phone']);
  return history
    .map(({ byOpenid: _author, ...h }) => ({
      ...h,
      changes: h.changes
        .filter((c) => visible.has(c.field))
        .map((c) => (c.field === 'phone' && !agrees(agreement, 'phone') ? { field: c.field, from: maskChangeValue('phone', c.from), to: maskChangeValue('phone', c.to) } : c)),
    }))
    .filter((h) => h.changes.length > 0);
}

/** Who uses the co-management pages: the county (all agreements) and inflow organisers (their own). */
export const mayCoManage = (caller: Caller): boolean => caller.grants.some((g) => g.role === 'county' || g.role === 'inflow');
