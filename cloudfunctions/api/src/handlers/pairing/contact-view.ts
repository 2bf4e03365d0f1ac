import type { ContactView } from '@/contracts/pairing';
import type { Contact } from '@/domain/pairing/pairing.schema';

/** Readers see who wrote a contact by name and role, not by openid. */
export const contactView = ({ cadreOpenid: _author, ...rest }: Contact): ContactView => rest;
