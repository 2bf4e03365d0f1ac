import { gapSettingsOf, type GapSettings } from '@/domain/pairing/gap.rules';
import { getGapConfig } from '../../repos/pairings.repo';

/** The county's configured periods over the domain defaults. */
export const loadGapSettings = async (): Promise<GapSettings> => gapSettingsOf((await getGapConfig()) as Partial<Record<keyof GapSettings, unknown>> | null);
