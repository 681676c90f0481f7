/**
 * The same sources give the same JavaScript, warm or cold. SWC's mangler
 * names variables by how often each character occurs in the chunk, and Rspack
 * minifies a chunk while it still holds provisional hashes of the chunks it
 * loads (web-infra-dev/rspack#14089): a build that reused Rspack's persistent
 * cache had other provisional hashes, so `runtime~main` got other variable
 * names, another content hash, and every page that loads it other bytes.
 * Without the character frequencies the names depend on the code alone.
 */
import {createRequire} from 'node:module';

import type {Plugin} from '@docusaurus/types';

/** Docusaurus Faster's own options for the SWC minifier (what `swcJsMinimizer: true` uses). */
function fasterMinifierOptions(): Record<string, unknown> {
  const {getSwcJsMinimizerOptions} = createRequire(import.meta.url)('@docusaurus/faster') as {getSwcJsMinimizerOptions: () => Record<string, unknown>};
  return getSwcJsMinimizerOptions();
}

const MINIMIZER = 'SwcJsMinimizerRspackPlugin';

export default function pluginStableBundles(): Plugin {
  return {
    name: 'stable-bundles',
    configureWebpack(config, isServer, {currentBundler}) {
      const minimizers = config.optimization?.minimizer;
      const index = minimizers?.findIndex((minimizer) => (minimizer as {name?: unknown} | undefined)?.name === MINIMIZER) ?? -1;
      // The server bundle is not minified; a webpack build has no SWC minifier.
      if (isServer || currentBundler.name !== 'rspack' || index < 0) return {};
      const Minimizer = (currentBundler.instance as unknown as Record<string, new (options: unknown) => unknown>)[MINIMIZER]!;
      const options = fasterMinifierOptions();
      minimizers![index] = new Minimizer({minimizerOptions: {minify: true, ...options, mangle: {disableCharFreq: true}}}) as NonNullable<typeof minimizers>[number];
      return {};
    },
  };
}
