/**
 * Month names, time zones and date arithmetic for bylines. Pages in either
 * language use either language's month names, so both are always accepted.
 */

const MONTHS: Record<string, number> = {};
const MONTH_NAMES = [
  ['januari', 'january', 'jan'],
  ['februari', 'february', 'pebruari', 'feb', 'peb'],
  ['maret', 'march', 'mar'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['agustus', 'august', 'agu', 'agt', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nopember', 'nov', 'nop'],
  ['desember', 'december', 'des', 'dec'],
];
MONTH_NAMES.forEach((names, index) => {
  for (const name of names) MONTHS[name] = index + 1;
});

/** Month number (1-12) of an Indonesian or English month name or abbreviation, or null. */
export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

const WEEKDAYS = new Set(
  ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad'].concat(
    ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ),
);

/** True for an Indonesian or English weekday name. */
export function isWeekday(word: string): boolean {
  return WEEKDAYS.has(word.toLowerCase());
}

/** Indonesia's three time zones and their UTC offsets. */
export const ZONE_OFFSETS = {WIB: '+07:00', WITA: '+08:00', WIT: '+09:00'} as const;
export type Zone = keyof typeof ZONE_OFFSETS;

export const INDONESIAN_MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
export const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A local date and time in one of the zones; `hour`/`minute` are 0 when the source gives no time. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  zone: Zone;
}

/** Why a date is impossible, or null when it exists (`31 Februari 2016` does not). */
export function impossibleDate({year, month, day, hour, minute}: LocalDateTime): string | null {
  if (year < 1900 || year > 2999) return `year ${year} is out of range`;
  if (month < 1 || month > 12) return `month ${month} does not exist`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${ENGLISH_MONTHS[month - 1]} ${year} has ${days} days, not ${day}`;
  if (hour > 23 || minute > 59) return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')} is not a time of day`;
  return null;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `2016-03-02T14:35:00+07:00`. */
export function toIsoString(date: LocalDateTime): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}T${pad(date.hour)}:${pad(date.minute)}:00${ZONE_OFFSETS[date.zone]}`;
}
