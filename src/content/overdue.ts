/**
 * Whether something due on `due` (`YYYY-MM-DD`) and not done is overdue on
 * `today` (`YYYY-MM-DD`, see ./today.ts): from the day after it was due. One
 * rule for consultation actions and chapter reviews alike.
 */
export function isOverdue(item: {due: string; done?: boolean}, today: string): boolean {
  return item.done !== true && item.due < today;
}
