import {consultationSchema, formatIssues, formatPath, type PeopleRegistry} from '../../content';
import {FrontMatterError, isOverview, type LoadedDoc} from './docs';
import type {ConsultationNote, OpenAction} from '../../content/siteData/readers';

/** The consultation index and every follow-up action, gathered from the notes. */
export interface GatheredConsultations {
  /** Notes, newest first. */
  notes: ConsultationNote[];
  /** Actions of every note: open ones first, each group by due date. */
  actions: OpenAction[];
}

/**
 * Reads the consultation notes of one locale (the `konsultasi` docs except the
 * overview). Throws a {@link FrontMatterError} naming the file when a note is
 * invalid or an action's owner is not in data/people.yml.
 */
export function gatherConsultations(docs: readonly LoadedDoc[], people: PeopleRegistry): GatheredConsultations {
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
    });
    note.actions.forEach((action, index) => {
      const owner = people[action.owner];
      if (!owner) {
        throw new FrontMatterError(doc.source, [
          `${formatPath(['actions', index, 'owner'])}: "${action.owner}" is not in data/people.yml; add the person there or use an existing id`,
        ]);
      }
      actions.push({
        action: action.action,
        ownerId: action.owner,
        owner: owner.name,
        due: action.due,
        done: action.done,
        note: {title: doc.title, permalink: doc.permalink},
      });
    });
  }
  notes.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  actions.sort((a, b) => Number(a.done) - Number(b.done) || a.due.localeCompare(b.due));
  return {notes, actions};
}

