/**
 * A realistic county for benches and the dashboard tests: committees and branches in the cities
 * where its people work, village groups under townships, members (zh_CN names, phones, birth
 * dates, employers, 失联, tags), users with secretary / cadre / county grants, 1+N pairings and
 * contact logs. Documents are shaped exactly as the functions write them (member.join,
 * org.createBranch / createGroup, org.grantRole, pairing.assign, contact.log), including the member
 * counters on the branch and group documents, computed by the same pure rules member.join and
 * member.update use — so seeded and maintained data agree. Deterministic for a given seed.
 */
import { faker } from '@faker-js/faker/locale/zh_CN';
import type { UserDoc } from '../cloudfunctions/shared/repos/users.repo';
import type { Grant } from '../src/domain/auth/grant';
import { commonTags, type Member } from '../src/domain/member/member.schema';
import type { Branch, Group } from '../src/domain/org/org.schema';
import { advancesLastContact, monthOfDay } from '../src/domain/pairing/contact.rules';
import { contactChannels, wishesToReturn, type Contact, type Pairing } from '../src/domain/pairing/pairing.schema';
import { dayOf } from '../src/domain/shared/day.rules';
import { countersOf, fullCounters, unitKey, type UnitCountersDoc } from '../src/domain/stats/counter.rules';
import { shiftMonth } from '../src/domain/study/calendar.rules';
import type { Checkin, PushCounters, StudyPush } from '../src/domain/study/study.schema';
import { counterKey } from '../src/domain/themeday/attendance-counters.rules';
import type { Plan } from '../src/domain/themeday/themeday.schema';
import { occurrenceIn } from '../src/domain/themeday/occurrence.rules';
import type { CheckinDoc } from '../cloudfunctions/api/src/repos/studies.repo';
import type { PlanDoc, SigninDoc } from '../cloudfunctions/api/src/repos/themeday.repo';
import { addAll } from './bench-cloud';

export interface CountySeedOptions {
  members: number;
  seed?: number;
  /** The instant the county is seen at (joins happen over the two years before). */
  now?: number;
  branches?: number;
  committees?: number;
  townships?: number;
  villagesPerTownship?: number;
}

export interface CountySeed {
  branches: Branch[];
  groups: Group[];
  /** unitCounters/<unit key>: the members' counters of every branch and group. */
  unitCounters: UnitCountersDoc[];
  members: Member[];
  users: UserDoc[];
  /** pairings/<memberId>, as pairing.assign writes them, with the last contact contact.log keeps on them. */
  pairings: Pairing[];
  /** The responsible cadre's contact logs, as contact.log writes them. */
  contacts: Contact[];
  /** County pushes of this and last month with their check-ins, counted on the pushes as checkin.submit counts them. */
  pushes: StudyPush[];
  checkins: CheckinDoc[];
  /** Every branch's theme-day rule, with the sign-ins of the meetings already held in the last three months counted on it. */
  plans: PlanDoc[];
  signins: SigninDoc[];
  /** Openids of organisers to call the dashboard as. */
  organisers: { county: string; secretaryOf: Record<string, string>; cadreOf: Record<string, string> };
}

const DAY = 86_400_000;
/** Where the county's people go, weighted like the seed article's figures (most in the province's cities). */
const CITIES: [string, number][] = [['杭州', 22], ['宁波', 14], ['温州', 8], ['上海', 12], ['苏州', 9], ['深圳', 8], ['广州', 7], ['东莞', 6], ['厦门', 4], ['贵阳', 6], ['北京', 3], ['成都', 1]];
const TOWNSHIP_SUFFIX = ['镇', '乡', '街道'];
const VILLAGE_SUFFIX = ['村', '寨', '坝', '湾'];
const INDUSTRIES = ['制造业', '建筑业', '物流运输', '餐饮服务', '电子商务', '家政服务', '个体经营'];

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
/** Time-sortable ids like platform/ids.ts (ms + sequence), without randomness. */
const idAt = (at: number, seq: number) => hex(at, 12) + hex(seq & 0xffff, 4) + hex(seq >>> 16, 8);
/** 上海流动党支部, 上海第二流动党支部, …: how a county names several branches in one city. */
const ordinal = (n: number) => (n <= 1 ? '' : `第${'一二三四五六七八九十'[n - 1] ?? n}`);
const code6 = (i: number) => (1_000_000_000 + i * 7919).toString(36).slice(-6);

export function generateCounty(opts: CountySeedOptions): CountySeed {
  faker.seed(opts.seed ?? 20_240_701);
  const now = opts.now ?? Date.UTC(2026, 11, 1, 4);
  const nCommittees = opts.committees ?? Math.max(1, Math.round(opts.members / 3000));
  const nBranches = opts.branches ?? Math.max(3, Math.round(opts.members / 120));
  const townships = opts.townships ?? 8;
  const villages = opts.villagesPerTownship ?? Math.max(3, Math.min(30, Math.round(opts.members / 400)));
  const pickCity = () => faker.helpers.weightedArrayElement(CITIES.map(([value, weight]) => ({ value, weight })));
  let seq = 0;

  // Committees in the biggest cities; branches spread over the cities, under the city's committee when there is one.
  const branches: Branch[] = [];
  const committeeOf = new Map<string, string>();
  for (let i = 0; i < nCommittees + nBranches; i++) {
    const committee = i < nCommittees;
    const city = committee ? CITIES[i % CITIES.length][0] : i - nCommittees < CITIES.length ? CITIES[i - nCommittees][0] : pickCity();
    const createdAt = now - 800 * DAY + i * 60_000;
    const kind = committee ? '流动党委' : faker.helpers.arrayElement(['流动党支部', '云支部'] as const);
    const n = branches.filter((b) => b.city === city && b.kind === kind).length + 1;
    const b: Branch = {
      _id: idAt(createdAt, seq++),
      code: code6(i),
      kind,
      name: `${city}${ordinal(n)}${kind}`,
      city,
      parentId: committee ? null : (committeeOf.get(city) ?? null),
      secretaryName: faker.person.fullName(),
      secretaryPhone: faker.helpers.fromRegExp(/1[3-9][0-9]{9}/),
      createdAt,
    };
    if (committee) committeeOf.set(city, b._id);
    branches.push(b);
  }

  const groups: Group[] = [];
  const seenTownships = new Set<string>();
  for (let t = 0; t < townships; t++) {
    let township = `${faker.location.city().replace(/市$/, '')}${TOWNSHIP_SUFFIX[t % TOWNSHIP_SUFFIX.length]}`;
    if (seenTownships.has(township)) township = `${township.slice(0, -1)}${t}${township.slice(-1)}`;
    seenTownships.add(township);
    for (let v = 0; v < villages; v++) {
      const createdAt = now - 790 * DAY + (t * villages + v) * 60_000;
      const village = `${faker.person.lastName()}家${VILLAGE_SUFFIX[v % VILLAGE_SUFFIX.length]}${v >= VILLAGE_SUFFIX.length ? v : ''}`;
      groups.push({ _id: idAt(createdAt, seq++), township, village, name: `${township}${village}网上党小组`, createdAt });
    }
  }

  const members: Member[] = [];
  const users: UserDoc[] = [];
  const joinSpan = 730 * DAY;
  for (let i = 0; i < opts.members; i++) {
    const joinedAt = now - joinSpan + Math.floor((i / opts.members) * joinSpan);
    // Most work where their branch is; some have moved on to another city since joining.
    const branch = faker.helpers.arrayElement(branches);
    const city = faker.number.float() < 0.85 ? branch.city : pickCity();
    const lost = faker.number.float() < 0.05;
    const gender = faker.number.float() < 0.7 ? ('男' as const) : ('女' as const);
    const birth = faker.date.birthdate({ min: 22, max: 70, mode: 'age', refDate: now });
    const m: Member = {
      _id: idAt(joinedAt, seq++),
      openid: `seed_o_${i}`,
      name: faker.person.fullName({ sex: gender === '男' ? 'male' : 'female' }),
      gender,
      phone: faker.helpers.fromRegExp(/1[3-9][0-9]{9}/),
      birthDate: dayOf(birth.getTime()),
      partyJoinDate: dayOf(Math.min(now - 400 * DAY, birth.getTime() + faker.number.int({ min: 19, max: 45 }) * 365 * DAY)),
      city,
      employer: faker.company.name(),
      industry: faker.helpers.arrayElement(INDUSTRIES),
      outflowDate: dayOf(joinedAt - faker.number.int({ min: 30, max: 3000 }) * DAY),
      status: lost ? '失联' : '正常',
      lostContactAt: lost ? dayOf(now - faker.number.int({ min: 1, max: 300 }) * DAY) : null,
      tags: faker.helpers.arrayElements([...commonTags], faker.helpers.weightedArrayElement([{ value: 0, weight: 7 }, { value: 1, weight: 2 }, { value: 2, weight: 1 }])),
      branchId: branch._id,
      groupId: faker.helpers.arrayElement(groups)._id,
      joinedAt,
      updatedAt: joinedAt,
    };
    members.push(m);
  }

  // Every unit's counters document, by the rules member.join and member.update move them with.
  const counters = countersOf(members);
  const unitCounters: UnitCountersDoc[] = [
    ...branches.map((b) => ({ _id: unitKey('branch', b._id), kind: 'branch' as const, unitId: b._id, ...fullCounters(counters.get(unitKey('branch', b._id))) })),
    ...groups.map((g) => ({ _id: unitKey('group', g._id), kind: 'group' as const, unitId: g._id, ...fullCounters(counters.get(unitKey('group', g._id))) })),
  ];

  const organiser = (openid: string, grants: Grant[]): UserDoc => ({ _id: openid, name: faker.person.fullName(), grants, createdAt: now - 800 * DAY, updatedAt: now - 800 * DAY });
  const organisers: CountySeed['organisers'] = { county: 'seed_county', secretaryOf: {}, cadreOf: {} };
  users.push(organiser('seed_sysadmin', [{ role: 'sysadmin' }]), organiser('seed_county', [{ role: 'county' }]));
  branches.forEach((b, i) => {
    organisers.secretaryOf[b._id] = `seed_sec_${i}`;
    users.push(organiser(`seed_sec_${i}`, [{ role: 'secretary', branchId: b._id }]));
  });
  // Every village group has a cadre; a group out of five has two (1+N is split between them).
  const cadresOf = new Map<string, string[]>();
  groups.forEach((g, i) => {
    const ids = i % 5 === 0 ? [`seed_cadre_${i}`, `seed_cadre_${i}b`] : [`seed_cadre_${i}`];
    cadresOf.set(g._id, ids);
    organisers.cadreOf[g._id] = ids[0];
    for (const id of ids) users.push(organiser(id, [{ role: 'cadre', groupId: g._id }]));
  });

  // 1+N: about 70% of members have a responsible cadre from joining on; he logs up to three contacts
  // over the last 90 days (none before the pairing), each on the day it is logged.
  const nameOf = new Map(users.map((u) => [u._id, u.name ?? '']));
  const pairings: Pairing[] = [];
  const contacts: Contact[] = [];
  for (const m of members) {
    if (faker.number.float() >= 0.7) continue;
    const cadreOpenid = faker.helpers.arrayElement(cadresOf.get(m.groupId)!);
    const pairing: Pairing = { _id: m._id, memberId: m._id, cadreOpenid, cadreName: nameOf.get(cadreOpenid)!, branchId: m.branchId, groupId: m.groupId, since: m.joinedAt, lastContactAt: null, lastContactDay: null };
    const window = Math.min(90 * 24 * 60, Math.floor((now - pairing.since) / 60_000));
    const logged = Array.from({ length: faker.number.int({ min: 0, max: 3 }) }, () => now - faker.number.int({ min: 0, max: window }) * 60_000).sort((a, b) => a - b);
    for (const at of logged) {
      const day = dayOf(at);
      contacts.push({
        _id: idAt(at, seq++),
        memberId: m._id,
        cadreOpenid,
        authorName: pairing.cadreName,
        byRole: 'cadre',
        byOrg: null,
        branchId: m.branchId,
        groupId: m.groupId,
        day,
        month: monthOfDay(day),
        channel: faker.helpers.arrayElement(contactChannels),
        note: faker.helpers.arrayElement(['工作稳定', '询问返乡政策', '家中老人需照顾', '参加了当地党组织活动', '暂无困难']),
        situation: {
          work: `在${m.city}${m.employer ?? ''}务工`.slice(0, 200),
          difficulties: faker.helpers.arrayElement(['', '', '子女入学', '工资拖欠', '老人看病']),
          wishToReturn: faker.helpers.arrayElement(wishesToReturn),
        },
        at,
      });
      // As contact.log moves it, in the order the contacts were logged.
      if (advancesLastContact(pairing.lastContactDay, day)) Object.assign(pairing, { lastContactAt: at, lastContactDay: day });
    }
    pairings.push(pairing);
  }

  return { branches, groups, unitCounters, members, users, pairings, contacts, organisers, ...studies(members, now, () => seq++), ...themedays(branches, members, now) };
}

/** Writes a generated county into a local cloud through the SDK, 1,000 documents per request. */
export async function loadCounty(db: any, seed: CountySeed): Promise<void> {
  for (const name of ['pairings', 'contacts']) await db.createCollection(name).catch(() => undefined);
  await addAll(db, 'branches', seed.branches);
  await addAll(db, 'groups', seed.groups);
  await addAll(db, 'unitCounters', seed.unitCounters);
  await addAll(db, 'users', seed.users);
  await addAll(db, 'members', seed.members);
  await addAll(db, 'pairings', seed.pairings);
  await addAll(db, 'contacts', seed.contacts);
  await addAll(db, 'studyPushes', seed.pushes);
  await addAll(db, 'checkins', seed.checkins);
  await addAll(db, 'themedayPlans', seed.plans);
  await addAll(db, 'themedaySignins', seed.signins);
}

/** Members who take part: 失联 members never do. */
const active = (members: Member[]) => members.filter((m) => m.status !== '失联');

/** Two county-wide pushes a month (the 3rd and the 15th) this month and last; about 60% of reachable members check in. */
function studies(members: Member[], now: number, nextSeq: () => number): Pick<CountySeed, 'pushes' | 'checkins'> {
  const pushes: StudyPush[] = [];
  const checkins: CheckinDoc[] = [];
  const thisMonth = dayOf(now).slice(0, 7);
  for (const month of [shiftMonth(thisMonth, -1), thisMonth]) {
    for (const dd of ['03', '15']) {
      const publishAt = Date.parse(`${month}-${dd}T01:00:00Z`); // 09:00 Shanghai
      if (publishAt > now) continue;
      const counters: PushCounters = { total: 0, byBranch: {}, byGroup: {} };
      const push: StudyPush = {
        _id: idAt(publishAt, nextSeq()),
        title: faker.helpers.arrayElement(['学习党的二十届四中全会精神', '流动党员如何发挥先锋作用', '安全生产与劳动权益', '家乡发展新变化']),
        issueNo: pushes.length + 1,
        kind: '理论学习',
        body: [{ type: 'paragraph', text: '本期学习内容……' }],
        audience: { scope: 'county' },
        publishAt,
        month,
        dueDay: dayOf(publishAt + 10 * DAY),
        publisherOpenid: 'seed_county',
        publisherName: '县委组织部',
        createdAt: publishAt,
        counters,
      };
      for (const m of active(members)) {
        if (m.joinedAt > publishAt || faker.number.float() >= 0.6) continue;
        const at = Math.min(now, publishAt + faker.number.int({ min: 10, max: 9 * 24 * 60 }) * 60_000);
        const c: Checkin = { _id: `${push._id}_${m._id}`, pushId: push._id, memberId: m._id, openid: m.openid, branchId: m.branchId, groupId: m.groupId, text: '认真学习，联系实际，在外务工也不忘党员身份。', photos: [], minutes: faker.number.int({ min: 10, max: 60 }), day: dayOf(at), clientKey: `seed${checkins.length}`, submittedAt: at, updatedAt: at };
        checkins.push({ ...c, clientKeys: [c.clientKey] });
        counters.total++;
        counters.byBranch[m.branchId] = (counters.byBranch[m.branchId] ?? 0) + 1;
        counters.byGroup[m.groupId] = (counters.byGroup[m.groupId] ?? 0) + 1;
      }
      pushes.push(push);
    }
  }
  return { pushes, checkins };
}

/** Every branch meets on the 28th at 19:30; for the meetings of the last three months already over, about half sign in (70% online). */
function themedays(branches: Branch[], members: Member[], now: number): Pick<CountySeed, 'plans' | 'signins'> {
  const plan: Plan = { rule: { kind: 'dayOfMonth', day: 28 }, time: '19:30', durationMinutes: 90 };
  const thisMonth = dayOf(now).slice(0, 7);
  const byBranch = new Map<string, Member[]>();
  for (const m of active(members)) byBranch.set(m.branchId, [...(byBranch.get(m.branchId) ?? []), m]);
  const plans: PlanDoc[] = [];
  const signins: SigninDoc[] = [];
  for (const b of branches) {
    const doc: PlanDoc = { _id: b._id, branchId: b._id, plan, updatedAt: b.createdAt, updatedBy: 'seed_county', counters: {} };
    for (const month of [shiftMonth(thisMonth, -2), shiftMonth(thisMonth, -1), thisMonth]) {
      const o = occurrenceIn(b._id, plan, month);
      if (o.end > now) continue;
      const c = { signedIn: 0, online: 0, onsite: 0 };
      for (const m of byBranch.get(b._id) ?? []) {
        if (m.joinedAt > o.start || faker.number.float() >= 0.5) continue;
        const mode = faker.number.float() < 0.7 ? ('online' as const) : ('onsite' as const);
        signins.push({ _id: `${o.id}_${m._id}`, occurrenceId: o.id, branchId: b._id, month, memberId: m._id, openid: m.openid, mode, at: o.start + faker.number.int({ min: -30, max: 60 }) * 60_000 });
        c.signedIn++;
        c[mode]++;
      }
      doc.counters![counterKey(month)] = c;
    }
    plans.push(doc);
  }
  return { plans, signins };
}
