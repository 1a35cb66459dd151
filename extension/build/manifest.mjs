// One manifest for both browsers: manifest/base.json plus a small overlay per browser
// (manifest/chrome.json, manifest/firefox.json), merged here at build time. The version is the
// package's (scripts/release.mjs), the one version source of every Ryggrad output.
import { readFileSync } from 'node:fs';
import { release } from '../../scripts/release.mjs';

export const TARGETS = ['chrome', 'firefox'];

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Merges an overlay into a base manifest: objects merge key by key, anything else (strings,
 * numbers, arrays) in the overlay replaces the base value, and `null` removes the key.
 * Pure: neither argument is changed.
 */
export function mergeManifest(base, overlay) {
  const merged = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    if (value === null) delete merged[key];
    else if (isPlainObject(value) && isPlainObject(merged[key])) merged[key] = mergeManifest(merged[key], value);
    else merged[key] = value;
  }
  return merged;
}

/** The manifest of one browser build, read from extension/manifest/. */
export function manifestFor(target, manifestDir = new URL('../manifest/', import.meta.url)) {
  if (!TARGETS.includes(target))
    throw new Error(`Unknown extension target "${target}"; expected one of ${TARGETS.join(', ')}`);
  const read = (name) => JSON.parse(readFileSync(new URL(`${name}.json`, manifestDir), 'utf8'));
  return { ...mergeManifest(read('base'), read(target)), version: release().version };
}
