import {describe, expect, it} from 'vitest';

import {buildMakesPdf} from '../../src/plugins/pdf-download';

describe('buildMakesPdf', () => {
  const chromium = process.execPath; // any executable stands in for Chromium
  it.each([
    {case: 'a production build with Chromium makes the PDF', env: {NODE_ENV: 'production', CHROME_PATH: chromium}, expected: true},
    {case: 'MASTERPLAN_PDF=0 turns it off', env: {NODE_ENV: 'production', CHROME_PATH: chromium, MASTERPLAN_PDF: '0'}, expected: false},
    {case: 'the development server never links a PDF', env: {NODE_ENV: 'development', CHROME_PATH: chromium}, expected: false},
    {case: 'without Chromium the build goes on without it', env: {NODE_ENV: 'production', CHROME_PATH: '/nonexistent/chromium'}, expected: false},
  ])('$case', ({env, expected}) => {
    expect(buildMakesPdf(env)).toBe(expected);
  });
});
