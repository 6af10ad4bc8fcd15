import { Injectable } from '@nestjs/common';
import { DeletionResult } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Administrator,
    ChannelService,
    Customer,
    CustomerService,
    EntityNotFoundError,
    ForbiddenError,
    isGraphQlErrorResult,
    ListQueryBuilder,
    ListQueryOptions,
    Logger,
    Order,
    RelationPaths,
    RequestContext,
    RequestContextCacheService,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { In } from 'typeorm';

import { PlainSql } from '../../../src/common/plain-sql';

import {
    CompanyHierarchyCycleError,
    CustomerAlreadyInCompanyError,
    DuplicateCompanyCodeError,
} from '../api/error-results';
import { loggerCtx } from '../constants';
import { Company, CompanyAddress, CompanyStatus } from '../entities/company.entity';
import { CompanyMember, CompanyRole } from '../entities/company-member.entity';
import { B2B_INPUT_LIMITS, checkText, normalizeTierCode } from './input-limits';
import { PriceList } from '../entities/price-list.entity';

/** A customer's place in a company: which company (loaded, in the request's channel) and with which role. */
export interface CompanyMembership {
    companyId: ID;
    role: CompanyRole;
    company: Company;
}

/**
 * What price resolution needs to know about a customer: the company they are a member of (when it is in the
 * request's channel) and their customer groups.
 */
export interface BuyerFacts {
    customerId: ID;
    company?: { id: ID; status: CompanyStatus; tier: string | null; parentId: ID | null };
    groupIds: ID[];
}

interface BuyerRow {
    customerId: ID;
    companyId: ID | null;
    status: CompanyStatus | null;
    tier: string | null;
    parentId: ID | null;
    groupId: ID | null;
}

export interface CreateCompanyInput {
    name: string;
    code: string;
    tier?: string | null;
    status?: CompanyStatus | null;
    taxId?: string | null;
    parentId?: ID | null;
    salesRepId?: ID | null;
    defaultShippingAddress?: CompanyAddress | null;
    defaultBillingAddress?: CompanyAddress | null;
}

export interface UpdateCompanyInput extends Partial<Omit<CreateCompanyInput, 'parentId'>> {
    id: ID;
}

export interface InviteCompanyMemberInput {
    emailAddress: string;
    firstName: string;
    lastName: string;
    role?: CompanyRole | null;
}

/** The deepest hierarchy we walk; a guard against corrupt data, not a product limit. */
const MAX_DEPTH = 1000;

/**
 * Dealer companies, their hierarchy and their members. Every read is scoped to the request's channel, so a
 * company of another channel is "not found".
 */
@Injectable()
export class CompanyService {
    constructor(
        private connection: TransactionalConnection,
        private channelService: ChannelService,
        private listQueryBuilder: ListQueryBuilder,
        private customerService: CustomerService,
        private requestCache: RequestContextCacheService,
    ) {
        this.sql = new PlainSql(connection);
    }

    private readonly sql: PlainSql;

    /** May a member with this role place orders? Admins and buyers may; viewers may not. */
    canOrder(role: CompanyRole): boolean {
        return role === CompanyRole.Admin || role === CompanyRole.Buyer;
    }

    findAll(
        ctx: RequestContext,
        options?: ListQueryOptions<Company>,
        relations?: RelationPaths<Company>,
    ): Promise<PaginatedList<Company>> {
        return this.listQueryBuilder
            .build(Company, options, { ctx, channelId: ctx.channelId, relations: relations ?? ['parent'] })
            .getManyAndCount()
            .then(([items, totalItems]) => ({ items, totalItems }));
    }

    /** The company with this id in the request's channel, or undefined. */
    async findOne(ctx: RequestContext, id: ID): Promise<Company | undefined> {
        const company = await this.connection
            .getRepository(ctx, Company)
            .createQueryBuilder('company')
            .innerJoin('company.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where('company.id = :id', { id })
            .getOne();
        return company ?? undefined;
    }

    /**
     * Tier codes in use in the request's channel, on its companies and on its price lists' targets: distinct
     * and sorted, so that a merchant picks a tier rather than typing one.
     */
    async tiersInUse(ctx: RequestContext): Promise<string[]> {
        const companyTiers = await this.connection
            .getRepository(ctx, Company)
            .createQueryBuilder('company')
            .select('DISTINCT company.tier', 'tier')
            .innerJoin('company.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where('company.tier IS NOT NULL')
            .getRawMany<{ tier: string }>();
        const lists = await this.connection
            .getRepository(ctx, PriceList)
            .createQueryBuilder('list')
            .select(['list.id', 'list.tiers'])
            .innerJoin('list.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .getMany();
        const tiers = new Set([...companyTiers.map(r => r.tier), ...lists.flatMap(l => l.tiers ?? [])]);
        return [...tiers].filter(t => t !== '').sort((a, b) => a.localeCompare(b));
    }

    async findByCode(ctx: RequestContext, code: string): Promise<Company | undefined> {
        const company = await this.connection
            .getRepository(ctx, Company)
            .createQueryBuilder('company')
            .innerJoin('company.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where('company.code = :code', { code })
            .getOne();
        return company ?? undefined;
    }

    /**
     * Like Vendure's own channel-aware entities, a company created in a channel is also assigned to the default
     * channel (the head office sees every dealer), so a code must be free in both.
     */
    private async isCodeTaken(ctx: RequestContext, code: string, exceptId?: ID): Promise<boolean> {
        const defaultChannel = await this.channelService.getDefaultChannel(ctx);
        const qb = this.connection
            .getRepository(ctx, Company)
            .createQueryBuilder('company')
            .innerJoin('company.channels', 'channel', 'channel.id IN (:...channelIds)', {
                channelIds: [ctx.channelId, defaultChannel.id],
            })
            .where('company.code = :code', { code });
        if (exceptId != null) {
            qb.andWhere('company.id != :exceptId', { exceptId });
        }
        return (await qb.getCount()) > 0;
    }

    /** Direct sub-companies, in the request's channel. */
    getChildren(ctx: RequestContext, companyId: ID): Promise<Company[]> {
        return this.connection
            .getRepository(ctx, Company)
            .createQueryBuilder('company')
            .innerJoin('company.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where('company.parentId = :companyId', { companyId })
            .orderBy('company.name', 'ASC')
            .getMany();
    }

    getMembers(ctx: RequestContext, companyId: ID): Promise<CompanyMember[]> {
        return this.connection.getRepository(ctx, CompanyMember).find({
            where: { companyId },
            relations: { customer: true },
            order: { id: 'ASC' },
        });
    }

    /**
     * The ids of the company's ancestors, its parent first, up to the root (or up to the first ancestor outside
     * the request's channel): one recursive query however deep the hierarchy (a channel may hold tens of
     * thousands of companies, so loading every parent link per request cost a dealer's every price read), cached
     * for the request.
     */
    async getAncestorIds(ctx: RequestContext, companyId: ID): Promise<ID[]> {
        return this.requestCache.get(ctx, `b2b-ancestors-${String(companyId)}`, async () => {
            const company = this.sql.table(Company);
            const channels = this.sql.table(Company, 'channels');
            // each row: a company of the channel on the walk and its parent (which may be outside the channel)
            const rows = await this.sql.rows<{ parentId: ID | null; depth: number }>(
                ctx,
                `WITH RECURSIVE "b2b_chain" ("id", "parentId", "depth") AS (
                    SELECT c."id", c."parentId", 0 FROM ${company} c
                    INNER JOIN ${channels} cc ON cc."companyId" = c."id" AND cc."channelId" = :channelId
                    WHERE c."id" = :companyId
                    UNION ALL
                    SELECT p."id", p."parentId", w."depth" + 1 FROM "b2b_chain" w
                    INNER JOIN ${company} p ON p."id" = w."parentId"
                    INNER JOIN ${channels} pc ON pc."companyId" = p."id" AND pc."channelId" = :channelId
                    WHERE w."depth" < :maxDepth
                ) SELECT "parentId", "depth" FROM "b2b_chain" ORDER BY "depth"`,
                { channelId: ctx.channelId, companyId, maxDepth: MAX_DEPTH },
            );
            const result: ID[] = [];
            const seen = new Set<string>([String(companyId)]);
            for (const row of rows) {
                const parentId = row.parentId;
                if (parentId == null || seen.has(String(parentId)) || result.length >= MAX_DEPTH) {
                    break;
                }
                result.push(parentId);
                seen.add(String(parentId));
            }
            return result;
        });
    }

    /** The membership of a customer in a company of the request's channel, or undefined. */
    async getMembership(ctx: RequestContext, customerId: ID): Promise<CompanyMembership | undefined> {
        return this.requestCache.get(ctx, `b2b-membership-${String(customerId)}`, async () => {
            const member = await this.connection
                .getRepository(ctx, CompanyMember)
                .createQueryBuilder('member')
                .innerJoinAndSelect('member.company', 'company')
                .innerJoin('company.channels', 'channel', 'channel.id = :channelId', {
                    channelId: ctx.channelId,
                })
                .where('member.customerId = :customerId', { customerId })
                .getOne();
            return member
                ? { companyId: member.companyId, role: member.role, company: member.company }
                : undefined;
        });
    }

    /** The membership of the logged-in shop customer, or undefined for anonymous shoppers and non-members. */
    async getActiveMembership(ctx: RequestContext): Promise<CompanyMembership | undefined> {
        const customerId = await this.getActiveCustomerId(ctx);
        return customerId == null ? undefined : this.getMembership(ctx, customerId);
    }

    /** The id of the customer behind `ctx.activeUserId`, cached for the request. */
    async getActiveCustomerId(ctx: RequestContext): Promise<ID | undefined> {
        return (await this.getActiveBuyer(ctx))?.customerId;
    }

    /**
     * The customer behind `ctx.activeUserId` (not deleted) with their company and groups, in one query, cached
     * for the request (and as {@link getBuyer} of that customer).
     */
    async getActiveBuyer(ctx: RequestContext): Promise<BuyerFacts | undefined> {
        const userId = ctx.activeUserId;
        if (userId == null) {
            return undefined;
        }
        return this.requestCache.get(ctx, 'b2b-active-buyer', async () => {
            const buyer = await this.queryBuyer(ctx, 'cu."userId" = :userId AND cu."deletedAt" IS NULL', {
                userId,
            });
            if (buyer) {
                this.requestCache.set(ctx, `b2b-buyer-${String(buyer.customerId)}`, Promise.resolve(buyer));
            }
            return buyer;
        });
    }

    /** A customer's company (in the request's channel) and groups, in one query, cached for the request. */
    getBuyer(ctx: RequestContext, customerId: ID): Promise<BuyerFacts | undefined> {
        return this.requestCache.get(ctx, `b2b-buyer-${String(customerId)}`, () =>
            this.queryBuyer(ctx, 'cu."id" = :customerId', { customerId }),
        );
    }

    private async queryBuyer(
        ctx: RequestContext,
        where: string,
        params: Record<string, unknown>,
    ): Promise<BuyerFacts | undefined> {
        const rows = await this.sql.rows<BuyerRow>(
            ctx,
            `SELECT cu."id" AS "customerId", c."id" AS "companyId", c."status" AS "status", c."tier" AS "tier",
                c."parentId" AS "parentId", g."customerGroupId" AS "groupId"
            FROM ${this.sql.table(Customer)} cu
            LEFT JOIN ${this.sql.table(CompanyMember)} m ON m."customerId" = cu."id"
            LEFT JOIN ${this.sql.table(Company)} c ON c."id" = m."companyId" AND EXISTS (
                SELECT 1 FROM ${this.sql.table(Company, 'channels')} cc
                WHERE cc."companyId" = c."id" AND cc."channelId" = :channelId)
            LEFT JOIN ${this.sql.table(Customer, 'groups')} g ON g."customerId" = cu."id"
            WHERE ${where}`,
            { ...params, channelId: ctx.channelId },
        );
        const first = rows[0];
        if (!first) {
            return undefined;
        }
        return {
            customerId: first.customerId,
            company:
                first.companyId != null
                    ? {
                          id: first.companyId,
                          status: first.status ?? CompanyStatus.Active,
                          tier: first.tier ?? null,
                          parentId: first.parentId ?? null,
                      }
                    : undefined,
            groupIds: rows.map(r => r.groupId).filter((id): id is ID => id != null),
        };
    }

    async create(
        ctx: RequestContext,
        input: CreateCompanyInput,
    ): Promise<Company | DuplicateCompanyCodeError> {
        const code = this.normalizeCode(input.code);
        if (await this.isCodeTaken(ctx, code)) {
            return new DuplicateCompanyCodeError(code);
        }
        const parent = input.parentId != null ? await this.getOrThrow(ctx, input.parentId) : null;
        const salesRep = input.salesRepId != null ? await this.getSalesRep(ctx, input.salesRepId) : null;
        const company = new Company({
            name: this.requireText(input.name, 'name'),
            code,
            tier: this.normalizeTier(input.tier),
            status: input.status ?? CompanyStatus.Active,
            taxId: checkText(input.taxId, 'taxId', B2B_INPUT_LIMITS.code),
            parent,
            salesRep,
            defaultShippingAddress: this.checkAddress(input.defaultShippingAddress, 'defaultShippingAddress'),
            defaultBillingAddress: this.checkAddress(input.defaultBillingAddress, 'defaultBillingAddress'),
        });
        await this.channelService.assignToCurrentChannel(company, ctx);
        const saved = await this.connection.getRepository(ctx, Company).save(company);
        Logger.verbose(`Created company ${saved.code} (${String(saved.id)})`, loggerCtx);
        return this.getOrThrow(ctx, saved.id);
    }

    async update(
        ctx: RequestContext,
        input: UpdateCompanyInput,
    ): Promise<Company | DuplicateCompanyCodeError> {
        const company = await this.getOrThrow(ctx, input.id);
        if (input.code != null) {
            const code = this.normalizeCode(input.code);
            if (await this.isCodeTaken(ctx, code, company.id)) {
                return new DuplicateCompanyCodeError(code);
            }
            company.code = code;
        }
        if (input.name != null) {
            company.name = this.requireText(input.name, 'name');
        }
        if (input.tier !== undefined) {
            company.tier = this.normalizeTier(input.tier);
        }
        if (input.status != null) {
            company.status = input.status;
        }
        if (input.taxId !== undefined) {
            company.taxId = checkText(input.taxId, 'taxId', B2B_INPUT_LIMITS.code);
        }
        if (input.salesRepId !== undefined) {
            company.salesRep =
                input.salesRepId == null ? null : await this.getSalesRep(ctx, input.salesRepId);
            company.salesRepId = company.salesRep?.id ?? null;
        }
        if (input.defaultShippingAddress !== undefined) {
            company.defaultShippingAddress = this.checkAddress(
                input.defaultShippingAddress,
                'defaultShippingAddress',
            );
        }
        if (input.defaultBillingAddress !== undefined) {
            company.defaultBillingAddress = this.checkAddress(
                input.defaultBillingAddress,
                'defaultBillingAddress',
            );
        }
        await this.connection.getRepository(ctx, Company).save(company, { reload: false });
        return this.getOrThrow(ctx, company.id);
    }

    /** Deletes a company and its memberships. Refused while it still has sub-companies. */
    async delete(ctx: RequestContext, id: ID): Promise<{ result: DeletionResult; message?: string }> {
        const company = await this.getOrThrow(ctx, id);
        const children = await this.connection.getRepository(ctx, Company).count({ where: { parentId: id } });
        if (children > 0) {
            return {
                result: DeletionResult.NOT_DELETED,
                message: `Company "${company.code}" still has ${children} sub-companies: move or delete them first`,
            };
        }
        await this.connection.getRepository(ctx, CompanyMember).delete({ companyId: id });
        await this.connection.getRepository(ctx, Company).remove(company);
        return { result: DeletionResult.DELETED };
    }

    /** Places a company under a new parent (or at the root with `parentId` null), refusing cycles. */
    async move(
        ctx: RequestContext,
        id: ID,
        parentId: ID | null | undefined,
    ): Promise<Company | CompanyHierarchyCycleError> {
        const company = await this.getOrThrow(ctx, id);
        let parent: Company | null = null;
        if (parentId != null) {
            parent = await this.getOrThrow(ctx, parentId);
            const ancestorsOfParent = await this.getAncestorIds(ctx, parent.id);
            if (
                String(parent.id) === String(company.id) ||
                ancestorsOfParent.some(a => String(a) === String(company.id))
            ) {
                return new CompanyHierarchyCycleError();
            }
        }
        await this.connection
            .getRepository(ctx, Company)
            .update({ id: company.id }, { parent: parent ?? null });
        this.requestCache.set(ctx, 'b2b-parent-map', undefined);
        return this.getOrThrow(ctx, company.id);
    }

    async addMember(
        ctx: RequestContext,
        companyId: ID,
        customerId: ID,
        role: CompanyRole,
    ): Promise<CompanyMember | CustomerAlreadyInCompanyError> {
        const company = await this.getOrThrow(ctx, companyId);
        const customer = await this.connection.getRepository(ctx, Customer).findOne({
            where: { id: customerId },
            relations: { channels: true },
        });
        if (
            !customer ||
            customer.deletedAt ||
            !customer.channels.some(c => String(c.id) === String(ctx.channelId))
        ) {
            throw new EntityNotFoundError('Customer', customerId);
        }
        return this.linkMember(ctx, company, customer, role);
    }

    async removeMember(ctx: RequestContext, companyId: ID, customerId: ID): Promise<DeletionResult> {
        await this.getOrThrow(ctx, companyId);
        const result = await this.connection
            .getRepository(ctx, CompanyMember)
            .delete({ companyId, customerId });
        this.requestCache.set(ctx, `b2b-membership-${String(customerId)}`, undefined);
        this.requestCache.set(ctx, `b2b-buyer-${String(customerId)}`, undefined);
        this.requestCache.set(ctx, 'b2b-active-buyer', undefined);
        return result.affected ? DeletionResult.DELETED : DeletionResult.NOT_DELETED;
    }

    async updateMemberRole(
        ctx: RequestContext,
        companyId: ID,
        customerId: ID,
        role: CompanyRole,
    ): Promise<CompanyMember> {
        await this.getOrThrow(ctx, companyId);
        const member = await this.connection
            .getRepository(ctx, CompanyMember)
            .findOne({ where: { companyId, customerId }, relations: { customer: true } });
        if (!member) {
            throw new EntityNotFoundError('CompanyMember', customerId);
        }
        member.role = this.checkRole(role);
        return this.connection.getRepository(ctx, CompanyMember).save(member);
    }

    /**
     * A company admin invites someone by email: an existing customer of this channel is linked, otherwise a
     * customer is created (Vendure sends the verification email, through which they set a password).
     */
    async inviteMember(
        ctx: RequestContext,
        input: InviteCompanyMemberInput,
    ): Promise<CompanyMember | CustomerAlreadyInCompanyError> {
        const membership = await this.requireActiveAdmin(ctx);
        const emailAddress = this.requireText(input.emailAddress, 'emailAddress').toLowerCase();
        let customer = await this.connection
            .getRepository(ctx, Customer)
            .createQueryBuilder('customer')
            .innerJoin('customer.channels', 'channel', 'channel.id = :channelId', {
                channelId: ctx.channelId,
            })
            .where('LOWER(customer.emailAddress) = :emailAddress', { emailAddress })
            .andWhere('customer.deletedAt IS NULL')
            .getOne();
        if (customer && (await this.findMemberRow(ctx, customer.id))) {
            return new CustomerAlreadyInCompanyError();
        }
        if (!customer) {
            const created = await this.customerService.create(ctx, {
                emailAddress,
                firstName: this.requireText(input.firstName, 'firstName'),
                lastName: this.requireText(input.lastName, 'lastName'),
            });
            if (isGraphQlErrorResult(created)) {
                throw new UserInputError(created.message);
            }
            customer = created;
        }
        return this.linkMember(ctx, membership.company, customer, input.role ?? CompanyRole.Buyer);
    }

    /** A company admin removes a member of their own company; anyone else's member is "not found". */
    async removeMemberAsCompanyAdmin(ctx: RequestContext, customerId: ID): Promise<DeletionResult> {
        const membership = await this.requireActiveAdmin(ctx);
        const member = await this.findMemberRow(ctx, customerId);
        if (!member || String(member.companyId) !== String(membership.companyId)) {
            throw new EntityNotFoundError('CompanyMember', customerId);
        }
        const self = await this.getActiveCustomerId(ctx);
        if (String(self) === String(customerId)) {
            throw new UserInputError(
                'A company admin cannot remove themselves; ask another admin or the seller',
            );
        }
        return this.removeMember(ctx, membership.companyId, customerId);
    }

    /** The logged-in customer's membership when they are an admin of an active or on-hold company. */
    async requireActiveAdmin(ctx: RequestContext): Promise<CompanyMembership> {
        const membership = await this.getActiveMembership(ctx);
        if (!membership || membership.company.status === CompanyStatus.Closed) {
            throw new ForbiddenError();
        }
        if (membership.role !== CompanyRole.Admin) {
            throw new ForbiddenError();
        }
        return membership;
    }

    async getOrThrow(ctx: RequestContext, id: ID): Promise<Company> {
        const company = await this.findOne(ctx, id);
        if (!company) {
            throw new EntityNotFoundError('Company', id);
        }
        return company;
    }

    private async linkMember(
        ctx: RequestContext,
        company: Company,
        customer: Customer,
        role: CompanyRole,
    ): Promise<CompanyMember | CustomerAlreadyInCompanyError> {
        if (await this.findMemberRow(ctx, customer.id)) {
            return new CustomerAlreadyInCompanyError();
        }
        const member = await this.connection
            .getRepository(ctx, CompanyMember)
            .save(new CompanyMember({ company, customer, role: this.checkRole(role) }));
        this.requestCache.set(ctx, `b2b-membership-${String(customer.id)}`, undefined);
        this.requestCache.set(ctx, `b2b-buyer-${String(customer.id)}`, undefined);
        this.requestCache.set(ctx, 'b2b-active-buyer', undefined);
        return member;
    }

    private findMemberRow(ctx: RequestContext, customerId: ID): Promise<CompanyMember | null> {
        return this.connection.getRepository(ctx, CompanyMember).findOne({ where: { customerId } });
    }

    private async getSalesRep(ctx: RequestContext, id: ID): Promise<Administrator> {
        const admin = await this.connection.getRepository(ctx, Administrator).findOne({ where: { id } });
        if (!admin || admin.deletedAt) {
            throw new EntityNotFoundError('Administrator', id);
        }
        return admin;
    }

    private normalizeCode(code: string): string {
        const trimmed = checkText(code, 'code', B2B_INPUT_LIMITS.code, { required: true });
        if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(trimmed)) {
            throw new UserInputError(
                `Company code "${trimmed}" may only contain letters, digits, "-", "_" and "." and must start with a letter or digit`,
            );
        }
        return trimmed;
    }

    private normalizeTier(tier: string | null | undefined): string | null {
        return normalizeTierCode(tier);
    }

    private checkAddress(address: CompanyAddress | null | undefined, field: string): CompanyAddress | null {
        if (address == null) {
            return null;
        }
        const text = (key: keyof CompanyAddress, required = false) =>
            checkText(address[key], `${field}.${key}`, B2B_INPUT_LIMITS.name, { required }) ?? undefined;
        const countryCode = checkText(address.countryCode, `${field}.countryCode`, 2, { required: true });
        return {
            fullName: text('fullName'),
            company: text('company'),
            streetLine1: text('streetLine1', true)!,
            streetLine2: text('streetLine2'),
            city: text('city'),
            province: text('province'),
            postalCode: text('postalCode'),
            countryCode: countryCode.toUpperCase(),
            phoneNumber: text('phoneNumber'),
        };
    }

    private checkRole(role: CompanyRole): CompanyRole {
        if (!Object.values(CompanyRole).includes(role)) {
            throw new UserInputError(`Unknown company role "${String(role)}"`);
        }
        return role;
    }

    private requireText(value: string | null | undefined, field: string): string {
        return checkText(value, field, B2B_INPUT_LIMITS.name, { required: true });
    }

    /** Placed (not active) orders of the company's members, in the request's channel, with Vendure's list options. */
    async getCompanyOrders(
        ctx: RequestContext,
        companyId: ID,
        options?: ListQueryOptions<Order>,
    ): Promise<PaginatedList<Order>> {
        const members = await this.connection
            .getRepository(ctx, CompanyMember)
            .find({ where: { companyId }, select: { customerId: true } });
        if (!members.length) {
            return { items: [], totalItems: 0 };
        }
        const [items, totalItems] = await this.listQueryBuilder
            .build(Order, options, {
                ctx,
                channelId: ctx.channelId,
                relations: ['customer'],
                where: { customerId: In(members.map(m => m.customerId)), active: false },
                orderBy: { orderPlacedAt: 'DESC' },
            })
            .getManyAndCount();
        return { items, totalItems };
    }

    /** Companies by ids, in the request's channel (for field resolvers). */
    findByIds(ctx: RequestContext, ids: ID[]): Promise<Company[]> {
        if (!ids.length) {
            return Promise.resolve([]);
        }
        return this.connection
            .getRepository(ctx, Company)
            .createQueryBuilder('company')
            .innerJoin('company.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where({ id: In(ids) })
            .getMany();
    }
}
