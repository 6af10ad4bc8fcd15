import type { Server } from 'http';

/**
 * Keeps idle keep-alive connections open longer than clients and load balancers keep theirs (Node closes them
 * after 5 s by default). Otherwise a client that reuses a connection at the moment the server closes it gets
 * `ECONNRESET` on a request that never arrived — seen under bursts of checkouts on a busy machine — and a load
 * balancer with a 60 s idle timeout answers 502 now and then. `headersTimeout` must exceed the keep-alive timeout.
 */
export function keepConnectionsAlive(server: Server, keepAliveTimeoutMs: number): void {
    server.keepAliveTimeout = keepAliveTimeoutMs;
    server.headersTimeout = keepAliveTimeoutMs + 5_000;
}
