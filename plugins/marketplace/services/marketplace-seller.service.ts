import { Inject, Injectable } from '@nestjs/common';
import { Permission } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import { unique } from '@vendure/common/lib/unique';
import {
    Administrator,
    Asset,
    Channel,
    ChannelService,
    EntityNotFoundError,
    EventBus,
    ForbiddenError,
    idsAreEqual,
    InternalServerError,
    isGraphQlErrorResult,
    ListQueryBuilder,
    ListQueryOptions,
    normalizeEmailAddress,
    RelationPaths,
    RequestContext,
    RequestContextCacheService,
    Role,
    SellerService,
    SessionService,
    StockLocation,
    TransactionalConnection,
    User,
    UserInputError,
    UserService,
} from '@vendure/core';
import crypto from 'crypto';

import {
    DuplicateSellerError,
    SellerEmailAddressConflictError,
    SellerStatusTransitionError,
} from '../api/error-results';
import {
    MARKETPLACE_PLUGIN_OPTIONS,
    MarketplaceSellerPermission,
    OfferPermission,
    SellerPayoutPermission,
} from '../constants';
import { SellerRatingSummary } from '../config/seller-rating-strategy';
import { MarketplaceSeller, MarketplaceSellerStatus } from '../entities/marketplace-seller.entity';
import { SellerStatusEvent } from '../events/seller-status.event';
import { ResolvedMarketplacePluginOptions } from '../types';

import { checkEmail, checkText, MARKETPLACE_INPUT_LIMITS, slugify } from './input-checks';

/** Key of the PostgreSQL advisory lock that registrations take in turn (any constant unique to this use). */
const REGISTRATION_LOCK_KEY = 1_700_017_001;

/** A company's application to sell on the marketplace (`registerSeller`). */
export interface RegisterSellerInput {
    name: string;
    contactEmail: string;
    taxId: string;
    description?: string | null;
    administrator: {
        emailAddress: string;
        password: string;
        firstName?: string | null;
        lastName?: string | null;
    };
}

/** Changes to a seller's public profile: undefined keeps a field, null clears it. */
export interface UpdateSellerProfileInput {
    id: ID;
    description?: string | null;
    logoId?: ID | null;
    location?: string | null;
    countryCode?: string | null;
}

/** Who the request acts for: the operator (default channel) sees every seller's data, a seller channel its own. */
export type SellerScope = { operator: true } | { operator: false; sellerId: ID | null };

const TRANSITIONS: Record<
    'approve' | 'reject' | 'suspend' | 'reinstate',
    [MarketplaceSellerStatus, MarketplaceSellerStatus]
> = {
    approve: [MarketplaceSellerStatus.Pending, MarketplaceSellerStatus.Approved],
    reject: [MarketplaceSellerStatus.Pending, MarketplaceSellerStatus.Rejected],
    suspend: [MarketplaceSellerStatus.Approved, MarketplaceSellerStatus.Suspended],
    reinstate: [MarketplaceSellerStatus.Suspended, MarketplaceSellerStatus.Approved],
};

/** Seller applications, their review and the seller lifecycle. */
@Injectable()
export class MarketplaceSellerService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private channelService: ChannelService,
        private sellerService: SellerService,
        private userService: UserService,
        private sessionService: SessionService,
        private eventBus: EventBus,
        private requestCache: RequestContextCacheService,
        @Inject(MARKETPLACE_PLUGIN_OPTIONS) private options: ResolvedMarketplacePluginOptions,
    ) {}

    /** The permissions of a seller's role on its channel: the plugin's `sellerRolePermissions` and the offer ones. */
    sellerRolePermissions(): Permission[] {
        return unique([
            Permission.Authenticated,
            ...this.options.sellerRolePermissions,
            OfferPermission.Create,
            OfferPermission.Read,
            OfferPermission.Update,
            OfferPermission.Delete,
            SellerPayoutPermission.Read,
        ] as Permission[]);
    }

    /**
     * Takes the sellers' stock locations out of the default channel. Vendure puts every stock location into the
     * default channel each time it starts (`StockLocationService.initStockLocations`); a seller's location belongs to
     * its seller's channel only: the platform's stock guard, the shared catalogue's available stock and the
     * platform's allocation tell a seller's units from the platform's by that (the seller's units are its offers').
     * Run on start, after Vendure's step; returns how many locations it took out.
     */
    async keepSellerStockLocationsOwn(ctx: RequestContext): Promise<number> {
        const defaultChannel = await this.channelService.getDefaultChannel(ctx);
        const rows = await this.connection
            .getRepository(ctx, MarketplaceSeller)
            .createQueryBuilder('seller')
            .innerJoin(StockLocation, 'location', 'location.id = seller.stockLocationId')
            .innerJoin('location.channels', 'channel', 'channel.id = :defaultChannelId', {
                defaultChannelId: defaultChannel.id,
            })
            .select('seller.stockLocationId', 'stockLocationId')
            .getRawMany<{ stockLocationId: ID }>();
        for (const row of rows) {
            await this.channelService.removeFromChannels(ctx, StockLocation, row.stockLocationId, [
                defaultChannel.id,
            ]);
        }
        return rows.length;
    }

    /**
     * Gives every seller's role the permissions of {@link sellerRolePermissions} it lacks (on start: sellers approved
     * under an earlier version, e.g. before sellers fulfilled their own orders). Never takes one away.
     */
    async grantSellerRolePermissions(ctx: RequestContext): Promise<number> {
        const wanted = this.sellerRolePermissions();
        const roles = await this.connection
            .getRepository(ctx, Role)
            .createQueryBuilder('role')
            .innerJoin(MarketplaceSeller, 'seller', 'seller.roleId = role.id')
            .getMany();
        let updated = 0;
        for (const role of roles) {
            const missing = wanted.filter(p => !role.permissions.includes(p));
            if (missing.length) {
                await this.connection
                    .getRepository(ctx, Role)
                    .update(role.id, { permissions: [...role.permissions, ...missing] });
                updated++;
            }
        }
        return updated;
    }

    findAll(
        ctx: RequestContext,
        options?: ListQueryOptions<MarketplaceSeller>,
        relations?: RelationPaths<MarketplaceSeller>,
    ): Promise<PaginatedList<MarketplaceSeller>> {
        return this.listQueryBuilder
            .build(MarketplaceSeller, options, { ctx, relations: relations ?? [] })
            .getManyAndCount()
            .then(([items, totalItems]) => ({ items, totalItems }));
    }

    async findOne(ctx: RequestContext, id: ID): Promise<MarketplaceSeller | undefined> {
        const seller = await this.connection.getRepository(ctx, MarketplaceSeller).findOne({ where: { id } });
        return seller ?? undefined;
    }

    /** Approved sellers (the storefront's seller list), with filter, sort and paging. */
    findAllPublic(
        ctx: RequestContext,
        options?: ListQueryOptions<MarketplaceSeller>,
        relations?: RelationPaths<MarketplaceSeller>,
    ): Promise<PaginatedList<MarketplaceSeller>> {
        return this.listQueryBuilder
            .build(MarketplaceSeller, options, {
                ctx,
                relations: relations ?? [],
                where: { status: MarketplaceSellerStatus.Approved },
            })
            .getManyAndCount()
            .then(([items, totalItems]) => ({ items, totalItems }));
    }

    /** An approved seller by id or code (the storefront's seller profile); undefined for any other seller. */
    async findPublic(
        ctx: RequestContext,
        by: { id?: ID | null; code?: string | null },
    ): Promise<MarketplaceSeller | undefined> {
        if (by.id == null && !by.code) {
            throw new UserInputError('Pass the seller id or code');
        }
        const seller = await this.connection.getRepository(ctx, MarketplaceSeller).findOne({
            where: {
                ...(by.id != null ? { id: by.id } : {}),
                ...(by.code ? { code: by.code } : {}),
                status: MarketplaceSellerStatus.Approved,
            },
        });
        return seller ?? undefined;
    }

    /** The seller's rating summary from the configured {@link SellerRatingStrategy} (unrated when it has none). */
    async getRatingSummary(ctx: RequestContext, seller: MarketplaceSeller): Promise<SellerRatingSummary> {
        const summaries = await this.options.sellerRatingStrategy.getRatingSummaries?.(ctx, [seller.id]);
        return summaries?.get(String(seller.id)) ?? { average: null, count: 0 };
    }

    /**
     * Changes a seller's public profile. The operator (on the default channel, with `UpdateMarketplaceSeller`) may
     * change any seller's; a seller administrator (on its channel) only its own: another seller is not found. An
     * administrator of the default channel holding only `UpdateOffer` (which lets sellers edit their own) is
     * refused. Checked before anything is written.
     */
    async updateProfile(ctx: RequestContext, input: UpdateSellerProfileInput): Promise<MarketplaceSeller> {
        const scope = await this.getScope(ctx);
        if (scope.operator && !ctx.userHasPermissions([MarketplaceSellerPermission.Update])) {
            throw new ForbiddenError();
        }
        const seller = await this.findOne(ctx, input.id);
        if (!seller || (!scope.operator && !idsAreEqual(scope.sellerId ?? -1, seller.id))) {
            throw new EntityNotFoundError('MarketplaceSeller', input.id);
        }
        const limits = MARKETPLACE_INPUT_LIMITS;
        const patch: Partial<Pick<MarketplaceSeller, 'description' | 'logoId' | 'location' | 'countryCode'>> =
            {};
        if (input.description !== undefined) {
            patch.description = checkText(input.description, 'description', limits.description);
        }
        if (input.location !== undefined) {
            patch.location = checkText(input.location, 'location', limits.location);
        }
        if (input.countryCode !== undefined) {
            const code = checkText(input.countryCode, 'countryCode', 2)?.toUpperCase() ?? null;
            if (code !== null && !/^[A-Z]{2}$/.test(code)) {
                throw new UserInputError('countryCode must be an ISO 3166-1 alpha-2 code such as CN or DE');
            }
            patch.countryCode = code;
        }
        if (input.logoId !== undefined) {
            if (input.logoId !== null) {
                const asset = await this.connection
                    .getRepository(ctx, Asset)
                    .findOne({ where: { id: input.logoId } });
                if (!asset) {
                    throw new EntityNotFoundError('Asset', input.logoId);
                }
            }
            patch.logoId = input.logoId;
        }
        if (Object.keys(patch).length > 0) {
            await this.connection.getRepository(ctx, MarketplaceSeller).update({ id: seller.id }, patch);
        }
        return (await this.findOne(ctx, seller.id)) as MarketplaceSeller;
    }

    /** The seller whose channel the request is on, if any. */
    findByChannel(ctx: RequestContext, channelId: ID): Promise<MarketplaceSeller | null> {
        return this.connection.getRepository(ctx, MarketplaceSeller).findOne({ where: { channelId } });
    }

    /**
     * The operator works on the default channel and sees everything; on a seller channel the request sees only
     * that seller's data (and on any other channel nothing: `sellerId` null). Cached per request.
     */
    async getScope(ctx: RequestContext): Promise<SellerScope> {
        return this.requestCache.get(ctx, 'marketplace-seller-scope', async (): Promise<SellerScope> => {
            const defaultChannel = await this.channelService.getDefaultChannel(ctx);
            if (idsAreEqual(ctx.channelId, defaultChannel.id)) {
                return { operator: true };
            }
            const seller = await this.findByChannel(ctx, ctx.channelId);
            return { operator: false, sellerId: seller?.id ?? null };
        });
    }

    /**
     * Registers an application: a Vendure `Seller`, its channel, a stock location in that channel, a role limited
     * to the channel and the seller's first administrator, all in the request's transaction; the seller is
     * pending until the operator approves it. Malformed input is a `UserInputError`, a taken name, tax id or
     * administrator email an ErrorResult; both are checked before anything is written.
     */
    async register(
        ctx: RequestContext,
        input: RegisterSellerInput,
    ): Promise<MarketplaceSeller | DuplicateSellerError | SellerEmailAddressConflictError> {
        const limits = MARKETPLACE_INPUT_LIMITS;
        const name = checkText(input.name, 'name', limits.name, { required: true });
        if (name.length < 2) {
            throw new UserInputError('name must have at least 2 characters');
        }
        const contactEmail = normalizeEmailAddress(checkEmail(input.contactEmail, 'contactEmail'));
        const taxId = checkText(input.taxId, 'taxId', limits.taxId, { required: true })
            .replace(/\s+/g, '')
            .toUpperCase();
        if (!/^[A-Z0-9][A-Z0-9\-./]{3,39}$/.test(taxId)) {
            throw new UserInputError(
                'taxId must be 4 to 40 letters, digits, "-", "." or "/", starting with a letter or digit',
            );
        }
        const description = checkText(input.description, 'description', limits.description);
        if (!input.administrator) {
            throw new UserInputError('administrator is required');
        }
        const adminEmail = normalizeEmailAddress(
            checkEmail(input.administrator.emailAddress, 'administrator.emailAddress'),
        );
        const password = input.administrator.password ?? '';
        if (password.length < limits.passwordMin || password.length > limits.password) {
            throw new UserInputError(
                `administrator.password must have ${limits.passwordMin} to ${limits.password} characters`,
            );
        }
        const firstName =
            checkText(input.administrator.firstName, 'administrator.firstName', limits.name) ?? name;
        const lastName = checkText(input.administrator.lastName, 'administrator.lastName', limits.name) ?? '';

        await this.takeRegistrationTurn(ctx);
        const sellers = this.connection.getRepository(ctx, MarketplaceSeller);
        const sameName = await sellers
            .createQueryBuilder('s')
            .where('LOWER(s.name) = :name', { name: name.toLowerCase() })
            .getCount();
        if (sameName > 0) {
            return new DuplicateSellerError('name');
        }
        if ((await sellers.count({ where: { taxId } })) > 0) {
            return new DuplicateSellerError('taxId');
        }
        const adminTaken = await this.connection
            .getRepository(ctx, Administrator)
            .createQueryBuilder('a')
            .where('a.emailAddress = :email', { email: adminEmail })
            .andWhere('a.deletedAt IS NULL')
            .getCount();
        if (adminTaken > 0) {
            return new SellerEmailAddressConflictError();
        }
        const code = await this.freeCode(ctx, slugify(name) || 'seller');

        const defaultChannel = await this.channelService.getDefaultChannel(ctx);
        const seller = await this.sellerService.create(ctx, { name });
        const channel = await this.channelService.create(ctx, {
            code: `seller-${code}`,
            token: `seller-${code}-${crypto.randomBytes(8).toString('hex')}`,
            sellerId: seller.id,
            defaultLanguageCode: defaultChannel.defaultLanguageCode,
            availableLanguageCodes: defaultChannel.availableLanguageCodes,
            defaultCurrencyCode: defaultChannel.defaultCurrencyCode,
            availableCurrencyCodes: defaultChannel.availableCurrencyCodes,
            pricesIncludeTax: defaultChannel.pricesIncludeTax,
            defaultShippingZoneId: defaultChannel.defaultShippingZone?.id,
            defaultTaxZoneId: defaultChannel.defaultTaxZone?.id,
        });
        if (isGraphQlErrorResult(channel)) {
            throw new InternalServerError(channel.message);
        }
        const stockLocation = await this.connection.getRepository(ctx, StockLocation).save(
            new StockLocation({
                name,
                description: `Stock of the marketplace seller ${name}`,
                channels: [channel],
                customFields: {},
            }),
        );
        const role = await this.connection.getRepository(ctx, Role).save(
            new Role({
                code: `seller-${code}`,
                description: `Marketplace seller ${name}`,
                permissions: this.sellerRolePermissions(),
                channels: [channel],
            }),
        );
        const user = await this.userService.createAdminUser(ctx, adminEmail, password);
        user.roles = [role];
        await this.connection.getRepository(ctx, User).save(user, { reload: false });
        await this.connection
            .getRepository(ctx, Administrator)
            .save(
                new Administrator({ firstName, lastName, emailAddress: adminEmail, user, customFields: {} }),
            );
        const created = await sellers.save(
            new MarketplaceSeller({
                name,
                code,
                status: MarketplaceSellerStatus.Pending,
                statusReason: null,
                statusChangedAt: new Date(),
                contactEmail,
                taxId,
                description,
                sellerId: seller.id,
                channelId: channel.id,
                stockLocationId: stockLocation.id,
                roleId: role.id,
            }),
        );
        await this.eventBus.publish(
            new SellerStatusEvent(ctx, created, null, MarketplaceSellerStatus.Pending),
        );
        return created;
    }

    approve(ctx: RequestContext, id: ID): Promise<MarketplaceSeller | SellerStatusTransitionError> {
        return this.transition(ctx, id, 'approve', null);
    }

    reject(
        ctx: RequestContext,
        id: ID,
        reason: string,
    ): Promise<MarketplaceSeller | SellerStatusTransitionError> {
        return this.transition(ctx, id, 'reject', this.requireReason(reason));
    }

    suspend(
        ctx: RequestContext,
        id: ID,
        reason: string,
    ): Promise<MarketplaceSeller | SellerStatusTransitionError> {
        return this.transition(ctx, id, 'suspend', this.requireReason(reason));
    }

    reinstate(ctx: RequestContext, id: ID): Promise<MarketplaceSeller | SellerStatusTransitionError> {
        return this.transition(ctx, id, 'reinstate', null);
    }

    /** The administrators holding the seller's role (its own staff). */
    getAdministrators(ctx: RequestContext, seller: MarketplaceSeller): Promise<Administrator[]> {
        if (seller.roleId == null) {
            return Promise.resolve([]);
        }
        return this.connection
            .getRepository(ctx, Administrator)
            .createQueryBuilder('administrator')
            .innerJoinAndSelect('administrator.user', 'user')
            .innerJoin('user.roles', 'role', 'role.id = :roleId', { roleId: seller.roleId })
            .where('administrator.deletedAt IS NULL')
            .orderBy('administrator.id', 'ASC')
            .getMany();
    }

    /**
     * True when the user holds the role of a seller that is not approved: pending, rejected and suspended
     * sellers' administrators may not log in.
     */
    async isLoginBlocked(ctx: RequestContext, userId: ID): Promise<boolean> {
        const blocked = await this.connection
            .getRepository(ctx, MarketplaceSeller)
            .createQueryBuilder('seller')
            .innerJoin(User, 'user', 'user.id = :userId', { userId })
            .innerJoin('user.roles', 'role', 'role.id = seller.roleId')
            .where('seller.status != :approved', { approved: MarketplaceSellerStatus.Approved })
            .getCount();
        return blocked > 0;
    }

    /**
     * The approved sellers whose staff the user is (holds the seller's role), whatever channel the request is on.
     * Empty for customers, the operator's administrators and staff of a pending, rejected or suspended seller.
     * Other plugins use it to tell whom a request speaks for (the portal's seller audiences).
     */
    findApprovedSellersOfUser(ctx: RequestContext, userId: ID): Promise<MarketplaceSeller[]> {
        return this.connection
            .getRepository(ctx, MarketplaceSeller)
            .createQueryBuilder('seller')
            .innerJoin(User, 'user', 'user.id = :userId', { userId })
            .innerJoin('user.roles', 'role', 'role.id = seller.roleId')
            .where('seller.status = :approved', { approved: MarketplaceSellerStatus.Approved })
            .orderBy('seller.id', 'ASC')
            .getMany();
    }

    getChannel(ctx: RequestContext, seller: MarketplaceSeller): Promise<Channel | null> {
        return this.connection.getRepository(ctx, Channel).findOne({ where: { id: seller.channelId } });
    }

    /**
     * Registrations check the name, tax id and administrator email, then write. On PostgreSQL (READ COMMITTED)
     * two registrations at once would both pass the checks and the second would then hit a unique index: a 500
     * instead of its ErrorResult. A transaction-scoped advisory lock makes registrations take turns; the second
     * one's checks then see the first one's committed rows. SQLite runs one writing transaction at a time.
     */
    private async takeRegistrationTurn(ctx: RequestContext): Promise<void> {
        if (this.connection.rawConnection.options.type !== 'postgres') {
            return;
        }
        await this.connection
            .getRepository(ctx, MarketplaceSeller)
            .query('SELECT pg_advisory_xact_lock($1)', [REGISTRATION_LOCK_KEY]);
    }

    private requireReason(reason: string): string {
        return checkText(reason, 'reason', MARKETPLACE_INPUT_LIMITS.reason, { required: true });
    }

    private async transition(
        ctx: RequestContext,
        id: ID,
        action: keyof typeof TRANSITIONS,
        reason: string | null,
    ): Promise<MarketplaceSeller | SellerStatusTransitionError> {
        const seller = await this.findOne(ctx, id);
        if (!seller) {
            throw new EntityNotFoundError('MarketplaceSeller', id);
        }
        const [from, to] = TRANSITIONS[action];
        if (seller.status !== from) {
            return new SellerStatusTransitionError(seller.status, to);
        }
        // Conditional on the status read above, so that two operators acting at once cannot both win.
        const result = await this.connection
            .getRepository(ctx, MarketplaceSeller)
            .createQueryBuilder()
            .update(MarketplaceSeller)
            .set({ status: to, statusReason: reason, statusChangedAt: new Date() })
            .where('id = :id AND status = :from', { id: seller.id, from })
            .execute();
        if (!result.affected) {
            const current = await this.findOne(ctx, id);
            return new SellerStatusTransitionError(current?.status ?? from, to);
        }
        const updated = (await this.findOne(ctx, id)) as MarketplaceSeller;
        if (to !== MarketplaceSellerStatus.Approved) {
            // Logged-in administrators of a seller that may no longer log in are logged out at once.
            for (const administrator of await this.getAdministrators(ctx, updated)) {
                await this.sessionService.deleteSessionsByUser(ctx, administrator.user);
            }
        }
        await this.eventBus.publish(new SellerStatusEvent(ctx, updated, from, to, reason));
        return updated;
    }

    private async freeCode(ctx: RequestContext, base: string): Promise<string> {
        for (let n = 1; ; n++) {
            const code = n === 1 ? base : `${base}-${n}`;
            const taken =
                (await this.connection.getRepository(ctx, MarketplaceSeller).count({ where: { code } })) +
                (await this.connection
                    .getRepository(ctx, Channel)
                    .count({ where: { code: `seller-${code}` } }));
            if (taken === 0) {
                return code;
            }
        }
    }
}
