import { db, type DbHandle } from '@shared/platform/cloud';
import type { Join } from './caller.repo';

/**
 * The `config` collection holds the county (created by admin.bootstrap) and the per-environment
 * join secret. Neither changes after bootstrap, so both are cached for the life of the instance.
 */
export interface CountyDoc {
  _id: 'county';
  name: string;
  createdAt: number;
  createdBy: string;
}
export interface SecretDoc {
  _id: 'join_secret';
  value: string;
  createdAt: number;
}

let county: Promise<CountyDoc | null> | null = null;
let secret: Promise<string | null> | null = null;

const config = (h: DbHandle) => h.collection('config');

/** A miss is not cached: the county may be bootstrapped a moment later by another instance. */
function cached<T>(load: () => Promise<T | null>, get: () => Promise<T | null> | null, set: (p: Promise<T | null> | null) => void) {
  const hit = get();
  if (hit) return hit;
  const p = load().then((v) => {
    if (v === null) set(null);
    return v;
  }, (err) => {
    set(null);
    throw err;
  });
  set(p);
  return p;
}

export const getCounty = (): Promise<CountyDoc | null> =>
  cached(
    async () => ((await config(db).doc('county').get()).data as CountyDoc | null) ?? null,
    () => county,
    (p) => (county = p),
  );

export const getJoinSecret = (): Promise<string | null> =>
  cached(
    async () => ((await config(db).doc('join_secret').get()).data as SecretDoc | null)?.value ?? null,
    () => secret,
    (p) => (secret = p),
  );

/** The join secret's document, as the root or a join of the caller's read (caller-reads.ts). */
export const JOIN_SECRET_ROOT = { collection: 'config', id: 'join_secret' } as const;
export const joinSecretJoin: Join = { collection: 'config', match: { _id: 'join_secret' } };

/** A secret read with the caller: kept for the instance like one read here. */
export function rememberJoinSecret(doc: SecretDoc | null | undefined): string | null | undefined {
  if (doc?.value) secret = Promise.resolve(doc.value);
  return doc === undefined ? undefined : (doc?.value ?? null);
}

/** Inserts (never overwrites): a second bootstrap collides on `_id: 'county'` and fails. */
export async function insertBootstrapConfig(h: DbHandle, c: CountyDoc, secretValue: string, now: number): Promise<void> {
  await config(h).add({ data: c });
  await config(h).add({ data: { _id: 'join_secret', value: secretValue, createdAt: now } satisfies SecretDoc });
}

export function rememberBootstrap(c: CountyDoc, secretValue: string): void {
  county = Promise.resolve(c);
  secret = Promise.resolve(secretValue);
}
