/** Milliseconds from start to end; undefined while the conversation has not ended. */
export function durationMs(start: string, end: string | undefined): number | undefined {
  return end ? Math.max(0, Date.parse(end) - Date.parse(start)) : undefined;
}
