import type { Models } from 'purecloud-platform-client-v2';
import { buildUser } from './builders/user.builder.js';
import type { EmulatorUser } from './emulator-data.types.js';
import { hasPermissionIn, type EmulatorStore } from './emulator.store.js';
import { badRequest, invalidValue } from './errors.js';
import { checkPage } from './paging.js';

/** Search page size maximum (commonly cited; UNVERIFIED) - larger is a 400. */
export const SEARCH_MAX_PAGE_SIZE = 100;

/** The searchable user fields the emulator knows; any other field is a 400 naming it. */
const FIELDS: Record<string, (u: EmulatorUser) => readonly string[]> = {
  id: (u) => [u.id],
  name: (u) => [u.name],
  email: (u) => [u.email],
  username: (u) => [u.username],
  state: (u) => [u.state],
  department: (u) => [u.department],
  title: (u) => [u.title],
  divisionid: (u) => [u.divisionId],
  'division.id': (u) => [u.divisionId],
  routingstatus: (u) => [u.routingStatus.status],
  presence: (u) => [u.presence.systemPresence],
  'manager.id': (u) => (u.managerId ? [u.managerId] : []),
  profileskills: (u) => u.profileSkills,
  routingskills: (u) => u.skills.map((s) => s.name),
  skills: (u) => u.skills.map((s) => s.name),
  languages: (u) => u.languages.map((l) => l.name),
  addresses: (u) => u.phoneNumbers.map((p) => p.number),
  'addresses.address': (u) => u.phoneNumbers.map((p) => p.number),
  'primarycontactinfo.address': (u) => [
    u.email,
    ...u.phoneNumbers.filter((p) => p.type === 'WORK').map((p) => p.number),
  ],
};
const SORTABLE = new Set(['name', 'email', 'username', 'id', 'department', 'title', 'divisionid', 'state']);
const TYPES = new Set([
  'EXACT',
  'STARTS_WITH',
  'CONTAINS',
  'REGEX',
  'TERM',
  'TERMS',
  'REQUIRED_FIELDS',
  'MATCH_ALL',
  'QUERY_STRING',
]);

interface Criterion {
  type: string;
  fields: string[];
  values: string[];
  operator: 'AND' | 'OR' | 'NOT';
  group: Criterion[];
  regex?: RegExp;
}

/** A validated search; also what a q64 token encodes. */
export interface NormalizedSearch {
  pageSize: number;
  pageNumber: number;
  sortBy: string;
  sortOrder: 'ASC' | 'DESC';
  query: Models.UserSearchCriteria[];
  expand: string[];
  enforcePermissions: boolean;
}

function asObject(v: unknown, what: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw badRequest(`${what} must be a JSON object.`);
  return v as Record<string, unknown>;
}

function optInt(o: Record<string, unknown>, key: string, def: number): number {
  const v = o[key];
  if (v === undefined || v === null) return def;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw invalidValue(key, `${JSON.stringify(v)} is not an integer`);
  return v;
}

export function normalizeSearch(body: unknown): NormalizedSearch {
  const o = asObject(body ?? {}, 'The search request');
  const page = checkPage(optInt(o, 'pageSize', 25), optInt(o, 'pageNumber', 1), SEARCH_MAX_PAGE_SIZE);
  const sortEntry = Array.isArray(o.sort) && o.sort.length > 0 ? asObject(o.sort[0], 'sort[0]') : o;
  const sortByRaw = typeof sortEntry.sortBy === 'string' ? sortEntry.sortBy : 'name';
  const sortOrderRaw = typeof sortEntry.sortOrder === 'string' ? sortEntry.sortOrder.toUpperCase() : 'ASC';
  if (!['ASC', 'DESC', 'SCORE'].includes(sortOrderRaw))
    throw invalidValue('sortOrder', `'${sortOrderRaw}' is not one of ASC, DESC, SCORE`);
  if (!SORTABLE.has(sortByRaw.toLowerCase())) throw invalidValue('sortBy', `'${sortByRaw}' is not a sortable field`);
  const query = o.query === undefined ? [] : o.query;
  if (!Array.isArray(query)) throw badRequest('query must be an array of criteria.');
  // Validate now so that a bad criterion fails the POST, not the later q64 page.
  for (const c of query) compileCriterion(c);
  const expand = o.expand === undefined ? [] : o.expand;
  if (!Array.isArray(expand) || !expand.every((e) => typeof e === 'string'))
    throw badRequest('expand must be an array of strings.');
  return {
    pageSize: page.pageSize,
    pageNumber: page.pageNumber,
    sortBy: sortByRaw,
    sortOrder: sortOrderRaw === 'DESC' ? 'DESC' : 'ASC',
    query: query as Models.UserSearchCriteria[],
    expand: expand as string[],
    enforcePermissions: o.enforcePermissions === true,
  };
}

function compileCriterion(raw: unknown): Criterion {
  const o = asObject(raw, 'A search criterion');
  const type = typeof o.type === 'string' ? o.type.toUpperCase() : '';
  if (!TYPES.has(type)) throw invalidValue('type', `'${String(o.type)}' is not a supported search type`);
  const fields = Array.isArray(o.fields) ? o.fields.map(String) : [];
  for (const f of fields)
    if (!FIELDS[f.toLowerCase()]) throw invalidValue('fields', `'${f}' is not a searchable user field`);
  const values = [
    ...(typeof o.value === 'string' ? [o.value] : []),
    ...(Array.isArray(o.values) ? o.values.map(String) : []),
  ];
  const operator = typeof o.operator === 'string' ? o.operator.toUpperCase() : 'AND';
  if (operator !== 'AND' && operator !== 'OR' && operator !== 'NOT')
    throw invalidValue('operator', `'${operator}' is not one of AND, OR, NOT`);
  const group = Array.isArray(o.group) ? o.group.map(compileCriterion) : [];
  if (type !== 'MATCH_ALL' && type !== 'REQUIRED_FIELDS' && group.length === 0) {
    if (fields.length === 0 && type !== 'QUERY_STRING') throw badRequest(`A ${type} criterion needs fields.`);
    if (values.length === 0) throw badRequest(`A ${type} criterion needs value or values.`);
  }
  let regex: RegExp | undefined;
  if (type === 'REGEX') {
    try {
      regex = new RegExp(`^(?:${values[0]})$`, 'i');
    } catch {
      throw invalidValue('value', `'${values[0]}' is not a valid regular expression`);
    }
  }
  return {
    type,
    fields: fields.map((f) => f.toLowerCase()),
    values: values.map((v) => v.toLowerCase()),
    operator,
    group,
    ...(regex ? { regex } : {}),
  };
}

function fieldValues(u: EmulatorUser, fields: readonly string[]): string[] {
  const names = fields.length > 0 ? fields : ['name', 'email', 'username', 'department', 'title'];
  const out: string[] = [];
  for (const f of names) for (const v of FIELDS[f](u)) out.push(v.toLowerCase());
  return out;
}

function matchOne(u: EmulatorUser, c: Criterion): boolean {
  if (c.group.length > 0) return matchAll(u, c.group);
  const vals = fieldValues(u, c.fields);
  switch (c.type) {
    case 'MATCH_ALL':
      return true;
    case 'REQUIRED_FIELDS':
      return c.fields.every((f) => FIELDS[f](u).length > 0);
    case 'EXACT':
    case 'TERMS':
      return vals.some((v) => c.values.includes(v));
    case 'TERM':
      return vals.some((v) => v.split(/[\s@.]+/).some((w) => c.values.includes(w)) || c.values.includes(v));
    case 'CONTAINS':
      return vals.some((v) => c.values.some((x) => v.includes(x)));
    case 'STARTS_WITH':
      return vals.some((v) => c.values.some((x) => v.startsWith(x)));
    case 'REGEX':
      return vals.some((v) => c.regex!.test(v));
    case 'QUERY_STRING': {
      const words = c.values.flatMap((x) => x.split(/\s+/)).filter((w) => w.length > 0);
      return words.every((w) => vals.some((v) => v.includes(w)));
    }
    default:
      return false;
  }
}

/** AND criteria must all match, NOT criteria must all fail, and at least one OR criterion (if any) must match. */
function matchAll(u: EmulatorUser, criteria: readonly Criterion[]): boolean {
  let anyOr = false;
  let orMatched = false;
  for (const c of criteria) {
    if (c.operator === 'AND' && !matchOne(u, c)) return false;
    if (c.operator === 'NOT' && matchOne(u, c)) return false;
    if (c.operator === 'OR') {
      anyOr = true;
      if (!orMatched && matchOne(u, c)) orMatched = true;
    }
  }
  return !anyOr || orMatched;
}

export function encodeQ64(s: NormalizedSearch): string {
  return Buffer.from(JSON.stringify(s), 'utf8').toString('base64');
}

export function decodeQ64(q64: string): NormalizedSearch {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(q64, 'base64').toString('utf8'));
  } catch {
    throw invalidValue('q64', 'not a search page token');
  }
  return normalizeSearch(parsed);
}

/** Runs a search for the caller; `results` + q64 page tokens, not `entities`. */
export function runUserSearch(
  store: EmulatorStore,
  caller: EmulatorUser,
  search: NormalizedSearch,
  extraExpand: readonly string[] = [],
): Models.UsersSearchResponse {
  const criteria = search.query.map(compileCriterion);
  const all = store.usersSorted(caller.orgId);
  let hits = all.filter((u) => matchAll(u, criteria));
  if (search.enforcePermissions)
    hits = hits.filter((u) => hasPermissionIn(caller, 'directory:user:view', u.divisionId));
  const sortKey = search.sortBy.toLowerCase();
  if (sortKey !== 'name') {
    const get = FIELDS[sortKey];
    hits = hits.slice().sort((a, b) => {
      const x = get(a)[0] ?? '';
      const y = get(b)[0] ?? '';
      return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
    });
  }
  if (search.sortOrder === 'DESC') hits = hits.slice().reverse();
  const { pageSize, pageNumber } = search;
  const total = hits.length;
  const pageCount = Math.ceil(total / pageSize);
  const from = (pageNumber - 1) * pageSize;
  const expand = new Set([...search.expand, ...extraExpand].map((e) => e.toLowerCase()));
  const results = hits.slice(from, from + pageSize).map((u) => buildUser(store, u, expand));
  return {
    total,
    pageCount,
    pageSize,
    pageNumber,
    ...(pageNumber > 1 ? { previousPage: encodeQ64({ ...search, pageNumber: pageNumber - 1 }) } : {}),
    currentPage: encodeQ64(search),
    ...(pageNumber < pageCount ? { nextPage: encodeQ64({ ...search, pageNumber: pageNumber + 1 }) } : {}),
    types: ['users'],
    results,
  } satisfies Models.UsersSearchResponse;
}
