import {spawn} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';

/** How long a command ran and the most memory its whole process tree held at once. */
export interface ProcessMeasurement {
  seconds: number;
  /**
   * CPU time the whole machine spent busy while the command ran (Linux
   * /proc/stat: every core's time not idle), in seconds. On an otherwise idle
   * machine, the command's CPU time, Chromium's processes included (which
   * leave the process tree without being waited for, so the tree's own
   * accounting misses them).
   */
  machineCpuSeconds: number;
  /** Peak of the summed resident memory of the process and its descendants, in MiB (sampled every 200 ms). */
  peakRssMiB: number;
  exitCode: number | null;
  /** The last lines of output, for error messages. */
  tail: string;
  /** With `collect`: every match of it in the whole output, in order. */
  collected?: string[];
  /** With `kindOf`: the peak's memory by kind of process, in MiB, largest first. */
  peakByKindMiB?: Record<string, number>;
}

/** Seconds every core of the machine has spent not idle since boot (/proc/stat's first line; its unit is USER_HZ, 100 a second). */
function machineBusySeconds(): number {
  const [, ...times] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = times.map(Number);
  return (user + nice + system + irq + softirq + steal) / 100;
}

/** Resident memory in KiB of every process in the tree under `root` (Linux /proc), by kind of process (`kindOf` its command line). */
function treeRssKiB(root: number, kindOf: (commandLine: string) => string): Map<string, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (ppid) follows the command name in parentheses, which may contain spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let current: number | undefined = pid, hops = 0; current && hops < 64; current = parents.get(current), hops++) {
      if (current === root) return true;
    }
    return false;
  };
  const byKind = new Map<string, number>();
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      const kind = kindOf(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '));
      byKind.set(kind, (byKind.get(kind) ?? 0) + Number(match?.[1] ?? 0));
    } catch {
      // Ended meanwhile.
    }
  }
  return byKind;
}

/**
 * Runs a command and measures its wall time and the peak memory of its
 * process tree (`/usr/bin/time -v` is not on these machines, and Node's
 * `resourceUsage()` only covers the current process).
 */
export function measureProcess(
  command: string,
  args: string[],
  options: {cwd: string; env?: NodeJS.ProcessEnv; collect?: RegExp; kindOf?: (commandLine: string) => string},
): Promise<ProcessMeasurement> {
  const kindOf = options.kindOf ?? (() => 'all');
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const busyBefore = machineBusySeconds();
    const child = spawn(command, args, {cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    const collected: string[] = [];
    let partialLine = '';
    const keep = (chunk: Buffer) => {
      const text = chunk.toString();
      output = (output + text).slice(-8000);
      if (!options.collect) return;
      // Whole lines only: a match may straddle two chunks.
      const lines = (partialLine + text).split('\n');
      partialLine = lines.pop() ?? '';
      for (const line of lines) collected.push(...(line.match(options.collect) ?? []));
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peakKiB = 0;
    let peakByKind = new Map<string, number>();
    const timer = setInterval(() => {
      if (!child.pid) return;
      const byKind = treeRssKiB(child.pid, kindOf);
      const total = [...byKind.values()].reduce((sum, kiB) => sum + kiB, 0);
      if (total <= peakKiB) return;
      peakKiB = total;
      peakByKind = byKind;
    }, 200);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolve({
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        machineCpuSeconds: machineBusySeconds() - busyBefore,
        peakRssMiB: Math.round(peakKiB / 1024),
        exitCode,
        tail: output,
        ...(options.collect ? {collected: [...collected, ...(partialLine.match(options.collect) ?? [])]} : {}),
        ...(options.kindOf
          ? {peakByKindMiB: Object.fromEntries([...peakByKind].sort(([, a], [, b]) => b - a).map(([kind, kiB]) => [kind, Math.round(kiB / 1024)]))}
          : {}),
      });
    });
  });
}
