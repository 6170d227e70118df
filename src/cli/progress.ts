import { SingleBar } from 'cli-progress';

/**
 * A counted step reports through this: `done` of `total` units, with an optional label for the unit
 * just finished (an article, a chunk of provisions). The matcher's per-article `onProgress` has this shape.
 */
export type ProgressCallback = (done: number, total: number, label?: string) => void;

export interface Progress {
  /** A step without a count ("reading x.txt", "parsed 1004 provisions"). */
  note(message: string): void;
  /** A counted step: a bar on a terminal, a few plain lines otherwise. Call `end()` when it is over. */
  step(name: string): ProgressCallback & { end(): void };
}

/** Where progress goes: stderr always, so stdout carries only the command's output (the `--json` contract). */
export function stderrProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? new BarProgress(stream) : new LineProgress(stream);
}

/** Plain lines for logs and pipes: the start, each quarter, the end. */
class LineProgress implements Progress {
  constructor(private readonly out: NodeJS.WritableStream) {}

  note(message: string): void {
    this.out.write(`${message}\n`);
  }

  step(name: string): ProgressCallback & { end(): void } {
    let lastQuarter = -1;
    let last: [number, number, string | undefined] | undefined;
    const started = Date.now();
    const cb = ((done: number, total: number, label?: string) => {
      last = [done, total, label];
      const quarter = total > 0 ? Math.floor((4 * done) / total) : 4;
      if (quarter === lastQuarter) return;
      lastQuarter = quarter;
      this.out.write(`${name}: ${done}/${total}${label ? ` (${label})` : ''}\n`);
    }) as ProgressCallback & { end(): void };
    cb.end = () => {
      if (last && lastQuarter !== 4) this.out.write(`${name}: ${last[1]}/${last[1]}\n`);
      this.out.write(`${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    };
    return cb;
  }
}

/** A redrawn bar on a terminal (cli-progress). */
class BarProgress implements Progress {
  constructor(private readonly out: NodeJS.WriteStream) {}

  note(message: string): void {
    this.out.write(`${message}\n`);
  }

  step(name: string): ProgressCallback & { end(): void } {
    let bar: SingleBar | undefined;
    const cb = ((done: number, total: number, label?: string) => {
      if (!bar) {
        bar = new SingleBar({
          stream: this.out,
          format: `${name} [{bar}] {value}/{total} {label}`,
          barsize: 30,
          hideCursor: true,
          clearOnComplete: false,
          etaBuffer: 20,
        });
        bar.start(total, done, { label: label ?? '' });
      } else {
        bar.setTotal(total);
        bar.update(done, { label: label ?? '' });
      }
    }) as ProgressCallback & { end(): void };
    cb.end = () => {
      if (bar) {
        bar.update(bar.getTotal(), { label: '' });
        bar.stop();
      } else this.out.write(`${name}: done\n`);
    };
    return cb;
  }
}

/** No output at all (library use, tests of the commands' logic). */
export const silentProgress: Progress = {
  note: () => {},
  step: () => Object.assign(() => {}, { end: () => {} }),
};
