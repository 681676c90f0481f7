import {unlink} from 'node:fs/promises';
import path from 'node:path';

import {writeNewFile} from '../fs/writeNewFile';
import type {PlannedFile} from './planNewPage';

/**
 * Creates the planned files, each atomically and never over an existing file.
 * If a later file cannot be created, the earlier ones are removed again, so a
 * page never exists in one language only.
 */
export async function createPlannedFiles(siteDir: string, files: readonly PlannedFile[]): Promise<void> {
  const created: string[] = [];
  try {
    for (const file of files) {
      const target = path.join(siteDir, file.path);
      await writeNewFile(target, file.content);
      created.push(target);
    }
  } catch (error) {
    await Promise.all(created.map((file) => unlink(file)));
    throw error;
  }
}
