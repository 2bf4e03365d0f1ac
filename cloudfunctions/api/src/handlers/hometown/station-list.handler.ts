import type { HometownOutputs } from '@/contracts/hometown';
import { isInsider } from '@/domain/auth/scope.rules';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { listStations } from '../../repos/stations.repo';
import { headsOf, stationView } from './station-views';

/** Every talent station (optionally of one city) for members and organisers; heads' phones per masking rules. */
export async function stationListHandler(input: { city?: string } | undefined, { caller }: Ctx): Promise<HometownOutputs['station.list']> {
  if (!isInsider(caller)) throw forbidden('请先加入支部');
  const stations = await listStations(input?.city);
  const heads = await headsOf(stations);
  return { items: stations.map((s) => stationView(caller, s, heads)) };
}
