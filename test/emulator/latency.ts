import type { LatencySetting } from './emulator.types.js';

export function validateLatency(l: LatencySetting | undefined): LatencySetting | undefined {
  if (l === undefined) return undefined;
  if ('fixedMs' in l) {
    if (!(Number.isFinite(l.fixedMs) && l.fixedMs >= 0)) throw new Error('latency.fixedMs must be a number >= 0');
    return { fixedMs: l.fixedMs };
  }
  if (!(Number.isFinite(l.minMs) && Number.isFinite(l.maxMs) && l.minMs >= 0 && l.maxMs >= l.minMs)) {
    throw new Error('latency needs 0 <= minMs <= maxMs');
  }
  return { minMs: l.minMs, maxMs: l.maxMs };
}

/** Added delay before every /api/v2 answer: fixed, or uniform in [minMs, maxMs]. */
export class LatencyControl {
  private setting: LatencySetting | undefined;

  constructor(initial?: LatencySetting) {
    this.set(initial);
  }

  set(l: LatencySetting | undefined): void {
    this.setting = validateLatency(l);
  }

  get(): LatencySetting | undefined {
    return this.setting;
  }

  /** Milliseconds to wait for the next request (0 = answer at once). */
  nextDelayMs(): number {
    const s = this.setting;
    if (!s) return 0;
    if ('fixedMs' in s) return s.fixedMs;
    return s.minMs + Math.random() * (s.maxMs - s.minMs);
  }
}
