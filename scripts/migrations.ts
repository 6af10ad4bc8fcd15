/**
 * Migrations for both dialects, generated with Vendure's own `generateMigration` against throwaway databases
 * that first get every existing migration:
 *
 *   npm run migration:generate -- <name>   writes migrations/sqlite/<ts>-<name>.ts and migrations/postgres/<ts>-<name>.ts
 *   npm run migration:check                fails when entities and migrations disagree on either dialect
 *   npm run migration:run                  applies pending migrations to the configured database
 *
 * PostgreSQL comes from DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (default 127.0.0.1:5432, user postgres);
 * the throwaway database is created and dropped here.
 */
import { generateMigration, runMigrations } from '@vendure/core';
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Client } from 'pg';

import { readEnv } from '../src/common/env';
import { buildConfig } from '../vendure-config';

type Dialect = 'sqlite' | 'postgres';

const root = path.join(__dirname, '..');

async function main(): Promise<void> {
    process.env.VENDURE_DISABLE_TELEMETRY = 'true';
    const [command, arg, dialectArg] = process.argv.slice(2);
    if (command === 'run') {
        const applied = await runMigrations(buildConfig());
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations');
        return;
    }
    if (command !== 'generate' && command !== 'check') {
        throw new Error('usage: migrations.ts generate <name> | check | run');
    }
    if (command === 'generate' && !/^[a-z0-9-]+$/i.test(arg ?? '')) {
        throw new Error('Name the migration: npm run migration:generate -- <kebab-name>');
    }
    // One child process per dialect: plugin configuration mutates the config, so each dialect gets a clean one.
    if (dialectArg === 'sqlite' || dialectArg === 'postgres') {
        const file = await generateFor(dialectArg, command === 'check' ? 'drift-check' : arg);
        if (command === 'check' && file) {
            const body = fs.readFileSync(file, 'utf-8');
            fs.rmSync(path.dirname(file), { recursive: true, force: true });
            console.error(
                `\nEntities and migrations disagree on ${dialectArg}. Run \`npm run migration:generate -- <name>\`.\n${body}`,
            );
            process.exit(1);
        }
        if (command === 'check') {
            console.log(`${dialectArg}: migrations match the entities`);
        }
        return;
    }
    let failed = false;
    for (const dialect of ['sqlite', 'postgres'] as Dialect[]) {
        const r = spawnSync(
            process.execPath,
            [...process.execArgv, __filename, command, command === 'generate' ? arg : '-', dialect],
            { stdio: 'inherit', cwd: root, env: process.env },
        );
        failed ||= r.status !== 0;
    }
    if (failed) {
        process.exit(1);
    }
}

/** Migrates a fresh database of the dialect to the newest migration, then generates what is still missing. */
async function generateFor(dialect: Dialect, name: string): Promise<string | undefined> {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'triflow-migrations-'));
    const pgDb = `triflow_migrations_${process.pid}`;
    const env: NodeJS.ProcessEnv = {
        ...process.env,
        NODE_ENV: 'development',
        LOG_LEVEL: 'error',
        DB: dialect,
        SQLITE_PATH: path.join(tmp, 'migrations.sqlite'),
        DB_NAME: pgDb,
        DATA_DIR: tmp,
    };
    const pg = () =>
        new Client({
            host: env.DB_HOST ?? '127.0.0.1',
            port: Number(env.DB_PORT ?? 5432),
            user: env.DB_USERNAME ?? 'postgres',
            password: env.DB_PASSWORD ?? '',
            database: 'postgres',
        });
    if (dialect === 'postgres') {
        const client = pg();
        await client.connect();
        await client.query(`CREATE DATABASE ${pgDb}`);
        await client.end();
    }
    try {
        const config = buildConfig(readEnv(env));
        await runMigrations(config);
        const outputDir =
            name === 'drift-check' ? path.join(tmp, 'out') : path.join(root, 'migrations', dialect);
        return await generateMigration(buildConfig(readEnv(env)), { name, outputDir });
    } finally {
        if (dialect === 'postgres') {
            const client = pg();
            await client.connect();
            await client.query(`DROP DATABASE IF EXISTS ${pgDb} WITH (FORCE)`);
            await client.end();
        }
        if (name !== 'drift-check') {
            fs.rmSync(tmp, { recursive: true, force: true });
        }
    }
}

main().catch(err => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
});
