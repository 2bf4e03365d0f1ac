/**
 * WeChat cloud database security rules (安全规则), the subset this product can meet: per collection
 * `read` / `write` (and the finer `create` / `update` / `delete`, which override `write`), each
 * `true`, `false`, or an expression of `doc.<field> == auth.openid` terms joined by `&&` / `||`.
 * Anything else (parentheses, get(), other variables) does not parse and is refused: a rule we
 * cannot evaluate must never open a collection.
 *
 * Like the cloud, a query is judged before it runs: it passes only when the rule holds for every
 * record it could match, i.e. the query itself pins `<field>` to the caller's openid (the cloud's
 * "query must be a subset of the rule"; it never filters results silently). A doc(id) operation is
 * judged on the record itself.
 */
import * as fs from 'node:fs';
import { resolvePath } from '../store/unique-index';

export type RuleValue = boolean | string;
export type Operation = 'read' | 'create' | 'update' | 'delete';
export interface CollectionRules { read?: RuleValue; write?: RuleValue; create?: RuleValue; update?: RuleValue; delete?: RuleValue }
export type DatabaseRules = Record<string, CollectionRules>;
export interface Auth { openid: string }

type Expr =
  | { kind: 'const'; value: boolean }
  | { kind: 'owner'; path: string }
  | { kind: 'and' | 'or'; parts: Expr[] };

const FIELD = /^doc\.([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)$/;

function parseTerm(text: string): Expr | null {
  const t = text.trim();
  if (t === 'true' || t === 'false') return { kind: 'const', value: t === 'true' };
  const sides = t.split('==');
  if (sides.length !== 2) return null;
  const [a, b] = sides.map((s) => s.trim());
  const field = FIELD.exec(b === 'auth.openid' ? a : a === 'auth.openid' ? b : '');
  return field ? { kind: 'owner', path: field[1] } : null;
}

/** Parses one rule value; null when it is not in the supported subset (then it refuses). */
function parseRule(value: unknown): Expr | null {
  if (typeof value === 'boolean') return { kind: 'const', value };
  if (typeof value !== 'string' || /[()!<>]|===/.test(value)) return null;
  const ors: Expr[] = [];
  for (const branch of value.split('||')) {
    const ands = branch.split('&&').map(parseTerm);
    if (ands.some((e) => e === null)) return null;
    ors.push(ands.length === 1 ? ands[0]! : { kind: 'and', parts: ands as Expr[] });
  }
  return ors.length === 1 ? ors[0] : { kind: 'or', parts: ors };
}

/** The rule that governs `op` on `coll`, or null (no rule, unparsable rule: refused). */
export function ruleFor(rules: DatabaseRules, coll: string, op: Operation): Expr | null {
  const r = Object.prototype.hasOwnProperty.call(rules, coll) ? rules[coll] : undefined;
  if (!r) return null;
  const value = r[op] ?? (op === 'read' ? undefined : r.write);
  return value === undefined ? null : parseRule(value);
}

/** Evaluates the rule's true/false, && and ||; `owner` decides each `doc.<path> == auth.openid` term. */
function holds(rule: Expr | null, owner: (path: string) => boolean): boolean {
  if (!rule) return false;
  switch (rule.kind) {
    case 'const': return rule.value;
    case 'owner': return owner(rule.path);
    case 'and': return rule.parts.every((p) => holds(p, owner));
    case 'or': return rule.parts.some((p) => holds(p, owner));
  }
}

/** Does the rule hold for this record? */
export function allowsDoc(rule: Expr | null, doc: Record<string, unknown> | undefined, auth: Auth): boolean {
  return holds(rule, (path) => !!auth.openid && !!doc && resolvePath(doc, path) === auth.openid);
}

/** Does the query pin `path` to `openid` for every record it matches? */
function pins(query: Record<string, unknown>, path: string, openid: string): boolean {
  const v = query[path];
  if (v === openid) return true;
  if (v && typeof v === 'object' && (v as Record<string, unknown>).$eq === openid) return true;
  const and = query.$and;
  return Array.isArray(and) && and.some((q) => q && typeof q === 'object' && pins(q as Record<string, unknown>, path, openid));
}

/** Does the rule hold for every record the query could match (the cloud's subset check)? */
export function allowsQuery(rule: Expr | null, query: Record<string, unknown>, auth: Auth): boolean {
  return holds(rule, (path) => !!auth.openid && pins(query, path, auth.openid));
}

/** Reads a database.rules.json; a missing file means no rules, so every client request is refused. */
export function loadDatabaseRules(file: string): DatabaseRules {
  if (!fs.existsSync(file)) return {};
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${file}: expected an object keyed by collection name`);
  return parsed as DatabaseRules;
}
