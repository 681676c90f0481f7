import {accessSync, constants} from 'node:fs';

/** Where Debian, Ubuntu and other distributions install Chromium or Chrome. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** How to get a browser, for error messages; we never download one. */
export const INSTALL_CHROMIUM_HINT =
  'Install Chromium from your system packages (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chromium or Chrome executable.';

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The system Chromium to drive: `CHROME_PATH` when set (and executable),
 * otherwise the first known install location. `null` when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  return CANDIDATES.find(isExecutable) ?? null;
}
