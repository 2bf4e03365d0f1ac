/**
 * The app imports field values from plain modules (src/domain/<area>/*.constants.ts) so its pages
 * load no zod; the schemas build on the same values. Where a plain list restates a schema's shape,
 * this keeps the two equal, and the table of actions names the same function the call site routes to.
 */
import { actions } from '@/contracts';
import { functionOf } from '@/contracts/functions';
import { selfEditableFields } from '@/domain/member/member.constants';
import { selfProfileSchema } from '@/domain/member/member.schema';

it('a member edits exactly the fields of the self-profile schema', () => {
  expect([...selfEditableFields].sort()).toEqual(Object.keys(selfProfileSchema.shape).sort());
});

it('the call site sends every action to the function the contracts table names', () => {
  const routed = Object.fromEntries(Object.keys(actions).map((a) => [a, functionOf(a)]));
  const declared = Object.fromEntries(Object.entries(actions).map(([a, spec]) => [a, spec.fn]));
  expect(routed).toEqual(declared);
});

it('routes names an object inherits (not actions) to api, which refuses them', () => {
  expect(['__proto__', 'toString', 'constructor', 'no.such'].map(functionOf)).toEqual(['api', 'api', 'api', 'api']);
});
