/**
 * What the readers plugin (src/plugins/readers) writes as a data module for one
 * locale: everything the curriculum map, module cards, glossary, consultation
 * index, timeline and press metadata need, gathered at build time so no page
 * fetches it. Plain types, no zod: components import them.
 */
import type {ActionState} from '../actionState';
import type {ModuleLevel} from '../levels';
import type {ChapterStatus} from '../status';

/** A curriculum module as the map and the module card show it. */
export interface CurriculumModule {
  /** Doc id: the file name without extension (`dasar-e-government`). */
  id: string;
  title: string;
  /** Locale-aware URL of the module page. */
  permalink: string;
  /** Review state; until `approved`, level, hours and prerequisites are proposals and shown as such. */
  status: ChapterStatus;
  level: ModuleLevel;
  hours: number;
  objectives: string[];
  /** Ids of modules to take first. */
  prerequisites: string[];
}

/** A consultation note as the consultation index lists it. */
export interface ConsultationNote {
  id: string;
  title: string;
  permalink: string;
  /** Meeting day, `YYYY-MM-DD`. */
  date: string;
  topics: string[];
  /** Institutions of the participants, each once, in order of first mention. */
  institutions: string[];
  /** The state of each follow-up action, in the note's order. */
  actionStates: ActionState[];
}

/** A follow-up action from a consultation note, with its owner resolved. */
export interface OpenAction {
  action: string;
  /** Team (data/teams.yml) or person (data/people.yml) id. */
  ownerId: string;
  /** The owner's name in the page's language. */
  owner: string;
  /** Due day, `YYYY-MM-DD`. */
  due: string;
  /** `open`, `done` or `unknown`; only an open action can be overdue. */
  state: ActionState;
  /** The note the action comes from. */
  note: {title: string; permalink: string};
}

/** A glossary entry as the glossary page and `<Term>` show it. */
export interface GlossaryEntry {
  /** Term id (key in data/glossary.yml), also the anchor on the glossary page. */
  id: string;
  /** The term in the current locale's language. */
  term: string;
  id_term: string;
  en_term: string;
  ko_term?: string;
  /** Definition in the current locale's language. */
  definition: string;
  /** The published documents the term's forms and definition come from (data/glossary.yml `sources`); absent when it lists none. */
  sources?: GlossarySource[];
}

/** A glossary term's source as the glossary page cites it. */
export interface GlossarySource {
  publisher: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  url?: string;
}

/** A milestone of the cooperation in the current locale. */
export interface TimelineEntry {
  /** `YYYY-MM-DD` for a day, `YYYY/YYYY` for a span of years. */
  when: string;
  event: string;
  place?: string;
}

/** The readers plugin's global data. */
export interface ReadersData {
  modules: CurriculumModule[];
  consultations: ConsultationNote[];
  actions: OpenAction[];
  glossary: GlossaryEntry[];
  timeline: TimelineEntry[];
  /** Press post permalink -> publication instant exactly as written, with its offset. */
  pressDates: Record<string, string>;
  /**
   * The day the site was built (`YYYY-MM-DD` in the site's time zone, see
   * src/content/today.ts): "overdue" is judged against
   * it until the browser knows today's date. A day, not an instant, so
   * rebuilding the same content the same day gives the same files.
   */
  builtOn: string;
}
