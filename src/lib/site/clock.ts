/**
 * The build's notion of "now".
 *
 * Everything time-dependent (the age banner, feed dates) reads the clock through
 * here so a build can be pinned with SOURCE_DATE_EPOCH, the reproducible-builds
 * convention: https://reproducible-builds.org/specs/source-date-epoch/
 */
export function buildNow(
  env: Record<string, string | undefined> = process.env,
  realNow: () => Date = () => new Date(),
): Date {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return realNow();
  // The spec says: an integer of seconds since the epoch, nothing else.
  if (!/^\d+$/.test(raw.trim())) {
    throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, got "${raw}".`);
  }
  return new Date(Number(raw.trim()) * 1000);
}
