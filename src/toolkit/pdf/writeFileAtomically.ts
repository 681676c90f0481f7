import {mkdir, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';

/** Writes a file whole or not at all: to a temporary file beside it, then renamed over it. */
export async function writeFileAtomically(file: string, data: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true});
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await writeFile(temporary, data);
  await rename(temporary, file);
}
