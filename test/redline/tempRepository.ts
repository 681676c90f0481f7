import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** A small git repository holding a site's content folders, for redline tests. */
export interface TempRepository {
  dir: string;
  write(file: string, text: string): void;
  read(file: string): string;
  move(from: string, to: string): void;
  remove(file: string): void;
  git(...args: string[]): string;
  commit(message: string): void;
  cleanUp(): void;
}

/** A chapter page with the frontmatter a real chapter has. */
export function chapter(title: string, number: number, body: string, extra = ''): string {
  return `---\ntitle: ${title}\nchapter: ${number}\nstatus: draft\nowners: [panrb-perencana]\n${extra}---\n\n${body}`;
}

/** An empty repository on branch `main` with `docusaurus.config.ts` (so `masterplan` finds the site) and `files`, committed. */
export function createRepository(files: Record<string, string>, options: {cwd?: string} = {}): TempRepository {
  const dir = options.cwd ?? mkdtempSync(path.join(tmpdir(), 'masterplan-redline-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {...process.env, GIT_AUTHOR_NAME: 'Rini', GIT_AUTHOR_EMAIL: 'rini@example.go.id', GIT_COMMITTER_NAME: 'Rini', GIT_COMMITTER_EMAIL: 'rini@example.go.id', GIT_AUTHOR_DATE: '2016-03-02T10:00:00+07:00', GIT_COMMITTER_DATE: '2016-03-02T10:00:00+07:00'},
    });
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    writeFileSync(path.join(dir, file), text);
  };
  const repository: TempRepository = {
    dir,
    write,
    read: (file) => readFileSync(path.join(dir, file), 'utf8'),
    move: (from, to) => {
      mkdirSync(path.dirname(path.join(dir, to)), {recursive: true});
      renameSync(path.join(dir, from), path.join(dir, to));
    },
    remove: (file) => rmSync(path.join(dir, file)),
    git,
    commit: (message) => {
      git('add', '--all');
      git('commit', '--quiet', '--allow-empty', '--message', message);
    },
    cleanUp: () => rmSync(dir, {recursive: true, force: true}),
  };
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'core.autocrlf', 'false');
  write('docusaurus.config.ts', 'export default {};\n');
  for (const [file, text] of Object.entries(files)) write(file, text);
  repository.commit('First content');
  return repository;
}
