import type { TestDbInitializer } from '@vendure/testing';
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import { Client } from 'pg';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { SqljsConnectionOptions } from 'typeorm/driver/sqljs/SqljsConnectionOptions';
import { SqljsDriver } from 'typeorm/driver/sqljs/SqljsDriver';

/**
 * Populating a spec's database (a full server boot with schema synchronisation, the fixtures' catalogue and
 * customers, then a shutdown) costs as much as the spec's own boot. Most specs populate the very same data, so
 * it is done once per population key (the schema fingerprint, the plugins and their options, the custom fields,
 * the customer count: whatever shapes what population writes) into a template, and each spec starts from a copy:
 * a file copy on sql.js, `CREATE DATABASE … TEMPLATE` on PostgreSQL. Two jest workers needing the same template
 * wait for the first to make it (a lock directory on sql.js, an advisory lock on PostgreSQL).
 *
 * A spec that populates without a key (not through `startTestServer`) populates its own database, as Vendure's
 * initializers do.
 */

let pendingKey: string | undefined;

/** Set by `startTestServer` just before `TestServer.init`, read (once) by the initializer that populates. */
export function setPopulationKey(key: string | undefined): void {
    pendingKey = key;
}

function takePopulationKey(): string | undefined {
    const key = pendingKey;
    pendingKey = undefined;
    return key;
}

/** JSON of a value with sorted keys, functions and cycles left out: the same data gives the same text. */
function stableJson(value: unknown): string {
    const seen = new WeakSet<object>();
    const normalise = (v: unknown): unknown => {
        if (typeof v === 'function' || typeof v === 'symbol') {
            return undefined;
        }
        if (v === null || typeof v !== 'object') {
            return v;
        }
        if (seen.has(v)) {
            return '[cycle]';
        }
        seen.add(v);
        if (Array.isArray(v)) {
            return v.map(normalise);
        }
        const out: Record<string, unknown> = { '#': v.constructor?.name };
        for (const k of Object.keys(v).sort()) {
            out[k] = normalise((v as Record<string, unknown>)[k]);
        }
        return out;
    };
    return JSON.stringify(normalise(value));
}

/** The population key: equal keys write equal data. */
export function populationKey(parts: Record<string, unknown>): string {
    return crypto.createHash('sha1').update(stableJson(parts)).digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Runs `fn` holding a lock directory (atomic `mkdir`); a lock older than `staleMs` is taken as abandoned. */
async function withLockDir<T>(lock: string, fn: () => Promise<T>, staleMs = 10 * 60_000): Promise<T> {
    for (;;) {
        try {
            fs.mkdirSync(lock);
            break;
        } catch (e) {
            if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
                throw e;
            }
            const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
            if (age > staleMs) {
                fs.rmSync(lock, { recursive: true, force: true });
            } else {
                await sleep(250);
            }
        }
    }
    try {
        return await fn();
    } finally {
        fs.rmSync(lock, { recursive: true, force: true });
    }
}

/** sql.js: a spec's database file is a copy of the template file of its population key. */
export class SharedSqljsInitializer implements TestDbInitializer<SqljsConnectionOptions> {
    private dbFilePath = '';
    private options?: SqljsConnectionOptions;

    constructor(private dataDir: string) {}

    init(testFileName: string, connectionOptions: SqljsConnectionOptions): Promise<SqljsConnectionOptions> {
        this.dbFilePath = path.join(this.dataDir, `${path.basename(testFileName)}.sqlite`);
        this.options = connectionOptions;
        (connectionOptions as { location?: string }).location = this.dbFilePath;
        return Promise.resolve(connectionOptions);
    }

    async populate(populateFn: () => Promise<void>): Promise<void> {
        const key = takePopulationKey();
        if (fs.existsSync(this.dbFilePath)) {
            return;
        }
        if (!key) {
            await this.populateInto(this.dbFilePath, populateFn);
            return;
        }
        const template = path.join(this.dataDir, `template-${key}.sqlite`);
        if (!fs.existsSync(template)) {
            await withLockDir(`${template}.lock`, async () => {
                if (!fs.existsSync(template)) {
                    const partial = `${template}.${process.pid}.partial`;
                    await this.populateInto(partial, populateFn);
                    fs.renameSync(partial, template);
                }
            });
        }
        fs.copyFileSync(template, this.dbFilePath);
    }

    destroy(): void {
        return undefined;
    }

    /**
     * Populates into `file`, written once when the population's server closes its connection. TypeORM's `autoSave`
     * (what Vendure's own initializer turns on) exports and rewrites the whole database after every write outside
     * a transaction: the fixtures' population took 10.5 s with it, 6.8 s without. `synchronize` creates the schema.
     */
    private async populateInto(file: string, populateFn: () => Promise<void>): Promise<void> {
        const options = this.options as SqljsConnectionOptions & {
            location: string;
            autoSave: boolean;
            synchronize: boolean;
        };
        options.location = file;
        options.autoSave = false;
        options.synchronize = true;
        const disconnect = SqljsDriver.prototype.disconnect;
        SqljsDriver.prototype.disconnect = async function (this: SqljsDriver) {
            if (this.options.location === file) {
                await this.save();
            }
            return disconnect.call(this);
        };
        try {
            await populateFn();
            if (!fs.existsSync(file)) {
                throw new Error(`The population of ${path.basename(file)} was not written`);
            }
        } finally {
            SqljsDriver.prototype.disconnect = disconnect;
            options.synchronize = false;
            options.location = this.dbFilePath;
        }
    }
}

/** PostgreSQL: a spec's database is created from the template database of its population key. */
export class SharedPostgresInitializer implements TestDbInitializer<PostgresConnectionOptions> {
    private client?: Client;
    private options?: PostgresConnectionOptions;
    private dbName = '';
    /** Set while this spec populates the template (under the advisory lock). */
    private making?: { template: string; partial: string };
    private copied = false;

    /**
     * @param suffix appended to each spec's database name (`TRIFLOW_TEST_DB_SUFFIX`), so that two checkouts can
     *   run the same spec at once
     * @param fingerprint of the schema: templates of another schema are dropped when a new one is made
     */
    constructor(
        private suffix: string,
        private fingerprint: string,
    ) {}

    async init(
        testFileName: string,
        connectionOptions: PostgresConnectionOptions,
    ): Promise<PostgresConnectionOptions> {
        const key = takePopulationKey();
        this.dbName = `e2e_${path.basename(testFileName + this.suffix).replace(/[^a-z0-9_]/gi, '_')}`;
        this.options = connectionOptions;
        this.making = undefined;
        this.copied = false;
        Object.assign(connectionOptions, { database: this.dbName, synchronize: true });
        const client = new Client({
            host: connectionOptions.host,
            port: connectionOptions.port,
            user: connectionOptions.username,
            password: connectionOptions.password as string | undefined,
            database: 'postgres',
        });
        this.client = client;
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${this.dbName}`);
        if (!key) {
            await client.query(`CREATE DATABASE ${this.dbName}`);
            return connectionOptions;
        }
        const template = `${this.templatePrefix()}${this.fingerprint.slice(0, 8)}_${key}`;
        await client.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
        if (exists.rowCount && (await this.copyTemplate(template))) {
            await client.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
            return connectionOptions;
        }
        // This spec makes the template, into a partial database renamed once it is complete; the lock is held
        // until then, so another worker needing it waits and then copies it.
        const partial = `${template}_p`;
        await client.query(`DROP DATABASE IF EXISTS ${partial}`);
        await client.query(`CREATE DATABASE ${partial}`);
        this.making = { template, partial };
        Object.assign(connectionOptions, { database: partial });
        return connectionOptions;
    }

    async populate(populateFn: () => Promise<void>): Promise<void> {
        if (this.copied) {
            return;
        }
        const making = this.making;
        const client = this.client as Client;
        try {
            await populateFn();
            if (making) {
                await this.dropStaleTemplates();
                await retryInUse(() =>
                    client.query(`ALTER DATABASE ${making.partial} RENAME TO ${making.template}`),
                );
                if (!(await this.copyTemplate(making.template))) {
                    throw new Error(`Could not create ${this.dbName} from ${making.template}`);
                }
            }
        } finally {
            if (making) {
                Object.assign(this.options as object, { database: this.dbName });
                await client.query('SELECT pg_advisory_unlock(hashtext($1))', [making.template]);
            }
        }
    }

    async destroy(): Promise<void> {
        await this.client?.end();
        this.client = undefined;
    }

    /** The spec's database as a copy of the template; false when the template is gone (another schema's run). */
    private async copyTemplate(template: string): Promise<boolean> {
        try {
            await retryInUse(() =>
                (this.client as Client).query(`CREATE DATABASE ${this.dbName} TEMPLATE ${template}`),
            );
            this.copied = true;
            // The template's schema is this configuration's (the population key): checking it again at boot
            // (TypeORM reads the whole catalogue of a PostgreSQL database) took about a second of every spec.
            Object.assign(this.options as object, { synchronize: false });
            return true;
        } catch (e) {
            if ((e as { code?: string }).code === '3D000') {
                return false;
            }
            throw e;
        }
    }

    /**
     * Templates are named per checkout (`TRIFLOW_TEST_DB_SUFFIX`): a checkout drops only its own stale templates,
     * never another checkout's, whose schema differs and which may be populating one at this very moment (a
     * partial template has no connection between its population and its rename, so "in use" does not protect it).
     */
    private templatePrefix(): string {
        return `e2e_tpl_${this.suffix.replace(/[^a-z0-9_]/gi, '_')}_`;
    }

    /** Templates of other schema fingerprints (earlier edits) would pile up on a developer's machine. */
    private async dropStaleTemplates(): Promise<void> {
        const client = this.client as Client;
        const prefix = this.templatePrefix().replace(/_/g, '\\_');
        const { rows } = await client.query<{ datname: string }>(
            'SELECT datname FROM pg_database WHERE datname LIKE $1 AND datname NOT LIKE $2',
            [`${prefix}%`, `${prefix}${this.fingerprint.slice(0, 8)}\\_%`],
        );
        for (const { datname } of rows) {
            // One still in use (a server of this checkout still connected to it) stays; it goes next time.
            await client.query(`DROP DATABASE IF EXISTS ${datname}`).catch(() => undefined);
        }
    }
}

/** Connections of a server that just closed can linger a moment: retry while the database is "in use". */
async function retryInUse<T>(fn: () => Promise<T>, attempts = 40): Promise<T> {
    for (let i = 1; ; i++) {
        try {
            return await fn();
        } catch (e) {
            if ((e as { code?: string }).code !== '55006' || i >= attempts) {
                throw e;
            }
            await sleep(250);
        }
    }
}
