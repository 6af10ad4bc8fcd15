import { ArticleAudienceType } from './config/article-audience-type';
import { ArticleHtmlSanitizer, DefaultArticleHtmlSanitizer } from './config/article-html-sanitizer';
import { PortalClock, SystemPortalClock } from './config/portal-clock';

/**
 * Options of the {@link PortalPlugin}, passed to `PortalPlugin.init()`. What editors decide per article (topics,
 * audiences, schedule) lives on the articles; these are developer-level switches.
 */
export interface PortalPluginOptions {
    /**
     * The storefront's canonical URL of an article, exposed as `Article.url`. Placeholders: `:slug` (in the
     * request's language), `:id`, `:topic` (slug of the article's first topic, or `articles`) and
     * `:languageCode`. May be a path or an absolute URL.
     *
     * @default '/news/:slug'
     */
    articleUrlPattern?: string;
    /**
     * Whether publishing needs a reviewer's approval of the current content (`approveArticle`). When false,
     * anyone with `PublishArticle` publishes any draft directly.
     *
     * @default true
     */
    requireApproval?: boolean;
    /**
     * Cron expression of the scheduled task `portal-article-schedule` (runs on the worker): completes scheduled
     * publications whose time has come and takes expired articles offline. Readers see a scheduled article
     * from its publish time and stop seeing it at its unpublish time to the second, whenever the task runs.
     *
     * @default '* * * * *' (every minute)
     */
    scheduleCron?: string;
    /**
     * The time source of publishing, the schedule task and the shop's visibility filter. Tests pass a
     * `ManualPortalClock` to move time.
     *
     * @default new SystemPortalClock()
     */
    clock?: PortalClock;
    /**
     * Cleans article bodies on every save; script never survives it.
     *
     * @default new DefaultArticleHtmlSanitizer()
     */
    htmlSanitizer?: ArticleHtmlSanitizer;
    /**
     * More audience types, registered at bootstrap after the built-in ones (see `ArticleAudienceType`).
     *
     * @default []
     */
    audienceTypes?: ArticleAudienceType[];
    /**
     * The longest body accepted, in characters (after sanitising).
     *
     * @default 500000
     */
    maxBodyLength?: number;
}

/** {@link PortalPluginOptions} with every default applied. */
export type ResolvedPortalPluginOptions = Required<PortalPluginOptions>;

export const defaultPortalPluginOptions: ResolvedPortalPluginOptions = {
    articleUrlPattern: '/news/:slug',
    requireApproval: true,
    scheduleCron: '* * * * *',
    clock: new SystemPortalClock(),
    htmlSanitizer: new DefaultArticleHtmlSanitizer(),
    audienceTypes: [],
    maxBodyLength: 500_000,
};
