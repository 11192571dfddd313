/** Nearest-rank percentile of `values` (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export const MiB = 1024 * 1024;

export function ms(value: number): string {
  return `${value < 10 ? value.toFixed(2) : Math.round(value).toLocaleString('en-US')} ms`;
}

export function times(ratio: number): string {
  return `${ratio.toFixed(2)}x`;
}

export function mib(bytes: number): string {
  return `${(bytes / MiB).toFixed(1)} MiB`;
}

/** A change in memory, always with its sign. */
export function deltaMib(bytes: number): string {
  return `${bytes < 0 ? '-' : '+'}${mib(Math.abs(bytes))}`;
}

export function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
