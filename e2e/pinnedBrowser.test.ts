import {readFileSync} from 'node:fs';
import path from 'node:path';

import {PDFDocument} from 'pdf-lib';
import {describe, expect, it} from 'vitest';

import {launchChromium} from '../src/toolkit/browser/launchChromium';
import {PINNED_CHROMIUM_VERSION} from '../src/toolkit/browser/pinnedChromium';
import {describeInBrowser} from '../test/support/browser';
import {BUILD_DIR} from '../test/support/paths';

/** The browser the tests launch and the one the build printed with are the pinned one, not the system's. */
const describePinned = process.env.CHROME_PATH ? describe.skip : describeInBrowser;

/** Skipped only when CHROME_PATH brings another browser on purpose. */
describePinned('the pinned Chromium', () => {
  it('is the version the README names, when the tests launch a browser', async () => {
    const browser = await launchChromium();
    try {
      expect(browser.version).toBe(PINNED_CHROMIUM_VERSION);
    } finally {
      await browser.close();
    }
  });

  it('printed the master plan PDFs of the build', async () => {
    for (const file of ['unduh/rencana-induk-id.pdf', 'en/unduh/master-plan-en.pdf']) {
      const pdf = await PDFDocument.load(readFileSync(path.join(BUILD_DIR, file)), {updateMetadata: false});
      // Chromium's PDF backend signs its output with its milestone ("Skia/PDF m153").
      expect(pdf.getProducer(), file).toBe(`Skia/PDF m${PINNED_CHROMIUM_VERSION.split('.')[0]}`);
    }
  });
});
