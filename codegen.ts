import type { CodegenConfig } from '@graphql-codegen/cli';
import fs from 'fs';
import path from 'path';

/**
 * Typed documents for the e2e specs, checked against `schema-<api>.graphql` (`npm run schema`).
 *
 * The schema's input types, enums and scalars are written once per API to
 * `src/testing/graphql/schema-types-<api>.ts`; every folder with `graphql/admin/*.graphql` or
 * `graphql/shop/*.graphql` (the shared kit, the cross-plugin journeys, each plugin's `e2e/`) gets
 * `graphql/generated-<api>.ts` holding only its own operations, importing those shared types.
 */
const roots = [
    'src/testing',
    'e2e',
    ...(fs.existsSync('plugins') ? fs.readdirSync('plugins', { withFileTypes: true }) : [])
        .filter(d => d.isDirectory())
        .map(d => path.join('plugins', d.name, 'e2e')),
];

const sharedTypesDir = path.join('src', 'testing', 'graphql');

const generates: CodegenConfig['generates'] = {};
for (const api of ['admin', 'shop'] as const) {
    const sharedTypes = path.join(sharedTypesDir, `schema-types-${api}.ts`);
    generates[sharedTypes] = { schema: `schema-${api}.graphql`, plugins: ['typescript'] };
    for (const root of roots) {
        const docs = path.join(root, 'graphql', api);
        if (fs.existsSync(docs) && fs.readdirSync(docs).some(f => f.endsWith('.graphql'))) {
            const outDir = path.join(root, 'graphql');
            const typesPath = path.relative(outDir, sharedTypes).replace(/\.ts$/, '');
            generates[path.join(outDir, `generated-${api}.ts`)] = {
                schema: `schema-${api}.graphql`,
                documents: path.join(docs, '*.graphql'),
                preset: 'import-types',
                presetConfig: { typesPath: typesPath.startsWith('.') ? typesPath : `./${typesPath}` },
                plugins: ['typescript-operations', 'typed-document-node'],
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
