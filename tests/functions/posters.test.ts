import { ADMIN, createBranch, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { pollPosters, readPosterZip } from './helpers/posters';
import { sdkDb } from './helpers/study';

jest.setTimeout(240_000);

/** The branches the county prints: the two seeded and more. */
const EXTRA = 10;
const TOTAL = 2 + EXTRA;
/**
 * The api function under a 10 s limit (as if set so in the console): the Ctx deadline is 8.5 s
 * after the start (time-budget.ts keeps 1.5 s) and a step draws while the next code would end
 * within half of what is left. The local cloud takes 1-2 s a code on a loaded machine, a fraction
 * of that on an idle one, so a step is also capped at STEP_CODES: several steps on any machine.
 */
const LIMIT_S = 10;
const STEP_CODES = 4;
process.env.POSTER_STEP_MAX_CODES = String(STEP_CODES);

/**
 * branch.posters in steps: a county with many branches is printed over several calls, each within
 * the function's real time limit, with every code once, whether a step fails or dies mid-way.
 */
describe('branch.posters in steps', () => {
  let tc: TestCloud;
  let sa: string;

  beforeAll(async () => {
    const timeouts: Record<string, number> = {};
    tc = await startTestCloud({ timeouts });
    ({ sa } = await seedTwoBranches(tc));
    await tc.data(ADMIN, 'org.grantRole', { openid: 'county_1', role: 'county' });
    await tc.data(ADMIN, 'org.grantRole', { openid: 'county_2', role: 'county' });
    for (let i = 1; i <= EXTRA; i++) await createBranch(tc, `第${i}云支部`, '杭州');
    // The seed ran under config.json's limit (the bundle's cold start alone can take seconds under jest); the prints run under the short one.
    timeouts.api = LIMIT_S;
  });
  afterAll(() => tc?.dispose());

  const job = async (id: string) => (await sdkDb().collection('posters').doc(id).get()).data;
  const files = (prefix: string) => tc.lc.storage.list().map((f) => f.cloudPath).filter((p) => p.startsWith(prefix));
  const drawn = (from: number) => tc.lc.outbox.slice(from).filter((e: any) => e.kind === 'wxacode').map((e: any) => e.scene as string);

  const pollToEnd = (openid: string, jobId: string) => pollPosters(tc, openid, jobId);
  const readZip = readPosterZip;

  it('draws as many codes as fit each step, records progress, and zips every code once', async () => {
    const before = tc.lc.outbox.length;
    const t0 = Date.now();
    const first = await tc.data('county_1', 'branch.posters', {});
    // The call stopped with the margin: well inside the 4 s limit the local cloud enforces.
    expect(Date.now() - t0).toBeLessThan(LIMIT_S * 1000);
    expect(first).toMatchObject({ state: 'running', total: TOTAL, fileID: null, url: null, busy: false });
    expect(first.done).toBeGreaterThan(0);
    expect(first.done).toBeLessThan(TOTAL);
    expect(first.fileName).toMatch(/^石阡县入支部二维码-\d{8}-\d{4}\.zip$/);
    // Each drawn code sits under a path fixed by job and branch.
    expect(files(`posters/county_1/${first.jobId}/`)).toHaveLength(first.done);

    const rest: any[] = [];
    for (let p = first; p.state === 'running'; ) {
      const t = Date.now();
      p = await tc.data('county_1', 'branch.postersStatus', { jobId: first.jobId });
      expect(Date.now() - t).toBeLessThan(LIMIT_S * 1000);
      rest.push(p);
    }
    const steps = [first, ...rest];
    expect(steps.length).toBeGreaterThanOrEqual(Math.ceil(TOTAL / STEP_CODES));
    // Progress only grows, by at most a step's codes at a time.
    const dones = steps.map((s) => s.done);
    dones.slice(1).forEach((d, i) => expect(d - dones[i]).toBeGreaterThanOrEqual(0));
    dones.slice(1).forEach((d, i) => expect(d - dones[i]).toBeLessThanOrEqual(STEP_CODES));
    const last = steps[steps.length - 1];
    expect(last).toMatchObject({ state: 'done', done: TOTAL, error: null });
    expect(last.fileID).toMatch(/^cloud:\/\/.+\/posters\/county_1\/\d{8}-\d{6}-[0-9a-f]{32}\.zip$/);

    const { zip, names } = await readZip(last.url);
    expect(names.sort()).toEqual([...last.names].sort());
    expect(new Set(names).size).toBe(TOTAL);
    expect(names).toContain('01-杭州云支部.png');
    expect(names).toContain(`${TOTAL}-第${EXTRA}云支部.png`);
    expect((await zip.file('01-杭州云支部.png')!.async('nodebuffer')).subarray(1, 4).toString()).toBe('PNG');
    // Every code drawn once, each with the branch's signed scene (branch.qrcode's).
    const scenes = drawn(before);
    expect(scenes).toHaveLength(TOTAL);
    expect(new Set(scenes).size).toBe(TOTAL);
    expect(scenes[0]).toBe(sa);
    // The PNGs were scratch: only the zip is left.
    expect(files(`posters/county_1/${first.jobId}/`)).toEqual([]);
    expect((await job(first.jobId)).partIds).toEqual([]);
    // A finished job answers its zip again, drawing nothing more.
    const again = await tc.data('county_1', 'branch.postersStatus', { jobId: first.jobId });
    expect(again).toMatchObject({ state: 'done', fileID: last.fileID, url: expect.stringMatching(/^http/) });
    expect(drawn(before)).toHaveLength(TOTAL);
  });

  it('a step that dies after drawing is redone onto the same files: nothing lost, nothing twice', async () => {
    const first = await tc.data('county_2', 'branch.posters', {});
    const recorded = await job(first.jobId);
    const second = await tc.data('county_2', 'branch.postersStatus', { jobId: first.jobId });
    expect(second.done).toBeGreaterThan(first.done);
    // As if the second step died before its last write: its PNGs are stored, the job does not know them.
    const { _id, ...back } = recorded;
    await sdkDb().collection('posters').doc(first.jobId).set({ data: { ...back, leaseUntil: Date.now() - 1 } });
    const stored = files(`posters/county_2/${first.jobId}/`);
    expect(stored).toHaveLength(second.done);

    const third = await tc.data('county_2', 'branch.postersStatus', { jobId: first.jobId });
    expect(third.done).toBeGreaterThan(first.done);
    // The redrawn codes replaced their first uploads: one file per branch drawn.
    expect(files(`posters/county_2/${first.jobId}/`)).toHaveLength(third.state === 'done' ? 0 : Math.max(second.done, third.done));
    const last = (await pollToEnd('county_2', first.jobId)).pop();
    expect(last).toMatchObject({ state: 'done', done: TOTAL });
    const { names } = await readZip(last.url);
    expect(names).toHaveLength(TOTAL);
    expect(new Set(names).size).toBe(TOTAL);
    expect(files(`posters/county_2/${first.jobId}/`)).toEqual([]);
  });

  it('keeps the codes drawn before a failing step and finishes once wxacode answers again', async () => {
    const before = tc.lc.outbox.length;
    const first = await tc.data('county_1', 'branch.posters', {});
    tc.lc.faults.openapiTimeout = ['wxacode.getUnlimited'];
    const failed = await tc.data('county_1', 'branch.postersStatus', { jobId: first.jobId });
    expect(failed).toMatchObject({ state: 'running', done: first.done, busy: false });
    expect((await job(first.jobId)).failures).toBe(1);
    tc.lc.faults.openapiTimeout = [];
    const last = (await pollToEnd('county_1', first.jobId)).pop();
    expect(last).toMatchObject({ state: 'done', done: TOTAL });
    expect(new Set(drawn(before)).size).toBe(TOTAL);
    expect(drawn(before)).toHaveLength(TOTAL);
  });

  it('a second poll while a step holds the job only reports; a job is its starter\'s alone', async () => {
    const first = await tc.data('county_1', 'branch.posters', {});
    await sdkDb().collection('posters').doc(first.jobId).update({ data: { leaseUntil: Date.now() + 60_000 } });
    const before = tc.lc.outbox.length;
    expect(await tc.data('county_1', 'branch.postersStatus', { jobId: first.jobId })).toMatchObject({ state: 'running', done: first.done, busy: true });
    expect(drawn(before)).toEqual([]);
    expect(await tc.code('county_2', 'branch.postersStatus', { jobId: first.jobId })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('county_1', 'branch.postersStatus', { jobId: 'nosuchjob' })).toBe('POSTER.JOB_NOT_FOUND');
    // Printing is the county's: a member (or a secretary) neither starts nor advances a job.
    expect(await tc.code('sec_x', 'branch.postersStatus', { jobId: first.jobId })).toBe('AUTH.FORBIDDEN');
  });
});
