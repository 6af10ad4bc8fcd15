/**
 * The load balancer of a cluster run (`npm run bench -- --instances N`): one process in front of a server's N
 * instances, as nginx or a cloud load balancer would be in production. Each request goes to the next instance in
 * turn (round robin, no stickiness: a storefront session, an admin login and a cart live in the database and the
 * shared Redis cache, so any instance can answer). Connections to the instances are kept alive.
 *
 * Environment: `PORT` (where it listens), `HOST`, `BALANCER_TARGETS` (the instances' base URLs, comma-separated).
 * Started by `bench/run.ts`; the harness reads `/health` through it like any server's.
 */
import http from 'http';

const targets = (process.env.BALANCER_TARGETS ?? '')
    .split(',')
    .filter(Boolean)
    .map(t => new URL(t));
if (!targets.length) {
    process.stderr.write('BALANCER_TARGETS is empty\n');
    process.exit(1);
}
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
let next = 0;

const server = http.createServer((req, res) => {
    const target = targets[next];
    next = (next + 1) % targets.length;
    const upstream = http.request(
        {
            host: target.hostname,
            port: target.port,
            method: req.method,
            path: req.url,
            headers: { ...req.headers, host: target.host },
            agent,
        },
        answer => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
        },
    );
    upstream.on('error', (e: Error) => {
        if (!res.headersSent) {
            res.writeHead(502, { 'content-type': 'text/plain' });
        }
        res.end(`balancer: ${target.host}: ${e.message}`);
    });
    req.pipe(upstream);
});
// as the instances do (src/common/http-server.ts): the load driver's keep-alive connections must not be cut
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
