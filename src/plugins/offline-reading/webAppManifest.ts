import {APPLE_TOUCH_ICON, APP_ICONS, APP_ICONS_DIR, LOGO_BLUE} from './appIcons';

/** The manifest's file name in each locale's root; `<link rel="manifest">` points at it. */
export const WEB_APP_MANIFEST = 'manifest.webmanifest';

/** What the installed app is called in one language. */
export interface AppName {
  /** Under the icon on a large screen and in the app switcher. */
  name: string;
  /** Under the icon on a phone's home screen: about 12 characters fit. */
  shortName: string;
  description: string;
}

/** The app's names per site locale: Indonesian at `/`, English at `/en/`. */
export const APP_NAMES: Record<'id' | 'en', AppName> = {
  id: {
    name: 'Rencana Induk e-Government',
    shortName: 'e-Gov RI',
    description: 'Rencana induk e-government Indonesia dan kurikulum peningkatan kapasitas, juga untuk dibaca offline.',
  },
  en: {
    name: 'e-Government Master Plan',
    shortName: 'Master Plan',
    description: "Indonesia's e-government master plan and capacity-building curriculum, also for reading offline.",
  },
};

/**
 * The web app manifest of one locale (https://www.w3.org/TR/appmanifest/).
 * Every URL is relative to the manifest, which sits in the locale's root, so
 * the same text is right under any base URL: the app starts at, and is
 * scoped to, that locale's home page.
 */
export function webAppManifest(name: AppName, htmlLang: string): Record<string, unknown> {
  return {
    name: name.name,
    short_name: name.shortName,
    description: name.description,
    lang: htmlLang,
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: LOGO_BLUE,
    background_color: '#ffffff',
    icons: APP_ICONS.filter((icon) => icon !== APPLE_TOUCH_ICON).map((icon) => ({
      src: `${APP_ICONS_DIR}/${icon.file}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
