import { LogicalOperator } from '@vendure/common/lib/generated-types';
import { Injector, RequestContext, UserInputError } from '@vendure/core';

import { CompanyService, CompanyStatus } from '../../b2b';

import { ArticleAudienceOption, ArticleAudienceType } from './article-audience-type';
import { EntityIdCodec, entityIdCodec } from './entity-id-codec';

/*
 * Audiences of dealer companies. They use only the B2B plugin's public surface (`CompanyService` from its
 * index.ts) and are registered by the portal at bootstrap only when that service exists, i.e. when B2bPlugin is
 * installed; without it the portal runs with the core audiences alone, and articles targeted at dealers stay
 * hidden from everyone (no reader holds those audience keys).
 */

/** Tier codes are stored the way the B2B plugin stores them: trimmed and lower-case. */
function normalizeTier(value: string): string {
    const tier = value.trim().toLowerCase();
    if (!/^[\p{L}\p{N}][\p{L}\p{N}_.-]{0,63}$/u.test(tier)) {
        throw new UserInputError(`"${value}" is not a tier code (letters, digits, "-", "_" or ".")`);
    }
    return tier;
}

class DealerTierAudienceType implements ArticleAudienceType {
    readonly code = 'dealer-tier';
    readonly label = { en: 'Dealers of a tier', zh_Hans: '某级别的经销商' };
    readonly description = {
        en: 'Members of active dealer companies of this tier (e.g. gold)',
        zh_Hans: '该级别（如 gold 金牌）在营经销商公司的成员',
    };
    readonly valueKind = 'code' as const;
    private companies: CompanyService;

    init(injector: Injector): void {
        this.companies = injector.get(CompanyService);
    }

    async viewerValues(ctx: RequestContext): Promise<string[]> {
        const membership = await this.companies.getActiveMembership(ctx);
        const company = membership?.company;
        if (!company || company.status === CompanyStatus.Closed || !company.tier) {
            return [];
        }
        return [company.tier.toLowerCase()];
    }

    normalizeValue(_ctx: RequestContext, value: string): Promise<string> {
        return Promise.resolve(normalizeTier(value));
    }

    async options(ctx: RequestContext, term: string | undefined): Promise<ArticleAudienceOption[]> {
        const { items } = await this.companies.findAll(ctx, { take: 1000 }, []);
        const tiers = [...new Set(items.map(c => c.tier).filter((t): t is string => !!t))].sort();
        const needle = term?.trim().toLowerCase();
        return tiers.filter(t => !needle || t.includes(needle)).map(t => ({ value: t, label: t }));
    }

    labelForValue(_ctx: RequestContext, value: string): Promise<string | undefined> {
        return Promise.resolve(value);
    }
}

class DealerCompanyAudienceType implements ArticleAudienceType {
    readonly code = 'dealer-company';
    readonly label = { en: 'Dealer company', zh_Hans: '指定经销商公司' };
    readonly description = {
        en: 'Members of this dealer company (not of its sub-companies)',
        zh_Hans: '该经销商公司的成员（不含其下级公司）',
    };
    readonly valueKind = 'select' as const;
    private companies: CompanyService;
    private ids: EntityIdCodec;

    init(injector: Injector): void {
        this.companies = injector.get(CompanyService);
        this.ids = entityIdCodec(injector);
    }

    async viewerValues(ctx: RequestContext): Promise<string[]> {
        const membership = await this.companies.getActiveMembership(ctx);
        if (!membership || membership.company.status === CompanyStatus.Closed) {
            return [];
        }
        return [this.ids.encode(membership.companyId)];
    }

    async normalizeValue(ctx: RequestContext, value: string): Promise<string> {
        const company = await this.find(ctx, value);
        if (!company) {
            throw new UserInputError(`No dealer company with id "${value}" in this channel`);
        }
        return this.ids.encode(company.id);
    }

    async options(
        ctx: RequestContext,
        term: string | undefined,
        take: number,
    ): Promise<ArticleAudienceOption[]> {
        const needle = term?.trim();
        const { items } = await this.companies.findAll(
            ctx,
            {
                take,
                sort: { name: 'ASC' },
                ...(needle
                    ? {
                          filter: { name: { contains: needle }, code: { contains: needle } },
                          filterOperator: LogicalOperator.OR,
                      }
                    : {}),
            },
            [],
        );
        return items.map(c => ({ value: this.ids.encode(c.id), label: `${c.name} (${c.code})` }));
    }

    async labelForValue(ctx: RequestContext, value: string): Promise<string | undefined> {
        const company = await this.find(ctx, value);
        return company ? `${company.name} (${company.code})` : undefined;
    }

    private async find(ctx: RequestContext, value: string) {
        let id;
        try {
            id = this.ids.decode(value.trim());
        } catch {
            return undefined;
        }
        return this.companies.findOne(ctx, id);
    }
}

/** The dealer audiences; `CompanyService` must be resolvable (B2bPlugin installed). */
export function b2bAudienceTypes(): ArticleAudienceType[] {
    return [new DealerTierAudienceType(), new DealerCompanyAudienceType()];
}

/** The B2B service the dealer audiences need; the portal looks it up to decide whether to register them. */
export const B2B_AUDIENCE_DEPENDENCY = CompanyService;
