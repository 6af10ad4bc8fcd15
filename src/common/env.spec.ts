import { assertProductionSafe, DEV_COOKIE_SECRET, readEnv } from './env';

describe('readEnv', () => {
    it('defaults to SQLite under data/ on port 3000 in development', () => {
        const env = readEnv({});
        expect(env.isProduction).toBe(false);
        expect(env.db.type).toBe('sqlite');
        expect(env.db.sqlitePath).toMatch(/data[/\\]triflow\.sqlite$/);
        expect(env.port).toBe(3000);
        expect(env.publicUrl).toBe('http://localhost:3000');
        expect(env.corsOrigins).toEqual([]);
    });

    it('reads PostgreSQL settings and CORS origins', () => {
        const env = readEnv({
            DB: 'postgres',
            DB_HOST: 'db.internal',
            DB_PORT: '6543',
            DB_NAME: 'shop',
            DB_USERNAME: 'triflow',
            DB_PASSWORD: 'pw',
            CORS_ORIGINS: 'https://a.example, https://b.example',
            PORT: '4000',
        });
        expect(env.db).toMatchObject({ type: 'postgres', host: 'db.internal', port: 6543, name: 'shop' });
        expect(env.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
        expect(env.publicUrl).toBe('http://localhost:4000');
    });

    it('makes asset URLs from PUBLIC_URL unless ASSET_URL_PREFIX says otherwise (emails outside a request need one)', () => {
        expect(readEnv({}).assetUrlPrefix).toBe('http://localhost:3000/assets/');
        expect(readEnv({ PUBLIC_URL: 'https://shop.example/' }).assetUrlPrefix).toBe(
            'https://shop.example/assets/',
        );
        expect(readEnv({ ASSET_URL_PREFIX: 'https://cdn.example/a/' }).assetUrlPrefix).toBe(
            'https://cdn.example/a/',
        );
    });

    it('bounds the PostgreSQL pool by default and reads its settings', () => {
        expect(readEnv({}).db.pool).toEqual({
            max: 10,
            acquireTimeoutMs: 10_000,
            statementTimeoutMs: 30_000,
            idleInTransactionTimeoutMs: 60_000,
        });
        const env = readEnv({
            DB_POOL_MAX: '25',
            DB_POOL_ACQUIRE_TIMEOUT: '2000',
            DB_STATEMENT_TIMEOUT: '10000',
            DB_IDLE_IN_TRANSACTION_TIMEOUT: '15000',
        });
        expect(env.db.pool).toEqual({
            max: 25,
            acquireTimeoutMs: 2_000,
            statementTimeoutMs: 10_000,
            idleInTransactionTimeoutMs: 15_000,
        });
        expect(() => readEnv({ DB_POOL_MAX: '0' })).toThrow(/DB_POOL_MAX must be at least 1/);
    });

    it('uses Redis only when REDIS_URL is set', () => {
        expect(readEnv({}).redisUrl).toBeUndefined();
        expect(readEnv({ REDIS_URL: 'redis://cache:6379/1' }).redisUrl).toBe('redis://cache:6379/1');
    });

    it('rejects values it cannot use, naming the variable', () => {
        expect(() => readEnv({ DB: 'mysql' })).toThrow(/DB must be "sqlite" or "postgres"/);
        expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT must be a whole number/);
        expect(() => readEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
    });
});

describe('assertProductionSafe', () => {
    it('refuses the default superadmin password and cookie secret in production, naming both variables', () => {
        const env = readEnv({ NODE_ENV: 'production' });
        expect(() => assertProductionSafe(env)).toThrow(/SUPERADMIN_PASSWORD[\s\S]*COOKIE_SECRET/);
    });

    it('refuses a short cookie secret', () => {
        const env = readEnv({
            NODE_ENV: 'production',
            SUPERADMIN_PASSWORD: 'a-real-secret',
            COOKIE_SECRET: 'short',
        });
        expect(() => assertProductionSafe(env)).toThrow(/COOKIE_SECRET is shorter than 16/);
    });

    it('accepts real secrets in production and anything in development', () => {
        const prod = readEnv({
            NODE_ENV: 'production',
            SUPERADMIN_PASSWORD: 'a-real-secret',
            COOKIE_SECRET: 'a-long-random-cookie-secret',
        });
        expect(() => assertProductionSafe(prod)).not.toThrow();
        expect(() => assertProductionSafe(readEnv({ COOKIE_SECRET: DEV_COOKIE_SECRET }))).not.toThrow();
    });
});
