/**
 * Today's date as `YYYY-MM-DD` in the machine's time zone (set `TZ`, e.g.
 * `TZ=Asia/Jakarta`, to pin it). Library functions take the date as an
 * argument; only the command line and the site build ask the clock.
 */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
