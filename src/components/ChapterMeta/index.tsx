import type {ReactNode} from 'react';

/** A master plan chapter's status, owners and review dates, shown near the title (planner workflow issue). */
export default function ChapterMeta(): ReactNode {
  return null;
}
