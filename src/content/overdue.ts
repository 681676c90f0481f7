import type {ActionState} from './actionState';

/**
 * Whether something due on `due` (`YYYY-MM-DD`) is overdue on `today`
 * (`YYYY-MM-DD`, see ./today.ts): from the day after it was due, and only while
 * it is open. An action that is `done` or whose state is `unknown` is never
 * overdue (nothing says it failed); a chapter's review date has no state and is
 * always open. One rule for consultation actions and chapter reviews alike.
 */
export function isOverdue(item: {due: string; state?: ActionState}, today: string): boolean {
  return (item.state ?? 'open') === 'open' && item.due < today;
}
