// Stands in for Slack's response_url and Web API during the benchmark: answers every request with ok.
import { createServer } from 'node:http';

let count = 0;
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    count++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true,"user_id":"UBOT","bot_id":"BBOT","team_id":"T1"}');
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
process.on('message', (m) => {
  if (m === 'count') process.send?.({ count });
  if (m === 'stop') server.close(() => process.exit(0));
});
