import {impossibleDate, monthNumber, type LocalDateTime, type Zone} from './calendar';

/** A calendar date read from text, or why it could not be. */
export type DateReading = {ok: true; date: LocalDateTime} | {ok: false; problem: string};

/** `2 Maret 2016`, `2 March 2016`, `2 Mar. 2016`, or day-first numeric `08/02/2017` / `08-02-2017`. */
export const DATE_PHRASE = String.raw`\d{1,2}[ \t]+[A-Za-z]+\.?[ \t]+\d{4}|\d{1,2}[/-]\d{1,2}[/-]\d{4}`;

/**
 * Reads a date phrase matched by {@link DATE_PHRASE} with an optional time
 * (`14:35` or `18.40`) and zone; no time means midnight, no zone means WIB.
 */
export function readDatePhrase(phrase: string, time?: {hour: string; minute: string}, zone?: string): DateReading {
  const textual = /^(\d{1,2})\s+([A-Za-z]+\.?)\s+(\d{4})$/.exec(phrase.trim());
  const numeric = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(phrase.trim());
  let day: number;
  let month: number | null;
  let year: number;
  if (textual) {
    day = Number(textual[1]);
    month = monthNumber(textual[2] ?? '');
    year = Number(textual[3]);
    if (month === null) return {ok: false, problem: `"${textual[2]}" in "${phrase}" is not a month name`};
  } else if (numeric) {
    // Indonesian pages write dates day first: 08/02/2017 is 8 February.
    day = Number(numeric[1]);
    month = Number(numeric[2]);
    year = Number(numeric[3]);
  } else {
    return {ok: false, problem: `"${phrase}" is not a date`};
  }
  const date: LocalDateTime = {
    year,
    month,
    day,
    hour: time ? Number(time.hour) : 0,
    minute: time ? Number(time.minute) : 0,
    zone: (zone?.toUpperCase() as Zone | undefined) ?? 'WIB',
  };
  const problem = impossibleDate(date);
  return problem ? {ok: false, problem: `"${phrase}${time ? ` ${time.hour}:${time.minute}` : ''}" is impossible: ${problem}`} : {ok: true, date};
}
