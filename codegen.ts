import type { CodegenConfig } from '@graphql-codegen/cli';
import fs from 'fs';
import path from 'path';

/**
 * Typed documents for the e2e specs. Every folder with `graphql/admin/*.graphql` or `graphql/shop/*.graphql`
 * (the shared kit, the cross-plugin journeys, each plugin's `e2e/`) gets `graphql/generated-<api>.ts`,
 * checked against `schema-<api>.graphql` (`npm run schema`).
 */
const roots = [
    'src/testing',
    'e2e',
    ...(fs.existsSync('plugins') ? fs.readdirSync('plugins', { withFileTypes: true }) : [])
        .filter(d => d.isDirectory())
        .map(d => path.join('plugins', d.name, 'e2e')),
];

const generates: CodegenConfig['generates'] = {};
for (const root of roots) {
    for (const api of ['admin', 'shop'] as const) {
        const docs = path.join(root, 'graphql', api);
        if (fs.existsSync(docs) && fs.readdirSync(docs).some(f => f.endsWith('.graphql'))) {
            generates[path.join(root, 'graphql', `generated-${api}.ts`)] = {
                schema: `schema-${api}.graphql`,
                documents: path.join(docs, '*.graphql'),
                plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
            };
        }
    }
}

const config: CodegenConfig = {
    overwrite: true,
    config: {
        onlyOperationTypes: true,
        preResolveTypes: true,
        enumsAsTypes: true,
        avoidOptionals: false,
        scalars: { ID: 'string', Money: 'number', DateTime: 'string', JSON: 'any', Upload: 'any' },
    },
    generates,
    hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
