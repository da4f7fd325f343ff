// Display rounding for the dashboard: the API returns unrounded numbers (SPEC.md), people read these.

/** Rounds half away from zero to `digits` decimals; -2.5 → -3, 1.005 → 1.01 (not 1.00). */
export function round(value: number, digits = 0): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  // Nudge by a relative epsilon so decimals stored just under .5 in binary (1.005) round up.
  const scaled = Math.abs(value) * factor * (1 + Number.EPSILON);
  const rounded = Math.round(scaled) / factor;
  return value < 0 ? (rounded === 0 ? 0 : -rounded) : rounded;
}
