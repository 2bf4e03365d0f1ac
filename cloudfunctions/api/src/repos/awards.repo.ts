import type { Ballot, Campaign, CampaignStatus, Nomination } from '@/domain/award/award.schema';
import { _, db, inTransaction, type DbHandle } from '@shared/platform/cloud';
import { byIds, getAll } from '@shared/repos/query';

const campaigns = (h: DbHandle) => h.collection('awardCampaigns');
const nominations = (h: DbHandle) => h.collection('awardNominations');
const votes = (h: DbHandle) => h.collection('awardVotes');
const ballots = (h: DbHandle) => h.collection('awardBallots');

/** One nomination per candidate, one vote per voter per candidate, one ballot per voter: the ids say so. */
export const nominationIdOf = (campaignId: string, candidateId: string) => `${campaignId}_${candidateId}`;
export const voteIdOf = (campaignId: string, memberId: string, candidateId: string) => `${campaignId}_${memberId}_${candidateId}`;
export const ballotIdOf = (campaignId: string, memberId: string) => `${campaignId}_${memberId}`;

export async function getCampaign(id: string, h: DbHandle = db): Promise<Campaign | null> {
  return ((await campaigns(h).doc(id).get()).data as Campaign | null) ?? null;
}

export async function insertCampaign(c: Campaign): Promise<void> {
  await campaigns(db).add({ data: c });
}

/** Newest first (one request; the county runs a handful of campaigns a year). */
export async function listCampaigns(): Promise<Campaign[]> {
  const { data } = await campaigns(db).where({}).orderBy('createdAt', 'desc').limit(100).get();
  return data as Campaign[];
}

/** Moves the status only from `from` (one conditional update): answers whether it moved. */
export async function moveStatus(id: string, from: CampaignStatus, patch: Partial<Campaign>): Promise<boolean> {
  const res = await campaigns(db).where({ _id: id, status: from }).update({ data: patch });
  return (res?.stats?.updated ?? 0) > 0;
}

export async function getNomination(id: string): Promise<Nomination | null> {
  return ((await nominations(db).doc(id).get()).data as Nomination | null) ?? null;
}

/**
 * Inserts the nomination in one transaction with a re-read of its campaign, so a nomination read
 * before a close cannot land after it: answers false (nothing written) when the campaign is no
 * longer open. A second nomination of the same candidate fails on the `_id`.
 */
export async function insertNomination(n: Nomination): Promise<boolean> {
  return inTransaction(async (t) => {
    if ((await getCampaign(n.campaignId, t))?.status !== 'open') return false;
    await nominations(t).add({ data: n });
    return true;
  });
}

export const nominationsOf = (campaignId: string): Promise<Nomination[]> => getAll<Nomination>(db, 'awardNominations', { campaignId }, ['at', 'asc']);

export async function getBallot(id: string, h: DbHandle = db): Promise<Ballot | null> {
  return ((await ballots(h).doc(id).get()).data as Ballot | null) ?? null;
}

/** A member's ballots in these campaigns (one request). */
export const ballotsByIds = (ids: string[]): Promise<Ballot[]> => byIds<Ballot>(db, 'awardBallots', ids);

export async function voterCount(campaignId: string): Promise<number> {
  const { total } = await ballots(db).where({ campaignId }).count();
  return total as number;
}

export async function voteExists(id: string): Promise<boolean> {
  return Boolean((await votes(db).doc(id).get()).data);
}

/**
 * Casts one vote in one transaction: reads the campaign and the voter's ballot inside it and lets
 * `check` refuse (the precondition: still open, votes left, not already for this candidate, as of
 * this transaction — so a vote read before a close cannot land after it), then
 * inserts the vote by its unique `_id` and writes the ballot (the voter's own documents). The vote
 * is counted on the nomination after the transaction, by an atomic increment: every voter for the
 * candidate writes that document. A concurrent duplicate collides on the vote's `_id` (or the
 * transaction conflicts) and rolls back.
 */
export async function castVote(
  ids: { campaignId: string; memberId: string; candidateId: string },
  check: (ballot: Ballot | null, campaign: Campaign | null) => void,
  next: (ballot: Ballot | null) => Pick<Ballot, 'used' | 'candidateIds'>,
  now: number,
): Promise<Ballot> {
  const ballotId = ballotIdOf(ids.campaignId, ids.memberId);
  const cast = await inTransaction(async (t) => {
    const campaign = await getCampaign(ids.campaignId, t);
    const ballot = await getBallot(ballotId, t);
    check(ballot, campaign);
    await votes(t).add({ data: { _id: voteIdOf(ids.campaignId, ids.memberId, ids.candidateId), ...ids, at: now } });
    const updated: Ballot = { _id: ballotId, campaignId: ids.campaignId, memberId: ids.memberId, ...next(ballot), updatedAt: now };
    const { _id, ...rest } = updated;
    await ballots(t).doc(_id).set({ data: rest });
    return updated;
  });
  // Every voter for this candidate writes the nomination: counted after, by an atomic increment.
  await nominations(db).doc(nominationIdOf(ids.campaignId, ids.candidateId)).update({ data: { votes: _.inc(1) } });
  return cast;
}
