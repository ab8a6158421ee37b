/**
 * `SOURCE_DATE_EPOCH` (https://reproducible-builds.org/specs/source-date-epoch/) dates the EPUB's
 * files; the spec asks a build to fail on a malformed value rather than ignore it. A zip can date
 * its files from 1980 to 2099 only (earlier dates are written as 1980).
 */
export function sourceDateEpochProblem(value: string | undefined): string | undefined {
  const epoch = value?.trim();
  if (epoch === undefined || epoch === '') return undefined;
  if (!/^\d+$/.test(epoch)) return `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (as \`git log -1 --format=%ct\` prints), not \`${epoch}\``;
  if (Number(epoch) >= Date.UTC(2100, 0, 1) / 1000) return `SOURCE_DATE_EPOCH \`${epoch}\` is after 2099, the last year a zip, and so an EPUB, can date its files`;
  return undefined;
}
