export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** `median 123 ms (min 110, max 140, n=5)` */
export function summary(values: number[], unit = 'ms'): string {
  const r = (v: number): number => Math.round(v);
  return `median ${r(median(values))} ${unit} (min ${r(Math.min(...values))}, max ${r(Math.max(...values))}, n=${values.length})`;
}
