// Shared helpers for the validators in rules.ts and contacts.ts (not exported from the package).

/** Describes a value for an error message: strings quoted, other values by kind. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  return 'an object';
}

/** A plain (non-array, non-null) object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** Quotes a list for an error message: `"a" or "b"`, `"a", "b" or "c"`. */
export function quotedAlternatives(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/**
 * Runs `read` on a host's input; any failure other than `InputError`'s own becomes one at `what`
 * ("rules could not be read: …"), so a validator throws only its own error, whatever the input is.
 */
export function readInput<T>(what: string, InputError: new (message: string, path: string) => Error, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const reason = error instanceof Error ? error.message : describeValue(error);
    throw new InputError(`${what} could not be read: ${reason}`, what);
  }
}
