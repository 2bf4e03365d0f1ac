import { z } from 'zod';
import { idSchema, pageFields } from '../shared/fields.schema';

/**
 * 转接: a member moves from one branch to another. Three ways in, one decision:
 *   request — the member scans the other branch's code and asks (申请转入);
 *   release — his branch's secretary releases him to another branch;
 *   county  — the county moves him (approved at once: it covers both sides).
 * A pending transfer is approved or refused by the receiving side (its secretary or the county).
 */
export const transferKinds = ['request', 'release', 'county'] as const;
export type TransferKind = (typeof transferKinds)[number];
export const transferStates = ['pending', 'approved', 'refused', 'cancelled'] as const;
export type TransferState = (typeof transferStates)[number];

const noteSchema = z.string().trim().max(200, '说明不超过 200 个字');
const sceneSchema = z.string().min(1).max(32);

/** The member asks to move to the branch whose code he scanned; a new village group is optional. */
export const transferRequestInputSchema = z.strictObject({
  scene: sceneSchema,
  groupId: idSchema.optional(),
  note: noteSchema.optional(),
});

/** An organiser moves a member from his record (the county at once; his secretary by releasing him). */
export const transferMoveInputSchema = z.strictObject({
  memberId: idSchema,
  toBranchId: idSchema,
  toGroupId: idSchema.optional(),
  note: noteSchema.optional(),
});

export const transferDecideInputSchema = z
  .strictObject({
    transferId: idSchema,
    approve: z.boolean(),
    note: noteSchema.optional(),
  })
  .refine((v) => v.approve || Boolean(v.note), { message: '不同意时请填写原因', path: ['note'] });

export const transferCancelInputSchema = z.strictObject({ transferId: idSchema });

/** incoming: to the caller's branches; outgoing: from them; mine: the caller's own. */
export const transferBoxes = ['incoming', 'outgoing', 'mine'] as const;
export const transferListInputSchema = z.strictObject({
  box: z.enum(transferBoxes),
  /** Only the waiting ones (the default), or every state. */
  all: z.boolean().optional(),
  ...pageFields(50),
});

export type TransferRequestInput = z.infer<typeof transferRequestInputSchema>;
export type TransferMoveInput = z.infer<typeof transferMoveInputSchema>;
export type TransferDecideInput = z.infer<typeof transferDecideInputSchema>;
export type TransferListInput = z.infer<typeof transferListInputSchema>;

export interface TransferSide {
  branchId: string;
  branchName: string;
  groupId: string;
  groupName: string;
}

export interface Transfer {
  _id: string;
  memberId: string;
  memberName: string;
  kind: TransferKind;
  state: TransferState;
  from: TransferSide;
  to: TransferSide;
  note: string | null;
  requestedBy: { openid: string; name: string | null };
  requestedAt: number;
  decidedBy: { openid: string; name: string | null } | null;
  decidedAt: number | null;
  decisionNote: string | null;
}
