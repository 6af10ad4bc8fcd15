import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, Order, VendureEntity } from '@vendure/core';
import { Entity, Index, ManyToOne } from 'typeorm';

import { Warehouse } from './warehouse.entity';

/**
 * The pick-up warehouse a buyer chose for an order (click-and-collect). Kept here, keyed by order id, rather
 * than as a custom field on Vendure's `Order`. It takes effect when the order's shipping method uses the
 * `warehouse-pickup` eligibility checker.
 */
@Entity()
export class OrderPickupChoice extends VendureEntity {
    constructor(input?: DeepPartial<OrderPickupChoice>) {
        super(input);
    }

    @ManyToOne(() => Order, { onDelete: 'CASCADE' })
    order: Order;

    @Index({ unique: true })
    @EntityId()
    orderId: ID;

    @ManyToOne(() => Warehouse, { onDelete: 'CASCADE' })
    warehouse: Warehouse;

    @Index()
    @EntityId()
    warehouseId: ID;
}
