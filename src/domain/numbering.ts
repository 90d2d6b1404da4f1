/**
 * Dotted numbers as a table of contents orders them: SEC versions (4.9 < 4.16 < 5.0), source
 * sections (2 < 2.1 < 10) and working groups (1 < 2 < 10). Each part compares as a number, and
 * a number that stops sooner comes first (2 < 2.1).
 */
export function compareDotted(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
