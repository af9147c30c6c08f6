/** The one positive-number check (sizes, levels, bounds, a stored scale): finite and above zero. */
export function isPositiveNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** Numeric text as a number (frameworks set properties to the attribute's text); anything else as it is. */
export function numeric(value: unknown): unknown {
  return typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
}
