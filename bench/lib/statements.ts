import { signalAndRead } from './probe';

/**
 * The statements a server ran, by SQL text, as written by the preload `statement-counter.ts` (`--statements`).
 */
export type StatementCounts = Map<string, { n: number; ms: number }>;

/**
 * Asks a server for its statement counts (SIGWINCH) and waits until it has written them: at most `timeoutMs`, else null
 * (the server was not started with the counter, or has exited).
 */
export async function readStatementCounts(
    pid: number | undefined,
    file: string,
    timeoutMs = 5_000,
): Promise<StatementCounts | null> {
    const answer = await signalAndRead<{ counts: Array<[string, { n: number; ms: number }]> }>(
        pid,
        file,
        'SIGWINCH',
        timeoutMs,
    );
    return answer ? new Map(answer.counts) : null;
}

/** What ran between two readings: each statement's count and time over the interval. */
export function countsBetween(before: StatementCounts, after: StatementCounts): StatementCounts {
    const between: StatementCounts = new Map();
    for (const [sql, a] of after) {
        const b = before.get(sql) ?? { n: 0, ms: 0 };
        if (a.n > b.n) {
            between.set(sql, { n: a.n - b.n, ms: a.ms - b.ms });
        }
    }
    return between;
}

/** Adds the counts of `more` into `into`. */
export function addCounts(into: StatementCounts, more: StatementCounts): void {
    for (const [sql, m] of more) {
        const i = into.get(sql);
        into.set(sql, i ? { n: i.n + m.n, ms: i.ms + m.ms } : { ...m });
    }
}

/**
 * A statement's shape, for matching one server's statements with the other's: its column lists left out (Triflow's
 * custom fields add columns to Vendure's own reads and writes of a customer, an order line or a variant, which are
 * still the same statement), whitespace folded. `SELECT <columns> FROM` becomes `SELECT … FROM` where the list holds
 * no subquery, `INSERT INTO t (<columns>) VALUES …` becomes `INSERT INTO t …`, `UPDATE t SET <columns> WHERE`
 * becomes `UPDATE t SET … WHERE`, and a list of numbers `IN (2206, 17)` (TypeORM's relation loader writes ids into
 * the text) becomes `IN (#)`.
 */
export function statementShape(sql: string): string {
    const folded = sql.replace(/\s+/g, ' ').trim();
    return folded
        .replace(/\bSELECT (DISTINCT )?(?:(?!\bSELECT\b|\bFROM\b).)*? FROM /gi, (_, distinct?: string) =>
            distinct ? 'SELECT DISTINCT … FROM ' : 'SELECT … FROM ',
        )
        .replace(/^INSERT INTO ("[^"]+"|\S+)[\s\S]*$/i, 'INSERT INTO $1 …')
        .replace(/^UPDATE ("[^"]+"|\S+) SET (?:(?!\bWHERE\b).)*/i, 'UPDATE $1 SET … ')
        .replace(/\bIN \(\d+(?:, \d+)*\)/gi, 'IN (#)');
}

export interface StatementDifference {
    /** The statement's shape (`statementShape`), shortened to `width` characters. */
    sql: string;
    /** Per task, on the first server and on the second. */
    perTask: [number, number];
    /** ms per task in the statement, on the first server and on the second. */
    msPerTask: [number, number];
}

export interface StatementComparison {
    /** Statements per task on each server. */
    perTask: [number, number];
    /** ms per task spent in statements (better-sqlite3's own time, the database's work) on each server. */
    msPerTask: [number, number];
    /** The statements that differ most in count per task between the two (second minus first), most first. */
    differences: StatementDifference[];
}

/**
 * Compares two servers' statements over the same tasks (`tasks[i]` tasks on server i): per task in all, and the
 * `top` statements whose count per task differs most.
 */
export function compareStatements(
    counts: [StatementCounts, StatementCounts],
    tasks: [number, number],
    top = 12,
    width = 160,
): StatementComparison {
    const per = (i: 0 | 1, x: number) => (tasks[i] > 0 ? x / tasks[i] : NaN);
    const sum = (c: StatementCounts, key: 'n' | 'ms') => [...c.values()].reduce((a, v) => a + v[key], 0);
    // by shape: the same statement on both servers, whatever columns Triflow's custom fields add
    const byShape = (c: StatementCounts) => {
        const shaped: StatementCounts = new Map();
        for (const [sql, v] of c) {
            addCounts(shaped, new Map([[statementShape(sql), v]]));
        }
        return shaped;
    };
    const shaped = [byShape(counts[0]), byShape(counts[1])];
    const shapes = new Set([...shaped[0].keys(), ...shaped[1].keys()]);
    const differences = [...shapes]
        .map(shape => {
            const a = shaped[0].get(shape) ?? { n: 0, ms: 0 };
            const b = shaped[1].get(shape) ?? { n: 0, ms: 0 };
            return {
                sql: shape.slice(0, width),
                perTask: [per(0, a.n), per(1, b.n)] as [number, number],
                msPerTask: [per(0, a.ms), per(1, b.ms)] as [number, number],
            };
        })
        .filter(d => Math.abs(d.perTask[1] - d.perTask[0]) >= 0.05)
        .sort(
            (x, y) =>
                Math.abs(y.perTask[1] - y.perTask[0]) - Math.abs(x.perTask[1] - x.perTask[0]) ||
                x.sql.localeCompare(y.sql),
        )
        .slice(0, top);
    return {
        perTask: [per(0, sum(counts[0], 'n')), per(1, sum(counts[1], 'n'))],
        msPerTask: [per(0, sum(counts[0], 'ms')), per(1, sum(counts[1], 'ms'))],
        differences,
    };
}
