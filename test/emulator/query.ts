import { badRequest, invalidValue } from './errors.js';

/**
 * Query parameters as the SDK (comma-joined arrays) and the API docs (repeated keys) send them.
 * An empty value (`name=`, what the SDK sends for an explicit null) counts as absent.
 */
export class QueryParams {
  private constructor(private readonly values: Map<string, string[]>) {}

  static parse(qs: string): QueryParams {
    const values = new Map<string, string[]>();
    if (qs.length > 0) {
      for (const pair of qs.split('&')) {
        if (pair.length === 0) continue;
        const eq = pair.indexOf('=');
        const key = decode(eq < 0 ? pair : pair.slice(0, eq));
        const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
        const list = values.get(key);
        if (list) list.push(value);
        else values.set(key, [value]);
      }
    }
    return new QueryParams(values);
  }

  has(name: string): boolean {
    return this.first(name) !== undefined;
  }

  /** First non-empty raw value. */
  first(name: string): string | undefined {
    const list = this.values.get(name);
    if (!list) return undefined;
    for (const v of list) if (v.length > 0) return v;
    return undefined;
  }

  /** Every value of a list parameter: `a,b` and `x=a&x=b` both give `['a', 'b']`. */
  list(name: string): string[] {
    const list = this.values.get(name);
    if (!list) return [];
    const out: string[] = [];
    for (const raw of list) {
      for (const part of raw.split(',')) {
        const v = part.trim();
        if (v.length > 0) out.push(v);
      }
    }
    return out;
  }

  /** Lower-cased set of list values (expands are case-insensitive). */
  set(name: string): Set<string> {
    return new Set(this.list(name).map((v) => v.toLowerCase()));
  }

  int(name: string, def: number): number {
    const v = this.first(name);
    if (v === undefined) return def;
    if (!/^-?\d+$/.test(v)) throw invalidValue(name, `'${v}' is not an integer`);
    return Number(v);
  }

  /** `true`/`false` (case-insensitive); anything else is a 400. */
  bool(name: string): boolean | undefined {
    const v = this.first(name);
    if (v === undefined) return undefined;
    const l = v.toLowerCase();
    if (l === 'true') return true;
    if (l === 'false') return false;
    throw invalidValue(name, `'${v}' is not a boolean`);
  }

  /** One of the allowed values (case-insensitive), returned lower-cased. */
  oneOf(name: string, allowed: readonly string[]): string | undefined {
    const v = this.first(name);
    if (v === undefined) return undefined;
    const l = v.toLowerCase();
    if (!allowed.includes(l)) throw invalidValue(name, `'${v}' is not one of ${allowed.join(', ')}`);
    return l;
  }

  /** Raw `[key, value]` pairs in arrival order (for page URIs). */
  pairs(): [string, string][] {
    const out: [string, string][] = [];
    for (const [k, list] of this.values) for (const v of list) out.push([k, v]);
    return out;
  }

  /** For the request log: a key sent once maps to its raw value, a repeated key to an array. */
  toRecord(): Record<string, string | string[]> {
    const out: Record<string, string | string[]> = {};
    for (const [k, list] of this.values) out[k] = list.length === 1 ? list[0] : list.slice();
    return out;
  }
}

function decode(s: string): string {
  if (s.indexOf('%') < 0 && s.indexOf('+') < 0) return s;
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    throw badRequest(`Malformed query string component '${s}'.`);
  }
}
