import {describe, expect, it} from 'vitest';

import {COLLECTIONS, schemaForPage} from '../../src/content';
import {ALL_PAGES, pagesOf} from './sitePages';

describe('shipped content', () => {
  it.each(ALL_PAGES.map((page) => [`${page.locale} ${page.collection.id}/${page.relativePath}`, page] as const))(
    '%s matches its collection schema',
    (_name, page) => {
      const result = schemaForPage(page.collection, page.relativePath).safeParse(page.frontMatter);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    },
  );

  it('has the introduction, the history, a program map, six program chapters and the maturity index', () => {
    const chapters = pagesOf(COLLECTIONS[0]!, 'id').map((page) => page.frontMatter);
    expect(chapters.map((chapter) => chapter.chapter)).toEqual(expect.arrayContaining([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(new Set(chapters.map((chapter) => chapter.program).filter(Boolean)).size).toBe(6);
  });

  it('gives every chapter a unique number', () => {
    const numbers = pagesOf(COLLECTIONS[0]!, 'id').map((page) => page.frontMatter.chapter);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('marks chapters without an official source as draft', () => {
    const programChapters = pagesOf(COLLECTIONS[0]!, 'id').filter((page) => page.frontMatter.program);
    expect(programChapters.map((page) => page.frontMatter.status)).toEqual(programChapters.map(() => 'draft'));
  });

  it('ships at least three curriculum modules that build on each other', () => {
    const modules = pagesOf(COLLECTIONS[1]!, 'id').filter((page) => !/(^|\/)index\.mdx?$/.test(page.relativePath));
    const ids = new Set(modules.map((page) => page.relativePath.replace(/\.mdx?$/, '')));
    expect(modules.length).toBeGreaterThanOrEqual(3);
    const prerequisites = modules.flatMap((page) => page.frontMatter.prerequisites as string[]);
    expect(prerequisites.length).toBeGreaterThan(0);
    for (const prerequisite of prerequisites) expect(ids).toContain(prerequisite);
  });
});
