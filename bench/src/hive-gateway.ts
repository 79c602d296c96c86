// Hive Gateway (@graphql-hive/gateway, the peer JavaScript gateway) serving the same supergraph as ours, with the
// client's Authorization header passed to the subgraphs as our gateway does. Run by the benchmark as a child process:
// `tsx src/hive-gateway.ts <supergraph file> <port>`.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway';

const [file, port] = process.argv.slice(2);
if (!file || !port) throw new Error('usage: hive-gateway.ts <supergraph file> <port>');
const gateway = createGatewayRuntime({
  supergraph: readFileSync(file, 'utf8'),
  logging: 'error',
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') }),
  },
});
const server = createServer(gateway);
server.keepAliveTimeout = 65_000;
server.listen(Number(port), '127.0.0.1', () => console.log(`hive gateway on ${port}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
