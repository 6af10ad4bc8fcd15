import {
    Customer,
    CustomerGroup,
    EntityNotFoundError,
    Injector,
    RequestContext,
    RequestContextCacheService,
    TransactionalConnection,
} from '@vendure/core';

import { ArticleAudienceOption, ArticleAudienceType } from './article-audience-type';
import { EntityIdCodec, entityIdCodec } from './entity-id-codec';

/** Everyone, including anonymous visitors. The audience of an article created without one. */
export const publicAudienceType: ArticleAudienceType = {
    code: 'public',
    label: { en: 'Everyone', zh_Hans: '所有人' },
    description: { en: 'Anyone, also without logging in', zh_Hans: '任何人，无需登录' },
    valueKind: 'none',
    viewerValues: () => Promise.resolve(['']),
};

/**
 * The id of the customer behind the request's user, cached for the request; undefined for anonymous visitors
 * (and administrators without a customer account).
 */
export async function activeCustomerId(
    ctx: RequestContext,
    connection: TransactionalConnection,
    cache: RequestContextCacheService,
): Promise<string | undefined> {
    const userId = ctx.activeUserId;
    if (userId == null) {
        return undefined;
    }
    return cache.get(ctx, 'portal-active-customer-id', async () => {
        const customer = await connection
            .getRepository(ctx, Customer)
            .createQueryBuilder('customer')
            .select(['customer.id'])
            .where('customer.userId = :userId', { userId })
            .andWhere('customer.deletedAt IS NULL')
            .getOne();
        return customer ? String(customer.id) : undefined;
    });
}

class CustomerAudienceType implements ArticleAudienceType {
    readonly code = 'customer';
    readonly label = { en: 'Logged-in customers', zh_Hans: '已登录客户' };
    readonly description = {
        en: 'Any customer with an account, once logged in',
        zh_Hans: '任何已注册并登录的客户',
    };
    readonly valueKind = 'none' as const;
    private connection: TransactionalConnection;
    private cache: RequestContextCacheService;

    init(injector: Injector): void {
        this.connection = injector.get(TransactionalConnection);
        this.cache = injector.get(RequestContextCacheService);
    }

    async viewerValues(ctx: RequestContext): Promise<string[]> {
        return (await activeCustomerId(ctx, this.connection, this.cache)) ? [''] : [];
    }
}

class CustomerGroupAudienceType implements ArticleAudienceType {
    readonly code = 'customer-group';
    readonly label = { en: 'Customer group', zh_Hans: '客户组' };
    readonly description = {
        en: 'Logged-in customers of a Vendure customer group',
        zh_Hans: '属于某个客户组的已登录客户',
    };
    readonly valueKind = 'select' as const;
    private connection: TransactionalConnection;
    private cache: RequestContextCacheService;
    private ids: EntityIdCodec;

    init(injector: Injector): void {
        this.connection = injector.get(TransactionalConnection);
        this.cache = injector.get(RequestContextCacheService);
        this.ids = entityIdCodec(injector);
    }

    async viewerValues(ctx: RequestContext): Promise<string[]> {
        const customerId = await activeCustomerId(ctx, this.connection, this.cache);
        if (!customerId) {
            return [];
        }
        const groups = await this.connection
            .getRepository(ctx, CustomerGroup)
            .createQueryBuilder('grp')
            .select(['grp.id'])
            .innerJoin('grp.customers', 'customer', 'customer.id = :customerId', { customerId })
            .getMany();
        return groups.map(g => this.ids.encode(g.id));
    }

    async normalizeValue(ctx: RequestContext, value: string): Promise<string> {
        const group = await this.find(ctx, value);
        if (!group) {
            throw new EntityNotFoundError('CustomerGroup', value);
        }
        return this.ids.encode(group.id);
    }

    async options(
        ctx: RequestContext,
        term: string | undefined,
        take: number,
    ): Promise<ArticleAudienceOption[]> {
        const qb = this.connection
            .getRepository(ctx, CustomerGroup)
            .createQueryBuilder('grp')
            .orderBy('grp.name', 'ASC')
            .take(take);
        if (term?.trim()) {
            qb.where('LOWER(grp.name) LIKE :term', { term: `%${term.trim().toLowerCase()}%` });
        }
        return (await qb.getMany()).map(g => ({ value: this.ids.encode(g.id), label: g.name }));
    }

    async labelForValue(ctx: RequestContext, value: string): Promise<string | undefined> {
        return (await this.find(ctx, value))?.name;
    }

    private async find(ctx: RequestContext, value: string): Promise<CustomerGroup | null> {
        let id;
        try {
            id = this.ids.decode(value.trim());
        } catch {
            return null;
        }
        return this.connection.getRepository(ctx, CustomerGroup).findOne({ where: { id } });
    }
}

/** The audience types every installation has. */
export function coreAudienceTypes(): ArticleAudienceType[] {
    return [publicAudienceType, new CustomerAudienceType(), new CustomerGroupAudienceType()];
}
