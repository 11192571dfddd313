/** `OFF_QUEUE` -> `Off queue`. */
export function routingStatusLabel(status: string | undefined): string {
  if (!status) return 'Unknown';
  const words = status.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function presenceLabel(presence: string | undefined): string {
  return presence ?? 'Unknown';
}

export function mediaLabel(mediaTypes: readonly string[]): string {
  return mediaTypes.length > 0 ? mediaTypes.join(', ') : 'unknown media';
}

export function dateTimeLabel(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function durationLabel(ms: number | undefined): string | undefined {
  if (ms === undefined) return undefined;
  const totalSec = Math.round(ms / 1000);
  const min = Math.floor(totalSec / 60);
  const sec = totalSec % 60;
  return min > 0 ? `${min} min ${sec} s` : `${sec} s`;
}
