import { redisOptionsFromUrl } from './redis';

describe('redisOptionsFromUrl', () => {
    it('reads host, port, credentials, database and TLS from REDIS_URL', () => {
        expect(redisOptionsFromUrl('redis://127.0.0.1:6379')).toMatchObject({
            host: '127.0.0.1',
            port: 6379,
            db: 0,
            tls: undefined,
        });
        expect(redisOptionsFromUrl('rediss://app:s%40cret@cache.internal:6380/2')).toEqual({
            host: 'cache.internal',
            port: 6380,
            username: 'app',
            password: 's@cret',
            db: 2,
            tls: {},
        });
    });

    it('refuses what is not a Redis URL, saying what it expected', () => {
        expect(() => redisOptionsFromUrl('cache.internal:6379')).toThrow(/redis:\/\//);
        expect(() => redisOptionsFromUrl('http://cache.internal')).toThrow(/redis:\/\//);
        expect(() => redisOptionsFromUrl('redis://cache/main')).toThrow(/database must be a number/);
    });
});
