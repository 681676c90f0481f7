import type {PluginOptions} from '@docusaurus/plugin-content-docs';

type Generator = PluginOptions['sidebarItemsGenerator'];

/**
 * Orders master plan chapters by their `chapter` frontmatter number, so the
 * number a planner writes is the one readers, the PDF and the status board see.
 * Docs without a number keep Docusaurus's default order after the numbered ones.
 */
export const sortByChapter: Generator = async ({defaultSidebarItemsGenerator, ...args}) => {
  const chapterOf = new Map(
    args.docs.map((doc) => [doc.id, Number(doc.frontMatter.chapter ?? Number.POSITIVE_INFINITY)]),
  );
  const items = await defaultSidebarItemsGenerator(args);
  const keyOf = (item: (typeof items)[number]) =>
    item.type === 'doc' ? (chapterOf.get(item.id) ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
  return [...items].sort((a, b) => keyOf(a) - keyOf(b));
};
