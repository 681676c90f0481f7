/**
 * The baseline of the build benchmark: the same generated content built by a
 * plain Docusaurus configuration, as a team would start one (classic preset,
 * webpack, Mermaid drawn in the browser by @docusaurus/theme-mermaid, KaTeX),
 * with none of this project's plugins, theme components or post-build steps.
 */
import {mkdir, symlink, writeFile} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import path from 'node:path';

import {generateCorpus, type CorpusOptions} from './generateCorpus';

const REPO_DIR = path.resolve(__dirname, '..', '..');

/** A plain Docusaurus 3 config serving the corpus's collections at the same URLs. */
export const PLAIN_CONFIG = `// Written by bench/corpus/plainSite.ts: plain Docusaurus, the build benchmark's baseline.
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

const markdown = {remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex]};

export default {
  title: 'Plain Docusaurus baseline',
  url: 'https://example.invalid',
  baseUrl: '/',
  trailingSlash: true,
  onBrokenLinks: 'throw',
  i18n: {defaultLocale: 'id', locales: ['id', 'en']},
  markdown: {format: 'detect', mermaid: true},
  themes: ['@docusaurus/theme-mermaid'],
  presets: [
    [
      'classic',
      {
        docs: {path: 'docs/rencana-induk', routeBasePath: 'rencana-induk', ...markdown},
        blog: {
          path: 'blog',
          routeBasePath: 'siaran-pers',
          authorsMapPath: 'authors.yml',
          tags: 'tags.yml',
          showReadingTime: true,
          onUntruncatedBlogPosts: 'ignore',
          ...markdown,
        },
      },
    ],
  ],
  plugins: [
    ['@docusaurus/plugin-content-docs', {id: 'kurikulum', path: 'docs/kurikulum', routeBasePath: 'kurikulum', ...markdown}],
    ['@docusaurus/plugin-content-docs', {id: 'konsultasi', path: 'docs/konsultasi', routeBasePath: 'konsultasi', ...markdown}],
  ],
};
`;

/** Writes the corpus of `options` into `options.dir` as a plain Docusaurus site. */
export async function generatePlainSite(options: Omit<CorpusOptions, 'scaffold' | 'git'>): Promise<void> {
  const root = path.resolve(options.dir);
  // The curriculum map is a component of this project, which a plain site does not have.
  await generateCorpus({...options, scaffold: false, git: false, curriculumMap: false});
  await writeFile(path.join(root, 'docusaurus.config.ts'), PLAIN_CONFIG);
  // The site's own home page is a React page of this project; a plain site gets a Markdown one.
  await mkdir(path.join(root, 'src', 'pages'), {recursive: true});
  await writeFile(path.join(root, 'src', 'pages', 'index.md'), '# Rencana Induk e-Government\n\n[Rencana induk](/rencana-induk/), [kurikulum](/kurikulum/), [siaran pers](/siaran-pers/).\n');
  await writeFile(path.join(root, 'package.json'), '{"name": "plain-docusaurus-baseline", "private": true}\n');
  const modules = path.join(root, 'node_modules');
  if (!existsSync(modules)) await symlink(path.join(REPO_DIR, 'node_modules'), modules, 'dir');
}
