// DAISY Ace (a dev dependency, run by the tests) drives puppeteer, whose install script would
// download a Chrome build; the machines here cannot fetch one, and the tests use Debian's
// Chromium (tests/helpers/ace.ts sets PUPPETEER_EXECUTABLE_PATH). https://pptr.dev/guides/configuration
module.exports = { skipDownload: true };
