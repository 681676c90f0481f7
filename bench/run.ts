/**
 * `npm run bench [suite...]`: runs benchmark suites and writes their results
 * into BENCHMARKS.md, each suite in its own marked section so running one
 * suite keeps the others' last results.
 */
import {existsSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import path from 'node:path';

import {SUITES} from './suites';

const FILE = path.resolve(__dirname, '..', 'BENCHMARKS.md');
const HEADER = `# Benchmarks

Measured on the project's CI machine kind (2 cores, 24 GiB, Node 20) with
\`npm run bench\`; each section says the command that produced it and when.
Run one suite with \`npm run bench -- <suite>\`.
`;

function replaceSection(document: string, name: string, body: string): string {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from >= 0 && to > from) return document.slice(0, from) + section + document.slice(to + end.length);
  return `${document.trimEnd()}\n\n${section}\n`;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !SUITES.some((suite) => suite.name === name));
  if (unknown.length > 0) {
    console.error(`Unknown suite ${unknown.join(', ')}; known: ${SUITES.map((suite) => suite.name).join(', ')}`);
    process.exit(2);
  }
  let document = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  for (const suite of SUITES.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
    console.log(`▶ ${suite.name}: ${suite.title}`);
    const markdown = await suite.run();
    const stamp = `_\`npm run bench -- ${suite.name}\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC_`;
    document = replaceSection(document, suite.name, `## ${suite.title}\n\n${stamp}\n\n${markdown}`);
    const temporary = `${FILE}.tmp`;
    writeFileSync(temporary, document);
    renameSync(temporary, FILE);
    console.log(markdown);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
