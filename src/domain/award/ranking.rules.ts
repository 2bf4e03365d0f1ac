/** A candidate's standing once the counts are known. */
export interface Ranked<T> {
  item: T;
  votes: number;
  /** Competition ranking: equal counts share a rank (1, 2, 2, 4). */
  rank: number;
  /** Within the seats by rank. */
  elected: boolean;
  /** Tied with another candidate across the last seat: more are elected than seats, the county decides. */
  tie: boolean;
}

/**
 * Orders candidates by votes (ties by nomination time, earlier first, for a stable list) and marks
 * the elected: everyone whose rank fits the seats. A tie across the last seat elects all tied and
 * flags them, rather than dropping one by an arbitrary rule.
 */
export function rankCandidates<T extends { votes: number; at: number }>(items: T[], seats: number): Ranked<T>[] {
  const sorted = [...items].sort((a, b) => b.votes - a.votes || a.at - b.at);
  const ranked = sorted.map((item, i) => ({ item, votes: item.votes, rank: 0, elected: false, tie: false, i }));
  for (const r of ranked) r.rank = r.i === 0 || ranked[r.i - 1].votes !== r.votes ? r.i + 1 : ranked[r.i - 1].rank;
  for (const r of ranked) r.elected = r.rank <= seats && r.votes > 0;
  // More elected than seats only when candidates tie on the last seat's count.
  const over = ranked.filter((r) => r.elected).length > seats;
  for (const r of ranked) r.tie = over && r.elected && r.votes === ranked[seats - 1].votes;
  return ranked.map(({ i: _i, ...r }) => r);
}
