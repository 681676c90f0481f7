import {describe, expect, it} from 'vitest';

import {formatResult, toSarif, type CheckResult} from '../../src/toolkit/check';
import {brief, checkFixture} from './checkFixture';

/** The fixture `every-kind`: one finding of every rule, and a page whose YAML does not parse. */
async function everyKind(): Promise<CheckResult> {
  return checkFixture('every-kind');
}

describe('a fixture with one problem of every kind', () => {
  it('yields exactly those findings, at the right lines', async () => {
    expect(brief((await everyKind()).diagnostics)).toMatchInlineSnapshot(`
      [
        "blog/2016-03-02-uji/index.md:2:8 derived-headline warning Headline was derived from the lede (press_release.title_derived: true)",
        "blog/2016-03-02-uji/index.md:8:1 sources warning Press release has no press_release.source_url",
        "docs/rencana-induk/bab-rusak.md:1:1 translation error No English translation (i18n/en/docusaurus-plugin-content-docs/current/bab-rusak.md)",
        "docs/rencana-induk/bab-rusak.md:4:1 schema error Unknown key "stauts", did you mean "status"?",
        "docs/rencana-induk/bab-rusak.md:6:10 registry-references error owners[0]: unknown team or person "rni", did you mean "rini"?",
        "docs/rencana-induk/bab-rusak.md:7:12 review warning Review date 2020-01-01 has passed (today is 2026-01-01)",
        "docs/rencana-induk/bab-rusak.md:10:9 terminology error Unexpected \`e-goverment\`, expected \`e-government\`",
        "docs/rencana-induk/bab-rusak.md:12:7 internal-links error Link to a missing file \`./bab-lain.md\`",
        "docs/rencana-induk/bab-rusak.md:14:1 unsafe-content error Raw \`<script>\` runs or loads code in the reader's browser",
        "docs/rencana-induk/bab-rusak.md:16:11 math error KaTeX: Unexpected end of input in a macro argument, expected '}'",
        "docs/rencana-induk/bab-rusak.md:20:1 mermaid error Mermaid: Parse error (expecting 'AMP', 'COLON', 'PIPE', ...; got 'EOF')",
        "docs/rencana-induk/yaml-rusak.md:3:1 parse error Malformed YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
        "i18n/en/docusaurus-plugin-content-blog/2016-03-02-uji/index.md:2:8 derived-headline warning Headline was derived from the lede (press_release.title_derived: true)",
        "i18n/en/docusaurus-plugin-content-blog/2016-03-02-uji/index.md:8:1 sources warning Press release has no press_release.source_url",
      ]
    `);
  });

  it('prints them like vfile-reporter (stylish)', async () => {
    expect(formatResult(await everyKind(), 'stylish')).toMatchInlineSnapshot(`
      "blog/2016-03-02-uji/index.md
      2:8-2:18  warning  Headline was derived from the lede (press_release.title_derived: true)  derived-headline
                         Check the headline against the source release, then set press_release.title_derived to false.
      8:1-8:14  warning  Press release has no press_release.source_url                           sources
                         Record where the publisher put the release: re-import it with \`masterplan import-press --source-url <url>\`, or add press_release.source_url.

      docs/rencana-induk/bab-rusak.md
      1:1         error    No English translation (i18n/en/docusaurus-plugin-content-docs/current/bab-rusak.md)  translation
                           Every page exists in both languages under the same file name.
      4:1-4:7     error    Unknown key "stauts", did you mean "status"?                                          schema
      6:10-6:13   error    owners[0]: unknown team or person "rni", did you mean "rini"?                         registry-references
      7:12-7:22   warning  Review date 2020-01-01 has passed (today is 2026-01-01)                               review
                           Review the chapter with its owners, then set review_by to the next review date.
      10:9-10:20  error    Unexpected \`e-goverment\`, expected \`e-government\`                                     terminology
      12:7-12:32  error    Link to a missing file \`./bab-lain.md\`                                                internal-links
      14:1-14:8   error    Raw \`<script>\` runs or loads code in the reader's browser                             unsafe-content
      16:11       error    KaTeX: Unexpected end of input in a macro argument, expected '}'                      math
                           See the supported functions at https://katex.org/docs/supported.html
      20:1        error    Mermaid: Parse error (expecting 'AMP', 'COLON', 'PIPE', ...; got 'EOF')               mermaid
                           See the Mermaid syntax reference: https://mermaid.js.org/intro/syntax-reference.html

      docs/rencana-induk/yaml-rusak.md
      3:1  error  Malformed YAML: Flow sequence in block collection must be sufficiently indented and end with a ]  parse
                  Fix the YAML syntax; quote values that contain ": " or start with a special character.

      i18n/en/docusaurus-plugin-content-blog/2016-03-02-uji/index.md
      2:8-2:18  warning  Headline was derived from the lede (press_release.title_derived: true)  derived-headline
                         Check the headline against the source release, then set press_release.title_derived to false.
      8:1-8:14  warning  Press release has no press_release.source_url                           sources
                         Record where the publisher put the release: re-import it with \`masterplan import-press --source-url <url>\`, or add press_release.source_url.

      ✖ 9 errors, 5 warnings
      "
    `);
  });

  it('prints them as annotations for GitHub Actions', async () => {
    expect(formatResult(await everyKind(), 'github')).toMatchInlineSnapshot(`
      "::warning file=blog/2016-03-02-uji/index.md,line=2,col=8,endLine=2,endColumn=18,title=masterplan check (derived-headline)::Headline was derived from the lede (press_release.title_derived: true). Check the headline against the source release, then set press_release.title_derived to false.
      ::warning file=blog/2016-03-02-uji/index.md,line=8,col=1,endLine=8,endColumn=14,title=masterplan check (sources)::Press release has no press_release.source_url. Record where the publisher put the release: re-import it with \`masterplan import-press --source-url <url>\`, or add press_release.source_url.
      ::error file=docs/rencana-induk/bab-rusak.md,line=1,col=1,title=masterplan check (translation)::No English translation (i18n/en/docusaurus-plugin-content-docs/current/bab-rusak.md). Every page exists in both languages under the same file name.
      ::error file=docs/rencana-induk/bab-rusak.md,line=4,col=1,endLine=4,endColumn=7,title=masterplan check (schema)::Unknown key "stauts", did you mean "status"?
      ::error file=docs/rencana-induk/bab-rusak.md,line=6,col=10,endLine=6,endColumn=13,title=masterplan check (registry-references)::owners[0]: unknown team or person "rni", did you mean "rini"?
      ::warning file=docs/rencana-induk/bab-rusak.md,line=7,col=12,endLine=7,endColumn=22,title=masterplan check (review)::Review date 2020-01-01 has passed (today is 2026-01-01). Review the chapter with its owners, then set review_by to the next review date.
      ::error file=docs/rencana-induk/bab-rusak.md,line=10,col=9,endLine=10,endColumn=20,title=masterplan check (terminology)::Unexpected \`e-goverment\`, expected \`e-government\`
      ::error file=docs/rencana-induk/bab-rusak.md,line=12,col=7,endLine=12,endColumn=32,title=masterplan check (internal-links)::Link to a missing file \`./bab-lain.md\`
      ::error file=docs/rencana-induk/bab-rusak.md,line=14,col=1,endLine=14,endColumn=8,title=masterplan check (unsafe-content)::Raw \`<script>\` runs or loads code in the reader's browser
      ::error file=docs/rencana-induk/bab-rusak.md,line=16,col=11,title=masterplan check (math)::KaTeX: Unexpected end of input in a macro argument, expected '}'. See the supported functions at https://katex.org/docs/supported.html
      ::error file=docs/rencana-induk/bab-rusak.md,line=20,col=1,title=masterplan check (mermaid)::Mermaid: Parse error (expecting 'AMP', 'COLON', 'PIPE', ...; got 'EOF'). See the Mermaid syntax reference: https://mermaid.js.org/intro/syntax-reference.html
      ::error file=docs/rencana-induk/yaml-rusak.md,line=3,col=1,title=masterplan check (parse)::Malformed YAML: Flow sequence in block collection must be sufficiently indented and end with a ]. Fix the YAML syntax; quote values that contain ": " or start with a special character.
      ::warning file=i18n/en/docusaurus-plugin-content-blog/2016-03-02-uji/index.md,line=2,col=8,endLine=2,endColumn=18,title=masterplan check (derived-headline)::Headline was derived from the lede (press_release.title_derived: true). Check the headline against the source release, then set press_release.title_derived to false.
      ::warning file=i18n/en/docusaurus-plugin-content-blog/2016-03-02-uji/index.md,line=8,col=1,endLine=8,endColumn=14,title=masterplan check (sources)::Press release has no press_release.source_url. Record where the publisher put the release: re-import it with \`masterplan import-press --source-url <url>\`, or add press_release.source_url.
      "
    `);
  });

  it('prints them as JSON in the documented shape', async () => {
    const report = JSON.parse(formatResult(await everyKind(), 'json')) as {version: number; summary: unknown; diagnostics: {file: string; line: number; ruleId: string}[]};
    expect(report.version).toBe(1);
    expect(report.summary).toMatchInlineSnapshot(`
      {
        "errors": 9,
        "files": 11,
        "infos": 0,
        "warnings": 5,
      }
    `);
    expect(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toMatchInlineSnapshot(`
      [
        "blog/2016-03-02-uji/index.md:2 derived-headline",
        "blog/2016-03-02-uji/index.md:8 sources",
        "docs/rencana-induk/bab-rusak.md:1 translation",
        "docs/rencana-induk/bab-rusak.md:4 schema",
        "docs/rencana-induk/bab-rusak.md:6 registry-references",
        "docs/rencana-induk/bab-rusak.md:7 review",
        "docs/rencana-induk/bab-rusak.md:10 terminology",
        "docs/rencana-induk/bab-rusak.md:12 internal-links",
        "docs/rencana-induk/bab-rusak.md:14 unsafe-content",
        "docs/rencana-induk/bab-rusak.md:16 math",
        "docs/rencana-induk/bab-rusak.md:20 mermaid",
        "docs/rencana-induk/yaml-rusak.md:3 parse",
        "i18n/en/docusaurus-plugin-content-blog/2016-03-02-uji/index.md:2 derived-headline",
        "i18n/en/docusaurus-plugin-content-blog/2016-03-02-uji/index.md:8 sources",
      ]
    `);
  });

  it('prints them as SARIF 2.1.0 with every result tied to a described rule', async () => {
    const result = await everyKind();
    const log = JSON.parse(formatResult(result, 'sarif')) as ReturnType<typeof toSarif>;
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    const ruleIds = run.tool.driver.rules?.map((rule) => rule.id) ?? [];
    expect(run.results?.length).toBe(result.diagnostics.length);
    for (const sarifResult of run.results ?? []) {
      expect(ruleIds[sarifResult.ruleIndex ?? -1]).toBe(sarifResult.ruleId);
      expect(['error', 'warning', 'note']).toContain(sarifResult.level);
      const region = sarifResult.locations?.[0]?.physicalLocation?.region;
      expect(region?.startLine).toBeGreaterThan(0);
      expect(region?.startColumn).toBeGreaterThan(0);
    }
    expect(run.results?.map((r) => `${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri}:${r.locations?.[0]?.physicalLocation?.region?.startLine} ${r.ruleId} ${r.level}`)).toMatchInlineSnapshot(`
      [
        "blog/2016-03-02-uji/index.md:2 derived-headline warning",
        "blog/2016-03-02-uji/index.md:8 sources warning",
        "docs/rencana-induk/bab-rusak.md:1 translation error",
        "docs/rencana-induk/bab-rusak.md:4 schema error",
        "docs/rencana-induk/bab-rusak.md:6 registry-references error",
        "docs/rencana-induk/bab-rusak.md:7 review warning",
        "docs/rencana-induk/bab-rusak.md:10 terminology error",
        "docs/rencana-induk/bab-rusak.md:12 internal-links error",
        "docs/rencana-induk/bab-rusak.md:14 unsafe-content error",
        "docs/rencana-induk/bab-rusak.md:16 math error",
        "docs/rencana-induk/bab-rusak.md:20 mermaid error",
        "docs/rencana-induk/yaml-rusak.md:3 parse error",
        "i18n/en/docusaurus-plugin-content-blog/2016-03-02-uji/index.md:2 derived-headline warning",
        "i18n/en/docusaurus-plugin-content-blog/2016-03-02-uji/index.md:8 sources warning",
      ]
    `);
  });
});
