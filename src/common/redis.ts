import type { RedisOptions } from 'ioredis';

/**
 * `REDIS_URL` (`redis://[user:password@]host[:port][/db]`, or `rediss://` for TLS) as the options object that
 * Vendure's `RedisCachePlugin` and BullMQ take.
 */
export function redisOptionsFromUrl(redisUrl: string): RedisOptions {
    let url: URL;
    try {
        url = new URL(redisUrl);
    } catch {
        throw new Error(`REDIS_URL must be a URL like redis://host:6379/0, got "${redisUrl}"`);
    }
    if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
        throw new Error(`REDIS_URL must start with redis:// or rediss://, got "${redisUrl}"`);
    }
    const db = url.pathname.replace(/^\//, '');
    if (db !== '' && !/^\d+$/.test(db)) {
        throw new Error(`REDIS_URL's database must be a number (redis://host:6379/0), got "${db}"`);
    }
    return {
        host: url.hostname || '127.0.0.1',
        port: url.port ? Number(url.port) : 6379,
        username: url.username ? decodeURIComponent(url.username) : undefined,
        password: url.password ? decodeURIComponent(url.password) : undefined,
        db: db ? Number(db) : 0,
        tls: url.protocol === 'rediss:' ? {} : undefined,
    };
}
