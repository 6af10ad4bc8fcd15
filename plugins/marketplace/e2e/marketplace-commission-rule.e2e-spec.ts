import { SimpleGraphQLClient } from '@vendure/testing';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    loginAsAdministratorWithPermissions,
    run,
    startTestServer,
} from '../../../src/testing/helpers';
import { testDb } from '../../../src/testing/test-config';

import {
    MktCollectionBySlugDocument,
    MktCollectionVariantsDocument,
    MktCommissionRuleDocument,
    MktCommissionRulesDocument,
    MktCreateCollectionDocument,
    MktCreateCommissionRuleDocument,
    MktDeleteCommissionRuleDocument,
    MktRecordRefundDocument,
    MktRootCollectionDocument,
    MktSellerLedgerDocument,
    MktSetSellerFinanceDocument,
    MktSettlementsDocument,
    MktUpdateCommissionRuleDocument,
} from './graphql/generated-admin';
import {
    checkout,
    createOffer,
    createSellerShippingMethod,
    newShopClient,
    orderByCode,
} from './marketplace-checkout-helpers';
import { approvedSellerClient, newAdminClient, RegisteredSeller } from './marketplace-e2e-helpers';

const itOnPostgres = testDb === 'postgres' ? it : it.skip;

// The test channel taxes these products at 20% and prices exclude tax; commission is on the price without tax.
const TAX = 1.2;

/*
 * The test catalogue: Laptop L2201308 (T_1) and L2201508 (T_2), Tablet TBL200 (T_3), Headphones (T_4) and USB
 * cable USBC01 (T_5) are in the fixtures' Electronics collection (by facet); Office Chair CHAIR01 (T_6) is in none.
 * The spec adds Computers (the laptops, a child of Electronics) and Accessories (the cable, top level).
 */
describe('Marketplace commission rules per collection', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    let a: RegisteredSeller & { client: SimpleGraphQLClient };
    let b: RegisteredSeller & { client: SimpleGraphQLClient };
    let electronics: string;
    let computers: string;
    let accessories: string;
    let shipA: string;
    let shipB: string;
    const offers: Record<string, string> = {};
    const rules: Record<string, string> = {};
    let firstOrder: { aggregateId: string; sellerOrderOfB: string; saleOfB: number };

    async function createRule(
        collectionId: string,
        sellerId: string | null,
        rateBps: number,
    ): Promise<string> {
        const { createMarketplaceCommissionRule: r } = await run(
            adminClient,
            MktCreateCommissionRuleDocument,
            {
                input: { collectionId, sellerId, rateBps },
            },
        );
        if (r.__typename !== 'MarketplaceCommissionRule') {
            throw new Error(`createMarketplaceCommissionRule: ${r.__typename}`);
        }
        return r.id;
    }

    /** Vendure fills a collection's variants in a job after createCollection answers: wait for them. */
    async function variantsOf(collectionId: string, expected: number): Promise<string[]> {
        const read = async () =>
            (await run(adminClient, MktCollectionVariantsDocument, { id: collectionId })).collection;
        const deadline = Date.now() + 15_000;
        let collection = await read();
        while (collection?.productVariants.totalItems !== expected && Date.now() < deadline) {
            await new Promise(resolve => setTimeout(resolve, 100));
            collection = await read();
        }
        return (collection?.productVariants.items ?? []).map(v => v.id).sort();
    }

    async function createVariantCollection(
        name: string,
        variantIds: string[],
        parentId?: string,
    ): Promise<string> {
        const { createCollection } = await run(adminClient, MktCreateCollectionDocument, {
            input: {
                parentId,
                inheritFilters: false,
                filters: [
                    {
                        code: 'variant-id-filter',
                        arguments: [
                            { name: 'variantIds', value: JSON.stringify(variantIds) },
                            { name: 'combineWithAnd', value: 'true' },
                        ],
                    },
                ],
                translations: [{ languageCode: 'en', name, slug: name.toLowerCase(), description: '' }],
            },
        });
        return createCollection.id;
    }

    /** Per SKU, the commission entries of a seller order: amount, rate and description (paired by order line). */
    async function commissionBySku(orderId: string) {
        const { sellerLedgerEntries } = await run(adminClient, MktSellerLedgerDocument, {
            options: { filter: { orderId: { eq: orderId } }, sort: { id: 'ASC' }, take: 100 },
        });
        const entries = sellerLedgerEntries.items;
        const bySku: Record<
            string,
            { amount: number; rate: number | null | undefined; description?: string | null }
        > = {};
        for (const sale of entries.filter(e => e.type === 'sale' && e.orderLineId != null)) {
            const commission = entries.find(
                e => e.type === 'commission' && e.orderLineId === sale.orderLineId,
            );
            const sku = sale.description!.split(' x ')[1];
            bySku[sku] = {
                amount: commission!.amount,
                rate: commission!.commissionRateBps,
                description: commission!.description,
            };
        }
        return bySku;
    }

    async function settlementsOf(aggregateOrderId: string) {
        const { sellerOrderSettlements } = await run(adminClient, MktSettlementsDocument, {
            options: { filter: { aggregateOrderId: { eq: aggregateOrderId } } },
        });
        return sellerOrderSettlements.items;
    }

    async function ruleCount(): Promise<number> {
        return (await run(adminClient, MktCommissionRulesDocument, {})).marketplaceCommissionRules.totalItems;
    }

    beforeAll(async () => {
        await startTestServer(env);
        a = await approvedSellerClient(shopClient, adminClient, 'rule-a');
        b = await approvedSellerClient(shopClient, adminClient, 'rule-b');
        // A has a rate of its own (8%); B is at the marketplace's default (10%).
        await run(adminClient, MktSetSellerFinanceDocument, { input: { id: a.id, commissionRateBps: 800 } });
        electronics = (await run(adminClient, MktCollectionBySlugDocument, { slug: 'electronics' }))
            .collection!.id;
        computers = await createVariantCollection('Computers', ['T_1', 'T_2'], electronics);
        accessories = await createVariantCollection('Accessories', ['T_5']);
        expect(await variantsOf(electronics, 5)).toEqual(['T_1', 'T_2', 'T_3', 'T_4', 'T_5']);
        expect(await variantsOf(computers, 2)).toEqual(['T_1', 'T_2']);
        expect(await variantsOf(accessories, 1)).toEqual(['T_5']);

        offers.aLaptop = await createOffer(adminClient, a.id, 'T_2', 100000, 50);
        offers.aChair = await createOffer(adminClient, a.id, 'T_6', 20000, 50);
        offers.bLaptop = await createOffer(adminClient, b.id, 'T_1', 90000, 50);
        offers.bTablet = await createOffer(adminClient, b.id, 'T_3', 30000, 50);
        offers.bCable = await createOffer(adminClient, b.id, 'T_5', 1000, 50);
        offers.bChair = await createOffer(adminClient, b.id, 'T_6', 18000, 50);
        shipA = await createSellerShippingMethod(adminClient, a.id, 700);
        shipB = await createSellerShippingMethod(adminClient, b.id, 900);
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    describe('rules', () => {
        it('creates rules for every seller and for one seller, with their collection and seller', async () => {
            rules.electronics = await createRule(electronics, null, 500);
            rules.computers = await createRule(computers, null, 300);
            rules.electronicsA = await createRule(electronics, a.id, 400);
            rules.accessories = await createRule(accessories, null, 700);

            const { marketplaceCommissionRule } = await run(adminClient, MktCommissionRuleDocument, {
                id: rules.electronicsA,
            });
            expect(marketplaceCommissionRule).toMatchObject({
                collectionId: electronics,
                collection: { id: electronics, name: 'Electronics' },
                sellerId: a.id,
                seller: { id: a.id, name: 'Seller rule-a' },
                rateBps: 400,
            });
            const { marketplaceCommissionRules: all } = await run(adminClient, MktCommissionRulesDocument, {
                options: { sort: { id: 'ASC' } },
            });
            expect(all.items.map(r => [r.collection.name, r.seller?.name ?? null, r.rateBps])).toEqual([
                ['Electronics', null, 500],
                ['Computers', null, 300],
                ['Electronics', 'Seller rule-a', 400],
                ['Accessories', null, 700],
            ]);
        });

        it('lists rules filtered by collection and by seller, paginated', async () => {
            const byCollection = await run(adminClient, MktCommissionRulesDocument, {
                options: { filter: { collectionId: { eq: electronics } }, sort: { id: 'ASC' } },
            });
            expect(byCollection.marketplaceCommissionRules.items.map(r => r.id)).toEqual([
                rules.electronics,
                rules.electronicsA,
            ]);
            const bySeller = await run(adminClient, MktCommissionRulesDocument, {
                options: { filter: { sellerId: { eq: a.id } } },
            });
            expect(bySeller.marketplaceCommissionRules.items.map(r => r.id)).toEqual([rules.electronicsA]);
            const everySeller = await run(adminClient, MktCommissionRulesDocument, {
                options: { filter: { sellerId: { isNull: true } } },
            });
            expect(everySeller.marketplaceCommissionRules.totalItems).toBe(3);
            const page = await run(adminClient, MktCommissionRulesDocument, {
                options: { take: 2, skip: 2, sort: { id: 'ASC' } },
            });
            expect(page.marketplaceCommissionRules).toMatchObject({ totalItems: 4 });
            expect(page.marketplaceCommissionRules.items.map(r => r.id)).toEqual([
                rules.electronicsA,
                rules.accessories,
            ]);
        });

        it('refuses a rate out of range, an unknown collection or seller, and duplicates, writing nothing', async () => {
            const before = await ruleCount();
            for (const rateBps of [10001, -1]) {
                expect(
                    await expectGraphQLError(adminClient, MktCreateCommissionRuleDocument, {
                        input: { collectionId: computers, sellerId: b.id, rateBps },
                    }),
                ).toMatch(/rateBps must be a whole number from 0 to 10000/);
            }
            expect(
                await expectGraphQLError(adminClient, MktCreateCommissionRuleDocument, {
                    input: { collectionId: 'T_999', rateBps: 100 },
                }),
            ).toMatch(/No Collection with the id "999" could be found/);
            // the tree's hidden root is no collection to charge by
            const root = (await run(adminClient, MktRootCollectionDocument)).collections.items[0].parentId;
            expect(
                await expectGraphQLError(adminClient, MktCreateCommissionRuleDocument, {
                    input: { collectionId: root, rateBps: 100 },
                }),
            ).toMatch(/No Collection with the id/);
            expect(
                await expectGraphQLError(adminClient, MktCreateCommissionRuleDocument, {
                    input: { collectionId: computers, sellerId: 'T_999', rateBps: 100 },
                }),
            ).toMatch(/No MarketplaceSeller with the id "999" could be found/);

            const { createMarketplaceCommissionRule: everySeller } = await run(
                adminClient,
                MktCreateCommissionRuleDocument,
                { input: { collectionId: electronics, rateBps: 100 } },
            );
            expect(everySeller).toEqual({
                __typename: 'DuplicateCommissionRuleError',
                errorCode: 'DUPLICATE_COMMISSION_RULE_ERROR',
                message: 'There is already a commission rule for this collection and every seller',
                existingRuleId: rules.electronics,
            });
            const { createMarketplaceCommissionRule: sameSeller } = await run(
                adminClient,
                MktCreateCommissionRuleDocument,
                { input: { collectionId: electronics, sellerId: a.id, rateBps: 100 } },
            );
            expect(sameSeller).toMatchObject({
                __typename: 'DuplicateCommissionRuleError',
                existingRuleId: rules.electronicsA,
            });
            // in the request's language
            const chinese = await adminClient.query(
                MktCreateCommissionRuleDocument,
                { input: { collectionId: electronics, sellerId: a.id, rateBps: 100 } },
                { languageCode: 'zh_Hans' },
            );
            expect(chinese.createMarketplaceCommissionRule).toMatchObject({
                errorCode: 'DUPLICATE_COMMISSION_RULE_ERROR',
                message: '该集合已有适用于此卖家的佣金规则',
            });

            // an update into another rule's place, or with a bad rate, changes nothing
            const { updateMarketplaceCommissionRule: moved } = await run(
                adminClient,
                MktUpdateCommissionRuleDocument,
                { input: { id: rules.computers, collectionId: electronics } },
            );
            expect(moved).toMatchObject({
                __typename: 'DuplicateCommissionRuleError',
                existingRuleId: rules.electronics,
            });
            expect(
                await expectGraphQLError(adminClient, MktUpdateCommissionRuleDocument, {
                    input: { id: rules.computers, rateBps: 10001 },
                }),
            ).toMatch(/rateBps must be a whole number from 0 to 10000/);
            expect(
                await expectGraphQLError(adminClient, MktUpdateCommissionRuleDocument, {
                    input: { id: rules.computers, sellerId: 'T_999' },
                }),
            ).toMatch(/No MarketplaceSeller with the id/);
            expect(
                await expectGraphQLError(adminClient, MktUpdateCommissionRuleDocument, {
                    input: { id: 'T_999', rateBps: 1 },
                }),
            ).toMatch(/No MarketplaceCommissionRule with the id/);
            const { marketplaceCommissionRule: unchanged } = await run(
                adminClient,
                MktCommissionRuleDocument,
                {
                    id: rules.computers,
                },
            );
            expect(unchanged).toMatchObject({ collectionId: computers, sellerId: null, rateBps: 300 });
            expect(await ruleCount()).toBe(before);
        });

        it('keeps rules from sellers: their administrators are not authorized to read or change them', async () => {
            for (const client of [a.client, b.client]) {
                expect(await expectGraphQLError(client, MktCommissionRulesDocument, {})).toMatch(
                    /not currently authorized/,
                );
                expect(
                    await expectGraphQLError(client, MktCommissionRuleDocument, { id: rules.electronicsA }),
                ).toMatch(/not currently authorized/);
                expect(
                    await expectGraphQLError(client, MktCreateCommissionRuleDocument, {
                        input: { collectionId: computers, rateBps: 0 },
                    }),
                ).toMatch(/not currently authorized/);
                expect(
                    await expectGraphQLError(client, MktUpdateCommissionRuleDocument, {
                        input: { id: rules.electronicsA, rateBps: 0 },
                    }),
                ).toMatch(/not currently authorized/);
                expect(
                    await expectGraphQLError(client, MktDeleteCommissionRuleDocument, {
                        id: rules.electronicsA,
                    }),
                ).toMatch(/not currently authorized/);
            }
            // An administrator who may read sellers sees the rules but may not change them.
            const reader = newAdminClient();
            await loginAsAdministratorWithPermissions(adminClient, reader, ['ReadMarketplaceSeller']);
            expect(
                (await run(reader, MktCommissionRulesDocument, {})).marketplaceCommissionRules.totalItems,
            ).toBe(4);
            expect(
                await expectGraphQLError(reader, MktUpdateCommissionRuleDocument, {
                    input: { id: rules.electronicsA, rateBps: 0 },
                }),
            ).toMatch(/not currently authorized/);
            // Even the superadmin, on a seller's channel, finds no rule there and may not write one.
            const onSellerChannel = newAdminClient();
            await onSellerChannel.asSuperAdmin();
            onSellerChannel.setChannelToken(a.channelToken);
            expect(
                (await run(onSellerChannel, MktCommissionRulesDocument, {})).marketplaceCommissionRules
                    .totalItems,
            ).toBe(0);
            expect(
                (await run(onSellerChannel, MktCommissionRuleDocument, { id: rules.electronicsA }))
                    .marketplaceCommissionRule,
            ).toBeNull();
            expect(
                await expectGraphQLError(onSellerChannel, MktUpdateCommissionRuleDocument, {
                    input: { id: rules.electronicsA, rateBps: 0 },
                }),
            ).toMatch(/not currently authorized/);
            expect(
                (await run(adminClient, MktCommissionRuleDocument, { id: rules.electronicsA }))
                    .marketplaceCommissionRule?.rateBps,
            ).toBe(400);
        });
    });

    describe('commission at placement', () => {
        it("charges each line the rate of its best rule, else the seller's rate, else the default", async () => {
            const { code, result } = await checkout(
                newShopClient(),
                [
                    { variantId: 'T_1', quantity: 1, offerId: offers.bLaptop },
                    { variantId: 'T_3', quantity: 2, offerId: offers.bTablet },
                    { variantId: 'T_5', quantity: 3, offerId: offers.bCable },
                    { variantId: 'T_6', quantity: 1, offerId: offers.bChair },
                    { variantId: 'T_2', quantity: 1, offerId: offers.aLaptop },
                    { variantId: 'T_6', quantity: 2, offerId: offers.aChair },
                ],
                [shipA, shipB],
            );
            expect(result.__typename).toBe('Order');
            const order = await orderByCode(adminClient, code!);
            const settlements = await settlementsOf(order.id);
            const ofA = settlements.find(s => s.sellerId === a.id)!;
            const ofB = settlements.find(s => s.sellerId === b.id)!;

            expect(await commissionBySku(ofB.orderId)).toEqual({
                // in Electronics (500) and its child Computers (300): the deeper collection's rule
                L2201308: {
                    amount: -2700,
                    rate: 300,
                    description: `commission rule ${rules.computers}: Computers, every seller`,
                },
                // in Electronics only
                TBL200: {
                    amount: -3000,
                    rate: 500,
                    description: `commission rule ${rules.electronics}: Electronics, every seller`,
                },
                // in Electronics (500) and Accessories (700), both top level: the lower rate
                USBC01: {
                    amount: -150,
                    rate: 500,
                    description: `commission rule ${rules.electronics}: Electronics, every seller`,
                },
                // in no ruled collection, and B has no rate of its own: the marketplace's default
                CHAIR01: { amount: -1800, rate: 1000, description: 'default commission rate' },
            });
            expect(await commissionBySku(ofA.orderId)).toEqual({
                // A's own rule on Electronics (400) beats every seller's rule on the deeper Computers (300)
                L2201508: {
                    amount: -4000,
                    rate: 400,
                    description: `commission rule ${rules.electronicsA}: Electronics, this seller`,
                },
                // no ruled collection: A's own rate
                CHAIR01: { amount: -3200, rate: 800, description: "seller's commission rate" },
            });

            // The settlement: the lines' commission, at their rates averaged by line price.
            const linesOfB = 90000 + 2 * 30000 + 3 * 1000 + 18000;
            expect(ofB).toMatchObject({
                saleAmount: linesOfB * TAX + 900,
                commissionAmount: 2700 + 3000 + 150 + 1800,
                commissionRateBps: Math.round(
                    (90000 * 300 + 60000 * 500 + 3000 * 500 + 18000 * 1000) / linesOfB,
                ),
            });
            expect(ofB.commissionRateBps).toBe(447);
            expect(ofA).toMatchObject({
                saleAmount: (100000 + 40000) * TAX + 700,
                commissionAmount: 4000 + 3200,
                commissionRateBps: 514,
            });
            firstOrder = { aggregateId: order.id, sellerOrderOfB: ofB.orderId, saleOfB: ofB.saleAmount };
        });

        it('keeps the frozen rates when the rules change afterwards; later orders get the new ones', async () => {
            const before = await commissionBySku(firstOrder.sellerOrderOfB);
            const settlementsBefore = await settlementsOf(firstOrder.aggregateId);
            const { updateMarketplaceCommissionRule } = await run(
                adminClient,
                MktUpdateCommissionRuleDocument,
                {
                    input: { id: rules.computers, rateBps: 350 },
                },
            );
            expect(updateMarketplaceCommissionRule).toMatchObject({ rateBps: 350 });
            const { deleteMarketplaceCommissionRule } = await run(
                adminClient,
                MktDeleteCommissionRuleDocument,
                {
                    id: rules.electronics,
                },
            );
            expect(deleteMarketplaceCommissionRule.result).toBe('DELETED');

            expect(await commissionBySku(firstOrder.sellerOrderOfB)).toEqual(before);
            expect(await settlementsOf(firstOrder.aggregateId)).toEqual(settlementsBefore);

            const { code, result } = await checkout(
                newShopClient(),
                [
                    { variantId: 'T_1', quantity: 1, offerId: offers.bLaptop },
                    { variantId: 'T_3', quantity: 1, offerId: offers.bTablet },
                ],
                [shipB],
            );
            expect(result.__typename).toBe('Order');
            const [ofB] = await settlementsOf((await orderByCode(adminClient, code!)).id);
            expect(await commissionBySku(ofB.orderId)).toEqual({
                L2201308: expect.objectContaining({ amount: -3150, rate: 350 }),
                // Electronics' rule for every seller is gone: B's default
                TBL200: { amount: -3000, rate: 1000, description: 'default commission rate' },
            });
        });

        it('reverses on refund exactly the commission the lines were charged', async () => {
            const orderId = firstOrder.sellerOrderOfB;
            const charged = 2700 + 3000 + 150 + 1800;
            const third = Math.round(firstOrder.saleOfB / 3);
            const { recordSellerRefund: partial } = await run(adminClient, MktRecordRefundDocument, {
                input: { orderId, amount: third, reason: 'one part returned' },
            });
            expect(partial.__typename).toBe('SellerLedgerEntry');
            const { recordSellerRefund: rest } = await run(adminClient, MktRecordRefundDocument, {
                input: { orderId, amount: firstOrder.saleOfB - third, reason: 'the rest returned' },
            });
            expect(rest.__typename).toBe('SellerLedgerEntry');

            const { sellerLedgerEntries } = await run(adminClient, MktSellerLedgerDocument, {
                options: { filter: { orderId: { eq: orderId } }, sort: { id: 'ASC' }, take: 100 },
            });
            const reversals = sellerLedgerEntries.items.filter(
                e => e.type === 'commission' && e.description === 'commission reversed on refund',
            );
            expect(reversals.map(e => e.amount)).toEqual([
                Math.round((charged * third) / firstOrder.saleOfB),
                charged - Math.round((charged * third) / firstOrder.saleOfB),
            ]);
            // at the settlement's (averaged) rate
            expect(reversals.map(e => e.commissionRateBps)).toEqual([447, 447]);
            const commission = sellerLedgerEntries.items.filter(e => e.type === 'commission');
            expect(commission.reduce((s, e) => s + e.amount, 0)).toBe(0);
            expect(sellerLedgerEntries.items.reduce((s, e) => s + e.amount, 0)).toBe(0);
        });
    });

    describe('concurrent writes', () => {
        // sql.js runs concurrent requests' transactions as savepoints of one transaction on its single connection:
        // it cannot show isolation.
        itOnPostgres(
            'answers DuplicateCommissionRuleError, never an error, when one rule arrives three times at once',
            async () => {
                const before = await ruleCount();
                const results = await Promise.allSettled(
                    [1, 2, 3].map(() =>
                        run(adminClient, MktCreateCommissionRuleDocument, {
                            input: { collectionId: accessories, sellerId: b.id, rateBps: 250 },
                        }),
                    ),
                );
                const answers = results.map(r =>
                    r.status === 'fulfilled'
                        ? r.value.createMarketplaceCommissionRule.__typename
                        : `rejected: ${String(r.reason)}`,
                );
                expect(answers.sort()).toEqual([
                    'DuplicateCommissionRuleError',
                    'DuplicateCommissionRuleError',
                    'MarketplaceCommissionRule',
                ]);
                expect(await ruleCount()).toBe(before + 1);
            },
        );
    });
});
