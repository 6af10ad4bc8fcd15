import fs from 'fs';
import path from 'path';

import { DemoSeeder } from '../../../src/demo/demo-seeder';

import { seedArticleDemo } from './article-demo';

/**
 * The portal demo: topics and bilingual articles (article-demo.ts). It runs after the B2B demo when that plugin
 * is there, so that the Gold-dealer article has its dealers.
 */
export const demoSeeder: DemoSeeder = {
    name: 'portal',
    after: fs.existsSync(path.join(__dirname, '..', '..', 'b2b', 'demo')) ? ['b2b'] : [],
    seed: (app, ctx) => seedArticleDemo(app, ctx),
};
