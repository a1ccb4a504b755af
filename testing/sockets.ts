import { connect } from 'node:net';

/**
 * Opens a connection that never sends a byte and resolves whether the server closed it within
 * `withinMs`. Generous on purpose: servers here close silent sockets after a fraction of a second,
 * and without a timeout they keep them open forever.
 */
export function closedWhenSilent(port: number, withinMs = 5000): Promise<boolean> {
  const socket = connect(port, '127.0.0.1');
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), withinMs);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  }).finally(() => socket.destroy());
}
