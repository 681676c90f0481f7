/**
 * `codeowners`: the committed `.github/CODEOWNERS` matches the chapters'
 * owners and the people registry, so a pull request touching a chapter asks
 * its owners to review. A site without a `.github/` folder is not hosted on
 * GitHub and has no CODEOWNERS to keep.
 *
 * ok: the file `masterplan codeowners --write` wrote · not-ok: an owner added to a chapter since
 */
import {existsSync} from 'node:fs';
import path from 'node:path';

import {checkCodeowners} from '../../codeowners';
import type {Rule} from '../types';

export const codeownersRule: Rule = {
  id: 'codeowners',
  description: '.github/CODEOWNERS is up to date with the chapters\u2019 owners.',
  severity: 'error',
  async checkProject(context, report) {
    if (!existsSync(path.join(context.siteDir, '.github'))) return;
    for (const problem of await checkCodeowners(context.siteDir)) {
      report(problem.file, {line: problem.line, column: 1, message: problem.message});
    }
  },
};
