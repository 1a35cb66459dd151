// Every Ryggrad tag, for Node scripts that must not load the browser tooling (the docs build
// reads it for the screenshot sheet; the end-to-end suites through e2e-support.mjs).
import { existsSync, readdirSync } from 'node:fs';

/** Every Ryggrad tag: one per widget folder with a registration, `rygg-<folder>` (widgets/README.md). */
export const WIDGET_TAGS = readdirSync(new URL('../widgets/', import.meta.url), { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && existsSync(new URL(`../widgets/${entry.name}/src/define.ts`, import.meta.url)),
  )
  .map((entry) => `rygg-${entry.name}`)
  .sort();
