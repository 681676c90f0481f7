import type {PostbuildContext, PostbuildStage, PostbuildStep} from './index';

/** How a run of the post-build steps ended. */
export type PostbuildOutcome =
  | {ok: true; /** `<step name> <seconds> s`, one per step, in order of the stages. */ timings: string[]}
  | {ok: false; /** The steps that threw; the stages after theirs did not run. */ failed: string[]; timings: string[]};

/** Where the runner writes; `console` in the build, a recorder in tests. */
export interface PostbuildLog {
  log(message: string): void;
  error(message: string): void;
}

/** The lines printed for a failed step: which step, its error, and how to get past it. */
export function stepFailure(step: PostbuildStep, error: unknown): string[] {
  const message = error instanceof Error ? error.message : String(error);
  return [`[ERROR] Post-build step "${step.name}" failed: ${message}`, `[ERROR] How to get past it: ${step.hint}`];
}

/** The line that ends a failed run: the build must not be published. */
export function incompleteBuild(outDir: string): string {
  return `[ERROR] The build in ${outDir} is incomplete (the post-build steps after the failed one did not run): do not publish it.`;
}

/**
 * Runs the post-build stages in order, the steps of one stage at the same
 * time. When a step throws, the other steps of its stage still finish (none is
 * left half-written), each failure is printed with {@link stepFailure}, and no
 * later stage runs. Returns the outcome; the caller (scripts/build.ts) decides
 * the exit code.
 */
export async function runPostbuildSteps(stages: readonly PostbuildStage[], context: PostbuildContext, log: PostbuildLog = console): Promise<PostbuildOutcome> {
  const timings: string[] = [];
  for (const stage of stages) {
    const results = await Promise.all(
      stage.map(async (step): Promise<{step: PostbuildStep; seconds: number} | {step: PostbuildStep; error: unknown}> => {
        log.log(`[INFO] Post-build: ${step.name}`);
        const started = Date.now();
        try {
          await step.run(context);
          return {step, seconds: (Date.now() - started) / 1000};
        } catch (error) {
          return {step, error: error ?? new Error('unknown error')};
        }
      }),
    );
    const failures = results.filter((result) => 'error' in result);
    for (const result of results) if (!('error' in result)) timings.push(`${result.step.name} ${result.seconds.toFixed(1)} s`);
    if (failures.length > 0) {
      for (const {step, error} of failures) for (const line of stepFailure(step, error)) log.error(line);
      log.error(incompleteBuild(context.outDir));
      return {ok: false, failed: failures.map(({step}) => step.name), timings};
    }
  }
  return {ok: true, timings};
}
