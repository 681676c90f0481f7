/**
 * The installed app's icons: PNGs drawn from static/img/logo.svg at the sizes
 * browsers ask for. They are committed, not drawn in every build: drawing an
 * SVG needs a browser (no rasteriser is installed), the logo changes rarely,
 * and a build on a platform without the pinned Chromium must still publish
 * them. `APP_ICONS_SOURCE` records the logo they were drawn from, so a test
 * fails when the logo changes and they were not redrawn
 * (`npx tsx scripts/app-icons.ts`).
 */
import {createHash} from 'node:crypto';

/** Where the icons are published, under the site's static files (and so under each locale's base URL). */
export const APP_ICONS_DIR = 'img/app-icons';

/** The logo the icons are drawn from, relative to static/. */
export const APP_ICON_LOGO = 'img/logo.svg';

/** The record of which logo the committed icons show, beside them. */
export const APP_ICONS_SOURCE = `${APP_ICONS_DIR}/source.json`;

/** One icon of the web app manifest. */
export interface AppIcon {
  file: string;
  size: number;
  /**
   * `maskable`: the platform crops it to its own shape (circle, squircle), so
   * the logo sits inside the middle 80 % (the safe zone) on a full-bleed
   * background. https://www.w3.org/TR/appmanifest/#icon-masks
   */
  purpose: 'any' | 'maskable';
  /** Drawn on the logo's blue to the edges: iOS paints a transparent corner black. */
  opaque: boolean;
}

/**
 * 192 and 512 px are what Chromium requires to offer installing; 180 px is
 * iOS's home-screen icon (apple-touch-icon), which ignores the manifest.
 */
export const APP_ICONS: readonly AppIcon[] = [
  {file: 'icon-192.png', size: 192, purpose: 'any', opaque: false},
  {file: 'icon-512.png', size: 512, purpose: 'any', opaque: false},
  {file: 'icon-maskable-512.png', size: 512, purpose: 'maskable', opaque: true},
  {file: 'apple-touch-icon-180.png', size: 180, purpose: 'any', opaque: true},
];

/** The icon iOS uses for the home screen. */
export const APPLE_TOUCH_ICON = APP_ICONS.find((icon) => icon.file.startsWith('apple-touch-icon'))!;

/** The logo's own blue (static/img/logo.svg), also the browser's theme colour. */
export const LOGO_BLUE = '#1a5fa8';

/** What `source.json` holds: the SHA-256 of the logo the icons were drawn from. */
export function logoFingerprint(logo: string | Uint8Array): string {
  return createHash('sha256').update(logo).digest('hex');
}
