import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';
import { logUnhandledRejections } from './process-guards';

describe('logUnhandledRejections', () => {
  it('logs an unhandled rejection as an error with its message, instead of leaving it unseen', () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const proc = new EventEmitter();
    logUnhandledRejections(createLogger('info', stream), proc);
    proc.emit('unhandledRejection', new Error('outbox count failed'));
    proc.emit('unhandledRejection', 'plain reason');
    const logged = lines.map((l) => JSON.parse(l));
    expect(logged[0]).toMatchObject({ level: 'error', component: 'process', err: { message: 'outbox count failed' } });
    expect(logged[0].err.stack).toContain('process-guards.test.ts');
    expect(logged[1]).toMatchObject({ level: 'error', err: { message: 'plain reason' } });
  });
});
