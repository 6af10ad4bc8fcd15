import { vendureDashboardPlugin } from '@vendure/dashboard/vite';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import { defineConfig } from 'vite';

// The Dashboard: Vendure's React admin app plus every plugin's `dashboard/index.tsx`, found through the config.
export default defineConfig({
    base: '/dashboard',
    build: {
        outDir: join(__dirname, 'dist/dashboard'),
    },
    plugins: [
        vendureDashboardPlugin({
            vendureConfigPath: pathToFileURL('./vendure-config.ts'),
            // Built for production, the Dashboard talks to whichever server serves it.
            api:
                process.env.NODE_ENV === 'development'
                    ? { host: 'http://localhost', port: Number(process.env.PORT ?? 3000) }
                    : { host: 'auto', port: 'auto' },
            gqlOutputPath: './src/gql',
        }),
    ],
    resolve: {
        alias: {
            '@/gql': resolve(__dirname, './src/gql/graphql.ts'),
        },
    },
});
