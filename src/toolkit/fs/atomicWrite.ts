import {randomBytes} from 'node:crypto';
import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {mkdir, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';

/** A fresh hidden name beside `file` (same folder, so a rename or link onto `file` stays on one file system). */
export function temporaryFileBeside(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes a file so that readers see the old content or the new, never half of
 * it: the data goes to a temporary file beside the target, then is renamed
 * over it (atomic on one file system). The one way the toolkit replaces a
 * file (posts, authors, CODEOWNERS, edition labels, PDFs); files that must
 * not exist yet are created with `writeNewFile`.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true});
  const temporary = temporaryFileBeside(file);
  try {
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, {force: true});
    throw error;
  }
}

/**
 * {@link writeFileAtomic} without the thread pool: for a batch of thousands of
 * small posts, synchronous calls are about twice as fast (measured in
 * bench/suites/importPress.ts) and the importer has nothing else to do meanwhile.
 */
export function writeFileAtomicSync(file: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(file), {recursive: true});
  const temporary = temporaryFileBeside(file);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, {force: true});
    throw error;
  }
}
