import {describe, expect, it} from 'vitest';

import {buildMakesPdf, pdfSkipReason} from '../../src/plugins/pdf-download';

const chromium = process.execPath; // any executable stands in for Chromium

describe('buildMakesPdf', () => {
  it.each([
    {case: '`npm run build` with Chromium makes the PDF', env: {NODE_ENV: 'production', MASTERPLAN_BUILD: 'complete', CHROME_PATH: chromium}, expected: true},
    {case: 'MASTERPLAN_PDF=0 turns it off', env: {NODE_ENV: 'production', MASTERPLAN_BUILD: 'complete', CHROME_PATH: chromium, MASTERPLAN_PDF: '0'}, expected: false},
    {case: 'the development server never links a PDF', env: {NODE_ENV: 'development', MASTERPLAN_BUILD: 'complete', CHROME_PATH: chromium}, expected: false},
    {case: 'without Chromium the build goes on without it', env: {NODE_ENV: 'production', MASTERPLAN_BUILD: 'complete', CHROME_PATH: '/nonexistent/chromium'}, expected: false},
    {case: 'a pages-only build links no PDF, since no post-build step makes one', env: {NODE_ENV: 'production', MASTERPLAN_BUILD: 'pages-only', CHROME_PATH: chromium}, expected: false},
    {case: 'a bare `docusaurus build` links no PDF', env: {NODE_ENV: 'production', CHROME_PATH: chromium}, expected: false},
  ])('$case', ({env, expected}) => {
    expect(buildMakesPdf(env)).toBe(expected);
  });
});

describe('pdfSkipReason', () => {
  it('names MASTERPLAN_PDF=0 or the missing browser, and nothing when the PDF is made', () => {
    expect(pdfSkipReason({CHROME_PATH: chromium})).toBeNull();
    expect(pdfSkipReason({CHROME_PATH: chromium, MASTERPLAN_PDF: '0'})).toBe('MASTERPLAN_PDF=0');
    expect(pdfSkipReason({CHROME_PATH: '/nonexistent/chromium'})).toContain('CHROME_PATH is set to /nonexistent/chromium');
  });
});
