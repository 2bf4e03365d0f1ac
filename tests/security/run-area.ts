/**
 * Generates the security tests of one area from its cases: for every action, the call with no
 * identity, as each outsider, with forged identity fields, with malformed payloads, the legitimate
 * caller reaching past his scope (where the case says how) and tampered signed codes (where the
 * payload carries one). A refused call must answer the expected code, make
 * no database write (counted by the local cloud) and show nothing of the target member; after all
 * of an action's probes the whole database must equal its state before them.
 */
import { actions, type ActionName } from '../../src/contracts';
import { ErrorCodes, type ErrorCode } from '../../src/domain/shared/errors';
import { startTestCloud, type Result, type TestCloud } from '../functions/helpers/cloud';
import { dumpDatabase } from '../functions/helpers/dump';
import { outsiders, type ActionCase, type AreaCases, type Expectation } from './case';
import { forged, malformed, tampered, type Variant } from './probes';
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

    for (const [action, c] of Object.entries(area.cases) as [ActionName, ActionCase<F>][]) {
      describe(action, () => {
        const schema = actions[action].input;
        const valid = () => c.valid(w, f);
        /** What the schema alone says about a payload: INPUT.INVALID, or `otherwise` when it passes. */
        const unlessInvalid = (payload: unknown, otherwise: string) => (schema.safeParse(payload).success ? otherwise : ErrorCodes.INPUT_INVALID);
        let before: Awaited<ReturnType<typeof dumpDatabase>>;
        beforeAll(async () => {
          before = await dumpDatabase();
        });

        it(`has a valid payload for ${c.as}`, () => {
          const parsed = schema.safeParse(valid());
          expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
        });

        it('refuses a caller without identity', async () => {
          expect(await probe(null, action, valid())).toEqual({ code: ErrorCodes.AUTH_REQUIRED, writes: 0, leaks: [] });
        });

        it.each(outsiders)('as %s', async (o) => {
          const e = c.outsiders[o];
          if (isCode(e)) {
            expect(await probe(openids[o], action, valid())).toEqual({ code: e, writes: 0, leaks: [] });
          } else if (c.reads || e.probe) {
            expect(await probe(openids[o], action, valid())).toEqual({ code: 'OK', writes: 0, leaks: [] });
          } else {
            expect(e.allowed).toMatch(/\S{4}/); // a writing action an outsider may call: the case says why, it is not called
          }
        });

        it('ignores identity claims in the payload', async () => {
          // As the first refused outsider (forging must not lift his refusal), else as otherMember.
          const o = outsiders.find((x) => isCode(c.outsiders[x])) ?? 'otherMember';
          const e = c.outsiders[o];
          const variants = forged(valid(), { openid: openids.target, memberId: w.memberIds.target }, openids.admin);
          const runnable = variants.filter((v) => isCode(e) || c.reads || !schema.safeParse(v.payload).success);
          expect(await mismatches(openids[o], action, runnable, (v) => unlessInvalid(v.payload, isCode(e) ? e : 'OK'))).toEqual([]);
        });

        it(`refuses malformed payloads from ${c.as} with INPUT.INVALID`, async () => {
          expect(await mismatches(openids[c.as], action, malformed(valid(), schema), () => ErrorCodes.INPUT_INVALID)).toEqual([]);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
        });

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

        it('left the database as it found it', async () => {
          expect(await dumpDatabase()).toEqual(before);
        });
      });
    }
  });
}
