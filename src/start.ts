import { Logger, runMigrations } from '@vendure/core';
import { ChildProcess, spawn } from 'child_process';
import fs from 'fs';
import path from 'path';
import { Client } from 'pg';

import { buildConfig } from '../vendure-config';

import { assertProductionSafe, readEnv, TriflowEnv } from './common/env';
import { discoverDemoSeeders, seedDemoData } from './demo/seed-demo-data';

const loggerCtx = 'Triflow';

/**
 * `npm start`: migrate, seed the demo once, then run the server and the worker as two processes
 * (as in production) until Ctrl-C, which stops both cleanly.
 */
async function main(): Promise<void> {
    process.env.VENDURE_DISABLE_TELEMETRY ??= 'true';
    const env = readEnv();
    assertProductionSafe(env);
    const config = buildConfig(env);
    fs.mkdirSync(env.dataDir, { recursive: true });
    if (env.db.type === 'sqlite') {
        fs.mkdirSync(path.dirname(env.db.sqlitePath), { recursive: true });
    }
    if (env.db.type === 'postgres') {
        await ensurePostgresDatabase(env);
    }
    await runMigrations(config);
    if (process.env.DEMO_DATA !== 'false') {
        await seedDemoData(config);
    }

    const children: ChildProcess[] = [];
    let stopping = false;
    const stop = (code: number) => {
        if (stopping) {
            return;
        }
        stopping = true;
        Logger.info('Stopping server and worker…', loggerCtx);
        for (const child of children) {
            if (child.exitCode === null) {
                child.kill('SIGTERM');
            }
        }
        const force = setTimeout(() => {
            children.forEach(c => c.exitCode === null && c.kill('SIGKILL'));
        }, 15_000);
        force.unref();
        const exits = children.filter(c => c.exitCode === null).map(c => new Promise(r => c.once('exit', r)));
        void Promise.all(exits).then(() => process.exit(code));
    };
    process.on('SIGINT', () => stop(0));
    process.on('SIGTERM', () => stop(0));

    const run = (entry: string) => {
        const child = spawn(process.execPath, [path.join(__dirname, entry)], {
            stdio: 'inherit',
            env: process.env,
        });
        child.on('exit', code => {
            if (!stopping) {
                Logger.error(`${entry} exited with code ${String(code)}; stopping`, loggerCtx);
                stop(code ?? 1);
            }
        });
        children.push(child);
    };
    run('index.js');
    run('index-worker.js');

    const base = env.publicUrl;
    if (await waitForServer(`http://127.0.0.1:${env.port}/health`, 120_000)) {
        printBanner(base, env.superadmin.username, env.superadmin.password, env.isProduction);
    } else {
        Logger.error(`The server did not answer on port ${env.port} within two minutes`, loggerCtx);
    }
}

/** `npm start` on PostgreSQL creates the database when it is missing, as SQLite creates its file. */
async function ensurePostgresDatabase(env: TriflowEnv): Promise<void> {
    const client = new Client({
        host: env.db.host,
        port: env.db.port,
        user: env.db.username,
        password: env.db.password,
        database: 'postgres',
        ssl: env.db.ssl ? { rejectUnauthorized: false } : undefined,
    });
    await client.connect();
    try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
            env.db.name,
        ]);
        if (!rowCount) {
            Logger.info(`Creating PostgreSQL database "${env.db.name}"`, loggerCtx);
            await client.query(`CREATE DATABASE "${env.db.name.replace(/"/g, '""')}"`);
        }
    } finally {
        await client.end();
    }
}

async function waitForServer(url: string, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        try {
            const res = await fetch(url);
            if (res.ok) {
                return true;
            }
        } catch {
            // not listening yet
        }
        await new Promise(r => setTimeout(r, 500));
    }
    return false;
}

function printBanner(base: string, user: string, password: string, isProduction: boolean): void {
    const lines = [
        '',
        'Triflow is running',
        `  Dashboard      ${base}/dashboard`,
        `  Shop API       ${base}/shop-api`,
        `  Admin API      ${base}/admin-api`,
        ...(isProduction ? [] : [`  GraphiQL       ${base}/graphiql/admin  and  ${base}/graphiql/shop`]),
        ...(isProduction ? [] : [`  Dev mailbox    ${base}/mailbox`]),
        '',
        'Demo logins',
        `  Dashboard superadmin   ${user} / ${isProduction ? '(SUPERADMIN_PASSWORD)' : password}`,
        ...demoLogins(),
        '',
        'Ctrl-C stops the server and the worker.',
        '',
    ];
    process.stdout.write(lines.join('\n') + '\n');
}

/** Logins that the plugins' demo data creates, as each seeder declares them. */
function demoLogins(): string[] {
    return discoverDemoSeeders()
        .flatMap(s => s.logins ?? [])
        .map(l => `  ${l.label.padEnd(22)} ${l.login}`);
}

main().catch(err => {
    // Written directly: before bootstrap Vendure's Logger has no logger to write to.
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
});
