// A local round-robin HTTP proxy in a process of its own (node:http, kept-alive upstream
// connections): node round-robin-proxy.mjs <port> <port>… prints its own port once listening.
import http from 'node:http';

const upstreams = process.argv.slice(2).map(Number);
const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
let next = 0;
const server = http.createServer((request, response) => {
  const port = upstreams[next];
  next = (next + 1) % upstreams.length;
  const upstream = http.request(
    { host: '127.0.0.1', port, method: request.method, path: request.url, headers: request.headers, agent },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', () => {
    response.writeHead(502);
    response.end();
  });
  request.pipe(upstream);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
