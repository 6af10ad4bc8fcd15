import { Logger } from '@vendure/core';

interface SqliteDriverPrototype {
    options: { type: string };
    createParameter(key: string, index: number): string;
    escapeQueryWithParameters(
        sql: string,
        parameters: Record<string, unknown> | undefined,
        nativeParameters: Record<string, unknown>,
    ): [string, unknown[]];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { AbstractSqliteDriver } = require('typeorm/driver/sqlite-abstract/AbstractSqliteDriver') as {
    AbstractSqliteDriver: { prototype: SqliteDriverPrototype };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DateUtils } = require('typeorm/util/DateUtils') as {
    DateUtils: { mixedDateToUtcDatetimeString(value: unknown): string };
};

/**
 * How an integer is handed to the SQLite binding so that SQLite sees an INTEGER, exactly as if the number had been
 * written into the statement: better-sqlite3 binds every JS number as REAL (a `varchar` column would store `5.0`,
 * and compare `'5'` with `'5.0'`), a BigInt as INTEGER; sql.js binds a 32-bit integer as INTEGER (and a BigInt as
 * TEXT). `undefined`: leave the number in the statement text, TypeORM's way.
 */
function integerBinding(driverType: string, value: number): unknown {
    if (!Number.isInteger(value)) {
        return undefined;
    }
    if (driverType === 'better-sqlite3') {
        return Number.isSafeInteger(value) ? BigInt(value) : undefined;
    }
    if (driverType === 'sqljs') {
        return value === (value | 0) ? value : undefined;
    }
    return undefined;
}

let installed = false;

/**
 * TypeORM's SQLite drivers write every number parameter into the statement's text (`WHERE "id" = 4711`), so a
 * statement differs with every id it is run for: SQLite parses and plans it again, and TypeORM's prepared-statement
 * cache fills with statements that never run twice. Counted on scenario 5b of the benchmark (a guest checkout of 50
 * lines): 7,270 distinct texts in 9,014 executions for ten orders, about 8 % of the server's CPU spent preparing
 * them, on bare Vendure as on Triflow. This binds integers as parameters instead (`WHERE "id" = ?`), typed as
 * SQLite's INTEGER as the written number was, so comparisons, arithmetic and stored values are the same; a statement
 * is prepared once and found in the cache after. Everything else goes as TypeORM does it: other numbers stay in the
 * text, booleans are 1 or 0, dates the UTC datetime string, arrays one parameter per element (their integers typed
 * INTEGER too: better-sqlite3 bound them as REAL), functions their returned SQL. PostgreSQL is untouched (its driver
 * binds every parameter). Installed by `buildConfig` for the SQLite databases (better-sqlite3, and sql.js the e2e
 * specs run on).
 */
export function bindSqliteIntegerParameters(): void {
    if (installed) {
        return;
    }
    installed = true;
    const proto = AbstractSqliteDriver.prototype;
    proto.escapeQueryWithParameters = function (
        this: SqliteDriverPrototype,
        sql: string,
        parameters: Record<string, unknown> | undefined,
        nativeParameters: Record<string, unknown>,
    ): [string, unknown[]] {
        const driverType = this.options.type;
        const bound: unknown[] = Object.values(nativeParameters ?? {}).map(value =>
            typeof value === 'boolean'
                ? value
                    ? 1
                    : 0
                : value instanceof Date
                  ? DateUtils.mixedDateToUtcDatetimeString(value)
                  : value,
        );
        if (!parameters || !Object.keys(parameters).length) {
            return [sql, bound];
        }
        const bind = (key: string, value: unknown): string => {
            bound.push(value);
            return this.createParameter(key, bound.length - 1);
        };
        const text = sql.replace(
            /:(\.\.\.)?([A-Za-z0-9_.]+)/g,
            (whole, spread: string | undefined, key: string) => {
                if (!Object.prototype.hasOwnProperty.call(parameters, key)) {
                    return whole;
                }
                const value = parameters[key];
                if (spread) {
                    return (value as unknown[])
                        .map(item => {
                            const integer =
                                typeof item === 'number' ? integerBinding(driverType, item) : undefined;
                            return bind(key, integer ?? item);
                        })
                        .join(', ');
                }
                if (typeof value === 'function') {
                    return (value as () => string)();
                }
                if (typeof value === 'number') {
                    const integer = integerBinding(driverType, value);
                    return integer === undefined ? String(value) : bind(key, integer);
                }
                if (typeof value === 'boolean') {
                    return bind(key, +value);
                }
                if (value instanceof Date) {
                    return bind(key, DateUtils.mixedDateToUtcDatetimeString(value));
                }
                return bind(key, value);
            },
        );
        return [text, bound];
    };
    Logger.debug('SQLite integer parameters are bound, not written into statements', 'Triflow');
}
