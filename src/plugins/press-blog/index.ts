import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';
import type {BlogContent, PluginOptions} from '@docusaurus/plugin-content-blog';
import pluginContentBlog, {validateOptions} from '@docusaurus/plugin-content-blog';

import type {RecentPress} from '../../content/siteData/recentPress';
import {RECENT_PRESS_COUNT} from '../../content/siteData/recentPress';

/**
 * The classic blog plugin, plus the newest posts published as global data so
 * the home page can list them (the blog plugin keeps its posts to itself).
 */
async function pluginPressBlog(
  context: LoadContext,
  options: PluginOptions,
): Promise<Plugin<BlogContent>> {
  const blogPlugin = await pluginContentBlog(context, options);
  return {
    ...blogPlugin,
    async contentLoaded(args) {
      await blogPlugin.contentLoaded?.(args);
      const recent: RecentPress[] = args.content.blogPosts
        .filter((post) => !post.metadata.unlisted)
        .slice(0, RECENT_PRESS_COUNT)
        .map((post) => ({
          title: post.metadata.title,
          permalink: post.metadata.permalink,
          date: post.metadata.date.toISOString(),
          description: post.metadata.description,
        }));
      args.actions.setGlobalData({recent} satisfies {recent: RecentPress[]});
    },
  };
}

// Docusaurus reads a plugin function's options validator from this property;
// the blog's validator is typed for its own options, hence the cast.
export default Object.assign(pluginPressBlog, {
  validateOptions: validateOptions as PluginModule['validateOptions'],
}) as unknown as PluginModule;
