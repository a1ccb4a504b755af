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

/**
 * Opens a connection that sends a request line and then one header line every 100 ms, never ending
 * its headers (never idle, never done), and resolves whether the server closed it within `withinMs`.
 * Without a header timeout that Node checks often, such a client holds the connection 30 s or more.
 */
export function closedWhenTrickling(port: number, withinMs = 5000): Promise<boolean> {
  const socket = connect(port, '127.0.0.1');
  // The server's 408 and close can race the next trickled line (EPIPE): that is the point.
  socket.on('error', () => undefined);
  socket.write('POST / HTTP/1.1\r\nHost: x\r\n');
  const trickle = setInterval(() => socket.write('X-Trickle: 1\r\n'), 100);
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), withinMs);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  }).finally(() => {
    clearInterval(trickle);
    socket.destroy();
  });
}
