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
