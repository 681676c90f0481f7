import {stat} from 'node:fs/promises';
import path from 'node:path';

import {glob} from 'tinyglobby';

/** A path given on the command line that is neither a file nor a directory. */
export interface MissingInput {
  file: string;
  problem: string;
}

/**
 * Expands the command's arguments into release files: a file as given, a
 * directory as the `.txt` files in it and its subfolders (README.md and other
 * notes are not releases), sorted so batches import in a stable order.
 */
export async function collectReleaseFiles(inputs: readonly string[]): Promise<{files: string[]; missing: MissingInput[]}> {
  const files: string[] = [];
  const missing: MissingInput[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const found = await glob('**/*.txt', {cwd: input, absolute: false, onlyFiles: true});
      files.push(...found.sort().map((file) => path.join(input, file)));
    } else if (info?.isFile()) {
      files.push(input);
    } else {
      missing.push({file: input, problem: 'no such file or directory'});
    }
  }
  return {files: [...new Set(files)], missing};
}
