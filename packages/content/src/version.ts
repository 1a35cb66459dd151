/**
 * The version of the clinical wording. It changes whenever a text a reader can see changes, so a
 * site's clinical reviewer knows what they signed off; docs/clinical-changelog.html lists what
 * changed in each version and why. (The npm package has its own, separate version.)
 */
export const CONTENT_VERSION = '2026.3';
