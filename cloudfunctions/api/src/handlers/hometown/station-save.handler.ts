import type { HometownOutputs } from '@/contracts/hometown';
import { canManageStations } from '@/domain/hometown/hometown-scope.rules';
import type { Station, StationSaveInput } from '@/domain/hometown/station.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { newId } from '@shared/platform/ids';
import { getMember } from '@shared/repos/members.repo';
import { getStation, insertStation, replaceStation } from '../../repos/stations.repo';
import { stationView } from './station-views';

/**
 * 人才工作站: the county creates a station (no stationId) or replaces its fields. A member head is
 * kept by id only, so his name and phone stay those of his record (and are masked per caller).
 */
export async function stationSaveHandler(input: StationSaveInput, { caller, now }: Ctx): Promise<HometownOutputs['station.save']> {
  if (!canManageStations(caller)) throw forbidden('仅县委组织部可维护人才工作站');
  const [existing, member] = await Promise.all([
    input.stationId ? getStation(input.stationId) : null,
    input.head.kind === 'member' ? getMember(input.head.memberId) : null,
  ]);
  if (input.stationId && !existing) throw new AppError(ErrorCodes.STATION_NOT_FOUND, '人才工作站不存在');
  if (input.head.kind === 'member' && !member) throw new AppError(ErrorCodes.MEMBER_NOT_FOUND, '所选站长不是在册党员');

  const station: Station = {
    _id: existing?._id ?? newId(now),
    city: input.city,
    name: input.name,
    head: input.head,
    contact: input.contact,
    notes: input.notes || null,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await (existing ? replaceStation(station) : insertStation(station));
  return stationView(caller, station, new Map(member ? [[member._id, member]] : []));
}
