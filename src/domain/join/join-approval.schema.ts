import { z } from 'zod';
import { idSchema, pageFields } from '../shared/fields.schema';
import type { SelfProfile } from '../member/member.schema';

/**
 * A branch's join code and how new members get in. Rotating bumps the code's version (every older
 * poster stops working, with its own message); revoking stops joins by the code until restored;
 * with approval on, a join waits as a request its secretary (or the county) approves or refuses.
 */
export const joinSettingsInputSchema = z
  .strictObject({
    branchId: idSchema,
    rotate: z.literal(true).optional(),
    revoked: z.boolean().optional(),
    approval: z.boolean().optional(),
  })
  .refine((v) => v.rotate !== undefined || v.revoked !== undefined || v.approval !== undefined, { message: '没有要修改的内容', path: ['branchId'] });

export const joinRequestsInputSchema = z.strictObject({
  branchId: idSchema.optional(),
  ...pageFields(50),
});

export const joinDecideInputSchema = z
  .strictObject({
    requestId: idSchema,
    approve: z.boolean(),
    note: z.string().trim().max(200, '说明不超过 200 个字').optional(),
  })
  .refine((v) => v.approve || Boolean(v.note), { message: '不同意时请填写原因', path: ['note'] });

export type JoinSettingsInput = z.infer<typeof joinSettingsInputSchema>;
export type JoinDecideInput = z.infer<typeof joinDecideInputSchema>;
export type JoinRequestsInput = z.infer<typeof joinRequestsInputSchema>;

/** A branch's join settings as stored on its document (absent fields: version 0, open, no approval). */
export interface JoinSettings {
  joinVersion: number;
  joinRevoked: boolean;
  joinApproval: boolean;
}

export const joinSettingsOf = (b: { joinVersion?: number; joinRevoked?: boolean; joinApproval?: boolean }): JoinSettings => ({
  joinVersion: b.joinVersion ?? 0,
  joinRevoked: b.joinRevoked ?? false,
  joinApproval: b.joinApproval ?? false,
});

export type JoinRequestState = 'pending' | 'approved' | 'refused';

/** A join waiting for the branch's approval: `_id` is derived from his openid, so he has one at a time. */
export interface JoinRequest {
  _id: string;
  openid: string;
  branchId: string;
  groupId: string;
  profile: SelfProfile;
  state: JoinRequestState;
  requestedAt: number;
  decidedAt: number | null;
  decidedByName: string | null;
  decisionNote: string | null;
}
