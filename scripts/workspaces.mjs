// The internal workspaces (@ryggrad/core, @ryggrad/content, @ryggrad/testing) are TypeScript
// sources, exported under a condition of their own: every resolver in the repository (wds, wtr,
// rollup; tsc through `customConditions`) asks for it. A custom name, not `development`, so a
// consumer's bundler (Vite sets `development` in dev builds) never picks it.
export const SOURCE_CONDITIONS = ['ryggrad-source'];
