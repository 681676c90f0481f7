import {assigneeNames, consultationSchema, formatIssues, formatPath, type AssigneeRegistries} from '../../content';
import {ACTION_STATES} from '../../content/actionState';
import {FrontMatterError, isOverview, type LoadedDoc} from './docs';
import type {ConsultationNote, OpenAction} from '../../content/siteData/readers';

/** The consultation index and every follow-up action, gathered from the notes. */
export interface GatheredConsultations {
  /** Notes, newest first. */
  notes: ConsultationNote[];
  /** Actions of every note: open ones first, then unknown, then done, each group by due date. */
  actions: OpenAction[];
}

/**
 * Reads the consultation notes of one locale (the `konsultasi` docs except the
 * overview). Throws a {@link FrontMatterError} naming the file when a note is
 * invalid or an action's owner is neither in data/teams.yml nor in data/people.yml.
 */
export function gatherConsultations(docs: readonly LoadedDoc[], registries: AssigneeRegistries, locale: 'id' | 'en'): GatheredConsultations {
  const names = assigneeNames(registries, locale);
  const notes: ConsultationNote[] = [];
  const actions: OpenAction[] = [];
  for (const doc of docs.filter((candidate) => !isOverview(candidate))) {
    const parsed = consultationSchema.safeParse(doc.frontMatter);
    if (!parsed.success) {
      throw new FrontMatterError(doc.source, formatIssues(consultationSchema, doc.frontMatter, parsed.error.issues));
    }
    const note = parsed.data;
    notes.push({
      id: doc.id,
      title: doc.title,
      permalink: doc.permalink,
      date: note.date,
      topics: note.topics,
      institutions: [...new Set(note.participants.map((participant) => participant.institution))],
      actionStates: note.actions.map((action) => action.state),
    });
    note.actions.forEach((action, index) => {
      const owner = names[action.owner];
      if (owner === undefined) {
        throw new FrontMatterError(doc.source, [
          `${formatPath(['actions', index, 'owner'])}: "${action.owner}" is neither a team in data/teams.yml nor a person in data/people.yml; use a team id`,
        ]);
      }
      actions.push({
        action: action.action,
        ownerId: action.owner,
        owner,
        due: action.due,
        state: action.state,
        note: {title: doc.title, permalink: doc.permalink},
      });
    });
  }
  notes.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  actions.sort((a, b) => ACTION_STATES.indexOf(a.state) - ACTION_STATES.indexOf(b.state) || a.due.localeCompare(b.due));
  return {notes, actions};
}

