import { Injector, RequestContext } from '@vendure/core';

/** A label in several languages; the entry for the request's language is shown, else English, else the first. */
export type AudienceLabel = { en: string } & { [languageCode: string]: string | undefined };

/** How an editor picks the value of an audience in the Dashboard. */
export type ArticleAudienceValueKind =
    /** The type alone is the audience (everyone, logged-in customers); no value. */
    | 'none'
    /** One value from a list the type offers (`options`), such as a customer group or a company. */
    | 'select'
    /** A code typed by the editor, with suggestions from `options`, such as a dealer tier. */
    | 'code';

/** A value an editor can choose, with its label. */
export interface ArticleAudienceOption {
    value: string;
    label: string;
}

/**
 * A kind of audience an article can be shown to. The portal ships `public`, `customer` (logged-in customers) and
 * `customer-group`, adds `dealer-tier` and `dealer-company` when the B2B plugin is installed, and any plugin can
 * register more through `ArticleAudienceRegistry.register()` (or `PortalPluginOptions.audienceTypes`).
 *
 * A reader sees an article when, for one of its audiences, `viewerValues()` of that audience's type contains the
 * audience's value. `viewerValues()` runs once per request and type, on the shop API, for the logged-in customer
 * (or the anonymous visitor); it must use `ctx` for every query and return `[]` when the visitor does not belong.
 *
 * @example
 * ```ts
 * export const sellerAudienceType: ArticleAudienceType = {
 *     code: 'seller',
 *     label: { en: 'Sellers', zh_Hans: '卖家' },
 *     valueKind: 'select',
 *     init(injector) { this.sellers = injector.get(SellerMembershipService); },
 *     async viewerValues(ctx) { const s = await this.sellers.getActiveSeller(ctx); return s ? [String(s.id)] : []; },
 *     async options(ctx, term) { ... },
 * };
 * ```
 */
export interface ArticleAudienceType {
    /** Unique code (lower-case letters, digits and dashes), stored with each audience of this type. */
    readonly code: string;
    /** Name shown to editors. */
    readonly label: AudienceLabel;
    /** What it means, for editors. */
    readonly description?: AudienceLabel;
    /** How the value is picked; `none` types store an empty value. */
    readonly valueKind: ArticleAudienceValueKind;
    /** Called once when the type is registered: get the services it needs from the injector. */
    init?(injector: Injector): void | Promise<void>;
    /**
     * The values of this type the current visitor holds: `['']` for a `none` type the visitor belongs to, the
     * visitor's group ids, tier codes, company ids…; `[]` when none.
     */
    viewerValues(ctx: RequestContext): Promise<string[]>;
    /**
     * Checks and normalises a value an editor chose (trim, lower-case a code, check that an id exists in the
     * channel) and returns what is stored. Throw `UserInputError` (or `EntityNotFoundError`) for a bad value.
     */
    normalizeValue?(ctx: RequestContext, value: string): Promise<string>;
    /** Choices for the editor's combobox, filtered by a search term. */
    options?(ctx: RequestContext, term: string | undefined, take: number): Promise<ArticleAudienceOption[]>;
    /** The label of a stored value (a group's or company's name), for the editor and lists. */
    labelForValue?(ctx: RequestContext, value: string): Promise<string | undefined>;
}

/** The label in the request's language, else English. */
export function localizedLabel(label: AudienceLabel, languageCode: string): string {
    return (label as Record<string, string | undefined>)[languageCode] ?? label.en;
}
