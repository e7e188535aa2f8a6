/**
 * One line of a one-frame-per-change figure (date change, view switch): input to the first frame
 * that drew the change, frames counted, and, for settled runs, input to the map's next `idle`.
 */
import { median, percentile } from './stats';

export interface FrameSample {
  /** Input to the first frame in which the map drew the change (ms). */
  drawn: number;
  /** Input to the map's next `idle` (ms). */
  idle: number;
  /** Frames the map drew from the input to the change (back to back) or to `idle`. */
  frames: number;
}

/**
 * `what` names the thing drawn ("date", "view"); `misses` the changes that drew nothing
 * ("changes", "switches"). Samples that drew nothing (or never settled) are left out and counted.
 */
export function describeFrames(
  label: string,
  all: readonly FrameSample[],
  settled: boolean,
  what: string,
  misses: string,
): string {
  const samples = all.filter((s) => !Number.isNaN(s.drawn) && (!settled || !Number.isNaN(s.idle)));
  const drawn = samples.map((s) => s.drawn);
  const frames = samples.map((s) => s.frames);
  let line =
    `  ${label.padEnd(24)} input to new ${what} drawn: median ${median(drawn).toFixed(1)} ms, ` +
    `p95 ${percentile(drawn, 95).toFixed(1)} ms; frames ${settled ? 'to idle' : 'until drawn'}: ` +
    `median ${median(frames)}, max ${Math.max(...frames)}`;
  if (settled) {
    const idle = samples.map((s) => s.idle);
    line += `; to idle median ${median(idle).toFixed(1)} ms, p95 ${percentile(idle, 95).toFixed(1)} ms`;
  }
  if (samples.length < all.length)
    line += ` (${all.length - samples.length} ${misses} drew nothing)`;
  return line;
}
