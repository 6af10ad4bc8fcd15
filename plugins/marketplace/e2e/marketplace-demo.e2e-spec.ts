import { RequestContextService } from '@vendure/core';

import { createTriflowTestEnvironment, run, startTestServer } from '../../../src/testing/helpers';
import { demoSeeder } from '../demo';
import { DEMO_COMMISSION_RULE, DEMO_SELLERS, DEMO_SPLIT_ORDER } from '../demo/marketplace-demo';

import {
    MarketplaceDemoCountsDocument,
    MarketplaceLoginDocument,
    MktCommissionRulesDocument,
    MktCreateCollectionDocument,
    MktDemoCreateProductDocument,
    MktDemoCreateVariantsDocument,
    MktDemoOrdersOfDocument,
    MktDemoShippingMethodsDocument,
    MktPayoutBatchesDocument,
    MktSettlementsDocument,
} from './graphql/generated-admin';
import {
    MarketplaceAddToCartDocument,
    MktEligibleShippingMethodsDocument,
    VariantOffersDocument,
} from './graphql/generated-shop';
import { newShopClient } from './marketplace-checkout-helpers';
import { newAdminClient } from './marketplace-e2e-helpers';

const methodCodes = DEMO_SELLERS.flatMap(s => (s.shipping ? [s.shipping.code] : []));

describe('Marketplace demo data', () => {
    const env = createTriflowTestEnvironment();
    let driveId: string;

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 1 });
        // The test catalogue has two of the sample catalogue's SKUs (the laptop's L2201308 and L2201508); the demo
        // split order also needs the sample catalogue's drive, which Thames offers. As in the sample catalogue (and
        // unlike the test catalogue's laptops), it tracks inventory.
        const { createProduct } = await run(env.adminClient, MktDemoCreateProductDocument, {
            input: {
                enabled: true,
                translations: [{ languageCode: 'en', name: 'Drive', slug: 'drive', description: '' }],
            },
        });
        const { createProductVariants } = await run(env.adminClient, MktDemoCreateVariantsDocument, {
            input: [
                {
                    productId: createProduct.id,
                    sku: 'IHD455T1',
                    price: 5900,
                    stockOnHand: 100,
                    translations: [{ languageCode: 'en', name: 'Drive 4TB' }],
                },
            ],
        });
        driveId = createProductVariants[0]!.id;
        // The sample catalogue's Computers collection, which the demo commission rule names (the test catalogue
        // has none): its laptops.
        await run(env.adminClient, MktCreateCollectionDocument, {
            input: {
                filters: [
                    {
                        code: 'variant-id-filter',
                        arguments: [
                            { name: 'variantIds', value: JSON.stringify(['T_1', 'T_2']) },
                            { name: 'combineWithAnd', value: 'true' },
                        ],
                    },
                ],
                translations: [
                    { languageCode: 'en', name: 'Computers', slug: 'computers', description: '' },
                    { languageCode: 'zh_Hans', name: '电脑', slug: 'computers', description: '' },
                ],
            },
        });
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it('seeds three approved sellers with overlapping offers and one pending application, once', async () => {
        const ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
        await demoSeeder.seed(env.server.app, ctx);
        await demoSeeder.seed(env.server.app, ctx);
        const { marketplaceSellers, offers } = await run(env.adminClient, MarketplaceDemoCountsDocument);
        expect(marketplaceSellers.items.map(s => s.status)).toEqual([
            'approved',
            'approved',
            'approved',
            'pending',
        ]);
        // The test catalogue has only two laptop variants of the sample catalogue's SKUs: L2201308 (T_1), which the
        // demo leaves without offers (the storefront replay buys it at the catalogue price), and L2201508 (T_2).
        expect(offers.items.filter(o => o.productVariantId === 'T_1')).toHaveLength(0);
        expect(offers.items.filter(o => o.productVariantId === 'T_2')).toHaveLength(2);
        expect(offers.items.filter(o => o.productVariantId === driveId)).toHaveLength(1);
        expect(offers.totalItems).toBe(3);

        const { product } = await run(env.shopClient, VariantOffersDocument, { productId: 'T_1' });
        expect(product!.variants[0].buyBox).toBeNull();
        // sold out at Thames: only Rhine's 15-inch offer shows, and holds the buy box
        expect(product!.variants[1].offers.map(o => o.seller.name)).toEqual([
            'Rhine Industrial Supply 莱茵工业供应',
        ]);
        expect(product!.variants[1].buyBox).toMatchObject({
            price: 135000,
            seller: { name: 'Rhine Industrial Supply 莱茵工业供应' },
        });

        // Opening balances: paid out to the first seller, pending for the operator for the second (once).
        const { sellerPayoutBatches } = await run(env.adminClient, MktPayoutBatchesDocument, {
            options: { sort: { id: 'ASC' } },
        });
        expect(sellerPayoutBatches.items.map(b => [b.sellerId, b.amount, b.state, b.reference])).toEqual([
            [marketplaceSellers.items[0].id, 128000, 'paid', 'DEMO-TRANSFER-0001'],
            [marketplaceSellers.items[1].id, 56050, 'pending', null],
        ]);
        expect(sellerPayoutBatches.totalItems).toBe(2);

        // The commission rule: Shenzhen pays 8% on Computers (once, though seeded twice).
        const { marketplaceCommissionRules } = await run(env.adminClient, MktCommissionRulesDocument, {});
        expect(
            marketplaceCommissionRules.items.map(r => [r.collection.name, r.seller?.name, r.rateBps]),
        ).toEqual([['Computers', 'Shenzhen Components 深圳元器件', DEMO_COMMISSION_RULE.rateBps]]);

        const demoLogin = demoSeeder.logins![0].login.split(' / ');
        const client = newAdminClient();
        client.setChannelToken(marketplaceSellers.items[0].channel.token);
        const { login } = await run(client, MarketplaceLoginDocument, {
            username: demoLogin[0],
            password: demoLogin[1],
        });
        expect(login.__typename).toBe('CurrentUser');
    });

    it('gives each approved seller a shipping method, named in English and Chinese, with the seller-lines checker', async () => {
        const { shippingMethods } = await run(env.adminClient, MktDemoShippingMethodsDocument, {
            codes: methodCodes,
        });
        expect(shippingMethods.items.map(m => m.code)).toEqual([
            'shenzhen-air-freight',
            'rhine-road-freight',
            'thames-next-day',
        ]);
        for (const m of shippingMethods.items) {
            expect(m.checker.code).toBe('marketplace-seller-lines');
            expect(m.calculator.code).toBe('default-shipping-calculator');
            expect(m.translations.map(t => t.languageCode).sort()).toEqual(['en', 'zh_Hans']);
        }
        const rhine = shippingMethods.items[1];
        expect(rhine.translations.find(t => t.languageCode === 'zh_Hans')!.name).toBe(
            '莱茵工业供应：公路运输',
        );
        expect(rhine.calculator.args.find(a => a.name === 'rate')!.value).toBe('1500');
    });

    it("offers a demo seller's method only to carts holding that seller's lines", async () => {
        const { offers, marketplaceSellers } = await run(env.adminClient, MarketplaceDemoCountsDocument);
        const [, rhine, thames] = marketplaceSellers.items;
        const rhineLaptop = offers.items.find(o => o.sellerId === rhine.id && o.productVariantId === 'T_2')!;
        const thamesDrive = offers.items.find(
            o => o.sellerId === thames.id && o.productVariantId === driveId,
        )!;

        const eligibleCodes = async (items: Array<{ variantId: string; offerId?: string }>) => {
            const shop = newShopClient();
            for (const item of items) {
                const { addItemToOrder } = await run(shop, MarketplaceAddToCartDocument, {
                    productVariantId: item.variantId,
                    quantity: 1,
                    customFields: item.offerId ? { offerId: item.offerId } : undefined,
                });
                expect(addItemToOrder.__typename).toBe('Order');
            }
            const { eligibleShippingMethods } = await run(shop, MktEligibleShippingMethodsDocument);
            const { shippingMethods } = await run(env.adminClient, MktDemoShippingMethodsDocument, {
                codes: methodCodes,
            });
            const codeById = new Map(shippingMethods.items.map(m => [m.id, m.code]));
            return eligibleShippingMethods
                .flatMap(m => (codeById.has(m.id) ? [codeById.get(m.id)] : []))
                .sort();
        };

        expect(await eligibleCodes([{ variantId: 'T_2', offerId: rhineLaptop.id }])).toEqual([
            'rhine-road-freight',
        ]);
        expect(await eligibleCodes([{ variantId: driveId, offerId: thamesDrive.id }])).toEqual([
            'thames-next-day',
        ]);
        expect(
            await eligibleCodes([
                { variantId: 'T_2', offerId: rhineLaptop.id },
                { variantId: driveId, offerId: thamesDrive.id },
            ]),
        ).toEqual(['rhine-road-freight', 'thames-next-day']);
        // catalogue only (L2201308 has no offer): no seller's method
        expect(await eligibleCodes([{ variantId: 'T_1' }])).toEqual([]);
    });

    it("places the demo split order, paid: two seller orders, each with its seller's shipping line, commission frozen", async () => {
        const { orders } = await run(env.adminClient, MktDemoOrdersOfDocument, {
            lastName: DEMO_SPLIT_ORDER.customer.lastName,
        });
        expect(orders.totalItems).toBe(1);
        const order = orders.items[0];
        expect(order).toMatchObject({
            type: 'Aggregate',
            state: 'PaymentSettled',
            customer: { emailAddress: 'liu.yang@example.co.uk' },
        });
        expect(order.shippingLines.map(l => [l.shippingMethod.code, l.priceWithTax]).sort()).toEqual([
            ['rhine-road-freight', 1500],
            ['thames-next-day', 900],
        ]);
        const sellerOrders = order.sellerOrders ?? [];
        const parts = sellerOrders.map(o => ({
            type: o.type,
            state: o.state,
            skus: o.lines.map(l => [l.productVariant.sku, l.quantity, l.customFields?.offerId != null]),
            shipping: o.shippingLines.map(l => [l.shippingMethod.code, l.priceWithTax]),
        }));
        expect(parts).toHaveLength(2);
        expect(parts).toEqual(
            expect.arrayContaining([
                {
                    type: 'Seller',
                    state: 'PaymentSettled',
                    skus: [['L2201508', 1, true]],
                    shipping: [['rhine-road-freight', 1500]],
                },
                {
                    type: 'Seller',
                    state: 'PaymentSettled',
                    skus: [['IHD455T1', 2, true]],
                    shipping: [['thames-next-day', 900]],
                },
            ]),
        );

        const { sellerOrderSettlements } = await run(env.adminClient, MktSettlementsDocument, {
            options: { filter: { aggregateOrderId: { eq: order.id } } },
        });
        // one settlement per seller order, the sale being the seller order's total (lines and shipping)
        expect(sellerOrderSettlements.items.map(s => [s.orderCode, s.saleAmount]).sort()).toEqual(
            sellerOrders.map(o => [o.code, o.totalWithTax]).sort(),
        );
        // Rhine and Thames have no rate of their own and the demo rule names Shenzhen: the marketplace's default.
        for (const s of sellerOrderSettlements.items) {
            expect(s.commissionRateBps).toBe(1000);
            expect(s.commissionAmount).toBeGreaterThan(0);
            expect(s.commissionAmount).toBeLessThan(s.saleAmount);
        }
    });
});
