import { AssetServerPlugin } from '@vendure/asset-server-plugin';
import { VendureConfig } from '@vendure/core';
import { DashboardPlugin } from '@vendure/dashboard/plugin';
import {
    defaultEmailHandlers,
    EmailPlugin,
    EmailPluginDevModeOptions,
    EmailPluginOptions,
    FileBasedTemplateLoader,
} from '@vendure/email-plugin';
import { GraphiqlPlugin } from '@vendure/graphiql-plugin';
import { HardenPlugin } from '@vendure/harden-plugin';
import 'dotenv/config';
import path from 'path';

import { alertEmailHandler } from './plugins/alerts';
import { logisticsEmailHandlers } from './plugins/logistics';
import { rfqEmailHandlers } from './plugins/rfq';
import { readEnv, TriflowEnv } from './src/common/env';
import { coreConfig, infrastructurePlugins, triflowPlugins } from './src/platform-config';

// The plugin lists live in src/platform-config.ts (the e2e specs load that module without this one's packages);
// `triflowPlugins` is exported here as well, for the benchmark's bare Vendure, which leaves them out of this config.
export { triflowPlugins };

/**
 * Builds the whole configuration from environment variables (see README, "Environment"): `coreConfig` and every
 * plugin. The project root is where this file lives; compiled, that is `dist/`.
 */
export function buildConfig(env: TriflowEnv = readEnv()): VendureConfig {
    const root = __dirname;
    const projectRoot = path.basename(root) === 'dist' ? path.join(root, '..') : root;
    const isDev = !env.isProduction;
    return {
        ...coreConfig(env),
        plugins: [
            ...(isDev ? [GraphiqlPlugin.init({ route: 'graphiql' })] : []),
            AssetServerPlugin.init({
                route: 'assets',
                assetUploadDir: env.assetsDir,
                assetUrlPrefix: env.assetUrlPrefix,
            }),
            ...infrastructurePlugins(env),
            EmailPlugin.init(emailOptions(env, projectRoot)),
            DashboardPlugin.init({
                route: 'dashboard',
                appDir: path.join(projectRoot, 'dist', 'dashboard'),
            }),
            ...(env.isProduction ? [HardenPlugin.init({ maxQueryComplexity: 5000, apiMode: 'prod' })] : []),
            ...triflowPlugins(env),
        ],
    };
}

function emailOptions(env: TriflowEnv, projectRoot: string): EmailPluginOptions | EmailPluginDevModeOptions {
    const common = {
        // Vendure's own emails, then ours: RFQ (sellers reached by a request, buyers receiving a quote), logistics
        // (a shipment delivered or in trouble) and alerts.
        handlers: [
            ...defaultEmailHandlers,
            ...rfqEmailHandlers,
            ...logisticsEmailHandlers,
            alertEmailHandler,
        ],
        templateLoader: new FileBasedTemplateLoader(path.join(projectRoot, 'static', 'email', 'templates')),
        globalTemplateVars: {
            fromAddress: env.email.from,
            verifyEmailAddressUrl: `${env.storefrontUrl}/verify`,
            passwordResetUrl: `${env.storefrontUrl}/password-reset`,
            changeEmailAddressUrl: `${env.storefrontUrl}/verify-email-address-change`,
        },
    };
    if (env.email.smtpHost) {
        return {
            ...common,
            transport: {
                type: 'smtp',
                host: env.email.smtpHost,
                port: env.email.smtpPort,
                secure: env.email.smtpSecure,
                auth: env.email.smtpUser
                    ? { user: env.email.smtpUser, pass: env.email.smtpPassword }
                    : undefined,
            },
        };
    }
    if (env.isProduction) {
        // No SMTP configured: keep the emails as files rather than pretend to send them. The README says so.
        return {
            ...common,
            transport: { type: 'file', outputPath: path.join(env.dataDir, 'email', 'outbox') },
        };
    }
    return {
        ...common,
        devMode: true,
        outputPath: path.join(env.dataDir, 'email', 'test-emails'),
        route: 'mailbox',
    };
}

export const config: VendureConfig = buildConfig();
