import type { FaultKind, FaultRule } from './emulator.types.js';
import { compilePathPattern } from './path-pattern.js';

interface ActiveFault {
  rule: FaultRule;
  regex: RegExp;
  remaining: number;
}

const KINDS: readonly FaultKind[] = [429, 500, 502, 503, 504, 'reset', 'hang'];

/** Validates a rule (from code or from the control API's JSON). */
export function validateFaultRule(rule: FaultRule): FaultRule {
  if (!KINDS.includes(rule.kind)) throw new Error(`fault kind must be one of ${KINDS.join(', ')}`);
  if (typeof rule.path !== 'string' && !(rule.path instanceof RegExp))
    throw new Error('fault path must be a glob string or a RegExp');
  const times = rule.times ?? 1;
  if (!(times === Infinity || (Number.isInteger(times) && times > 0)))
    throw new Error('fault times must be a positive integer or Infinity');
  if (rule.retryAfterSec !== undefined && !(Number.isInteger(rule.retryAfterSec) && rule.retryAfterSec >= 0)) {
    throw new Error('retryAfterSec must be a non-negative integer');
  }
  return rule;
}

/**
 * Fault rules, first match wins; each match uses up one of the rule's `times`. Rules are
 * consulted before authentication (an edge failure does not care about tokens); a rule with
 * `userId` only matches requests whose token belongs to that user.
 */
export class FaultInjector {
  private rules: ActiveFault[] = [];

  add(rule: FaultRule): void {
    validateFaultRule(rule);
    this.rules.push({ rule, regex: compilePathPattern(rule.path), remaining: rule.times ?? 1 });
  }

  clear(): void {
    this.rules = [];
  }

  /** Remaining rules, with `times` = what is left. */
  list(): FaultRule[] {
    return this.rules.map((f) => ({ ...f.rule, times: f.remaining }));
  }

  /** The rule to apply to this request, consuming one use; undefined when none matches. */
  take(method: string, path: string, userId: string | undefined): FaultRule | undefined {
    if (this.rules.length === 0) return undefined;
    for (let i = 0; i < this.rules.length; i++) {
      const f = this.rules[i];
      if (f.rule.method && f.rule.method.toUpperCase() !== method) continue;
      if (f.rule.userId && f.rule.userId !== userId) continue;
      if (!f.regex.test(path)) continue;
      f.remaining--;
      if (f.remaining <= 0) this.rules.splice(i, 1);
      return f.rule;
    }
    return undefined;
  }
}
