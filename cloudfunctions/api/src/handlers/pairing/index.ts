import type { pairingActions } from '@/contracts/pairing';
import type { HandlerTable } from '@shared/dispatch/handler';
import { assignPairingHandler } from './assign-pairing.handler';
import { contactGapsHandler } from './contact-gaps.handler';
import { listContactsHandler } from './list-contacts.handler';
import { logContactHandler } from './log-contact.handler';
import { myPairingsHandler } from './my-pairings.handler';
import { pairingCadresHandler } from './pairing-cadres.handler';
import { unassignPairingHandler } from './unassign-pairing.handler';

export const pairingHandlers: HandlerTable<keyof typeof pairingActions> = {
  'pairing.assign': assignPairingHandler,
  'pairing.unassign': unassignPairingHandler,
  'pairing.mine': myPairingsHandler,
  'pairing.cadres': pairingCadresHandler,
  'contact.log': logContactHandler,
  'contact.list': listContactsHandler,
  'contact.gaps': contactGapsHandler,
};
