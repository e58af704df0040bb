/** Minutes, hours and days as milliseconds: the policy's windows are configured in these. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS_POLICY = 24 * HOUR_MS;

/**
 * Has the cooldown since the last reminder passed? No reminder yet: yes. A reminder
 * stamped after `now` (clock skew between platforms) counts as just sent.
 */
export function cooldownPassed(last: Date | undefined, now: Date, cooldownMinutes: number): boolean {
  if (last === undefined) return true;
  return now.getTime() - last.getTime() >= cooldownMinutes * MINUTE_MS;
}
