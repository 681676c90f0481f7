import {describe, expect, it} from 'vitest';

import {findCycles} from '../../src/toolkit/check/rules/prerequisites';
import {brief, checkFixture} from './checkFixture';

describe('prerequisites', () => {
  it('accepts prerequisites in order', async () => {
    expect(brief((await checkFixture('module-prerequisites-in-order')).diagnostics)).toEqual([]);
  });

  it('reports a prerequisite that names no module of the same language', async () => {
    const {diagnostics} = await checkFixture('module-unknown-prerequisite');
    expect(brief(diagnostics, 'prerequisites')).toEqual([
      'docs/kurikulum/modul-b.md:6:26 prerequisites error prerequisites[1]: unknown module "modul-z", did you mean "modul-a"?',
      'i18n/en/docusaurus-plugin-content-docs-kurikulum/current/modul-b.md:6:26 prerequisites error prerequisites[1]: unknown module "modul-z", did you mean "modul-a"?',
    ]);
  });

  it('reports a prerequisite cycle once per language, naming the cycle', async () => {
    const {diagnostics} = await checkFixture('module-cyclic-prerequisite');
    expect(brief(diagnostics, 'prerequisites')).toEqual([
      'docs/kurikulum/modul-a.md:6:17 prerequisites error Prerequisites form a cycle: modul-a → modul-b → modul-c → modul-a',
      'i18n/en/docusaurus-plugin-content-docs-kurikulum/current/modul-a.md:6:17 prerequisites error Prerequisites form a cycle: modul-a → modul-b → modul-c → modul-a',
    ]);
  });
});

describe('findCycles', () => {
  it.each([
    ['no edges', [['a', []]], []],
    ['a chain', [['a', ['b']], ['b', []]], []],
    ['a module requiring itself', [['a', ['a']]], [['a', 'a']]],
    ['a cycle of three', [['a', ['b']], ['b', ['c']], ['c', ['a']]], [['a', 'b', 'c', 'a']]],
    ['a prerequisite that is not a module', [['a', ['z']]], []],
  ] as [string, [string, string[]][], string[][]][])('%s', (_what, edges, cycles) => {
    expect(findCycles(new Map(edges))).toEqual(cycles);
  });
});
