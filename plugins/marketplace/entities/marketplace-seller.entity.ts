import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { Asset, Channel, EntityId, Role, Seller, StockLocation, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne } from 'typeorm';

/**
 * Where a seller stands with the marketplace. Only `approved` sellers' offers reach the storefront and only their
 * administrators may log in. `pending` → `approved` | `rejected`; `approved` → `suspended`; `suspended` →
 * `approved` (reinstated).
 */
export enum MarketplaceSellerStatus {
    Pending = 'pending',
    Approved = 'approved',
    Rejected = 'rejected',
    Suspended = 'suspended',
}

/**
 * A company selling on the marketplace. Wraps what Vendure needs for a seller (its `Seller`, a seller `Channel`,
 * a `StockLocation` in that channel and a `Role` limited to that channel, held by the seller's administrators)
 * and adds the marketplace lifecycle. Not channel-aware: the operator manages all sellers from the default channel.
 */
@Entity('marketplace_seller')
export class MarketplaceSeller extends VendureEntity {
    constructor(input?: DeepPartial<MarketplaceSeller>) {
        super(input);
    }

    @Column()
    name: string;

    /** Lower-case, unique: the seller channel's code is `seller-<code>`. */
    @Index({ unique: true })
    @Column()
    code: string;

    @Column({ type: 'varchar', default: MarketplaceSellerStatus.Pending })
    status: MarketplaceSellerStatus;

    /** Why the seller was last rejected or suspended (null once approved or reinstated). */
    @Column({ type: 'varchar', length: 1000, nullable: true })
    statusReason: string | null;

    @Column({ type: Date, nullable: true })
    statusChangedAt: Date | null;

    @Column()
    contactEmail: string;

    /** Tax or VAT registration id, unique among sellers (stored upper-case without spaces). */
    @Index({ unique: true })
    @Column()
    taxId: string;

    @Column({ type: 'varchar', length: 2000, nullable: true })
    description: string | null;

    /** Public profile: the seller's logo (an asset of the catalogue), shown by storefronts. */
    @ManyToOne(() => Asset, { onDelete: 'SET NULL', nullable: true })
    logo: Asset | null;

    @EntityId({ nullable: true })
    logoId: ID | null;

    /** Public profile: where the seller ships from, as a storefront shows it ("Shenzhen, Guangdong"). */
    @Column({ type: 'varchar', length: 200, nullable: true })
    location: string | null;

    /** Public profile: ISO 3166-1 alpha-2 code of the country the seller ships from. */
    @Column({ type: 'varchar', length: 2, nullable: true })
    countryCode: string | null;

    @OneToOne(() => Seller, { onDelete: 'CASCADE' })
    @JoinColumn()
    seller: Seller;

    @EntityId()
    sellerId: ID;

    @ManyToOne(() => Channel, { onDelete: 'CASCADE' })
    channel: Channel;

    @Index()
    @EntityId()
    channelId: ID;

    @ManyToOne(() => StockLocation, { onDelete: 'SET NULL', nullable: true })
    stockLocation: StockLocation | null;

    /** Indexed: the sellers' stock of a variant (`OfferService.offerStock`) joins stock levels to sellers on it. */
    @Index()
    @EntityId({ nullable: true })
    stockLocationId: ID | null;

    /** Commission on this seller's order lines, in basis points; null: the plugin's default rate. */
    @Column({ type: 'int', nullable: true })
    commissionRateBps: number | null;

    /** Days a placed order waits before it may be paid out; null: the plugin's default holding period. */
    @Column({ type: 'int', nullable: true })
    payoutHoldingDays: number | null;

    /** The role, limited to the seller channel, that the seller's administrators hold. */
    @ManyToOne(() => Role, { onDelete: 'SET NULL', nullable: true })
    role: Role | null;

    @Index()
    @EntityId({ nullable: true })
    roleId: ID | null;
}
