// ESLint 9 flat config: typescript-eslint's type-checked rules (above all no-floating-promises: a floating
// promise inside a transaction is our costliest bug), import hygiene, and the plugin boundaries of
// ARCHITECTURE.md: a plugin reaches another only through that plugin's index.ts.
import importPlugin from 'eslint-plugin-import';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import fs from 'node:fs';
import tseslint from 'typescript-eslint';

const pluginNames = fs.existsSync('plugins')
    ? fs
          .readdirSync('plugins', { withFileTypes: true })
          .filter(d => d.isDirectory())
          .map(d => d.name)
    : [];

/** For each plugin: nothing outside it may import its internals (only `plugins/<name>/index.ts`). */
const boundaryZones = pluginNames.map(name => ({
    target: [`./plugins/!(${name})/**/*`, './src/**/*', './e2e/**/*', './bench/**/*', './vendure-config.ts'],
    from: `./plugins/${name}`,
    except: ['./index.ts'],
    message: `Import plugins/${name} only through its index.ts (its events, exported services and types).`,
}));

export default tseslint.config(
    {
        ignores: [
            'node_modules/**',
            'dist/**',
            'data/**',
            'migrations/**',
            'src/gql/**',
            '**/generated-*.ts',
            'src/testing/graphql/schema-types-*.ts',
            '**/__data__/**',
            'static/**',
            'coverage/**',
        ],
    },
    ...tseslint.configs.recommendedTypeChecked,
    {
        languageOptions: {
            parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
            globals: { ...globals.node },
        },
        plugins: { import: importPlugin },
        settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
        rules: {
            '@typescript-eslint/no-floating-promises': 'error',
            '@typescript-eslint/no-misused-promises': 'error',
            '@typescript-eslint/no-explicit-any': 'error',
            '@typescript-eslint/no-unused-vars': [
                'error',
                { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
            ],
            'no-console': 'error',
            'import/no-cycle': ['error', { maxDepth: 10, ignoreExternal: true }],
            ...(boundaryZones.length
                ? { 'import/no-restricted-paths': ['error', { zones: boundaryZones }] }
                : {}),
        },
    },
    {
        // Test code drives GraphQL with loosely typed fixtures; scripts print to the console by design.
        files: ['**/*.e2e-spec.ts', '**/*.spec.ts', 'src/testing/**', 'e2e/**', 'bench/**'],
        rules: {
            '@typescript-eslint/no-unsafe-assignment': 'off',
            '@typescript-eslint/no-unsafe-member-access': 'off',
            '@typescript-eslint/unbound-method': 'off',
        },
    },
    {
        files: ['scripts/**', 'bench/**', '**/*.js', '**/*.mjs', 'codegen.ts'],
        rules: { 'no-console': 'off' },
    },
    {
        files: ['**/*.js', '**/*.mjs', '**/*.mts'],
        ...tseslint.configs.disableTypeChecked,
        languageOptions: {
            sourceType: 'commonjs',
            globals: { ...globals.node },
            parserOptions: { projectService: false, project: null },
        },
        rules: {
            ...tseslint.configs.disableTypeChecked.rules,
            '@typescript-eslint/no-require-imports': 'off',
            'no-console': 'off',
        },
    },
    {
        files: ['plugins/*/dashboard/**/*.tsx', 'plugins/*/dashboard/**/*.ts'],
        languageOptions: {
            parserOptions: { projectService: false, project: './tsconfig.dashboard.json' },
            globals: { ...globals.browser },
        },
    },
    prettier,
);
