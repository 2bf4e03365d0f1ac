/**
 * Generates the security tests of one area from its cases: for every action, the call as each
 * outsider, with forged identity fields, the legitimate caller reaching past his scope (where the
 * case says how), tampered signed codes (where the payload carries one), and the legitimate call
 * itself, which must succeed (an action that refuses everyone fails here). A refused call must
 * answer the expected code, make no database write (counted by the local cloud) and show nothing of
 * the target member; after all of an action's probes the whole database must equal its state before
 * them (the legitimate call's writes are undone by restoring it).
 * Probes the shared dispatcher refuses before any handler runs (no identity, payloads the action's
 * schema refuses) are one test per area: they exercise one piece of code, not one per action.
 */
import { actions, type ActionName } from '../../src/contracts';
import { ErrorCodes, type ErrorCode } from '../../src/domain/shared/errors';
import { startTestCloud, type Result, type TestCloud } from '../functions/helpers/cloud';
import { dumpDatabase, restoreDatabase } from '../functions/helpers/dump';
import { outsiders, type ActionCase, type AreaCases, type Expectation } from './case';
import { acceptsUnknownKeys, forged, malformed, tampered, type Variant } from './probes';
import { openids, seedWorld, type World } from './world';

jest.setTimeout(120_000);

/** The database requests that change something (a started-then-aborted transaction does not). */
const WRITES = new Set(['database.insertDocument', 'database.modifyDocument', 'database.removeDocument', 'database.addCollection', 'database.commitTransaction']);

interface Outcome {
  code: string;
  writes: number;
  leaks: string[];
}

const isCode = (e: Expectation): e is ErrorCode => typeof e === 'string';

export function securitySuite<F>(area: AreaCases<F>): void {
  describe(`security: ${area.area}`, () => {
    let tc: TestCloud;
    let w: World;
    let f: F;
    beforeAll(async () => {
      tc = await startTestCloud();
      w = await seedWorld(tc);
      f = (area.seed ? await area.seed(tc, w) : undefined) as F;
    });
    afterAll(() => tc?.dispose());

    /** One call and what it did: its code ('OK' on success), writes made, target secrets shown. */
    async function probe(openid: string | null, action: string, payload: unknown): Promise<Outcome> {
      tc.lc.stats.reset();
      const r: Result = await tc.call(openid, action, payload);
      const writes = Object.entries(tc.lc.stats.byAction).reduce((n, [a, count]) => n + (WRITES.has(a) ? count : 0), 0);
      const text = JSON.stringify(r);
      return { code: r.ok ? 'OK' : r.error.code, writes, leaks: w.secrets.filter((s) => text.includes(s)) };
    }

    /** Runs variants and lists every one whose outcome differs from `expected(variant)`. */
    async function mismatches<V extends Variant>(openid: string | null, action: string, variants: V[], expected: (v: V) => string): Promise<string[]> {
      const out: string[] = [];
      for (const v of variants) {
        const got = await probe(openid, action, v.payload);
        const want = expected(v);
        if (got.code !== want || got.writes || got.leaks.length) out.push(`${v.label}: got ${got.code} (${got.writes} writes, leaks ${got.leaks.join(',') || 'none'}), want ${want}`);
      }
      return out;
    }

    const entries = Object.entries(area.cases) as [ActionName, ActionCase<F>][];

    it(`dispatcher: refuses, before any handler, no identity (AUTH.REQUIRED), malformed payloads and identity claims in strict payloads (INPUT.INVALID) of its ${entries.length} actions`, async () => {
      const wrong: string[] = [];
      for (const [action, c] of entries) {
        const schema = actions[action].input;
        const valid = c.valid(w, f);
        const parsed = schema.safeParse(valid);
        if (!parsed.success) wrong.push(`${action}: the case's valid payload fails the schema: ${JSON.stringify(parsed.error.issues)}`);
        const anonymous = await probe(null, action, valid);
        if (anonymous.code !== ErrorCodes.AUTH_REQUIRED || anonymous.writes || anonymous.leaks.length) wrong.push(`${action} without identity: ${JSON.stringify(anonymous)}`);
        for (const m of await mismatches(openids[c.as], action, malformed(valid, schema), () => ErrorCodes.INPUT_INVALID)) wrong.push(`${action} ${m}`);
        // Forged identity fields the schema refuses; those it lets through are the action's own test.
        const claims = forged(valid, { openid: openids.target, memberId: w.memberIds.target }, openids.admin);
        const passing = claims.filter((v) => schema.safeParse(v.payload).success);
        if (passing.length && !acceptsUnknownKeys(schema)) wrong.push(`${action}: identity claims pass its schema but it has no test of its own for them`);
        const refused = claims.filter((v) => !schema.safeParse(v.payload).success);
        for (const m of await mismatches(openids[c.as], action, refused, () => ErrorCodes.INPUT_INVALID)) wrong.push(`${action} ${m}`);
      }
      expect(wrong).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    });

    for (const [action, c] of entries) {
      describe(action, () => {
        const schema = actions[action].input;
        const valid = () => c.valid(w, f);
        /** What the schema alone says about a payload: INPUT.INVALID, or `otherwise` when it passes. */
        const unlessInvalid = (payload: unknown, otherwise: string) => (schema.safeParse(payload).success ? otherwise : ErrorCodes.INPUT_INVALID);
        let before: Awaited<ReturnType<typeof dumpDatabase>>;
        beforeAll(async () => {
          before = await dumpDatabase();
        });

        // An outsider allowed a writing action in his own right is not called (it would change the
        // world the other probes rely on): his case states why, and no test is counted for him.
        const probed = outsiders.filter((o) => { const e = c.outsiders[o]; return isCode(e) || c.reads || e.probe; });
        if (probed.length) {
          it.each(probed)('as %s', async (o) => {
            const e = c.outsiders[o];
            expect(await probe(openids[o], action, valid())).toEqual({ code: isCode(e) ? e : 'OK', writes: 0, leaks: [] });
          });
        }

        if (acceptsUnknownKeys(schema)) {
          it('ignores identity claims in the payload', async () => {
            // As the first refused outsider (forging must not lift his refusal), else as otherMember.
            const o = outsiders.find((x) => isCode(c.outsiders[x])) ?? 'otherMember';
            const e = c.outsiders[o];
            const variants = forged(valid(), { openid: openids.target, memberId: w.memberIds.target }, openids.admin).filter((v) => schema.safeParse(v.payload).success);
            const runnable = variants.filter(() => isCode(e) || c.reads);
            expect(await mismatches(openids[o], action, runnable, () => (isCode(e) ? e : 'OK'))).toEqual([]);
          });
        }

        if (c.beyond) {
          const beyond = c.beyond;
          it(`refuses ${c.as} reaching beyond his scope`, async () => {
            const variants = beyond.map((b) => ({ label: b.why, payload: b.payload(w, f), code: b.code ?? ErrorCodes.AUTH_FORBIDDEN }));
            expect(await mismatches(openids[c.as], action, variants, (v) => v.code)).toEqual([]);
          });
        }

        if (c.signed) {
          const { key, code, spliced } = c.signed;
          it(`refuses tampered ${key} codes with ${code}`, async () => {
            const base = valid();
            const variants = tampered(String(base[key]), spliced?.(w, f)).map((v) => ({ ...v, payload: { ...base, [key]: v.payload } }));
            expect(await mismatches(openids[c.as], action, variants, (v) => unlessInvalid(v.payload, code))).toEqual([]);
          });
        }

        it(`succeeds for ${c.as}${c.succeeds ? ` (answers ${c.succeeds.code}: ${c.succeeds.why})` : ''}`, async () => {
          const r = await tc.call(openids[c.as], action, valid());
          await restoreDatabase(before);
          expect(r.ok ? { code: 'OK' } : r.error).toMatchObject({ code: c.succeeds?.code ?? 'OK' });
        });

        it('left the database as it found it', async () => {
          expect(await dumpDatabase()).toEqual(before);
        });
      });
    }
  });
}
