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
 * A parameter's value as the SQLite binding takes it: booleans as 1 or 0, dates as TypeORM's UTC datetime string, and
 * integers so that SQLite sees an INTEGER, exactly as if the number had been written into the statement:
 * better-sqlite3 binds every JS number as REAL (a `varchar` column would store `5.0`, and compare `'5'` with `'5.0'`)
 * and a BigInt as INTEGER; sql.js binds a 32-bit integer as INTEGER (and a BigInt as TEXT). `undefined` for a number
 * to leave in the statement's text, TypeORM's way (fractions, and integers these bindings would not keep INTEGER).
 */
function sqliteBinding(driverType: string, value: unknown): unknown {
    if (typeof value === 'boolean') {
        return +value;
    }
    if (value instanceof Date) {
        return DateUtils.mixedDateToUtcDatetimeString(value);
    }
    if (typeof value !== 'number') {
        return value;
    }
    if (driverType === 'better-sqlite3' && Number.isSafeInteger(value)) {
        return BigInt(value);
    }
    if (driverType === 'sqljs' && value === (value | 0)) {
        return value;
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
 * INTEGER too, where better-sqlite3 bound them as REAL, and their booleans and dates converted as single values
 * are, where better-sqlite3 refused them), functions their returned SQL. PostgreSQL is untouched (its driver binds
 * every parameter). Installed by `buildConfig` for the SQLite databases (better-sqlite3, and sql.js the e2e specs
 * run on).
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
        // a number no binding keeps INTEGER goes as it is, as TypeORM binds these
        const bindable = (value: unknown) => sqliteBinding(driverType, value) ?? value;
        const bound: unknown[] = Object.values(nativeParameters ?? {}).map(bindable);
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
                    return (value as unknown[]).map(item => bind(key, bindable(item))).join(', ');
                }
                if (typeof value === 'function') {
                    return (value as () => string)();
                }
                const binding = sqliteBinding(driverType, value);
                return typeof value === 'number' && binding === undefined
                    ? String(value)
                    : bind(key, binding);
            },
        );
        return [text, bound];
    };
    Logger.debug('SQLite integer parameters are bound, not written into statements', 'Triflow');
}
