/** A one-line progress bar for terminals; callers only create it when output is a TTY. */
export class ProgressBar {
  private current = 0;
  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly label: string,
    private readonly total: number,
  ) {}

  advance(by: number, note = ''): void {
    this.set(this.current + by, note);
  }

  set(value: number, note = ''): void {
    this.current = Math.min(value, this.total);
    const width = 30;
    const filled = this.total === 0 ? width : Math.round((this.current / this.total) * width);
    const percent = this.total === 0 ? 100 : Math.round((this.current / this.total) * 100);
    this.stream.write(
      `\r${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}% ${note}`.padEnd(100),
    );
  }

  done(note: string): void {
    this.set(this.total, note);
    this.stream.write('\n');
  }
}
