/**
 * Where a follow-up action stands, as far as anyone can tell (issue 15): the
 * public must not read "not done" where nothing is known. A plain list (no
 * zod) so components can import it; the consultation schema builds its enum
 * from it. In the order actions are listed: what is still to do first.
 *
 * - `open`: still to be done; the only state that can be overdue.
 * - `done`: a source says it was done.
 * - `unknown`: no source says either way; the default for imported history.
 */
export const ACTION_STATES = ['open', 'unknown', 'done'] as const;

/** `open`, `unknown` or `done`. */
export type ActionState = (typeof ACTION_STATES)[number];
