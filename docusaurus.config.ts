import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import type {Options as BlogOptions} from '@docusaurus/plugin-content-blog';
import {themes as prismThemes} from 'prism-react-renderer';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import type {Pluggable} from 'unified';

import {buildTimeMermaidPlugins} from './src/plugins/build-time-mermaid';
import pluginPressBlog from './src/plugins/press-blog';
import {sortByChapter} from './src/plugins/sidebar/sortByChapter';
import {findChromium} from './src/toolkit/browser/findChromium';

/** Where the site is published; both can be overridden for forks and preview hosts. */
const SITE_URL = process.env.SITE_URL ?? 'https://masterplan.example.go.id';
const BASE_URL = process.env.BASE_URL ?? '/';
/** The repository that "Edit this page" links point at. */
const REPOSITORY_URL =
  process.env.REPOSITORY_URL ?? 'https://github.com/panrb-egov/masterplan';

/** Mermaid themes for the site's light and dark modes (build time and client side alike). */
const MERMAID_THEME = {light: 'neutral', dark: 'dark'} as const;
/**
 * Diagrams are drawn at build time by this Chromium (no Mermaid runtime for
 * readers); without one, a newcomer's build falls back to client-side drawing.
 */
const CHROMIUM_PATH = findChromium();

/**
 * Shared by every docs instance and the blog: math and diagrams are rendered
 * at build time. `createConfig` adds the diagram plugins to this array.
 */
const rehypePlugins: Pluggable[] = [rehypeKatex];
const markdownPlugins = {remarkPlugins: [remarkMath], rehypePlugins};

const config: Config = {
  title: 'Rencana Induk e-Government',
  tagline:
    'Rencana induk e-government Indonesia, kurikulum peningkatan kapasitas, dan catatan konsultasi kebijakan RI–ROK',
  favicon: 'img/favicon.svg',
  url: SITE_URL,
  baseUrl: BASE_URL,
  trailingSlash: true,
  // The banner's inline script and help link are noise for readers; the base URL is tested in CI.
  baseUrlIssueBanner: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  future: {
    v4: true,
    faster: {
      swcJsLoader: true,
      swcJsMinimizer: true,
      // SWC's HTML minifier rewrites the CSS inside each inline diagram SVG,
      // so React's hydration sees different markup on every diagram page.
      swcHtmlMinimizer: false,
      lightningCssMinimizer: true,
      mdxCrossCompilerCache: true,
      rspackBundler: true,
      rspackPersistentCache: true,
      ssgWorkerThreads: true,
      gitEagerVcs: true,
    },
  },

  i18n: {
    defaultLocale: 'id',
    locales: ['id', 'en'],
    localeConfigs: {
      id: {label: 'Bahasa Indonesia', htmlLang: 'id-ID'},
      en: {label: 'English', htmlLang: 'en-GB'},
    },
  },

  markdown: {
    // .md files are CommonMark (press releases stay inert text); only .mdx is MDX.
    format: 'detect',
    // Docusaurus's own Mermaid step would hide the fences from rehype-mermaid.
    mermaid: !CHROMIUM_PATH,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  themes: CHROMIUM_PATH ? [] : ['@docusaurus/theme-mermaid'],

  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs/rencana-induk',
          routeBasePath: 'rencana-induk',
          sidebarPath: './sidebars.ts',
          sidebarItemsGenerator: sortByChapter,
          editUrl: `${REPOSITORY_URL}/edit/main/`,
          showLastUpdateTime: true,
          showLastUpdateAuthor: true,
          ...markdownPlugins,
        } satisfies DocsOptions,
        // The press blog is registered below through our wrapper plugin.
        blog: false,
        theme: {
          customCss: ['./src/css/custom.css', './src/plugins/build-time-mermaid/mermaid.css'],
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    [
      '@docusaurus/plugin-content-docs',
      {
        id: 'kurikulum',
        path: 'docs/kurikulum',
        routeBasePath: 'kurikulum',
        editUrl: `${REPOSITORY_URL}/edit/main/`,
        showLastUpdateTime: true,
        ...markdownPlugins,
      } satisfies DocsOptions,
    ],
    [
      '@docusaurus/plugin-content-docs',
      {
        id: 'konsultasi',
        path: 'docs/konsultasi',
        routeBasePath: 'konsultasi',
        editUrl: `${REPOSITORY_URL}/edit/main/`,
        showLastUpdateTime: true,
        ...markdownPlugins,
      } satisfies DocsOptions,
    ],
    [
      pluginPressBlog,
      {
        path: 'blog',
        routeBasePath: 'siaran-pers',
        blogTitle: 'Siaran Pers',
        blogDescription:
          'Siaran pers Kementerian PANRB tentang kerja sama e-government RI–ROK, diterbitkan ulang apa adanya.',
        blogSidebarTitle: 'Siaran pers terbaru',
        blogSidebarCount: 10,
        postsPerPage: 10,
        showReadingTime: true,
        authorsMapPath: 'authors.yml',
        tags: 'tags.yml',
        onInlineTags: 'throw',
        onInlineAuthors: 'throw',
        onUntruncatedBlogPosts: 'ignore',
        feedOptions: {
          type: ['rss', 'atom'],
          title: 'Siaran Pers — Rencana Induk e-Government',
          copyright: `Kementerian PANRB, ${new Date().getFullYear()}`,
          xslt: false,
        },
        editUrl: `${REPOSITORY_URL}/edit/main/`,
        ...markdownPlugins,
      } satisfies BlogOptions,
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    mermaid: {theme: MERMAID_THEME},
    metadata: [{name: 'referrer', content: 'strict-origin-when-cross-origin'}],
    navbar: {
      title: 'Rencana Induk e-Government',
      // Sized, so the navbar does not shift while the logo loads (Lighthouse's unsized-images).
      logo: {alt: 'Logo Rencana Induk e-Government', src: 'img/logo.svg', width: 32, height: 32},
      items: [
        {type: 'docSidebar', sidebarId: 'rencanaInduk', position: 'left', label: 'Rencana Induk'},
        {type: 'docSidebar', docsPluginId: 'kurikulum', sidebarId: 'defaultSidebar', position: 'left', label: 'Kurikulum'},
        {type: 'docSidebar', docsPluginId: 'konsultasi', sidebarId: 'defaultSidebar', position: 'left', label: 'Konsultasi'},
        {to: '/siaran-pers/', label: 'Siaran Pers', position: 'left'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Rencana Induk',
          items: [
            {label: 'Pendahuluan', to: '/rencana-induk/'},
            {label: 'Sejarah kerja sama', to: '/rencana-induk/sejarah-kerja-sama/'},
          ],
        },
        {
          title: 'Belajar',
          items: [{label: 'Kurikulum', to: '/kurikulum/'}],
        },
        {
          title: 'Konsultasi & berita',
          items: [
            {label: 'Catatan konsultasi', to: '/konsultasi/'},
            {label: 'Siaran pers', to: '/siaran-pers/'},
            {label: 'Arsip siaran pers', to: '/siaran-pers/archive/'},
            {label: 'RSS', to: 'pathname:///siaran-pers/rss.xml'},
          ],
        },
      ],
      copyright:
        'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB) bersama Ministry of the Interior, Republik Korea. Situs ini tidak memuat skrip, huruf, atau analitik dari pihak lain.',
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
      additionalLanguages: ['bash', 'yaml'],
    },
  } satisfies Preset.ThemeConfig,
};

/**
 * A function, so the ESM-only diagram plugins are loaded only when a build
 * needs them (this file is loaded as CommonJS; see build-time-mermaid).
 */
export default async function createConfig(): Promise<Config> {
  if (!CHROMIUM_PATH) {
    console.info(
      "[INFO] No Chromium found: Mermaid diagrams will be drawn in readers' browsers (larger pages). Install chromium or set CHROME_PATH to draw them at build time.",
    );
    return config;
  }
  const diagramPlugins = buildTimeMermaidPlugins({executablePath: CHROMIUM_PATH, theme: MERMAID_THEME});
  rehypePlugins.splice(1, Infinity, ...diagramPlugins);
  return config;
}
