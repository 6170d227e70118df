/**
 * Writes to stdout and resolves once the bytes are handed to the OS. A process that exits before this
 * loses whatever a slow reader (a pipe into `python3 -m json.tool`) has not taken yet: the `--json`
 * document was cut at the pipe's 64 KiB.
 */
export function writeStdout(text: string, stream: NodeJS.WritableStream = process.stdout): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

export function writeJson(value: unknown): Promise<void> {
  return writeStdout(JSON.stringify(value, null, 2) + '\n');
}
