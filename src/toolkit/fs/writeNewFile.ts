import {link, mkdir, unlink, writeFile} from 'node:fs/promises';
import path from 'node:path';

import {temporaryFileBeside} from './atomicWrite';

/** A file that should have been created but already exists. */
export class FileExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} already exists; refusing to overwrite it`);
    this.name = 'FileExistsError';
  }
}

/**
 * Creates `file` with `content`, atomically and never over an existing file:
 * the text is written to a temporary file beside it, then hard-linked to its
 * name (`link` fails when the name is taken, unlike `rename`), so a reader
 * sees either no file or the whole file.
 */
export async function writeNewFile(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true});
  const temporary = temporaryFileBeside(file);
  await writeFile(temporary, content, {flag: 'wx'});
  try {
    await link(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(file);
    throw error;
  } finally {
    await unlink(temporary);
  }
}
