import type {PostbuildContext, PostbuildStep} from './index';

/** How a run of the post-build steps ended. */
export type PostbuildOutcome =
  | {ok: true; /** `<step name> <seconds> s`, one per step, in order. */ timings: string[]}
  | {ok: false; /** The step that threw; the steps after it did not run. */ failed: string; timings: string[]};

/** Where the runner writes; `console` in the build, a recorder in tests. */
export interface PostbuildLog {
  log(message: string): void;
  error(message: string): void;
}

/** The lines printed for a failed step: which step, its error, and how to get past it. */
export function stepFailure(step: PostbuildStep, error: unknown, outDir: string): string[] {
  const message = error instanceof Error ? error.message : String(error);
  return [
    `[ERROR] Post-build step "${step.name}" failed: ${message}`,
    `[ERROR] How to get past it: ${step.hint}`,
    `[ERROR] The build in ${outDir} is incomplete (the steps after this one did not run): do not publish it.`,
  ];
}

/**
 * Runs the post-build steps in order and stops at the first that throws,
 * printing {@link stepFailure}. Returns the outcome; the caller (scripts/build.ts)
 * decides the exit code.
 */
export async function runPostbuildSteps(
  steps: readonly PostbuildStep[],
  context: PostbuildContext,
  log: PostbuildLog = console,
): Promise<PostbuildOutcome> {
  const timings: string[] = [];
  for (const step of steps) {
    log.log(`[INFO] Post-build: ${step.name}`);
    const started = Date.now();
    try {
      await step.run(context);
    } catch (error) {
      for (const line of stepFailure(step, error, context.outDir)) log.error(line);
      return {ok: false, failed: step.name, timings};
    }
    timings.push(`${step.name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return {ok: true, timings};
}
