import { INestApplicationContext } from '@nestjs/common';
import { RequestContext } from '@vendure/core';

/**
 * Demo data a plugin contributes to `npm start`. A plugin puts one in `plugins/<name>/demo/index.ts`
 * as the named export `demoSeeder`; `src/demo/seed-demo-data.ts` finds it there, so adding a plugin's demo data
 * touches no other plugin and no shared list.
 *
 * `seed` must be idempotent: it is called on every start against whatever the database holds, and must
 * create only what is missing (look rows up by code, not by id).
 */
export interface DemoSeeder {
    /** Unique name, by convention the plugin folder's name. */
    name: string;
    /** Seeders that must have run first (their `name`s). The core catalog (`catalog`) always runs first. */
    after?: string[];
    /** Logins this seeder creates, printed by `npm start` and listed in the README. */
    logins?: Array<{ label: string; login: string }>;
    seed(app: INestApplicationContext, ctx: RequestContext): Promise<void>;
}
