import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { getCounty } from '@shared/repos/config.repo';
import { getBranch, getGroup } from '@shared/repos/org.repo';

/** A unit of the statistics cards (the county, a branch, a village group). */
export type NamedUnit = { kind: 'county' } | { kind: 'branch'; id: string } | { kind: 'group'; id: string };

/** The name a statistics card titles its unit with; a branch or group that does not exist is ORG.NOT_FOUND. */
export async function unitName(unit: NamedUnit): Promise<string> {
  if (unit.kind === 'county') return (await getCounty())?.name ?? '全县';
  const found = unit.kind === 'branch' ? await getBranch(unit.id) : await getGroup(unit.id);
  if (!found) throw new AppError(ErrorCodes.ORG_NOT_FOUND, unit.kind === 'branch' ? '支部不存在' : '网上党小组不存在');
  return found.name;
}
