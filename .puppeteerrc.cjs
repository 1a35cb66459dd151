// Browsers come from the operating system (Debian's chromium and firefox-esr).
// Puppeteer must never download its own.
module.exports = { skipDownload: true };
