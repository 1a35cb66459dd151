/** A problem in a host's own input (its rule set, its contacts); `path` points at it, e.g. `rules.flags[2].tier`. */
export class InputError extends Error {
  readonly path: string;

  constructor(message: string, path: string) {
    super(message);
    this.path = path;
  }
}
