import { api, type ActionTable } from './table';
import {
  contactGapsInputSchema,
  contactListInputSchema,
  contactLogInputSchema,
  pairingAssignInputSchema,
  pairingCadresInputSchema,
  pairingMineInputSchema,
  pairingUnassignInputSchema,
  type Contact,
  type Pairing,
} from '../domain/pairing/pairing.schema';
import type { GapReport, GapRow } from '../domain/pairing/gap-report.rules';
import type { GapSettings } from '../domain/pairing/gap.rules';
import type { Person } from './roles';

/** 1+N pairing, contact logs and the contact-gap monitor. */
export const pairingActions = {
  'pairing.assign': api(pairingAssignInputSchema),
  'pairing.unassign': api(pairingUnassignInputSchema),
  'pairing.mine': api(pairingMineInputSchema),
  'pairing.cadres': api(pairingCadresInputSchema),
  'contact.log': api(contactLogInputSchema),
  'contact.list': api(contactListInputSchema),
  'contact.gaps': api(contactGapsInputSchema),
} as const satisfies ActionTable;

/** A cadre's paired member: his gap line plus the phone to call him on. */
export type PairedMemberView = GapRow & { phone: string | null };

/** A contact as a reader sees it (the author's openid is not sent back). */
export type ContactView = Omit<Contact, 'cadreOpenid'>;

export interface PairingOutputs {
  'pairing.assign': { pairings: Pairing[] };
  'pairing.unassign': { removed: number };
  'pairing.mine': {
    /** As a village cadre: his members, longest gap first. */
    asCadre: PairedMemberView[];
    /** As a member: his responsible cadre. */
    myCadre: Pick<Pairing, 'cadreName' | 'since' | 'lastContactDay'> | null;
    settings: GapSettings;
  };
  'pairing.cadres': {
    cadres: Person[];
    /** The group's members paired now, with their responsible cadre. */
    pairings: { memberId: string; cadreOpenid: string; cadreName: string }[];
  };
  'contact.log': { contact: ContactView; lastContactDay: string | null };
  'contact.list': { items: ContactView[]; nextCursor: string | null };
  'contact.gaps': GapReport;
}
