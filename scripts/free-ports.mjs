// Prints the first port P in [from, to) such that P .. P+count-1 can all be listened on at 127.0.0.1.
// Usage: node scripts/free-ports.mjs COUNT [FROM] [TO]
//
// CI picks its database servers' ports with this, below Linux's ephemeral range (32768–60999 by
// default): a port inside that range may at any moment be the local end of some client connection,
// and a server that starts on it then fails with "Address already in use" (a CI run once lost its
// Citus stage so, on 57434, while the suites before it held many connections to PostgreSQL).
import net from 'node:net';

const [count = 1, from = 20000, to = 32000] = process.argv.slice(2).map(Number);

function canListen(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

async function freeBlock() {
  for (let base = from; base + count <= to; base += count) {
    let free = true;
    for (let port = base; port < base + count && free; port++) free = await canListen(port);
    if (free) return base;
  }
  throw new Error(`no ${count} free consecutive ports in [${from}, ${to})`);
}

console.log(await freeBlock());
