import { errorMessage, ryggWarn } from './warnings.js';

/** What `defineElement` did: registered the class, found it already there, or found another copy. */
export type DefineOutcome = 'defined' | 'already-defined' | 'other-copy';

interface VersionedConstructor extends CustomElementConstructor {
  version?: string;
}

/**
 * Registers a custom element without ever throwing into the host page. When the tag is taken —
 * two copies, or two versions, of Ryggrad on one page — it warns once, naming both versions, and
 * leaves the first registration in place.
 */
export function defineElement(tag: string, constructor: VersionedConstructor): DefineOutcome {
  const registry = globalThis.customElements;
  const existing: VersionedConstructor | undefined = registry.get(tag);
  if (existing === constructor) return 'already-defined';
  if (existing) {
    ryggWarn(
      `<${tag}> is already defined by Ryggrad version ${existing.version ?? 'unknown'}; ` +
        `version ${constructor.version ?? 'unknown'} was not registered. ` +
        'Two copies of Ryggrad are loaded on this page; load one of them.',
    );
    return 'other-copy';
  }
  try {
    registry.define(tag, constructor);
    return 'defined';
  } catch (error) {
    // The same class under a second tag name is refused by the registry; register a subclass.
    try {
      registry.define(tag, class extends (constructor as unknown as typeof HTMLElement) {});
      return 'defined';
    } catch {
      ryggWarn(`<${tag}> could not be registered: ${errorMessage(error)}`);
      return 'other-copy';
    }
  }
}
