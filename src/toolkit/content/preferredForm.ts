/**
 * Which of a glossary term's forms a wrong spelling stands for. The
 * terminology rule names it in its message; search looks for it instead of
 * the wrong spelling (src/plugins/readers/searchTerms.ts).
 */
import {distance} from 'fastest-levenshtein';

/** How far `written` is from the closest run of as many words inside `form`. */
function closeness(written: string, form: string): number {
  const words = form.toLowerCase().split(/\s+/);
  const size = written.split(/\s+/).length;
  const target = written.toLowerCase();
  if (size >= words.length) return distance(target, words.join(' '));
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i + size <= words.length; i++) best = Math.min(best, distance(target, words.slice(i, i + size).join(' ')));
  return best;
}

/**
 * Of a term's forms (Indonesian, English), the one that was meant: the closest
 * to what was written (`Joint Commite` → `Joint Committee`), on a tie the
 * page's language (`Porrtal` on an Indonesian page → `portal layanan publik`).
 */
export function preferredForm(written: string, forms: string[], language: 'id' | 'en'): string {
  const [idForm, enForm] = forms;
  if (idForm === undefined || enForm === undefined) return idForm ?? '';
  const [toId, toEn] = [closeness(written, idForm), closeness(written, enForm)];
  if (toId === toEn) return language === 'id' ? idForm : enForm;
  return toId < toEn ? idForm : enForm;
}
