/** Every area's security cases, imported statically so the bench can bundle them too. */
import type { AreaCases } from './case';
import foundation from './cases/foundation';

export const areas: AreaCases<any>[] = [foundation];
