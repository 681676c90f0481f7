import type {OpenAction} from './types';

/** Whether an action is past its due day and not done, on the day `today` (`YYYY-MM-DD`). */
export function isOverdue(action: Pick<OpenAction, 'due' | 'done'>, today: string): boolean {
  return !action.done && action.due < today;
}
