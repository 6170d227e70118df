import { ConsoleLogger, LogLevel } from '@nestjs/common';

/** Nest's logger on stderr, so that stdout carries nothing but a command's output (the `--json` contract). */
export class StderrLogger extends ConsoleLogger {
  protected override printMessages(messages: unknown[], context = '', logLevel: LogLevel = 'log'): void {
    super.printMessages(messages, context, logLevel, 'stderr');
  }
}
