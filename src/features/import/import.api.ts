import type { Caller } from '@/domain/auth/grant';
import { call } from '@/services/cloud';
import { callerOfMe } from '../shared/caller-of-me';

/** The import page's first load: who the signed-in user is (which kinds he may import). */
export const loadImporter = async (): Promise<Caller> => callerOfMe(await call('member.me'));
