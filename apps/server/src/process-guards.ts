import type { Logger } from 'pino';

/** The part of `process` the guard listens on (an EventEmitter in tests). */
export interface ProcessEvents {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/**
 * Logs a promise rejection that nothing handled, with its message and stack, and keeps the process
 * running. Node's default would end the process, and with it both bots and the HTTP server, leaving
 * only a stack trace on stderr outside the structured log; one failed background task should not.
 */
export function logUnhandledRejections(logger: Logger, proc: ProcessEvents = process): void {
  proc.on('unhandledRejection', (reason) => {
    const err =
      reason instanceof Error ? { message: reason.message, stack: reason.stack } : { message: String(reason) };
    logger.error({ component: 'process', err }, 'unhandled promise rejection (kept running)');
  });
}
