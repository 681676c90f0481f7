import {describe, expect, it, vi} from 'vitest';

import {isRuleName, RULE_GROUPS, RULES} from '../../src/toolkit/check';
import {brief, checkFixture} from './checkFixture';

const CHAPTER = 'docs/rencana-induk/bab-uji.md';
const PRESS = 'blog/2016-03-02-uji/index.md';

describe('the rule registry', () => {
  it('gives every rule a unique id, a description and a severity', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) expect(rule.description.length).toBeGreaterThan(10);
    expect(ids).toEqual(expect.arrayContaining(['schema', 'registry-references', 'internal-links', 'prerequisites', 'terminology', 'mermaid', 'math', 'translation', 'review', 'unsafe-content', 'spelling', 'derived-headline']));
  });

  it('names only existing rules in its groups', () => {
    for (const members of Object.values(RULE_GROUPS)) for (const id of members) expect(RULES.map((rule) => rule.id)).toContain(id);
    expect(isRuleName('references')).toBe(true);
    expect(isRuleName('internal-links')).toBe(true);
    expect(isRuleName('nonsense')).toBe(false);
  });
});

describe('schema', () => {
  it('accepts a valid chapter', async () => {
    expect(brief((await checkFixture('chapter-valid')).diagnostics)).toEqual([]);
  });

  it('reports an unknown key at the key, with a "did you mean"', async () => {
    const {diagnostics} = await checkFixture('chapter-unknown-key');
    expect(brief(diagnostics, 'schema')).toContain(`${CHAPTER}:4:1 schema error Unknown key "stauts", did you mean "status"?`);
    expect(brief(diagnostics, 'schema')).toContain(`${CHAPTER}:2:1 schema error status is required (one of draft, review, approved)`);
  });

  it('reports a misspelt enum value with the allowed values', async () => {
    const {diagnostics} = await checkFixture('chapter-bad-status');
    expect(brief(diagnostics, 'schema')[0]).toBe(`${CHAPTER}:4:9 schema error status: "reveiw" is not one of draft, review, approved; did you mean "review"?`);
  });
});

describe('terminology', () => {
  it('fails on a glossary variant and a common slip in chapter prose', async () => {
    const {diagnostics} = await checkFixture('prose-glossary-variant');
    expect(brief(diagnostics, 'terminology').filter((line) => line.startsWith('docs/'))).toEqual([
      `${CHAPTER}:8:9 terminology error Unexpected \`e-goverment\`, expected \`e-government\``,
      `${CHAPTER}:8:33 terminology error Unexpected \`degan\`, expected \`dengan\``,
    ]);
  });

  it('skips code, URLs and quotes marked verbatim', async () => {
    expect(brief((await checkFixture('prose-code-url-and-verbatim-skipped')).diagnostics)).toEqual([]);
  });

  it('flags only wrong variants: synonyms and abbreviations, which search expands to, are correct', async () => {
    const {diagnostics} = await checkFixture('prose-glossary-synonym-not-flagged');
    expect(brief(diagnostics, 'terminology')).toEqual([`${CHAPTER}:10:24 terminology error Unexpected \`kerjasama\`, expected \`kerja sama\``]);
  });

  it('refuses a glossary phrase listed both as a wrong variant and as a correct form', async () => {
    const {diagnostics} = await checkFixture('glossary-phrase-both-right-and-wrong');
    expect(brief(diagnostics, 'schema')).toEqual([
      'data/glossary.yml:10:16 schema error terms.kerja-sama.variants[0]: `kerjasama` is listed as a wrong variant and as a correct form (terms.kolaborasi.synonyms.id[0]); keep it in one list only',
    ]);
  });

  it('only warns in a republished press release', async () => {
    const {diagnostics} = await checkFixture('press-republished-variant');
    expect(brief(diagnostics, 'terminology')).toContain(`${PRESS}:17:21 terminology warning Unexpected \`e-goverment\`, expected \`e-government\``);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('mermaid', () => {
  it('accepts a valid diagram', async () => {
    expect(brief((await checkFixture('mermaid-valid')).diagnostics)).toEqual([]);
  });

  it('maps a syntax error to the file line inside the fence', async () => {
    const {diagnostics} = await checkFixture('mermaid-syntax-error');
    const [finding] = brief(diagnostics, 'mermaid').filter((line) => line.startsWith('docs/'));
    expect(finding).toMatch(new RegExp(`^${CHAPTER}:13:1 mermaid error Mermaid: Parse error \\(expecting .*got 'EOF'\\)$`));
  });
});

describe('math', () => {
  it('accepts valid inline and display math', async () => {
    expect(brief((await checkFixture('math-valid')).diagnostics)).toEqual([]);
  });

  it('points at the character KaTeX stops at', async () => {
    const {diagnostics} = await checkFixture('math-unclosed-group');
    expect(brief(diagnostics, 'math').filter((line) => line.startsWith('docs/'))).toEqual([
      `${CHAPTER}:8:22 math error KaTeX: Unexpected end of input in a macro argument, expected '}'`,
    ]);
  });
});

describe('translation', () => {
  it('reports an Indonesian page without its English counterpart', async () => {
    const {diagnostics} = await checkFixture('translation-missing');
    expect(brief(diagnostics, 'translation')).toEqual([
      `${CHAPTER}:1:1 translation error No English translation (i18n/en/docusaurus-plugin-content-docs/current/bab-uji.md)`,
    ]);
  });

  it('reports an English page without an Indonesian source', async () => {
    const {diagnostics} = await checkFixture('translation-orphan');
    expect(brief(diagnostics, 'translation')).toEqual([
      'i18n/en/docusaurus-plugin-content-docs/current/bab-uji.md:1:1 translation error English page has no Indonesian source (docs/rencana-induk/bab-uji.md)',
    ]);
  });

  it('reports a translation as stale when git says the source changed after it', async () => {
    const en = 'i18n/en/docusaurus-plugin-content-docs/current/bab-uji.md';
    const history = new Map([
      [CHAPTER, {date: '2026-02-01T10:00:00+07:00', author: 'Rini', commit: 'b'.repeat(40)}],
      [en, {date: '2026-01-15T10:00:00+07:00', author: 'Lee', commit: 'a'.repeat(40)}],
    ]);
    const {diagnostics} = await checkFixture('chapter-valid', {history});
    expect(brief(diagnostics, 'translation')).toEqual([
      `${CHAPTER}:1:1 translation warning English translation is stale: the source changed 2026-02-01 (bbbbbbb), the translation last 2026-01-15 (aaaaaaa)`,
    ]);
  });
});

describe('review', () => {
  it('warns when review_by has passed, at the date', async () => {
    const {diagnostics} = await checkFixture('chapter-review-overdue');
    expect(brief(diagnostics, 'review')).toEqual([`${CHAPTER}:6:12 review warning Review date 2020-01-01 has passed (today is 2026-01-01)`]);
  });

  it("counts days in the site's time zone when no date is given (20:00 UTC is the next day in Jakarta)", async () => {
    vi.useFakeTimers({toFake: ['Date']});
    vi.setSystemTime(new Date('2026-01-01T20:00:00Z'));
    try {
      const {diagnostics} = await checkFixture('chapter-review-overdue', {today: undefined});
      expect(brief(diagnostics, 'review')).toEqual([`${CHAPTER}:6:12 review warning Review date 2020-01-01 has passed (today is 2026-01-02)`]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says nothing before the date', async () => {
    expect(brief((await checkFixture('chapter-review-upcoming')).diagnostics)).toEqual([]);
  });
});

describe('unsafe-content', () => {
  it('reports script, event handlers and javascript: URLs in Markdown', async () => {
    const {diagnostics} = await checkFixture('unsafe-script-and-handler');
    expect(brief(diagnostics, 'unsafe-content').filter((line) => line.startsWith('docs/'))).toEqual([
      `${CHAPTER}:8:1 unsafe-content error Raw \`<script>\` runs or loads code in the reader's browser`,
      `${CHAPTER}:10:18 unsafe-content error Event attribute \`onerror\` runs code in the reader's browser`,
      `${CHAPTER}:12:1 unsafe-content error A \`javascript:\` URL runs code in the reader's browser`,
    ]);
  });

  it('reports an MDX expression that reaches the build machine', async () => {
    const {diagnostics} = await checkFixture('unsafe-mdx-process');
    expect(brief(diagnostics, 'unsafe-content')).toEqual([
      'docs/rencana-induk/bab-uji.mdx:8:8 unsafe-content error MDX expression `{process.env.HOME}` reaches the build machine (process, require or import())',
    ]);
  });

  it('accepts harmless inline HTML', async () => {
    expect(brief((await checkFixture('safe-markup')).diagnostics)).toEqual([]);
  });
});

describe('derived-headline', () => {
  it('flags a press release whose headline was derived, at the title', async () => {
    const {diagnostics} = await checkFixture('press-title-derived');
    expect(brief(diagnostics, 'derived-headline')).toContain(`${PRESS}:2:8 derived-headline warning Headline was derived from the lede (press_release.title_derived: true)`);
  });
});

describe('spelling (opt-in)', () => {
  it('does not run unless asked for', async () => {
    expect(brief((await checkFixture('spelling-typo')).diagnostics, 'spelling')).toEqual([]);
  });

  it('accepts Indonesian and English prose', async () => {
    expect(brief((await checkFixture('spelling-valid', {enable: ['spelling']})).diagnostics)).toEqual([]);
  }, 30_000);

  it('reports an unknown word at its position', async () => {
    const {diagnostics} = await checkFixture('spelling-typo', {enable: ['spelling']});
    expect(brief(diagnostics, 'spelling')).toEqual([`${CHAPTER}:8:32 spelling warning Unknown word \`pubbliik\``]);
  }, 30_000);

  it('reports each file as cspell does alone: five repeats of a word per file, and a cspell:disable ends with its file', async () => {
    const {diagnostics} = await checkFixture('spelling-batched-files', {enable: ['spelling']});
    const columns = (file: string) => diagnostics.filter((d) => d.ruleId === 'spelling' && d.file === `docs/rencana-induk/${file}`).map((d) => `${d.line}:${d.column}`);
    expect(columns('bab-kedua.md')).toEqual(['8:9', '8:19', '8:29', '8:39', '8:49']);
    expect(columns('bab-ketiga.md')).toEqual(['8:9']);
    expect(columns('bab-uji.md')).toEqual(['8:9', '8:19', '8:29', '8:39', '8:49']);
  }, 30_000);
});
