import * as z from 'zod';

import {docusaurusDocFields, lineSchema} from './common';

/** The landing page of a collection (`docs/<collection>/index.md`). */
export const overviewSchema = z.strictObject({
  ...docusaurusDocFields,
  /** Page title. */
  title: lineSchema,
});

export type Overview = z.output<typeof overviewSchema>;
