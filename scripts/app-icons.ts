/**
 * Draws the installed app's icons (src/plugins/offline-reading/appIcons.ts)
 * from static/img/logo.svg with the pinned Chromium, into
 * static/img/app-icons/. Run it after changing the logo and commit the result:
 *
 *   npx tsx scripts/app-icons.ts
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';

import {launchChromium} from '../src/toolkit/browser/launchChromium';
import {APP_ICON_LOGO, APP_ICONS, APP_ICONS_DIR, APP_ICONS_SOURCE, LOGO_BLUE, logoFingerprint, type AppIcon} from '../src/plugins/offline-reading/appIcons';

const staticDir = path.resolve(__dirname, '..', 'static');

/** The page that shows the logo as one icon: opaque icons get the logo's own blue to the edges, maskable ones the logo in the safe zone. */
function iconPage(svg: string, icon: AppIcon): string {
  const logoSize = icon.purpose === 'maskable' ? Math.round(icon.size * 0.7) : icon.size;
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;width:${icon.size}px;height:${icon.size}px;display:grid;place-items:center;background:${icon.opaque ? LOGO_BLUE : 'transparent'}">
<img src="${dataUrl}" width="${logoSize}" height="${logoSize}" alt=""></body></html>`;
}

async function main(): Promise<void> {
  const svg = await readFile(path.join(staticDir, APP_ICON_LOGO), 'utf8');
  const outDir = path.join(staticDir, APP_ICONS_DIR);
  await mkdir(outDir, {recursive: true});
  const chromium = await launchChromium();
  try {
    for (const icon of APP_ICONS) {
      const page = await chromium.context.newPage();
      await page.setViewportSize({width: icon.size, height: icon.size});
      await page.setContent(iconPage(svg, icon));
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      await writeFile(path.join(outDir, icon.file), await page.screenshot({omitBackground: true}));
      await page.close();
      console.log(`${APP_ICONS_DIR}/${icon.file} (${icon.size} px, ${icon.purpose})`);
    }
  } finally {
    await chromium.close();
  }
  await writeFile(path.join(staticDir, APP_ICONS_SOURCE), `${JSON.stringify({logo: APP_ICON_LOGO, sha256: logoFingerprint(svg)}, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
