import {readFileSync} from 'node:fs';
import path from 'node:path';

import matter from 'gray-matter';
import {describe, expect, it} from 'vitest';

import {SITE_DIR} from './support';

const POST = '2016-03-02-peresmian-pusat-kerja-sama-e-government-ri-rok/index.md';
const read = (folder: string) => matter(readFileSync(path.join(SITE_DIR, folder, POST), 'utf8'));

describe('the English counterpart of an imported press release', () => {
  const id = read('blog');
  const en = read('i18n/en/docusaurus-plugin-content-blog');

  it('has the same frontmatter apart from title and description', () => {
    const {title: _idTitle, description: _idDescription, ...idRest} = id.data;
    const {title: _enTitle, description: _enDescription, ...enRest} = en.data;
    expect(enRest).toEqual(idRest);
  });

  it('republishes the body verbatim after its English summary note', () => {
    const note = /^\s*:::info\[[^\]]*\]\n[\s\S]*?\n:::\n/.exec(en.content);
    expect(note).not.toBeNull();
    expect(en.content.slice(note![0].length).trim()).toBe(id.content.trim());
  });
});
