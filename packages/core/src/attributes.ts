/**
 * Reads an enumerated attribute value: returns it when allowed, otherwise the fallback and a
 * description of the problem for the caller to warn about. Pure, so widgets and tests share it.
 */
export function pickAllowed<T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): { value: T; problem?: string } {
  if (value === null || value === undefined || value === '') return { value: fallback };
  const normalised = value.trim().toLowerCase();
  const match = allowed.find((option) => option === normalised);
  if (match) return { value: match };
  return {
    value: fallback,
    problem: `"${value}" is not one of ${allowed.map((option) => `"${option}"`).join(', ')}; using "${fallback}"`,
  };
}

/** Parses a whole number attribute within bounds; out-of-range or non-numeric values fall back. */
export function pickInteger(
  value: string | number | null | undefined,
  min: number,
  max: number,
  fallback: number,
): { value: number; problem?: string } {
  if (value === null || value === undefined || value === '') return { value: fallback };
  const parsed = typeof value === 'number' ? value : Number(value.trim());
  if (Number.isInteger(parsed) && parsed >= min && parsed <= max) return { value: parsed };
  return { value: fallback, problem: `"${value}" is not a whole number from ${min} to ${max}; using ${fallback}` };
}
