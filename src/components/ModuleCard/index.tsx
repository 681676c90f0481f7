import type {ReactNode} from 'react';

/** A curriculum module's duration, level, objectives and prerequisites, shown as a header card (readers issue). */
export default function ModuleCard(): ReactNode {
  return null;
}
