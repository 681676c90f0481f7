import {readFile} from 'node:fs/promises';
import path from 'node:path';

import {glob} from 'tinyglobby';

/** A file under a folder: its path relative to the folder (with `/`) and its bytes. */
export interface FileUnder {
  path: string;
  data: Uint8Array;
}

/**
 * The files under `dir` that match `pattern`, with their bytes, in path order
 * (the same order on every machine, so a key hashed from them is stable).
 */
export async function readFilesUnder(dir: string, pattern: string, options: {ignore?: string[]; dot?: boolean} = {}): Promise<FileUnder[]> {
  const names = (await glob(pattern, {cwd: dir, ignore: options.ignore ?? [], dot: options.dot ?? false})).sort();
  return Promise.all(names.map(async (name) => ({path: name, data: await readFile(path.join(dir, name))})));
}
