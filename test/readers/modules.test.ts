import {describe, expect, it} from 'vitest';

import {layoutCurriculum, NODE, wrapTitle} from '../../src/components/CurriculumMap/layout';
import {FrontMatterError, type LoadedDoc} from '../../src/plugins/readers/docs';
import {totalHours} from '../../src/content/levels';
import {gatherModules} from '../../src/plugins/readers/modules';

function moduleDoc(id: string, frontMatter: Record<string, unknown>): LoadedDoc {
  return {
    id,
    title: String(frontMatter.title ?? id),
    permalink: `/kurikulum/${id}/`,
    source: `@site/docs/kurikulum/${id}.md`,
    frontMatter: {title: id, duration_hours: 4, level: 'dasar', objectives: ['Menjelaskan sesuatu.'], ...frontMatter},
  };
}

const overview: LoadedDoc = {id: 'index', title: 'Kurikulum', permalink: '/kurikulum/', source: '@site/docs/kurikulum/index.mdx', frontMatter: {title: 'Kurikulum'}};

describe('gatherModules', () => {
  it('leaves out the overview page and orders modules by level, then sidebar position', () => {
    const modules = gatherModules([
      moduleDoc('lanjutan', {level: 'lanjut', prerequisites: ['dasar-b']}),
      overview,
      moduleDoc('dasar-b', {sidebar_position: 2}),
      moduleDoc('tengah', {level: 'menengah'}),
      moduleDoc('dasar-a', {sidebar_position: 1}),
    ]);
    expect(modules.map((module) => module.id)).toEqual(['dasar-a', 'dasar-b', 'tengah', 'lanjutan']);
    expect(modules[3]).toMatchObject({level: 'lanjut', hours: 4, prerequisites: ['dasar-b'], permalink: '/kurikulum/lanjutan/'});
  });

  it('defaults prerequisites to none', () => {
    expect(gatherModules([moduleDoc('a', {})])[0]?.prerequisites).toEqual([]);
  });

  it.each([
    ['a missing duration', {duration_hours: undefined}, /duration_hours/],
    ['an unknown level', {level: 'ahli'}, /level/],
    ['no objectives', {objectives: []}, /objectives: list at least one objective/],
    ['a misspelt key', {prerequisite: []}, /prerequisite/],
  ])('rejects a module with %s, naming the file', (_name, frontMatter, message) => {
    const run = () => gatherModules([moduleDoc('rusak', frontMatter)]);
    expect(run).toThrow(FrontMatterError);
    expect(run).toThrow(/@site\/docs\/kurikulum\/rusak\.md/);
    expect(run).toThrow(message);
  });

  it('rejects a prerequisite that is not a module', () => {
    expect(() => gatherModules([moduleDoc('a', {prerequisites: ['tidak-ada']})])).toThrow(/unknown module "tidak-ada"/);
  });

  it('adds up the hours', () => {
    expect(totalHours(gatherModules([moduleDoc('a', {duration_hours: 6}), moduleDoc('b', {duration_hours: 8.5})]))).toBe(14.5);
  });
});

describe('layoutCurriculum', () => {
  const modules = gatherModules([
    moduleDoc('a', {}),
    moduleDoc('b', {level: 'menengah', prerequisites: ['a']}),
    moduleDoc('c', {level: 'lanjut', prerequisites: ['a', 'b']}),
    moduleDoc('d', {level: 'lanjut', prerequisites: ['c']}),
  ]);
  const layout = layoutCurriculum(modules);

  it('puts one column per level, left to right', () => {
    expect(layout.columns.map((column) => column.level)).toEqual(['dasar', 'menengah', 'lanjut']);
    const x = (id: string) => layout.nodes.find((node) => node.module.id === id)?.x;
    expect(x('a')).toBeLessThan(x('b')!);
    expect(x('b')).toBeLessThan(x('c')!);
    expect(x('c')).toBe(x('d'));
  });

  it('draws one arrow per prerequisite, from the prerequisite to the module', () => {
    expect(layout.arrows.map((arrow) => `${arrow.from}->${arrow.to}`)).toEqual(['a->b', 'a->c', 'b->c', 'c->d']);
  });

  it('keeps every box inside the drawing', () => {
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.x + NODE.width).toBeLessThanOrEqual(layout.width);
      expect(node.y + NODE.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('leaves out levels without modules', () => {
    expect(layoutCurriculum(modules.filter((module) => module.level !== 'menengah')).columns.map((column) => column.level)).toEqual(['dasar', 'lanjut']);
  });
});

describe('wrapTitle', () => {
  it.each([
    ['Dasar-dasar e-government', ['Dasar-dasar e-government']],
    ['Integrasi layanan pemerintah yang aman', ['Integrasi layanan', 'pemerintah yang aman']],
    ['Antarinstansipemerintahanyangsangatpanjang sekali', ['Antarinstansipemerintahanyangsangatpanjang', 'sekali']],
  ])('wraps %j', (title, lines) => {
    expect(wrapTitle(title, 26)).toEqual(lines);
  });
});
