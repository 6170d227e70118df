let guarded = false;

/**
 * Writes to stdout and resolves once the bytes are handed to the OS. A process that exits before this
 * loses whatever a slow reader (a pipe into `python3 -m json.tool`) has not taken yet: the `--json`
 * document was cut at the pipe's 64 KiB. A reader that goes away early (`| head`) is a one-line failure,
 * not a crash with a stack trace.
 */
export function writeStdout(text: string, stream: NodeJS.WritableStream = process.stdout): Promise<void> {
  if (!guarded && stream === process.stdout) {
    guarded = true;
    // the write callback gets the error too; without a listener the stream's 'error' event would crash us
    process.stdout.on('error', () => {});
  }
  return new Promise((resolve, reject) => {
    stream.write(text, (err) => {
      if (!err) return resolve();
      const code = (err as NodeJS.ErrnoException).code;
      reject(code === 'EPIPE' ? new Error('stdout was closed before the output was written (EPIPE): the reader stopped early.') : err);
    });
  });
}

export function writeJson(value: unknown): Promise<void> {
  return writeStdout(JSON.stringify(value, null, 2) + '\n');
}
