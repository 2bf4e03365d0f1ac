import type { Caller } from '../auth/grant';
import { canManageMember, isSelf, type MemberPlacement } from '../auth/scope.rules';

/** Masking of personal data for callers who do not manage the member (DESIGN.md §2). */
export const maskPhone = (phone: string | null | undefined): string | null =>
  phone ? phone.replace(/^(\d{3})\d+(\d{4})$/, '$1****$2') : null;

/** ID-like numbers keep their first 2 and last 2 characters. */
export const maskIdLike = (value: string | null | undefined): string | null =>
  value ? (value.length <= 4 ? '*'.repeat(value.length) : value.slice(0, 2) + '*'.repeat(value.length - 4) + value.slice(-2)) : null;

/** A mailing address keeps its first 6 characters (province and city, as a rule), the rest starred. */
export const maskAddress = (address: string | null | undefined): string | null => (address ? `${address.slice(0, 6)}****` : null);

export interface Maskable {
  phone?: string | null;
  activityCardNo?: string | null;
  mailingAddress?: string | null;
}

/**
 * The masked view of a record (docs/who-sees-what.md, the 系统管理员 column — the one reader who
 * reads records he does not manage): who the member is and where he belongs, his contact status
 * and tags; phone, 活动证 number and mailing address masked. Birth date, employer, industry, origin, dates of
 * leaving, card expiry, openid and agreements are left out.
 */
export const maskedViewFields = ['_id', 'name', 'gender', 'branchId', 'groupId', 'city', 'status', 'lostContactAt', 'tags', 'joinedAt', 'updatedAt', 'phone', 'activityCardNo', 'mailingAddress'] as const;
const shownMasked: ReadonlySet<string> = new Set(maskedViewFields);

export function maskMember<T extends Maskable>(record: T): T & { masked: true } {
  const kept = Object.fromEntries(Object.entries(record).filter(([k]) => shownMasked.has(k)));
  return {
    ...kept,
    phone: maskPhone(record.phone ?? null),
    activityCardNo: maskIdLike(record.activityCardNo ?? null),
    ...(record.mailingAddress ? { mailingAddress: maskAddress(record.mailingAddress) } : {}),
    masked: true,
  } as unknown as T & { masked: true };
}

/** Changes in the history carry the same data: mask phone/card values in them too. */
export function maskChangeValue(field: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (field === 'phone') return maskPhone(value);
  if (field === 'activityCardNo') return maskIdLike(value);
  if (field === 'mailingAddress') return maskAddress(value);
  return value;
}

/** The record as `caller` may see it: in full for himself and his managers, masked for the rest. */
export function viewForCaller<T extends Maskable & { _id: string; branchId: string; groupId: string }>(
  caller: Caller,
  record: T,
): T & { masked: boolean } {
  return seesInFull(caller, record) ? { ...record, masked: false } : maskMember(record);
}

export const seesInFull = (caller: Caller, placement: MemberPlacement): boolean =>
  isSelf(caller, placement) || canManageMember(caller, placement);

/**
 * A history entry as the masked view shows it: only changes of the fields that view shows, phone
 * and card values masked, the author by name (no openid).
 */
export function maskChangeEntry<E extends { changes: { field: string; from: unknown; to: unknown }[]; byOpenid?: string }>(entry: E): E {
  const { byOpenid: _author, ...rest } = entry;
  return {
    ...rest,
    changes: entry.changes.filter((c) => shownMasked.has(c.field)).map((c) => ({ field: c.field, from: maskChangeValue(c.field, c.from), to: maskChangeValue(c.field, c.to) })),
  } as E;
}
