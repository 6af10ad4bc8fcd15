import { Injectable } from '@nestjs/common';
import { DeletionResult } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Collection,
    CollectionService,
    CollectionTranslation,
    EntityNotFoundError,
    ForbiddenError,
    idsAreEqual,
    ListQueryBuilder,
    ListQueryOptions,
    RelationPaths,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { IsNull } from 'typeorm';

import { DuplicateCommissionRuleError } from '../api/error-results';
import { MarketplaceCommissionRule } from '../entities/commission-rule.entity';
import { MarketplaceSeller } from '../entities/marketplace-seller.entity';

import { CommissionRuleMatch } from './commission-rate';
import { checkInt } from './input-checks';
import { MarketplaceSellerService } from './marketplace-seller.service';

/** Key of the PostgreSQL advisory lock that rule writes take in turn (any constant unique to this use). */
const RULE_WRITE_LOCK_KEY = 1_700_017_002;

/** Bound of the walk up the collection tree (Vendure refuses cycles; this keeps a corrupt tree from looping). */
const MAX_COLLECTION_DEPTH = 64;

export interface CreateCommissionRuleInput {
    collectionId: ID;
    /** Null or omitted: every seller. */
    sellerId?: ID | null;
    rateBps: number;
}

export interface UpdateCommissionRuleInput {
    id: ID;
    collectionId?: ID | null;
    /** Null: every seller; omitted: unchanged. */
    sellerId?: ID | null;
    rateBps?: number | null;
}

/**
 * The operator's commission rules per collection (and optionally seller), and their lookup when an order is placed.
 * Rules belong to the operator: on a seller channel the list is empty, a rule is not found and writing is
 * forbidden (a seller's role does not hold the marketplace-seller permissions the API asks for anyway).
 */
@Injectable()
export class CommissionRuleService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private collectionService: CollectionService,
        private sellers: MarketplaceSellerService,
    ) {}

    async findAll(
        ctx: RequestContext,
        options?: ListQueryOptions<MarketplaceCommissionRule>,
        relations?: RelationPaths<MarketplaceCommissionRule>,
    ): Promise<PaginatedList<MarketplaceCommissionRule>> {
        if (!(await this.isOperator(ctx))) {
            return { items: [], totalItems: 0 };
        }
        const [items, totalItems] = await this.listQueryBuilder
            .build(MarketplaceCommissionRule, options, {
                ctx,
                relations: relations ?? ['collection', 'seller'],
            })
            .getManyAndCount();
        return { items, totalItems };
    }

    async findOne(ctx: RequestContext, id: ID): Promise<MarketplaceCommissionRule | undefined> {
        if (!(await this.isOperator(ctx))) {
            return undefined;
        }
        const rule = await this.connection
            .getRepository(ctx, MarketplaceCommissionRule)
            .findOne({ where: { id }, relations: { collection: true, seller: true } });
        return rule ?? undefined;
    }

    /**
     * Creates a rule. A rate outside 0–10000 is a `UserInputError`, an unknown collection or seller "not found",
     * a second rule for the same collection and seller (or every seller) a `DuplicateCommissionRuleError`; all
     * checked before anything is written.
     */
    async create(
        ctx: RequestContext,
        input: CreateCommissionRuleInput,
    ): Promise<MarketplaceCommissionRule | DuplicateCommissionRuleError> {
        await this.requireOperator(ctx);
        const rateBps = checkInt(input.rateBps, 'rateBps', 0, 10_000);
        const collection = await this.requireCollection(ctx, input.collectionId);
        const seller = input.sellerId == null ? null : await this.requireSeller(ctx, input.sellerId);
        await this.takeWriteTurn(ctx);
        const duplicate = await this.findRule(ctx, collection.id, seller?.id ?? null);
        if (duplicate) {
            return new DuplicateCommissionRuleError(duplicate.id, seller == null);
        }
        const rule = await this.connection.getRepository(ctx, MarketplaceCommissionRule).save(
            new MarketplaceCommissionRule({
                collectionId: collection.id,
                sellerId: seller?.id ?? null,
                rateBps,
            }),
        );
        return (await this.findOne(ctx, rule.id)) as MarketplaceCommissionRule;
    }

    /** Changes a rule's rate, collection or seller; the same checks as {@link create}. Placed orders keep theirs. */
    async update(
        ctx: RequestContext,
        input: UpdateCommissionRuleInput,
    ): Promise<MarketplaceCommissionRule | DuplicateCommissionRuleError> {
        await this.requireOperator(ctx);
        const rule = await this.findOne(ctx, input.id);
        if (!rule) {
            throw new EntityNotFoundError('MarketplaceCommissionRule', input.id);
        }
        const rateBps = input.rateBps == null ? rule.rateBps : checkInt(input.rateBps, 'rateBps', 0, 10_000);
        const collectionId =
            input.collectionId == null
                ? rule.collectionId
                : (await this.requireCollection(ctx, input.collectionId)).id;
        const sellerId =
            input.sellerId === undefined
                ? rule.sellerId
                : input.sellerId === null
                  ? null
                  : (await this.requireSeller(ctx, input.sellerId)).id;
        await this.takeWriteTurn(ctx);
        const duplicate = await this.findRule(ctx, collectionId, sellerId);
        if (duplicate && !idsAreEqual(duplicate.id, rule.id)) {
            return new DuplicateCommissionRuleError(duplicate.id, sellerId == null);
        }
        await this.connection
            .getRepository(ctx, MarketplaceCommissionRule)
            .update({ id: rule.id }, { collectionId, sellerId, rateBps });
        return (await this.findOne(ctx, rule.id)) as MarketplaceCommissionRule;
    }

    async delete(ctx: RequestContext, id: ID): Promise<DeletionResult> {
        await this.requireOperator(ctx);
        const rule = await this.findOne(ctx, id);
        if (!rule) {
            throw new EntityNotFoundError('MarketplaceCommissionRule', id);
        }
        await this.connection.getRepository(ctx, MarketplaceCommissionRule).delete({ id: rule.id });
        return DeletionResult.DELETED;
    }

    /**
     * The rules that may apply to these variants sold by these sellers: one row per rule and variant of its
     * collection (Vendure's collection membership, as its collection filter job last computed it), for the
     * sellers' rules and the every-seller rules, with the collection's depth in the tree and its name in the
     * channel's default language. One query, whatever the number of lines: what an order's placement asks.
     */
    async findMatches(
        ctx: RequestContext,
        variantIds: ID[],
        sellerIds: ID[],
    ): Promise<CommissionRuleMatch[]> {
        if (variantIds.length === 0) {
            return [];
        }
        const meta = (target: Parameters<TransactionalConnection['rawConnection']['getMetadata']>[0]) =>
            this.connection.rawConnection.getMetadata(target);
        const collectionMeta = meta(Collection);
        const membership = collectionMeta.manyToManyRelations.find(
            r => r.propertyName === 'productVariants',
        )?.junctionEntityMetadata;
        if (!membership) {
            throw new Error('Collection.productVariants has no join table');
        }
        const ruleTable = meta(MarketplaceCommissionRule).tablePath;
        const collectionTable = collectionMeta.tablePath;
        const qb = this.connection.getRepository(ctx, MarketplaceCommissionRule).createQueryBuilder('rule');
        const e = (name: string) => qb.escape(name);
        // The depth of each ruled collection: its walk up `parentId` to the root, as Vendure itself walks the tree.
        const chain = e('commission_rule_chain');
        qb.addCommonTableExpression(
            `SELECT c.${e('id')} AS ${e('collectionId')}, c.${e('parentId')} AS ${e('ancestorId')}, 1 AS ${e('depth')}` +
                ` FROM ${e(collectionTable)} c WHERE c.${e('id')} IN (SELECT r.${e('collectionId')} FROM ${e(ruleTable)} r)` +
                ` UNION ALL SELECT ch.${e('collectionId')}, c.${e('parentId')}, ch.${e('depth')} + 1` +
                ` FROM ${e(collectionTable)} c INNER JOIN ${chain} ch ON c.${e('id')} = ch.${e('ancestorId')}` +
                ` WHERE ch.${e('depth')} < ${MAX_COLLECTION_DEPTH}`,
            'commission_rule_chain',
            { recursive: true, columnNames: ['collectionId', 'ancestorId', 'depth'] },
        );
        const defaultLanguage = ctx.channel.defaultLanguageCode;
        const rows = await qb
            .innerJoin(
                membership.tablePath,
                'member',
                `${e('member')}.${e('collectionId')} = ${e('rule')}.${e('collectionId')}`,
            )
            .leftJoin(
                CollectionTranslation,
                'ct',
                `${e('ct')}.${e('baseId')} = ${e('rule')}.${e('collectionId')} AND ${e('ct')}.${e('languageCode')} = :language`,
                { language: defaultLanguage },
            )
            .select(`${e('rule')}.${e('id')}`, 'ruleId')
            .addSelect(`${e('rule')}.${e('collectionId')}`, 'collectionId')
            .addSelect(`${e('rule')}.${e('sellerId')}`, 'sellerId')
            .addSelect(`${e('rule')}.${e('rateBps')}`, 'rateBps')
            .addSelect(`${e('member')}.${e('productVariantId')}`, 'productVariantId')
            .addSelect(`${e('ct')}.${e('name')}`, 'collectionName')
            .addSelect(
                `(SELECT MAX(ch.${e('depth')}) FROM ${chain} ch WHERE ch.${e('collectionId')} = ${e('rule')}.${e('collectionId')})`,
                'depth',
            )
            .where(`${e('member')}.${e('productVariantId')} IN (:...variantIds)`, { variantIds })
            .andWhere(
                sellerIds.length
                    ? `(${e('rule')}.${e('sellerId')} IS NULL OR ${e('rule')}.${e('sellerId')} IN (:...sellerIds))`
                    : `${e('rule')}.${e('sellerId')} IS NULL`,
                { sellerIds },
            )
            .getRawMany<{
                ruleId: ID;
                collectionId: ID;
                sellerId: ID | null;
                rateBps: number | string;
                productVariantId: ID;
                collectionName: string | null;
                depth: number | string | null;
            }>();
        return rows.map(r => ({
            ruleId: r.ruleId,
            collectionId: r.collectionId,
            collectionName: r.collectionName ?? null,
            sellerId: r.sellerId ?? null,
            rateBps: Number(r.rateBps),
            productVariantId: r.productVariantId,
            depth: Number(r.depth ?? 0),
        }));
    }

    private findRule(
        ctx: RequestContext,
        collectionId: ID,
        sellerId: ID | null,
    ): Promise<MarketplaceCommissionRule | null> {
        return this.connection.getRepository(ctx, MarketplaceCommissionRule).findOne({
            where: { collectionId, sellerId: sellerId == null ? IsNull() : sellerId },
        });
    }

    /** A collection of the active (default) channel; its tree's hidden root is no collection to charge by. */
    private async requireCollection(ctx: RequestContext, id: ID): Promise<Collection> {
        const collection = await this.collectionService.findOne(ctx, id, []);
        if (!collection || collection.isRoot) {
            throw new EntityNotFoundError('Collection', id);
        }
        return collection;
    }

    private async requireSeller(ctx: RequestContext, id: ID): Promise<MarketplaceSeller> {
        const seller = await this.sellers.findOne(ctx, id);
        if (!seller) {
            throw new EntityNotFoundError('MarketplaceSeller', id);
        }
        return seller;
    }

    private async isOperator(ctx: RequestContext): Promise<boolean> {
        return (await this.sellers.getScope(ctx)).operator;
    }

    private async requireOperator(ctx: RequestContext): Promise<void> {
        if (!(await this.isOperator(ctx))) {
            throw new ForbiddenError();
        }
    }

    /**
     * Rule writes check for a duplicate, then write. On PostgreSQL (READ COMMITTED) two writes of the same rule at
     * once would both pass the check and the second would hit the unique index: a 500 instead of its ErrorResult.
     * A transaction-scoped advisory lock makes them take turns. SQLite runs one writing transaction at a time.
     */
    private async takeWriteTurn(ctx: RequestContext): Promise<void> {
        if (this.connection.rawConnection.options.type !== 'postgres') {
            return;
        }
        await this.connection
            .getRepository(ctx, MarketplaceCommissionRule)
            .query('SELECT pg_advisory_xact_lock($1)', [RULE_WRITE_LOCK_KEY]);
    }
}
