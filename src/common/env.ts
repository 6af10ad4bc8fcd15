import { LogLevel } from '@vendure/core';
import path from 'path';

/** Defaults that are fine on a developer's machine and refused in production. */
export const DEV_SUPERADMIN_PASSWORD = 'superadmin';
export const DEV_COOKIE_SECRET = 'triflow-dev-cookie-secret';

/** Every setting Triflow reads from the environment, resolved with its default. The README lists each. */
export interface TriflowEnv {
    isProduction: boolean;
    /** Interface the server binds to; empty means all. */
    host: string;
    port: number;
    /** How long an idle HTTP keep-alive connection stays open; above the load balancer's idle timeout. */
    httpKeepAliveTimeoutMs: number;
    /** Where people reach the server, for links and the start banner. */
    publicUrl: string;
    /** Where SQLite, the dev mailbox and other local state live. */
    dataDir: string;
    assetsDir: string;
    assetUrlPrefix: string;
    storefrontUrl: string;
    corsOrigins: string[];
    trustProxy: number | boolean;
    logLevel: LogLevel;
    cookieSecret: string;
    superadmin: { username: string; password: string };
    db: {
        type: 'sqlite' | 'postgres';
        sqlitePath: string;
        host: string;
        port: number;
        name: string;
        username: string;
        password: string;
        schema: string | undefined;
        ssl: boolean;
        /** PostgreSQL connection pool of each process (server or worker); see README, "Production". */
        pool: {
            /** Connections per process. */
            max: number;
            /** How long a request waits for a free connection before it fails with `DATABASE_BUSY`. */
            acquireTimeoutMs: number;
            /** PostgreSQL `statement_timeout`: a single statement running longer is cancelled. */
            statementTimeoutMs: number;
            /** PostgreSQL `idle_in_transaction_session_timeout`: a transaction left idle is ended by the server. */
            idleInTransactionTimeoutMs: number;
        };
        /** PostgreSQL: the plugins' hot-path reads run as named prepared statements (`usePreparedPlainSql`). */
        preparedStatements: boolean;
    };
    /** Redis for the cache and the job queue when the platform runs as several processes; unset on one machine. */
    redisUrl: string | undefined;
    email: {
        from: string;
        smtpHost: string | undefined;
        smtpPort: number;
        smtpSecure: boolean;
        smtpUser: string | undefined;
        smtpPassword: string | undefined;
    };
}

const projectRoot =
    path.basename(path.join(__dirname, '..', '..')) === 'dist'
        ? path.join(__dirname, '..', '..', '..')
        : path.join(__dirname, '..', '..');

/** The folder holding package.json, whether we run from source or from `dist/`. */
export function getProjectRoot(): string {
    return projectRoot;
}

function str(env: NodeJS.ProcessEnv, key: string, fallback: string): string {
    const v = env[key];
    return v === undefined || v === '' ? fallback : v;
}

function int(env: NodeJS.ProcessEnv, key: string, fallback: number): number {
    const v = env[key];
    if (v === undefined || v === '') {
        return fallback;
    }
    const n = Number(v);
    if (!Number.isInteger(n)) {
        throw new Error(`Environment variable ${key} must be a whole number, got "${v}"`);
    }
    return n;
}

function positiveInt(env: NodeJS.ProcessEnv, key: string, fallback: number): number {
    const n = int(env, key, fallback);
    if (n < 1) {
        throw new Error(`Environment variable ${key} must be at least 1, got "${env[key]}"`);
    }
    return n;
}

function bool(env: NodeJS.ProcessEnv, key: string, fallback: boolean): boolean {
    const v = env[key];
    if (v === undefined || v === '') {
        return fallback;
    }
    return ['1', 'true', 'yes', 'on'].includes(v.toLowerCase());
}

const LOG_LEVELS: Record<string, LogLevel> = {
    error: LogLevel.Error,
    warn: LogLevel.Warn,
    info: LogLevel.Info,
    verbose: LogLevel.Verbose,
    debug: LogLevel.Debug,
};

/**
 * Reads the environment. It does not judge it: the entry points call {@link assertProductionSafe} before they
 * boot, so that tools that only load the config (the Dashboard build, schema generation) still work.
 */
export function readEnv(env: NodeJS.ProcessEnv = process.env): TriflowEnv {
    const isProduction = env.NODE_ENV === 'production' || env.APP_ENV === 'production';
    const dataDir = path.resolve(projectRoot, str(env, 'DATA_DIR', 'data'));
    const dbType = str(env, 'DB', 'sqlite');
    if (dbType !== 'sqlite' && dbType !== 'postgres') {
        throw new Error(`DB must be "sqlite" or "postgres", got "${dbType}"`);
    }
    const logLevelName = str(env, 'LOG_LEVEL', 'info').toLowerCase();
    const logLevel = LOG_LEVELS[logLevelName];
    if (logLevel === undefined) {
        throw new Error(
            `LOG_LEVEL must be one of ${Object.keys(LOG_LEVELS).join(', ')}, got "${logLevelName}"`,
        );
    }
    const port = int(env, 'PORT', 3000);
    const trustProxyRaw = str(env, 'TRUST_PROXY', isProduction ? '1' : 'false');
    const publicUrl = str(env, 'PUBLIC_URL', `http://localhost:${port}`).replace(/\/$/, '');
    const result: TriflowEnv = {
        isProduction,
        host: str(env, 'HOST', ''),
        port,
        httpKeepAliveTimeoutMs: positiveInt(env, 'HTTP_KEEP_ALIVE_TIMEOUT', 65_000),
        publicUrl,
        dataDir,
        assetsDir: path.resolve(projectRoot, str(env, 'ASSETS_DIR', 'static/assets')),
        // Asset URLs are also made outside any request (an order confirmation email sent by the worker or the demo
        // seeder), where the asset server cannot read a host from the request: they start from PUBLIC_URL.
        assetUrlPrefix: env.ASSET_URL_PREFIX || `${publicUrl}/assets/`,
        storefrontUrl: str(env, 'STOREFRONT_URL', 'http://localhost:3001'),
        corsOrigins: str(env, 'CORS_ORIGINS', '')
            .split(',')
            .map(s => s.trim())
            .filter(Boolean),
        trustProxy: /^\d+$/.test(trustProxyRaw) ? Number(trustProxyRaw) : bool(env, 'TRUST_PROXY', false),
        logLevel,
        cookieSecret: str(env, 'COOKIE_SECRET', DEV_COOKIE_SECRET),
        superadmin: {
            username: str(env, 'SUPERADMIN_USERNAME', 'superadmin'),
            password: str(env, 'SUPERADMIN_PASSWORD', DEV_SUPERADMIN_PASSWORD),
        },
        db: {
            type: dbType,
            sqlitePath: path.resolve(
                projectRoot,
                str(env, 'SQLITE_PATH', path.join(dataDir, 'triflow.sqlite')),
            ),
            host: str(env, 'DB_HOST', '127.0.0.1'),
            port: int(env, 'DB_PORT', 5432),
            name: str(env, 'DB_NAME', 'triflow'),
            username: str(env, 'DB_USERNAME', 'postgres'),
            password: str(env, 'DB_PASSWORD', ''),
            schema: env.DB_SCHEMA || undefined,
            ssl: bool(env, 'DB_SSL', false),
            pool: {
                max: positiveInt(env, 'DB_POOL_MAX', 10),
                acquireTimeoutMs: positiveInt(env, 'DB_POOL_ACQUIRE_TIMEOUT', 10_000),
                statementTimeoutMs: positiveInt(env, 'DB_STATEMENT_TIMEOUT', 30_000),
                idleInTransactionTimeoutMs: positiveInt(env, 'DB_IDLE_IN_TRANSACTION_TIMEOUT', 60_000),
            },
            preparedStatements: bool(env, 'DB_PREPARED_STATEMENTS', true),
        },
        redisUrl: env.REDIS_URL || undefined,
        email: {
            from: str(env, 'EMAIL_FROM', '"Triflow" <noreply@triflow.local>'),
            smtpHost: env.SMTP_HOST || undefined,
            smtpPort: int(env, 'SMTP_PORT', 587),
            smtpSecure: bool(env, 'SMTP_SECURE', false),
            smtpUser: env.SMTP_USER || undefined,
            smtpPassword: env.SMTP_PASSWORD || undefined,
        },
    };
    return result;
}

/**
 * Called by every entry point before it boots: in production it refuses defaults that would leave the platform
 * open (the demo superadmin password, the development cookie secret), naming the variable to set.
 */
export function assertProductionSafe(env: TriflowEnv): void {
    if (!env.isProduction) {
        return;
    }
    const problems: string[] = [];
    if (env.superadmin.password === DEV_SUPERADMIN_PASSWORD) {
        problems.push(
            'SUPERADMIN_PASSWORD is the default demo password: set SUPERADMIN_PASSWORD to a strong secret',
        );
    }
    if (env.cookieSecret === DEV_COOKIE_SECRET) {
        problems.push('COOKIE_SECRET is the development default: set COOKIE_SECRET to a long random string');
    }
    if (env.cookieSecret.length < 16) {
        problems.push(
            'COOKIE_SECRET is shorter than 16 characters: set COOKIE_SECRET to a long random string',
        );
    }
    if (problems.length) {
        throw new Error(`Refusing to start in production:\n  - ${problems.join('\n  - ')}`);
    }
}
