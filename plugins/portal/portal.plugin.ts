import { OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Logger, PluginCommonModule, Type, VendurePlugin } from '@vendure/core';
import { concatAST } from 'graphql';

import { OperationHooksModule } from '../../src/common/operation-hooks';

import {
    ArticleAdminEntityResolver,
    ArticleAdminResolver,
    ArticleCommonEntityResolver,
    ArticleRevisionChangeEntityResolver,
    ArticleRevisionEntityResolver,
    ArticleWorkflowResultResolver,
} from './api/article-admin.resolver';
import { articleAdminApiExtensions, articleShopApiExtensions } from './api/article-api-extensions';
import {
    ArticleShopEntityResolver,
    ArticleShopResolver,
    ProductArticlesShopResolver,
} from './api/article-shop.resolver';
import { MoveTopicResultResolver, TopicAdminResolver, TopicEntityResolver } from './api/topic-admin.resolver';
import { topicAdminApiExtensions, topicShopApiExtensions } from './api/topic-api-extensions';
import { TopicShopResolver } from './api/topic-shop.resolver';
import {
    ArticleReaderAdminResolver,
    ReadableArticleEntityResolver,
} from './api/article-reader-admin.resolver';
import { articleScheduleTask } from './config/article-schedule-task';
import { B2B_AUDIENCE_DEPENDENCY, b2bAudienceTypes } from './config/b2b-audience-types';
import { SELLER_AUDIENCE_DEPENDENCY, sellerAudienceTypes } from './config/seller-audience-types';
import {
    ArticlePermission,
    loggerCtx,
    PORTAL_PLUGIN_OPTIONS,
    PublishArticlePermission,
    ReviewArticlePermission,
    TopicPermission,
} from './constants';
import { Article } from './entities/article.entity';
import { ArticleAsset } from './entities/article-asset.entity';
import { ArticleAudience } from './entities/article-audience.entity';
import { ArticleRevision } from './entities/article-revision.entity';
import { ArticleSearchToken } from './entities/article-search-token.entity';
import { ArticleTranslation } from './entities/article-translation.entity';
import { Topic } from './entities/topic.entity';
import { TopicTranslation } from './entities/topic-translation.entity';
import { ArticleAudienceService } from './services/article-audience.service';
import { ArticleReaderService } from './services/article-reader.service';
import { ArticleRelationsService } from './services/article-relations.service';
import { ArticleRevisionService } from './services/article-revision.service';
import { ArticleSearchService } from './services/article-search.service';
import { ArticleService } from './services/article.service';
import { ArticleWorkflowService } from './services/article-workflow.service';
import { TopicService } from './services/topic.service';
import { defaultPortalPluginOptions, PortalPluginOptions, ResolvedPortalPluginOptions } from './types';

/*
 * The plugin is assembled from these lists; each area (topics, articles, workflow, audiences, search) adds its
 * own lines.
 */
const entities: Array<Type<unknown>> = [
    Topic,
    TopicTranslation,
    Article,
    ArticleTranslation,
    ArticleAsset,
    ArticleAudience,
    ArticleRevision,
    ArticleSearchToken,
];

const providers: Array<Type<unknown>> = [
    TopicService,
    ArticleAudienceService,
    ArticleRevisionService,
    ArticleSearchService,
    ArticleService,
    ArticleRelationsService,
    ArticleWorkflowService,
    ArticleReaderService,
];

const adminSchemas = [topicAdminApiExtensions, articleAdminApiExtensions];

const adminResolvers: Array<Type<unknown>> = [
    TopicAdminResolver,
    TopicEntityResolver,
    MoveTopicResultResolver,
    ArticleAdminResolver,
    ArticleAdminEntityResolver,
    ArticleCommonEntityResolver,
    ArticleRevisionEntityResolver,
    ArticleRevisionChangeEntityResolver,
    ArticleWorkflowResultResolver,
    ArticleReaderAdminResolver,
    ReadableArticleEntityResolver,
];

const shopSchemas = [topicShopApiExtensions, articleShopApiExtensions];

const shopResolvers: Array<Type<unknown>> = [
    TopicShopResolver,
    TopicEntityResolver,
    ArticleShopResolver,
    ArticleShopEntityResolver,
    ArticleCommonEntityResolver,
    ProductArticlesShopResolver,
];

const permissions = [ArticlePermission, ReviewArticlePermission, PublishArticlePermission, TopicPermission];

/**
 * The group's information portal: articles in a tree of topics, in several languages, with an editorial workflow
 * (draft → in review → published → archived, separate permissions to write, review and publish), a revision
 * history with restore, scheduled publishing, audiences (everyone, logged-in customers, customer groups, dealer
 * tiers and companies when the B2B plugin is installed, and whatever other plugins register) and full-text
 * search that finds Chinese words as well as English ones.
 *
 * @example
 * ```ts
 * plugins: [PortalPlugin.init({ articleUrlPattern: '/news/:slug' })]
 * ```
 */
@VendurePlugin({
    imports: [PluginCommonModule, OperationHooksModule],
    entities: () => entities,
    providers: [{ provide: PORTAL_PLUGIN_OPTIONS, useFactory: () => PortalPlugin.options }, ...providers],
    exports: [
        ArticleService,
        ArticleWorkflowService,
        ArticleReaderService,
        ArticleAudienceService,
        TopicService,
    ],
    adminApiExtensions: {
        schema: () => concatAST(adminSchemas),
        resolvers: () => adminResolvers,
    },
    shopApiExtensions: {
        schema: () => concatAST(shopSchemas),
        resolvers: () => shopResolvers,
    },
    configuration: config => {
        config.authOptions.customPermissions.push(...permissions);
        config.schedulerOptions.tasks.push(articleScheduleTask(PortalPlugin.options.scheduleCron));
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class PortalPlugin implements OnApplicationBootstrap {
    static options: ResolvedPortalPluginOptions = defaultPortalPluginOptions;

    constructor(
        private moduleRef: ModuleRef,
        private audienceService: ArticleAudienceService,
    ) {}

    /** Registers the plugin; see {@link PortalPluginOptions} for the options and their defaults. */
    static init(options: PortalPluginOptions = {}): Type<PortalPlugin> {
        const resolved: ResolvedPortalPluginOptions = {
            ...defaultPortalPluginOptions,
            ...(Object.fromEntries(
                Object.entries(options).filter(([, v]) => v !== undefined),
            ) as Partial<ResolvedPortalPluginOptions>),
        };
        const pattern: unknown = resolved.articleUrlPattern;
        if (typeof pattern !== 'string' || !/:(slug|id)\b/.test(pattern)) {
            throw new Error(
                `PortalPlugin: articleUrlPattern must contain ":slug" or ":id", got ${String(options.articleUrlPattern)}`,
            );
        }
        if (typeof resolved.clock?.now !== 'function') {
            throw new Error('PortalPlugin: clock must have a now() method');
        }
        if (typeof resolved.htmlSanitizer?.sanitize !== 'function') {
            throw new Error('PortalPlugin: htmlSanitizer must have a sanitize(html) method');
        }
        if (!Number.isInteger(resolved.maxBodyLength) || resolved.maxBodyLength < 1) {
            throw new Error(
                `PortalPlugin: maxBodyLength must be a positive whole number, got ${String(options.maxBodyLength)}`,
            );
        }
        this.options = resolved;
        return PortalPlugin;
    }

    /** @internal */
    async onApplicationBootstrap(): Promise<void> {
        await this.audienceService.registerCoreTypes();
        if (this.isInstalled(B2B_AUDIENCE_DEPENDENCY)) {
            for (const type of b2bAudienceTypes()) {
                await this.audienceService.register(type);
            }
        } else {
            Logger.info('B2bPlugin is not installed: dealer audiences are not available', loggerCtx);
        }
        if (this.isInstalled(SELLER_AUDIENCE_DEPENDENCY)) {
            for (const type of sellerAudienceTypes()) {
                await this.audienceService.register(type);
            }
        } else {
            Logger.info('MarketplacePlugin is not installed: seller audiences are not available', loggerCtx);
        }
        for (const type of PortalPlugin.options.audienceTypes) {
            await this.audienceService.register(type);
        }
    }

    private isInstalled(provider: Type<unknown>): boolean {
        try {
            return !!this.moduleRef.get(provider, { strict: false });
        } catch {
            return false;
        }
    }
}
