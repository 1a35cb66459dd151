import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorMessage } from './warnings.js';

/** What a `LoadController` loads, and what its host does when a load settles. */
export interface LoadOptions<Key, Value> {
  /** Loads the value for `key`; a rejection becomes `problem`. */
  load(key: Key): Promise<Value>;
  /** When given, read before every host update: a new key starts a load (see `request`). */
  key?(): Key;
  /**
   * A value already at hand for `key` (preloaded content), used at once instead of loading, so
   * the render that asked for it shows it: on a server, which renders once, and in hydration.
   */
  ready?(key: Key): Value | undefined;
  /** Called when the latest request loads, before the host updates. */
  loaded?(value: Value): void;
  /** Called when the latest request fails, before the host updates; nothing is thrown. */
  failed?(problem: string, error: unknown): void;
  /** Called when the latest request settles either way, after `loaded` or `failed`. */
  settled?(): void;
}

/**
 * One asynchronous value a widget depends on (its content in a language, optional content, code
 * imported on demand, the check of a page's configuration): pending, then a value or a problem,
 * then the host updates. Only the latest request counts: a result that arrives after a newer
 * request started is dropped, so changing the language twice quickly shows the second.
 *
 * The host's `updateComplete` waits for `settled` (see `RyggElement.getUpdateComplete`).
 */
export class LoadController<Key, Value> implements ReactiveController {
  /** The latest loaded value; kept while a newer request is pending, cleared by a failure. */
  value: Value | undefined;
  /** Why the latest request failed, as a readable message. */
  problem: string | undefined;
  private current: { key: Key; work: Promise<void> | undefined } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoadOptions<Key, Value>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.options.key) this.request(this.options.key());
  }

  /** True while the latest request has not settled. */
  get pending(): boolean {
    return this.current?.work !== undefined;
  }

  /** Resolves (never rejects) once the latest request at the time of the call has settled. */
  get settled(): Promise<void> {
    return this.current?.work ?? Promise.resolve();
  }

  /**
   * Loads for `key` unless it is the key last requested (loading, loaded or failed), so calling
   * it from every render starts one load per key.
   */
  request(key: Key): void {
    if (!this.current || this.current.key !== key) this.start(key);
  }

  /** Loads for `key` now, superseding any request on its way. */
  start(key: Key): void {
    const current: { key: Key; work: Promise<void> | undefined } = { key, work: undefined };
    this.current = current;
    this.problem = undefined;
    const ready = this.options.ready?.(key);
    if (ready !== undefined) {
      this.value = ready;
      this.options.loaded?.(ready);
      this.options.settled?.();
      this.host.requestUpdate();
      return;
    }
    const latest = () => this.current === current;
    current.work = Promise.resolve()
      .then(() => this.options.load(key))
      .then(
        (value) => {
          if (!latest()) return;
          this.value = value;
          this.options.loaded?.(value);
        },
        (error: unknown) => {
          if (!latest()) return;
          this.value = undefined;
          this.problem = errorMessage(error);
          this.options.failed?.(this.problem, error);
        },
      )
      .finally(() => {
        if (!latest()) return;
        current.work = undefined;
        this.options.settled?.();
        this.host.requestUpdate();
      });
  }

  /** Drops any request on its way, forgets the value and the problem, and updates the host. */
  reset(): void {
    this.current = undefined;
    this.value = undefined;
    this.problem = undefined;
    this.host.requestUpdate();
  }
}
