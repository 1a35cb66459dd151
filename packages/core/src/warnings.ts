/**
 * Console messages with one recognisable prefix. Each element warns about the same problem once,
 * so a misconfigured page gets one clear line, not one per render.
 */
const PREFIX = '[ryggrad]';

/** What went wrong, in words, whatever was thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function ryggWarn(message: string): void {
  console.warn(`${PREFIX} ${message}`);
}

export function ryggError(message: string, cause?: unknown): void {
  if (cause === undefined) console.error(`${PREFIX} ${message}`);
  else console.error(`${PREFIX} ${message}`, cause);
}

/** Remembers which messages an owner has already printed. */
export class OnceLog {
  private readonly said = new Set<string>();

  warn(key: string, message: string): void {
    if (this.said.has(key)) return;
    this.said.add(key);
    ryggWarn(message);
  }

  error(key: string, message: string, cause?: unknown): void {
    if (this.said.has(key)) return;
    this.said.add(key);
    ryggError(message, cause);
  }
}
