/** Formats seconds as `1:02:03` or `2:03`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

const WIDTH = 30;

/**
 * A progress bar on stderr. On a terminal it redraws one line at most 10 times a second; when
 * stderr is a file or pipe it prints a plain line every 10% so logs stay readable.
 */
export class ProgressBar {
  private done = 0;
  private readonly startedAt = performance.now();
  private lastDraw = 0;
  private lastDecile: number;
  private readonly tty = process.stderr.isTTY;
  private readonly startDone: number;

  constructor(
    private readonly label: string,
    private readonly total: number,
    start = 0,
  ) {
    this.done = start;
    this.startDone = start;
    this.lastDecile = Math.floor((start / Math.max(1, total)) * 10);
  }

  /** Moves the bar to `done` units. */
  update(done: number): void {
    this.done = Math.min(this.total, done);
    const now = performance.now();
    if (this.tty) {
      if (now - this.lastDraw < 100 && this.done < this.total) return;
      this.lastDraw = now;
      process.stderr.write(`\r${this.line(now)}`);
      return;
    }
    const decile = Math.floor((this.done / this.total) * 10);
    if (decile !== this.lastDecile) {
      this.lastDecile = decile;
      process.stderr.write(`${this.line(now)}\n`);
    }
  }

  /** Adds `units` to the bar. */
  tick(units = 1): void {
    this.update(this.done + units);
  }

  /** Draws the final state and ends the line. */
  finish(): void {
    const now = performance.now();
    process.stderr.write(this.tty ? `\r${this.line(now)}\n` : `${this.line(now)}\n`);
  }

  private line(now: number): string {
    const fraction = this.total > 0 ? this.done / this.total : 1;
    const filled = Math.round(fraction * WIDTH);
    const seconds = (now - this.startedAt) / 1000;
    const rate = seconds > 0 ? (this.done - this.startDone) / seconds : 0;
    const eta = rate > 0 ? (this.total - this.done) / rate : 0;
    return (
      `${this.label.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ` +
      `${(fraction * 100).toFixed(1).padStart(5)}%  ${this.done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')}  ` +
      `${Math.round(rate).toLocaleString('en-US')}/s  elapsed ${formatDuration(seconds)}  ETA ${formatDuration(eta)}`
    );
  }
}
