/**
 * What the security suite needs to know about one action: who calls it legitimately with which
 * payload, and what each outsider gets. Everything else (no identity, forged identity fields,
 * malformed and oversized payloads, prototype-pollution keys, tampered scenes) is generated from it
 * by run-area.ts. Every action of src/contracts must have a case (coverage.test.ts).
 */
import type { ActionName } from '../../src/contracts';
import type { ErrorCode } from '../../src/domain/shared/errors';
import type { TestCloud } from '../functions/helpers/cloud';
import type { World, Persona } from './world';

/** The callers every action is probed as (besides no identity), each outside the target's units. */
export const outsiders = ['otherMember', 'otherSecretary', 'outsideCadre', 'outsideInflow', 'stranger'] as const;
export type Outsider = (typeof outsiders)[number];

/** An outsider may legitimately call the action in his own scope: say why. */
export interface Allowed {
  allowed: string;
  /** Calling it changes nothing even for a writing action (e.g. a join answering his own record): probe it. */
  probe?: boolean;
}
export const allowed = (why: string): Allowed => ({ allowed: why });
/** Allowed, and harmless to call: the suite calls it and checks it answers without writing or leaking. */
export const answersOwn = (why: string): Allowed => ({ allowed: why, probe: true });
export type Expectation = ErrorCode | Allowed;

export interface ActionCase<F> {
  /** The legitimate caller; malformed and forged payloads are sent as him. */
  as: Persona;
  /** A payload `as` may send, aimed at the target member's units (must pass the contract's schema). */
  valid: (w: World, f: F) => Record<string, unknown>;
  /** What each outsider gets for the same payload. */
  outsiders: Record<Outsider, Expectation>;
  /**
   * The action only reads: allowed outsiders are called too and must get an answer that changes
   * nothing and shows nothing of the target member. Allowed outsiders of a writing action are not
   * called (it would change the world the other probes rely on); their case says why they may.
   */
  reads?: boolean;
  /**
   * The legitimate caller reaching one step past his scope: the same kind of payload with a unit or
   * member he does not manage (alone or mixed in with his own). Refused whole with `code`
   * (default AUTH.FORBIDDEN), nothing written — a check on the first id alone would let it through.
   */
  beyond?: { payload: (w: World, f: F) => Record<string, unknown>; code?: ErrorCode; why: string }[];
  /**
   * The legitimate call is made for real (on the database restored afterwards) and must succeed.
   * Only where the world makes success impossible for a reason of its own (a county that is already
   * bootstrapped) does the case name the code it answers instead, and why.
   */
  succeeds?: { code: ErrorCode; why: string };
  /** A payload key holding a signed code (join scene, on-site sign-in code): tampered copies get `code`. */
  signed?: { key: string; code: ErrorCode; spliced?: (w: World, f: F) => string[] };
}

/** One area's cases and the fixtures they need, seeded once on top of the shared world. */
export interface AreaCases<F = unknown> {
  area: string;
  seed?: (tc: TestCloud, w: World) => Promise<F>;
  cases: Partial<Record<ActionName, ActionCase<F>>>;
}

export const defineArea = <F>(area: AreaCases<F>): AreaCases<F> => area;

/** Every outsider refused with the same code (most organiser actions). */
export const refusedToAll = (code: ErrorCode): Record<Outsider, Expectation> =>
  Object.fromEntries(outsiders.map((o) => [o, code])) as Record<Outsider, Expectation>;
