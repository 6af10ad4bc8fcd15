import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CurrencyCode, DeletionResponse, DeletionResult } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    EntityNotFoundError,
    ListQueryBuilder,
    ListQueryOptions,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { Not } from 'typeorm';

import { MarketplaceSellerService } from '../../marketplace';
import { DuplicateCodeError } from '../api/error-results';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { Supplier } from '../entities/supplier.entity';
import type { WarehouseAddress } from '../entities/warehouse.entity';

interface SupplierFields {
    name?: string | null;
    code?: string | null;
    contactName?: string | null;
    emailAddress?: string | null;
    phoneNumber?: string | null;
    address?: WarehouseAddress | null;
    leadTimeDays?: number | null;
    currencyCode?: CurrencyCode | null;
    allowOverReceipt?: boolean | null;
    active?: boolean | null;
    note?: string | null;
    marketplaceSellerId?: ID | null;
}

/** What `Supplier.marketplaceSeller` shows of the linked marketplace seller. */
export interface SupplierMarketplaceSeller {
    id: ID;
    code: string;
    name: string;
}

export interface CreateSupplierInput extends SupplierFields {
    name: string;
    code: string;
}

export interface UpdateSupplierInput extends SupplierFields {
    id: ID;
}

/** Suppliers of the request's channel; another channel's supplier is "not found". */
@Injectable()
export class SupplierService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private moduleRef: ModuleRef,
    ) {}

    /**
     * The marketplace plugin's seller service, or null when MarketplacePlugin is not installed. It exports no Nest
     * providers, so it is looked up across modules (`strict: false`), as the portal plugin does.
     */
    private marketplaceSellers(): MarketplaceSellerService | null {
        try {
            return this.moduleRef.get(MarketplaceSellerService, { strict: false }) ?? null;
        } catch {
            return null;
        }
    }

    /** The marketplace seller a supplier is linked to; null when unlinked or the marketplace is not installed. */
    async findMarketplaceSeller(
        ctx: RequestContext,
        supplier: Supplier,
    ): Promise<SupplierMarketplaceSeller | null> {
        const sellers = this.marketplaceSellers();
        if (supplier.marketplaceSellerId == null || !sellers) {
            return null;
        }
        const seller = await sellers.findOne(ctx, supplier.marketplaceSellerId);
        return seller ? { id: seller.id, code: seller.code, name: seller.name } : null;
    }

    /** Refuses a seller id that the marketplace does not know, or any seller when it is not installed. */
    private async checkMarketplaceSeller(
        ctx: RequestContext,
        sellerId: ID | null | undefined,
    ): Promise<void> {
        if (sellerId == null) {
            return;
        }
        const sellers = this.marketplaceSellers();
        if (!sellers) {
            throw new UserInputError(
                'The marketplace plugin is not installed: a supplier cannot be linked to a marketplace seller',
            );
        }
        if (!(await sellers.findOne(ctx, sellerId))) {
            throw new UserInputError(`No marketplace seller with id ${String(sellerId)}`);
        }
    }

    async findAll(
        ctx: RequestContext,
        options?: ListQueryOptions<Supplier>,
    ): Promise<PaginatedList<Supplier>> {
        const [items, totalItems] = await this.listQueryBuilder
            .build(Supplier, options, { ctx, entityAlias: 'supplier' })
            .andWhere('supplier.channelId = :channelId', { channelId: ctx.channelId })
            .getManyAndCount();
        return { items, totalItems };
    }

    async findOne(ctx: RequestContext, id: ID): Promise<Supplier | undefined> {
        const supplier = await this.connection
            .getRepository(ctx, Supplier)
            .findOne({ where: { id, channelId: ctx.channelId } });
        return supplier ?? undefined;
    }

    async getOrThrow(ctx: RequestContext, id: ID): Promise<Supplier> {
        const supplier = await this.findOne(ctx, id);
        if (!supplier) {
            throw new EntityNotFoundError('Supplier', id);
        }
        return supplier;
    }

    async create(ctx: RequestContext, input: CreateSupplierInput): Promise<Supplier | DuplicateCodeError> {
        this.validate(input);
        await this.checkMarketplaceSeller(ctx, input.marketplaceSellerId);
        const code = input.code.trim();
        const repo = this.connection.getRepository(ctx, Supplier);
        if (await repo.exists({ where: { code, channelId: ctx.channelId } })) {
            return new DuplicateCodeError('supplier', code);
        }
        const saved = await repo.save(
            new Supplier({
                channelId: ctx.channelId,
                code,
                name: input.name.trim(),
                contactName: input.contactName ?? null,
                emailAddress: input.emailAddress ?? null,
                phoneNumber: input.phoneNumber ?? null,
                address: input.address ?? null,
                leadTimeDays: input.leadTimeDays ?? 7,
                currencyCode: input.currencyCode ?? ctx.channel.defaultCurrencyCode,
                allowOverReceipt: input.allowOverReceipt ?? false,
                active: input.active ?? true,
                note: input.note ?? null,
                marketplaceSellerId: input.marketplaceSellerId ?? null,
            }),
        );
        return this.getOrThrow(ctx, saved.id);
    }

    async update(ctx: RequestContext, input: UpdateSupplierInput): Promise<Supplier | DuplicateCodeError> {
        const supplier = await this.getOrThrow(ctx, input.id);
        this.validate(input);
        await this.checkMarketplaceSeller(ctx, input.marketplaceSellerId);
        const repo = this.connection.getRepository(ctx, Supplier);
        if (input.code != null) {
            const code = input.code.trim();
            if (await repo.exists({ where: { code, channelId: ctx.channelId, id: Not(supplier.id) } })) {
                return new DuplicateCodeError('supplier', code);
            }
            supplier.code = code;
        }
        if (input.name != null) supplier.name = input.name.trim();
        if (input.contactName !== undefined) supplier.contactName = input.contactName;
        if (input.emailAddress !== undefined) supplier.emailAddress = input.emailAddress;
        if (input.phoneNumber !== undefined) supplier.phoneNumber = input.phoneNumber;
        if (input.address !== undefined) supplier.address = input.address;
        if (input.leadTimeDays != null) supplier.leadTimeDays = input.leadTimeDays;
        if (input.currencyCode != null) supplier.currencyCode = input.currencyCode;
        if (input.allowOverReceipt != null) supplier.allowOverReceipt = input.allowOverReceipt;
        if (input.active != null) supplier.active = input.active;
        if (input.note !== undefined) supplier.note = input.note;
        if (input.marketplaceSellerId !== undefined) supplier.marketplaceSellerId = input.marketplaceSellerId;
        await repo.save(supplier);
        return this.getOrThrow(ctx, supplier.id);
    }

    /** Suppliers with purchase orders are kept (deactivate them instead). */
    async delete(ctx: RequestContext, id: ID): Promise<DeletionResponse> {
        const supplier = await this.getOrThrow(ctx, id);
        const orders = await this.connection
            .getRepository(ctx, PurchaseOrder)
            .count({ where: { supplierId: supplier.id } });
        if (orders > 0) {
            return {
                result: DeletionResult.NOT_DELETED,
                message: `Supplier ${supplier.code} has ${orders} purchase orders; deactivate it instead`,
            };
        }
        await this.connection.getRepository(ctx, Supplier).delete({ id: supplier.id });
        return { result: DeletionResult.DELETED };
    }

    private validate(input: SupplierFields): void {
        if (input.code != null && !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(input.code.trim())) {
            throw new UserInputError(
                `The supplier code "${input.code}" must be 1-64 letters, digits, "-", "_" or "."`,
            );
        }
        if (input.name != null && !input.name.trim()) {
            throw new UserInputError('A supplier needs a name');
        }
        if (input.leadTimeDays != null && (!Number.isInteger(input.leadTimeDays) || input.leadTimeDays < 0)) {
            throw new UserInputError(`leadTimeDays must be a whole number >= 0, got ${input.leadTimeDays}`);
        }
        if (input.emailAddress && !/^[^@\s]+@[^@\s]+$/.test(input.emailAddress)) {
            throw new UserInputError(`"${input.emailAddress}" is not an email address`);
        }
    }
}
