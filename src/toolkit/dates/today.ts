// Moved to src/content/today.ts (browser-safe, used by components too). Kept
// only for the command modules that still import it from here; the lead
// repoints src/toolkit/commands/{new,status}.ts and removes this file.
export {SITE_TIME_ZONE, todayIso} from '../../content/today';
