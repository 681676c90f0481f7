import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterEach, describe, expect, it, vi} from 'vitest';

import logger from '@docusaurus/logger';

import {startPdf, waitForPdfs} from '../../src/plugins/pdf-download/pdfsWhileBuilding';

describe('PDFs made while the build goes on', () => {
  const exitCode = process.exitCode;
  afterEach(() => {
    process.exitCode = exitCode;
    vi.restoreAllMocks();
  });

  it('reports a PDF that fails at once, fails the process, and fails whoever waits', async () => {
    const errors: string[] = [];
    vi.spyOn(logger, 'error').mockImplementation((message: unknown) => void errors.push(String(message)));
    const empty = mkdtempSync(path.join(tmpdir(), 'masterplan-no-build-'));
    try {
      startPdf({siteDir: process.cwd(), buildRoot: empty, locale: 'id'});
      await expect(waitForPdfs()).rejects.toThrow('The master plan PDF (id) could not be made; the error is reported above.');
      expect(errors).toEqual([expect.stringMatching(/^Master plan PDF \(id\) failed: No built site at .*Run `npm run build` first/)]);
      expect(process.exitCode).toBe(1);
    } finally {
      rmSync(empty, {recursive: true, force: true});
    }
  });
});
