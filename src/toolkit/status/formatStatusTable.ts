import {CHAPTER_STATUSES, type StatusReport} from '../../content/status';

const MAX_TITLE = 40;

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The report as a plain-text table for a terminal, then one line of counts. */
export function formatStatusTable(report: StatusReport): string {
  const header = ['#', 'Title', 'Status', 'Owners', 'Reviewers', 'Last change', 'Words', 'English', 'Review by'];
  const rows = report.chapters.map((row) => [
    String(row.chapter),
    truncate(row.title, MAX_TITLE),
    row.status,
    row.owners.join(', '),
    row.reviewers.join(', ') || '-',
    row.lastChange ? `${row.lastChange.date.slice(0, 10)} ${row.lastChange.author}` : 'not committed',
    String(row.words),
    row.translation,
    row.reviewBy === null ? '-' : `${row.reviewBy}${row.reviewOverdue ? ' OVERDUE' : ''}`,
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const numeric = new Set([0, 6]);
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  const counts = CHAPTER_STATUSES.map((status) => `${report.counts[status]} ${status}`).join(', ');
  const overdue = report.chapters.filter((row) => row.reviewOverdue).length;
  const stale = report.chapters.filter((row) => row.translation !== 'current').length;
  const summary = `${report.chapters.length} chapters: ${counts}; ${overdue} review${overdue === 1 ? '' : 's'} overdue; ${stale} English translation${stale === 1 ? '' : 's'} missing or stale.`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line), '', summary, ''].join('\n');
}
