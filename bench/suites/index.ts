import {cliSuite} from './cli';
import {statusSuite} from './status';
import {searchSuite} from './search';
import {searchTermsSuite} from './searchTerms';
import {importPressSuite} from './importPress';
import {pdfSuite} from './pdf';
import {checkSuite} from './check';
import {buildSuite} from './build';
import {lighthouseSuite} from './lighthouse';
import {pageWeightSuite} from './pageWeight';
import {offlineSuite} from './offline';
import {diffSuite} from './diff';

/** A benchmark suite: runs, then returns its results as Markdown for BENCHMARKS.md. */
export interface BenchSuite {
  /** Short name used on the command line (`npm run bench -- check`). */
  name: string;
  /** Section heading in BENCHMARKS.md. */
  title: string;
  run(): Promise<string>;
}

/** Every suite, in the order `npm run bench` runs them. Each lives in its own file here. */
export const SUITES: BenchSuite[] = [
  cliSuite,
  checkSuite,
  importPressSuite,
  statusSuite,
  searchSuite,
  searchTermsSuite,
  diffSuite,
  pdfSuite,
  pageWeightSuite,
  offlineSuite,
  lighthouseSuite,
  buildSuite,
];
