// Helpers shared by the content tests (not a test file itself).
import { LOCALES, TOPICS, loadTopic } from '../src/index.js';
import type { Locale, TopicMap, TopicName } from '../src/index.js';

export type AllContent = { [T in TopicName]: Record<Locale, TopicMap[T]> };

/** Loads every topic in every locale. */
export async function loadAll(): Promise<AllContent> {
  const entries = await Promise.all(
    TOPICS.map(async (topic) => {
      const perLocale = await Promise.all(
        LOCALES.map(async (locale) => [locale, await loadTopic(topic, locale)] as const),
      );
      return [topic, Object.fromEntries(perLocale)] as const;
    }),
  );
  return Object.fromEntries(entries) as unknown as AllContent;
}

/** Every string inside a value, with its path. */
export function strings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Every value of a property called `name` inside a value, with its path. */
export function propertyValues(value: unknown, name: string, path = ''): { path: string; value: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => propertyValues(item, name, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => {
      const here = path ? `${path}.${key}` : key;
      return [...(key === name ? [{ path: here, value: item }] : []), ...propertyValues(item, name, here)];
    });
  }
  return [];
}

/**
 * Finds a node in a topic: `path` is a dotted path from the topic's root ('' = root, array
 * indexes allowed), `id` then searches inside it for the object with that id.
 */
export function findNode(content: unknown, path: string, id?: string): unknown {
  let node: unknown = content;
  for (const key of path.split('.').filter(Boolean)) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  }
  if (id === undefined) return node;
  return searchId(node, id);
}

function searchId(node: unknown, id: string): unknown {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = searchId(item, id);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof node === 'object' && node !== null) {
    if ((node as { id?: unknown }).id === id) return node;
    for (const item of Object.values(node)) {
      const found = searchId(item, id);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** All the text of a node, joined with spaces. */
export function textOf(node: unknown): string {
  return strings(node)
    .map((entry) => entry.text)
    .join(' ');
}
