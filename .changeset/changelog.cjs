// Changelog lines for CHANGELOG.md (RELEASING.md). A changeset whose summary starts with
// "Clinical:" changes what the widgets say; its line is marked so scripts/version.mjs can gather
// such lines into their own section, "Clinical wording changes", for a site's clinical reviewer.
const CLINICAL = /^clinical:\s*/i;

module.exports = {
  async getReleaseLine(changeset) {
    const [first, ...rest] = changeset.summary.trim().split('\n');
    const clinical = CLINICAL.test(first);
    const text = [first.replace(CLINICAL, ''), ...rest.map((line) => `  ${line}`)].join('\n');
    return `- ${clinical ? '[clinical] ' : ''}${text}`;
  },
  async getDependencyReleaseLine() {
    return '';
  },
};
