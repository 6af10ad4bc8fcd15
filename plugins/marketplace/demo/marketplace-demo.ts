import { INestApplicationContext } from '@nestjs/common';
import { CreateAddressInput } from '@vendure/common/lib/generated-types';
import {
    ChannelService,
    CollectionService,
    LanguageCode,
    Logger,
    Order,
    ProductVariant,
    RequestContext,
    ShippingMethod,
    ShippingMethodService,
    TransactionalConnection,
} from '@vendure/core';
import { In } from 'typeorm';

import { demoOrderContext, placeDemoOrder } from '../../../src/demo/demo-orders';

import { loggerCtx } from '../constants';
import { MarketplaceSeller, MarketplaceSellerStatus } from '../entities/marketplace-seller.entity';
import { MarketplaceCommissionRule } from '../entities/commission-rule.entity';
import { Offer, OfferCondition } from '../entities/offer.entity';
import { CommissionRuleService } from '../services/commission-rule.service';
import { MarketplaceSellerService } from '../services/marketplace-seller.service';
import { OfferService } from '../services/offer.service';
import { SellerPayoutService } from '../services/seller-payout.service';

/** Password of every demo seller administrator. */
export const DEMO_SELLER_PASSWORD = 'seller-demo-1';

interface DemoOffer {
    sku: string;
    price: number;
    quantity: number;
    leadTimeDays: number;
    condition?: OfferCondition;
    minimumOrderQuantity?: number;
}

interface DemoShipping {
    code: string;
    /** Flat rate in minor units, tax included. */
    rate: number;
    en: { name: string; description: string };
    zh: { name: string; description: string };
}

interface DemoSeller {
    name: string;
    taxId: string;
    email: string;
    description: string;
    approve: boolean;
    offers: DemoOffer[];
    /** The seller's shipping method (approved sellers). */
    shipping?: DemoShipping;
}

/**
 * Three approved sellers with offers on overlapping sample-catalogue variants (the 13-inch 16GB laptop is offered
 * by all three: Shenzhen has the lowest price, so it holds the buy box; Rhine and Shenzhen tie on the monitor and
 * Rhine ships sooner), and one pending application for the operator to review. The laptop's first variant
 * (L2201308) carries no offer: the storefront replay (`../shared/storefront-compat`) buys it on the sample data
 * and expects the catalogue price.
 */
export const DEMO_SELLERS: DemoSeller[] = [
    {
        name: 'Shenzhen Components 深圳元器件',
        taxId: 'CN-91440300-SZC',
        email: 'seller-shenzhen@triflow.local',
        description: 'Laptops, memory and storage from the Pearl River Delta',
        approve: true,
        offers: [
            { sku: 'L2201316', price: 204900, quantity: 12, leadTimeDays: 5 },
            { sku: 'C27F390', price: 15900, quantity: 40, leadTimeDays: 4 },
            { sku: 'CMK32GX4M2AC08', price: 13900, quantity: 100, leadTimeDays: 3, minimumOrderQuantity: 2 },
        ],
        shipping: {
            code: 'shenzhen-air-freight',
            rate: 2500,
            en: {
                name: 'Shenzhen Components: air freight',
                description: 'Shipped from Shenzhen in 5–8 days',
            },
            zh: { name: '深圳元器件：空运', description: '从深圳发货，5–8 天送达' },
        },
    },
    {
        name: 'Rhine Industrial Supply 莱茵工业供应',
        taxId: 'DE-811234567',
        email: 'seller-rhine@triflow.local',
        description: 'Industrial IT hardware, refurbished with a one-year warranty',
        approve: true,
        offers: [
            { sku: 'L2201316', price: 207500, quantity: 4, leadTimeDays: 2 },
            { sku: 'L2201508', price: 135000, quantity: 6, leadTimeDays: 2 },
            { sku: 'C27F390', price: 15900, quantity: 8, leadTimeDays: 1 },
            {
                sku: 'CMK32GX4M2AC08',
                price: 14500,
                quantity: 10,
                leadTimeDays: 7,
                condition: OfferCondition.Refurbished,
            },
        ],
        shipping: {
            code: 'rhine-road-freight',
            rate: 1500,
            en: {
                name: 'Rhine Industrial Supply: road freight',
                description: 'Shipped from Duisburg in 2–3 days',
            },
            zh: { name: '莱茵工业供应：公路运输', description: '从杜伊斯堡发货，2–3 天送达' },
        },
    },
    {
        name: 'Thames Office Parts 泰晤士办公配件',
        taxId: 'GB-123456789',
        email: 'seller-thames@triflow.local',
        description: 'Office laptops and storage, next-day in the UK',
        approve: true,
        offers: [
            { sku: 'L2201316', price: 209900, quantity: 20, leadTimeDays: 1 },
            { sku: 'L2201508', price: 138900, quantity: 0, leadTimeDays: 1 },
            { sku: 'IHD455T1', price: 4900, quantity: 60, leadTimeDays: 1 },
        ],
        shipping: {
            code: 'thames-next-day',
            rate: 900,
            en: { name: 'Thames Office Parts: next-day courier', description: 'Next working day in the UK' },
            zh: { name: '泰晤士办公配件：次日达快递', description: '英国境内下一个工作日送达' },
        },
    },
    {
        name: 'Osaka Precision 大阪精密',
        taxId: 'JP-T1234567890123',
        email: 'seller-osaka@triflow.local',
        description: 'Precision connectors and cables (application under review)',
        approve: false,
        offers: [],
    },
];

/** Seller administrator logins, printed by `npm start`. */
export const DEMO_SELLER_LOGINS = DEMO_SELLERS.map(s => ({
    label: `Seller administrator, ${s.name}${s.approve ? '' : ' (pending: cannot log in until approved)'}`,
    email: s.email,
}));

/**
 * The demo commission rule: the operator charges Shenzhen Components 8% (instead of the marketplace's default 10%)
 * on the sample catalogue's Computers collection (电脑: laptops, monitors, memory, drives). It names a seller that
 * the demo split order does not buy from, so that order's commission does not depend on whether Vendure's
 * collection job had filled the collection when the order was placed.
 */
export const DEMO_COMMISSION_RULE = {
    sellerTaxId: 'CN-91440300-SZC',
    collectionSlug: 'computers',
    rateBps: 800,
};

/**
 * The demo split order: a buyer's order of one 15-inch laptop from Rhine and two drives from Thames, each seller's
 * part shipped with that seller's method. The sample catalogue has both variants (not L2201308).
 */
export const DEMO_SPLIT_ORDER = {
    lines: [
        { sellerTaxId: 'DE-811234567', sku: 'L2201508', quantity: 1 },
        { sellerTaxId: 'GB-123456789', sku: 'IHD455T1', quantity: 2 },
    ],
    customer: {
        emailAddress: 'liu.yang@example.co.uk',
        firstName: 'Yang',
        lastName: 'Liu 刘',
    },
    address: {
        fullName: 'Liu Yang 刘洋',
        company: 'Northbridge Office Services',
        streetLine1: '10 Finsbury Square',
        city: 'London',
        postalCode: 'EC2A 1AF',
        countryCode: 'GB',
    } satisfies CreateAddressInput,
};

/**
 * Seeds once, in two steps each done once: the sellers, offers and payouts (nothing is done when the first demo
 * seller exists), then the sellers' shipping methods and the split order (nothing is done when the first demo
 * shipping method exists, so a database seeded before them gets them too).
 */
export async function seedMarketplaceDemo(app: INestApplicationContext, ctx: RequestContext): Promise<void> {
    const connection = app.get(TransactionalConnection);
    const seedCtx = await demoOrderContext(app, ctx);
    if (
        !(await connection
            .getRepository(seedCtx, MarketplaceSeller)
            .exists({ where: { taxId: DEMO_SELLERS[0].taxId } }))
    ) {
        await connection.withTransaction(seedCtx, async txCtx => {
            await seed(app, txCtx);
        });
        Logger.info(
            'Seeded the marketplace demo (3 approved sellers with offers, 1 pending application, 2 payout batches)',
            loggerCtx,
        );
    }
    await connection.withTransaction(seedCtx, async txCtx => {
        await seedCommissionRule(app, txCtx);
    });
    const firstMethodCode = DEMO_SELLERS.find(s => s.shipping)!.shipping!.code;
    if (
        !(await connection
            .getRepository(seedCtx, ShippingMethod)
            .exists({ where: { code: firstMethodCode } }))
    ) {
        const placed = await connection.withTransaction(seedCtx, async txCtx => {
            const methods = await seedShippingMethods(app, txCtx);
            return seedSplitOrder(app, txCtx, methods);
        });
        Logger.info(
            `Seeded the marketplace demo's seller shipping methods${placed ? ` and split order ${placed.code}` : ''}`,
            loggerCtx,
        );
    }
}

async function seed(app: INestApplicationContext, ctx: RequestContext): Promise<void> {
    const sellers = app.get(MarketplaceSellerService);
    const offers = app.get(OfferService);
    const skus = [...new Set(DEMO_SELLERS.flatMap(s => s.offers.map(o => o.sku)))];
    const variants = await app
        .get(TransactionalConnection)
        .getRepository(ctx, ProductVariant)
        .find({ where: { sku: In(skus) } });
    const variantBySku = new Map(variants.map(v => [v.sku, v]));
    const approved: MarketplaceSeller[] = [];
    for (const demo of DEMO_SELLERS) {
        const registered = await sellers.register(ctx, {
            name: demo.name,
            contactEmail: demo.email,
            taxId: demo.taxId,
            description: demo.description,
            administrator: { emailAddress: demo.email, password: DEMO_SELLER_PASSWORD, firstName: demo.name },
        });
        if (!(registered instanceof MarketplaceSeller)) {
            throw new Error(`Demo seller ${demo.name}: ${registered.message}`);
        }
        if (!demo.approve) {
            continue;
        }
        await sellers.approve(ctx, registered.id);
        approved.push(registered);
        for (const o of demo.offers) {
            const variant = variantBySku.get(o.sku);
            if (!variant) {
                Logger.warn(`Demo offer skipped: no variant with SKU ${o.sku}`, loggerCtx);
                continue;
            }
            await offers.create(ctx, {
                sellerId: registered.id,
                productVariantId: variant.id,
                price: o.price,
                quantityAvailable: o.quantity,
                leadTimeDays: o.leadTimeDays,
                condition: o.condition ?? OfferCondition.New,
                minimumOrderQuantity: o.minimumOrderQuantity ?? 1,
                sellerSku: `${registered.code.slice(0, 3).toUpperCase()}-${o.sku}`,
                manufacturerPartNumber: o.sku,
            });
        }
    }
    await seedPayouts(app, ctx, approved);
}

/**
 * The payout side of the demo: opening balances carried over from the group's former supplier system, paid out
 * to the first seller (a paid batch with its transfer reference) and waiting for the operator for the second (a
 * pending batch), so the payout pages and the seller ledger have rows to show.
 */
async function seedPayouts(
    app: INestApplicationContext,
    ctx: RequestContext,
    approved: MarketplaceSeller[],
): Promise<void> {
    const payouts = app.get(SellerPayoutService);
    const balances = [128000, 56050];
    for (const [i, seller] of approved.slice(0, balances.length).entries()) {
        await payouts.createAdjustment(ctx, {
            sellerId: seller.id,
            amount: balances[i],
            description: 'Opening balance from the former supplier system · 原供应商系统结转的期初余额',
        });
    }
    const batches = await payouts.buildPayoutBatches(ctx);
    const first = batches.find(b => approved[0] && String(b.sellerId) === String(approved[0].id));
    if (first) {
        await payouts.markPaid(ctx, first.id, 'DEMO-TRANSFER-0001');
    }
}

/**
 * The demo commission rule (`DEMO_COMMISSION_RULE`), when its seller and collection are there and it is not yet:
 * a database seeded before rules existed gets it too. Skipped with a warning without the collection.
 */
async function seedCommissionRule(app: INestApplicationContext, ctx: RequestContext): Promise<void> {
    const connection = app.get(TransactionalConnection);
    const seller = await connection
        .getRepository(ctx, MarketplaceSeller)
        .findOne({ where: { taxId: DEMO_COMMISSION_RULE.sellerTaxId } });
    if (!seller) {
        return;
    }
    const collection = await app
        .get(CollectionService)
        .findOneBySlug(ctx, DEMO_COMMISSION_RULE.collectionSlug);
    if (!collection) {
        Logger.warn(
            `Demo commission rule skipped: no collection with the slug ${DEMO_COMMISSION_RULE.collectionSlug}`,
            loggerCtx,
        );
        return;
    }
    if (
        await connection
            .getRepository(ctx, MarketplaceCommissionRule)
            .exists({ where: { collectionId: collection.id, sellerId: seller.id } })
    ) {
        return;
    }
    const rule = await app.get(CommissionRuleService).create(ctx, {
        collectionId: collection.id,
        sellerId: seller.id,
        rateBps: DEMO_COMMISSION_RULE.rateBps,
    });
    if (!(rule instanceof MarketplaceCommissionRule)) {
        throw new Error(`Demo commission rule: ${rule.message}`);
    }
    Logger.info(
        `Seeded the marketplace demo's commission rule: ${seller.name}, ${collection.name}, ${rule.rateBps} bp`,
        loggerCtx,
    );
}

/** One shipping method per approved demo seller, on the default channel and assigned to the seller's channel. */
async function seedShippingMethods(
    app: INestApplicationContext,
    ctx: RequestContext,
): Promise<Map<string, ShippingMethod>> {
    const connection = app.get(TransactionalConnection);
    const shippingMethods = app.get(ShippingMethodService);
    const byTaxId = new Map<string, ShippingMethod>();
    for (const demo of DEMO_SELLERS) {
        if (!demo.approve || !demo.shipping) {
            continue;
        }
        const seller = await connection
            .getRepository(ctx, MarketplaceSeller)
            .findOne({ where: { taxId: demo.taxId, status: MarketplaceSellerStatus.Approved } });
        if (!seller) {
            Logger.warn(`Demo shipping method skipped: ${demo.name} is not an approved seller`, loggerCtx);
            continue;
        }
        const method = await shippingMethods.create(ctx, {
            code: demo.shipping.code,
            fulfillmentHandler: 'manual-fulfillment',
            checker: {
                code: 'marketplace-seller-lines',
                arguments: [{ name: 'orderMinimum', value: '0' }],
            },
            calculator: {
                code: 'default-shipping-calculator',
                arguments: [
                    { name: 'rate', value: String(demo.shipping.rate) },
                    { name: 'includesTax', value: 'include' },
                    { name: 'taxRate', value: '0' },
                ],
            },
            translations: [
                { languageCode: LanguageCode.en, ...demo.shipping.en },
                { languageCode: LanguageCode.zh_Hans, ...demo.shipping.zh },
            ],
        });
        // What `assignShippingMethodsToChannel` does, without its check of the (absent) user's permissions.
        await app.get(ChannelService).assignToChannels(ctx, ShippingMethod, method.id, [seller.channelId]);
        byTaxId.set(demo.taxId, method);
    }
    return byTaxId;
}

/**
 * The demo split order (`DEMO_SPLIT_ORDER`): each line bought from its seller's offer (`offerId`, not the buy
 * box), each seller's shipping method, paid (authorized, as a buyer's checkout leaves it), so it is placed and split into one seller order per
 * seller with commission frozen. Skipped with a warning when the catalogue lacks a variant or an offer.
 */
async function seedSplitOrder(
    app: INestApplicationContext,
    ctx: RequestContext,
    methods: Map<string, ShippingMethod>,
): Promise<Order | undefined> {
    const connection = app.get(TransactionalConnection);
    const items: Array<{ variantId: string | number; offerId: string; quantity: number }> = [];
    for (const line of DEMO_SPLIT_ORDER.lines) {
        const seller = await connection
            .getRepository(ctx, MarketplaceSeller)
            .findOne({ where: { taxId: line.sellerTaxId } });
        const variant = await connection
            .getRepository(ctx, ProductVariant)
            .findOne({ where: { sku: line.sku } });
        const offer =
            seller && variant
                ? await connection
                      .getRepository(ctx, Offer)
                      .findOne({ where: { sellerId: seller.id, productVariantId: variant.id, active: true } })
                : null;
        if (!offer || !variant || !methods.has(line.sellerTaxId)) {
            Logger.warn(
                `Demo split order skipped: no offer of ${line.sellerTaxId} on SKU ${line.sku}`,
                loggerCtx,
            );
            return undefined;
        }
        items.push({ variantId: variant.id, offerId: String(offer.id), quantity: line.quantity });
    }
    return placeDemoOrder(app, ctx, {
        label: 'Marketplace demo, split order',
        customer: DEMO_SPLIT_ORDER.customer,
        lines: items.map(item => ({
            productVariantId: item.variantId,
            quantity: item.quantity,
            customFields: { offerId: item.offerId },
        })),
        address: DEMO_SPLIT_ORDER.address,
        shipping: { methodIds: DEMO_SPLIT_ORDER.lines.map(l => methods.get(l.sellerTaxId)!.id) },
        // paid, so each seller may fulfil its part (the seller orders are paid with the buyer's order)
        settle: true,
    });
}
