import { INestApplicationContext } from '@nestjs/common';
import { Logger, ProductVariant, RequestContext, TransactionalConnection } from '@vendure/core';
import { In } from 'typeorm';

import { loggerCtx } from '../constants';
import { MarketplaceSeller } from '../entities/marketplace-seller.entity';
import { OfferCondition } from '../entities/offer.entity';
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

interface DemoSeller {
    name: string;
    taxId: string;
    email: string;
    description: string;
    approve: boolean;
    offers: DemoOffer[];
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

/** Seeds once: nothing is done when the first demo seller exists. */
export async function seedMarketplaceDemo(app: INestApplicationContext, ctx: RequestContext): Promise<void> {
    const connection = app.get(TransactionalConnection);
    if (
        await connection
            .getRepository(ctx, MarketplaceSeller)
            .exists({ where: { taxId: DEMO_SELLERS[0].taxId } })
    ) {
        return;
    }
    await connection.withTransaction(ctx, async txCtx => {
        await seed(app, txCtx);
    });
    Logger.info(
        'Seeded the marketplace demo (3 approved sellers with offers, 1 pending application, 2 payout batches)',
        loggerCtx,
    );
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
