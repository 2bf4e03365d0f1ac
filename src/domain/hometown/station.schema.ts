import { z } from 'zod';
import { idSchema, nameSchema, phoneSchema } from '../shared/fields.schema';

/** The head of a 人才工作站: one of our members, or a named person with a phone. */
export const stationHeadSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('member'), memberId: idSchema }),
  z.strictObject({ kind: z.literal('person'), name: nameSchema, phone: phoneSchema }),
]);
export type StationHeadInput = z.infer<typeof stationHeadSchema>;

/** Create (no stationId) or replace a station's fields (stationId). */
export const stationSaveInputSchema = z.strictObject({
  stationId: idSchema.optional(),
  city: nameSchema,
  name: z.string().trim().min(1, '请输入工作站名称').max(40, '名称不超过 40 个字'),
  head: stationHeadSchema,
  /** The station's public contact (phone, WeChat id, address): shown to everyone who sees the list. */
  contact: z.string().trim().min(1, '请输入联系方式').max(64, '不超过 64 个字'),
  notes: z.string().trim().max(500, '备注不超过 500 个字').optional(),
});

export const stationListInputSchema = z.strictObject({ city: nameSchema.optional() }).optional();

export type StationSaveInput = z.infer<typeof stationSaveInputSchema>;

/** As stored: a member head keeps only his id (name and phone are read live, masked per caller). */
export type StationHead = { kind: 'member'; memberId: string } | { kind: 'person'; name: string; phone: string };

export interface Station {
  _id: string;
  city: string;
  name: string;
  head: StationHead;
  contact: string;
  notes: string | null;
  createdAt: number;
  updatedAt: number;
}
