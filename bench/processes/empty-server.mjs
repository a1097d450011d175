// The ceiling: an empty Fastify route in a process of its own, as the app's server is. Prints its
// port on stdout once listening.
import Fastify from 'fastify';

const app = Fastify();
app.get('/empty', async () => ({ ok: true }));
await app.listen({ port: 0, host: '127.0.0.1' });
console.log(app.server.address().port);
process.once('SIGTERM', () => app.close().then(() => process.exit(0)));
