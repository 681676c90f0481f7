import {readFileSync} from 'node:fs';
import path from 'node:path';

import {describe, expect, it} from 'vitest';

import {APP_ICON_LOGO, APP_ICONS, APP_ICONS_DIR, APP_ICONS_SOURCE, logoFingerprint} from '../../src/plugins/offline-reading/appIcons';
import {APP_NAMES, webAppManifest} from '../../src/plugins/offline-reading/webAppManifest';

const STATIC_DIR = path.resolve(__dirname, '..', '..', 'static');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): {width: number; height: number} {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return {width: png.readUInt32BE(16), height: png.readUInt32BE(20)};
}

describe('webAppManifest', () => {
  it.each([
    ['id', 'id-ID', 'Rencana Induk e-Government', 'e-Gov RI'],
    ['en', 'en-GB', 'e-Government Master Plan', 'Master Plan'],
  ] as const)('names the %s app in its language, starting and scoped at its own root', (locale, htmlLang, name, shortName) => {
    const manifest = webAppManifest(APP_NAMES[locale], htmlLang);
    expect(manifest).toMatchObject({name, short_name: shortName, lang: htmlLang, start_url: './', scope: './', display: 'standalone', theme_color: '#1a5fa8'});
    // Short names longer than about 12 characters are cut under a phone's home-screen icon.
    expect(shortName.length).toBeLessThanOrEqual(12);
  });

  it('offers the 192 and 512 px icons browsers ask for, and a maskable one', () => {
    const icons = webAppManifest(APP_NAMES.id, 'id-ID').icons as {src: string; sizes: string; purpose: string}[];
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    // Relative to the manifest in the locale's root, so right under any base URL.
    expect(icons.every((icon) => icon.src.startsWith(`${APP_ICONS_DIR}/`))).toBe(true);
  });
});

describe('committed app icons', () => {
  it.each(APP_ICONS.map((icon) => [icon.file, icon]))('%s is a PNG of its stated size', (_file, icon) => {
    expect(pngSize(path.join(STATIC_DIR, APP_ICONS_DIR, icon.file))).toEqual({width: icon.size, height: icon.size});
  });

  it('were drawn from the current logo (else run `npx tsx scripts/app-icons.ts`)', () => {
    const source = JSON.parse(readFileSync(path.join(STATIC_DIR, APP_ICONS_SOURCE), 'utf8')) as {sha256: string};
    expect(source.sha256, `${APP_ICONS_DIR}/ shows an older logo: run \`npx tsx scripts/app-icons.ts\` and commit the icons`).toBe(
      logoFingerprint(readFileSync(path.join(STATIC_DIR, APP_ICON_LOGO))),
    );
  });
});
