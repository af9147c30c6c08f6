/** The one positive-number check (sizes, levels, bounds, a stored scale): finite and above zero. */
export function isPositiveNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}
