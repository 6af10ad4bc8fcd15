import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

import { startProbedProcess } from './probe-child';
import {
    addCounts,
    compareStatements,
    countsBetween,
    readStatementCounts,
    StatementCounts,
    statementShape,
} from './statements';

const counts = (entries: Array<[string, number, number?]>): StatementCounts =>
    new Map(entries.map(([sql, n, ms]) => [sql, { n, ms: ms ?? n }]));

describe('statement counts (bench --statements)', () => {
    it('takes what ran between two readings, and sums intervals', () => {
        const before = counts([
            ['SELECT a', 5, 10],
            ['SELECT b', 2, 2],
        ]);
        const after = counts([
            ['SELECT a', 9, 18],
            ['SELECT b', 2, 2],
            ['INSERT c', 3, 6],
        ]);
        const between = countsBetween(before, after);
        expect([...between]).toEqual([
            ['SELECT a', { n: 4, ms: 8 }],
            ['INSERT c', { n: 3, ms: 6 }],
        ]);
        addCounts(between, counts([['SELECT a', 1, 1]]));
        expect(between.get('SELECT a')).toEqual({ n: 5, ms: 9 });
    });

    it('compares two servers per task, the greatest difference first', () => {
        const bare = counts([
            ['SELECT product', 20, 4],
            ['SELECT   same\n  FROM x', 10, 1],
        ]);
        const triflow = counts([
            ['SELECT product', 20, 4],
            ['SELECT   same\n  FROM x', 10, 1],
            ['SELECT price_list', 10, 2],
            ['SELECT dealer', 30, 3],
        ]);
        const c = compareStatements([bare, triflow], [10, 10]);
        expect(c.perTask).toEqual([3, 7]);
        expect(c.msPerTask).toEqual([0.5, 1]);
        // equal counts are not differences; whitespace is folded for reading
        expect(c.differences).toEqual([
            { sql: 'SELECT dealer', perTask: [0, 3], msPerTask: [0, 0.3] },
            { sql: 'SELECT price_list', perTask: [0, 1], msPerTask: [0, 0.2] },
        ]);
    });

    it('matches a statement whose column lists differ (custom fields) by its shape', () => {
        expect(
            statementShape(
                'SELECT "c"."id" AS "c_id", "c"."customFieldsLanguage" AS "x"\n  FROM "customer" "c" WHERE "c"."id" = ?',
            ),
        ).toBe('SELECT … FROM "customer" "c" WHERE "c"."id" = ?');
        // a subquery in the column list keeps the outer list; the inner one is shaped
        expect(
            statementShape(
                'SELECT DISTINCT "a"."id" FROM (SELECT "v"."id", "v"."sku" FROM "variant" "v") "a" WHERE x IN (SELECT "y" FROM "t")',
            ),
        ).toBe('SELECT DISTINCT … FROM (SELECT … FROM "variant" "v") "a" WHERE x IN (SELECT … FROM "t")');
        expect(
            statementShape(
                'SELECT "v"."id", (SELECT MIN("o"."price") FROM "offer" "o") AS "p" FROM "variant" "v"',
            ),
        ).toBe('SELECT "v"."id", (SELECT … FROM "offer" "o") AS "p" FROM "variant" "v"');
        expect(statementShape('INSERT INTO "order_line"("a", "b") VALUES (?, ?)')).toBe(
            'INSERT INTO "order_line" …',
        );
        expect(statementShape('UPDATE "order" SET "a" = ?, "b" = ? WHERE "id" IN (?)')).toBe(
            'UPDATE "order" SET … WHERE "id" IN (?)',
        );
        // TypeORM's relation loader writes numeric ids into the text: one statement whatever the ids
        expect(
            statementShape('SELECT "s"."id" FROM "shipping_line" "s" WHERE "s"."orderId" IN (2206, 17)'),
        ).toBe('SELECT … FROM "shipping_line" "s" WHERE "s"."orderId" IN (#)');
        const c = compareStatements(
            [
                counts([['SELECT "c"."id" FROM "customer" "c"', 4]]),
                counts([['SELECT "c"."id", "c"."lang" FROM "customer" "c"', 4]]),
            ],
            [2, 2],
        );
        expect(c.differences).toEqual([]);
    });

    it('counts the statements a process runs through better-sqlite3, read with SIGWINCH', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statements-'));
        const file = path.join(dir, 'counts.json');
        const script = [
            "const Database = require('better-sqlite3');",
            "const db = new Database(':memory:');",
            "db.prepare('CREATE TABLE t (x INTEGER)').run();",
            "const insert = db.prepare('INSERT INTO t (x) VALUES (?)');",
            'for (let i = 0; i < 7; i++) insert.run(i);',
            "db.prepare('SELECT COUNT(*) AS n FROM t').get();",
            "process.stdout.write('ready\\n');",
            'setInterval(() => {}, 1000);',
        ];
        const child = await startProbedProcess(
            'statement-counter.ts',
            { BENCH_STATEMENTS_FILE: file },
            script,
        );
        try {
            const first = await readStatementCounts(child.pid, file);
            expect(first?.get('INSERT INTO t (x) VALUES (?)')?.n).toBe(7);
            expect(first?.get('SELECT COUNT(*) AS n FROM t')?.n).toBe(1);
            expect(first?.get('CREATE TABLE t (x INTEGER)')?.n).toBe(1);
            // a second reading is a fresh one, not the file of the first
            const second = await readStatementCounts(child.pid, file);
            expect(second && countsBetween(first as StatementCounts, second).size).toBe(0);
        } finally {
            child.kill('SIGKILL');
            fs.rmSync(dir, { recursive: true, force: true });
        }
    }, 30_000);

    it('gives null for a process that does not count', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statements-'));
        const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
        try {
            // SIGWINCH is ignored by default: the process goes on, and writes nothing
            expect(await readStatementCounts(child.pid, path.join(dir, 'none.json'), 300)).toBeNull();
            expect(child.exitCode).toBeNull();
        } finally {
            child.kill('SIGKILL');
            fs.rmSync(dir, { recursive: true, force: true });
        }
    }, 30_000);
});
