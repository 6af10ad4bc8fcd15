import { INestApplicationContext } from '@nestjs/common';
import { LanguageCode } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import { Logger, Product, RequestContext, TransactionalConnection } from '@vendure/core';

import { PORTAL_PLUGIN_OPTIONS, loggerCtx } from '../constants';
import { ArticleTranslation } from '../entities/article-translation.entity';
import { ArticleAudienceService } from '../services/article-audience.service';
import { ArticleService } from '../services/article.service';
import { ArticleWorkflowService } from '../services/article-workflow.service';
import { TopicService } from '../services/topic.service';
import { ResolvedPortalPluginOptions } from '../types';

interface DemoTopic {
    slug: string;
    en: string;
    zh: string;
    description: { en: string; zh: string };
}

/** The four topic groups of the demo portal. */
export const DEMO_TOPICS: DemoTopic[] = [
    {
        slug: 'company-news',
        en: 'Company news',
        zh: '公司新闻',
        description: { en: 'News from across the group', zh: '集团各单位的最新动态' },
    },
    {
        slug: 'market-information',
        en: 'Market information',
        zh: '市场信息',
        description: { en: 'Prices, demand and trends in our markets', zh: '市场价格、需求与趋势' },
    },
    {
        slug: 'dealer-policies',
        en: 'Dealer policies',
        zh: '渠道政策',
        description: {
            en: 'Terms, rebates and programmes for our dealers',
            zh: '面向经销商的条款、返利与计划',
        },
    },
    {
        slug: 'supplier-notices',
        en: 'Supplier notices',
        zh: '供应商公告',
        description: { en: 'Notices for the suppliers of the group', zh: '面向集团供应商的公告' },
    },
];

interface DemoArticle {
    slug: string;
    topic: string;
    en: { title: string; summary: string; body: string };
    zh: { title: string; summary: string; body: string };
    tags: string[];
    /**
     * Audience: everyone unless given; `gold` is the Gold dealer tier (customers when B2B is not installed);
     * `sellers` the staff of every approved marketplace seller (left out when the marketplace is not installed).
     */
    audience?: 'customer' | 'gold' | 'dealers' | 'sellers';
    relatedProductSlug?: string;
    /** Days from now until a scheduled publication. */
    scheduledInDays?: number;
}

const ARTICLES: DemoArticle[] = [
    {
        slug: 'east-china-logistics-hub-opens',
        topic: 'company-news',
        tags: ['logistics', 'east-china'],
        en: {
            title: 'Triflow Group opens its East China logistics hub',
            summary:
                'The new hub in Suzhou cuts delivery times to our dealers in the Yangtze River Delta to one day.',
            body: '<h2>Next-day delivery across the delta</h2><p>The 40,000 m² hub in Suzhou serves more than 300 dealers in Jiangsu, Zhejiang and Shanghai.</p><ul><li>Automated picking for 20,000 SKUs</li><li>Cross-docking for supplier deliveries</li></ul>',
        },
        zh: {
            title: '三流集团华东物流中心正式启用',
            summary: '位于苏州的新物流中心将长三角经销商的配送时间缩短至一天。',
            body: '<h2>长三角次日达</h2><p>苏州物流中心占地四万平方米，服务江苏、浙江和上海的三百多家经销商。</p><ul><li>两万个品项自动拣选</li><li>供应商来货越库作业</li></ul>',
        },
    },
    {
        slug: 'dealer-conference-2026',
        topic: 'company-news',
        tags: ['events'],
        audience: 'customer',
        en: {
            title: 'Registration open: 2026 annual partner conference',
            summary: 'Join us in Hangzhou on 18–19 March for product previews and the new partner programme.',
            body: '<p>Registered customers can sign up for the conference in the customer area. Places are limited to two per company.</p>',
        },
        zh: {
            title: '2026年度合作伙伴大会开始报名',
            summary: '3月18日至19日相约杭州，抢先了解新品与全新合作伙伴计划。',
            body: '<p>注册客户可在客户专区报名参会，每家公司限两个名额。</p>',
        },
    },
    {
        slug: 'laptop-market-outlook-q1',
        topic: 'market-information',
        tags: ['laptops', 'outlook'],
        relatedProductSlug: 'laptop',
        en: {
            title: 'Laptop market outlook for the first quarter',
            summary: 'Business demand for laptops stays strong while memory prices rise.',
            body: '<p>Corporate refresh cycles keep laptop demand high in the first quarter. Rising memory prices are expected to lift list prices by 3–5 %.</p>',
        },
        zh: {
            title: '第一季度笔记本电脑市场展望',
            summary: '企业采购需求保持强劲，内存价格上涨。',
            body: '<p>企业换机周期使第一季度笔记本电脑市场需求保持高位。内存价格上涨预计将带动标价上调百分之三至五。</p>',
        },
    },
    {
        slug: 'gold-dealer-rebate-2026',
        topic: 'dealer-policies',
        tags: ['rebates', 'gold'],
        audience: 'gold',
        en: {
            title: 'Gold dealer rebate programme 2026',
            summary: 'Quarterly volume rebates of up to 4 % for Gold dealers.',
            body: '<p>Gold dealers earn a quarterly rebate on net purchases: 2 % from ¥1M, 3 % from ¥3M and 4 % from ¥5M. Rebates are credited to the dealer credit account.</p>',
        },
        zh: {
            title: '2026年金牌经销商返利计划',
            summary: '金牌经销商可享受最高百分之四的季度销量返利。',
            body: '<p>金牌经销商按季度净采购额获得返利：满一百万返百分之二，满三百万返百分之三，满五百万返百分之四。返利计入经销商信用账户。</p>',
        },
    },
    {
        slug: 'channel-pricing-policy-update',
        topic: 'dealer-policies',
        tags: ['pricing'],
        audience: 'dealers',
        en: {
            title: 'Channel pricing policy update',
            summary: 'Minimum advertised prices apply to all dealers from 1 April.',
            body: '<p>From 1 April, dealers may not advertise below the minimum advertised price (MAP) published in the dealer price lists.</p>',
        },
        zh: {
            title: '渠道价格政策调整',
            summary: '自4月1日起，所有经销商须遵守最低广告价格。',
            body: '<p>自4月1日起，经销商的广告价格不得低于经销商价格表中公布的最低广告价格。</p>',
        },
    },
    {
        slug: 'seller-payout-calendar-2026',
        topic: 'supplier-notices',
        tags: ['payouts', 'sellers'],
        audience: 'sellers',
        en: {
            title: 'Marketplace sellers: payout calendar for 2026',
            summary: 'Payouts run on the 5th and the 20th of each month; statements are in your Dashboard.',
            body: '<p>Seller payouts for settled orders are batched twice a month, on the 5th and the 20th, and transferred within two working days. Download your statement from <strong>Payouts</strong> in the Dashboard. Commission rates are unchanged for 2026.</p>',
        },
        zh: {
            title: '市场卖家：2026年结算日历',
            summary: '每月5日和20日结算打款，对账单可在管理后台查看。',
            body: '<p>已结算订单的卖家货款每月分两批结算（5日和20日），并在两个工作日内转账。请在管理后台的<strong>结算</strong>页面下载对账单。2026年佣金费率保持不变。</p>',
        },
    },
    {
        slug: 'supplier-quality-requirements',
        topic: 'supplier-notices',
        tags: ['quality', 'suppliers'],
        scheduledInDays: 7,
        en: {
            title: 'Supplier onboarding: new quality requirements',
            summary: 'From next week, new suppliers need ISO 9001 certification.',
            body: '<p>All new suppliers must present a valid ISO 9001 certificate and pass an on-site audit before their first delivery.</p>',
        },
        zh: {
            title: '供应商准入：新的质量要求',
            summary: '自下周起，新供应商须通过ISO 9001认证。',
            body: '<p>所有新供应商在首次交货前须出示有效的ISO 9001证书并通过现场审核。</p>',
        },
    },
];

/**
 * The demo portal: four topics in English and Chinese and seven bilingual articles — public news, one for
 * logged-in customers, one for Gold dealers only, one for all dealers, one for marketplace sellers (when the
 * marketplace is installed; they read it in the Dashboard's Notices), and one scheduled a week ahead.
 * Idempotent by slug.
 */
export async function seedArticleDemo(app: INestApplicationContext, ctx: RequestContext): Promise<void> {
    const topicService = app.get(TopicService);
    const articleService = app.get(ArticleService);
    const workflow = app.get(ArticleWorkflowService);
    const audiences = app.get(ArticleAudienceService);
    const connection = app.get(TransactionalConnection);
    const options = app.get<symbol, ResolvedPortalPluginOptions>(PORTAL_PLUGIN_OPTIONS);
    const withDealers = !!audiences.getType('dealer-tier');
    const withSellers = !!audiences.getType('sellers');

    const topicIds = new Map<string, ID>();
    for (const t of DEMO_TOPICS) {
        const existing = await topicService.findBySlug(ctx, t.slug);
        const topic =
            existing ??
            (await topicService.create(ctx, {
                translations: [
                    {
                        languageCode: LanguageCode.en,
                        name: t.en,
                        slug: t.slug,
                        description: t.description.en,
                    },
                    { languageCode: LanguageCode.zh_Hans, name: t.zh, description: t.description.zh },
                ],
            }));
        topicIds.set(t.slug, topic.id);
    }

    let created = 0;
    for (const a of ARTICLES) {
        if (a.audience === 'sellers' && !withSellers) {
            continue;
        }
        const exists = await connection
            .getRepository(ctx, ArticleTranslation)
            .count({ where: { slug: a.slug, languageCode: LanguageCode.en } });
        if (exists) {
            continue;
        }
        const related = a.relatedProductSlug
            ? await connection
                  .getRepository(ctx, Product)
                  .findOne({ where: { translations: { slug: a.relatedProductSlug } } })
            : null;
        const article = await articleService.create(ctx, {
            translations: [
                { languageCode: LanguageCode.en, slug: a.slug, ...a.en },
                { languageCode: LanguageCode.zh_Hans, ...a.zh },
            ],
            authorName: '集团品牌部 Group Communications',
            topicIds: [topicIds.get(a.topic) as ID],
            tags: a.tags,
            relatedProductIds: related ? [related.id] : [],
            featuredAssetId: related?.featuredAssetId ?? undefined,
            audiences: audienceOf(a.audience, withDealers),
        });
        await workflow.submitForReview(ctx, article.id);
        await workflow.approve(ctx, article.id, 'Demo content');
        const publishAt = a.scheduledInDays
            ? new Date(options.clock.now().getTime() + a.scheduledInDays * 24 * 3600 * 1000)
            : null;
        await workflow.publish(ctx, { id: article.id, publishAt });
        created++;
    }
    if (created) {
        Logger.info(`Seeded ${created} portal articles`, loggerCtx);
    }
}

function audienceOf(
    audience: DemoArticle['audience'],
    withDealers: boolean,
): Array<{ type: string; value?: string }> {
    switch (audience) {
        case 'customer':
            return [{ type: 'customer' }];
        case 'sellers':
            return [{ type: 'sellers' }];
        case 'gold':
            return withDealers ? [{ type: 'dealer-tier', value: 'gold' }] : [{ type: 'customer' }];
        case 'dealers':
            return withDealers
                ? [
                      { type: 'dealer-tier', value: 'gold' },
                      { type: 'dealer-tier', value: 'silver' },
                  ]
                : [{ type: 'customer' }];
        default:
            return [];
    }
}
