import { EventBus, RequestContextService } from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    getTestCustomers,
    loginAsAdministratorWithPermissions,
    loginAsCustomer,
    run,
    startTestServer,
} from '../../../src/testing/helpers';
import { QuoteRequestReachedSellerEvent, QuoteRequestRoutedEvent, RfqRoutingService } from '../index';

import {
    RfqAdminRequestDocument,
    RfqAdminRequestsDocument,
    RfqOfferQuantityDocument,
    RfqOrderPartsDocument,
    RfqSellerChannelDocument,
    RfqSellerSettlementsDocument,
    RfqDeclineRequestDocument,
    RfqSubmitQuoteDocument,
    RfqUpdateVariantSkuDocument,
} from './graphql/generated-admin';
import {
    RfqAcceptQuoteDocument,
    RfqAcceptQuoteLinesDocument,
    RfqAddPaymentDocument,
    RfqAddToCartDocument,
    RfqAdjustLineDocument,
    RfqCancelRequestDocument,
    RfqCreateRequestDocument,
    RfqEligibleShippingDocument,
    RfqMyRequestDocument,
    RfqMyRequestsDocument,
    RfqSetShippingAddressDocument,
    RfqSetShippingDocument,
    RfqSubmitRequestDocument,
    RfqTransitionDocument,
    RfqUpdateRequestDocument,
} from './graphql/generated-shop';
import {
    approvedSeller,
    createOffer,
    eventually,
    inAWeek,
    newAdminClient,
    RfqSeller,
} from './rfq-e2e-helpers';

/**
 * Issue #18's acceptance: a request reaches exactly the sellers carrying its parts, each sees only its lines and
 * its own quote, buyers see only their own requests, and an accepted quote becomes order lines at the quoted price
 * — once, even when accepted twice at the same time.
 */
describe('RFQ: requests routed to the sellers who carry the part', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    const sellers: RfqSeller[] = [];
    let a: RfqSeller;
    let b: RfqSeller;
    let c: RfqSeller;
    let d: RfqSeller;
    let customers: Array<{ id: string; emailAddress: string }>;
    let requestId: string;
    let lineIds: string[];
    let bOfferId: string;

    async function asBuyer(index: number): Promise<void> {
        await loginAsCustomer(shopClient, customers[index].emailAddress);
    }

    async function createDraft(lines: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) {
        const { createQuoteRequest } = await run(shopClient, RfqCreateRequestDocument, {
            input: { lines: lines as never, responseDeadline: inAWeek(), ...extra },
        });
        return createQuoteRequest;
    }

    async function submitAndRoute(id: string) {
        const { submitQuoteRequest } = await run(shopClient, RfqSubmitRequestDocument, { id });
        expect(submitQuoteRequest.__typename).toBe('QuoteRequest');
        return eventually(async () => {
            const { quoteRequest } = await run(adminClient, RfqAdminRequestDocument, { id });
            return quoteRequest?.routedAt ? quoteRequest : undefined;
        });
    }

    function sellerKey(sellerId: string): string {
        const index = sellers.findIndex(s => s.id === sellerId);
        return 'ABCDEF'[index];
    }

    beforeAll(async () => {
        await startTestServer(env);
        customers = await getTestCustomers(adminClient);
        for (const key of ['a', 'b', 'c', 'd', 'e', 'f']) {
            sellers.push(await approvedSeller(shopClient, adminClient, key));
        }
        [a, b, c, d] = sellers;
        // The tablet (T_3, catalogue 329.00) is carried by A and B only.
        await createOffer(adminClient, { sellerId: a.id, productVariantId: 'T_3', price: 30000 });
        bOfferId = await createOffer(adminClient, { sellerId: b.id, productVariantId: 'T_3', price: 29000 });
        // Free-text part "XR-200 B": A's seller SKU and C's manufacturer part number, written differently.
        await createOffer(adminClient, {
            sellerId: a.id,
            productVariantId: 'T_4',
            price: 20000,
            sellerSku: 'xr 200-b',
        });
        await createOffer(adminClient, {
            sellerId: c.id,
            productVariantId: 'T_5',
            price: 900,
            manufacturerPartNumber: 'XR200B',
        });
        // D, E and F carry other parts.
        for (const s of sellers.slice(3)) {
            await createOffer(adminClient, { sellerId: s.id, productVariantId: 'T_6', price: 15000 });
        }
        await asBuyer(0);
    }, 300_000);

    afterAll(async () => {
        await env.server.destroy();
    });

    describe('the buyer drafts and submits', () => {
        it('creates a draft with catalogue and free-text lines', async () => {
            const draft = await createDraft(
                [
                    { productVariantId: 'T_3', quantity: 3 },
                    { partNumber: 'Xr-200b', manufacturer: 'Acme', quantity: 2 },
                ],
                { deliveryAddress: { streetLine1: '1 Dock Road', countryCode: 'gb' } },
            );
            expect(draft).toMatchObject({
                state: 'draft',
                customerId: customers[0].id,
                companyId: null,
                deliveryAddress: { streetLine1: '1 Dock Road', countryCode: 'GB' },
                unroutedLines: [],
            });
            expect(draft.lines.map(l => [l.productVariantId, l.partNumber, l.quantity])).toEqual([
                ['T_3', null, 3],
                [null, 'Xr-200b', 2],
            ]);
            requestId = draft.id;
        });

        it('replaces the lines of a draft', async () => {
            const { updateQuoteRequest } = await run(shopClient, RfqUpdateRequestDocument, {
                input: {
                    id: requestId,
                    lines: [
                        { productVariantId: 'T_3', quantity: 3 },
                        { partNumber: 'xr 200-B', manufacturer: 'Acme', quantity: 2 },
                        { partNumber: 'NOBODY-CARRIES-1', quantity: 1 },
                    ],
                },
            });
            if (updateQuoteRequest.__typename !== 'QuoteRequest') {
                throw new Error(updateQuoteRequest.message);
            }
            lineIds = updateQuoteRequest.lines.map(l => l.id);
            expect(lineIds).toHaveLength(3);
        });

        it('refuses malformed requests', async () => {
            expect(
                await expectGraphQLError(shopClient, RfqCreateRequestDocument, {
                    input: { lines: [], responseDeadline: inAWeek() },
                }),
            ).toMatch(/1 to 100 lines/);
            expect(
                await expectGraphQLError(shopClient, RfqCreateRequestDocument, {
                    input: { lines: [{ partNumber: 'X', quantity: 0 }], responseDeadline: inAWeek() },
                }),
            ).toMatch(/quantity/);
            expect(
                await expectGraphQLError(shopClient, RfqCreateRequestDocument, {
                    input: { lines: [{ quantity: 1 }], responseDeadline: inAWeek() },
                }),
            ).toMatch(/productVariantId or a partNumber/);
            expect(
                await expectGraphQLError(shopClient, RfqCreateRequestDocument, {
                    input: {
                        lines: [{ partNumber: 'X', quantity: 1 }],
                        responseDeadline: new Date(Date.now() - 1000).toISOString(),
                    },
                }),
            ).toMatch(/future/);
        });

        it('refuses an anonymous buyer', async () => {
            await shopClient.asAnonymousUser();
            expect(await expectGraphQLError(shopClient, RfqMyRequestsDocument)).toMatch(
                /not currently authorized/i,
            );
            await asBuyer(0);
        });

        it('routes each line to the approved sellers carrying it, on submit', async () => {
            const routed = await submitAndRoute(requestId);
            expect(routed.state).toBe('submitted');
            const reach = routed.routings.map(r => [
                routed.lines.findIndex(l => l.id === r.requestLineId),
                sellerKey(r.sellerId),
                r.matchedBy,
            ]);
            expect(reach.sort()).toEqual(
                [
                    [0, 'A', 'variant'],
                    [0, 'B', 'variant'],
                    [1, 'A', 'sellerSku'],
                    [1, 'C', 'manufacturerPartNumber'],
                ].sort(),
            );
            expect(routed.unroutedLines.map(l => l.position)).toEqual([2]);
            expect(routed.lines.map(l => l.routed)).toEqual([true, true, false]);
        });

        it('tells the buyer which line reached nobody', async () => {
            const { myQuoteRequest } = await run(shopClient, RfqMyRequestDocument, { id: requestId });
            expect(myQuoteRequest?.unroutedLines.map(l => l.id)).toEqual([lineIds[2]]);
            expect(myQuoteRequest?.lines.map(l => l.routed)).toEqual([true, true, false]);
        });

        it('refuses to submit twice or to edit a submitted request', async () => {
            const { submitQuoteRequest } = await run(shopClient, RfqSubmitRequestDocument, { id: requestId });
            expect(submitQuoteRequest).toMatchObject({ errorCode: 'QUOTE_REQUEST_STATE_ERROR' });
            const { updateQuoteRequest } = await run(shopClient, RfqUpdateRequestDocument, {
                input: { id: requestId, note: 'too late' },
            });
            expect(updateQuoteRequest).toMatchObject({ errorCode: 'QUOTE_REQUEST_STATE_ERROR' });
        });

        it('answers the refusal in the language of the request (a Chinese storefront sends languageCode=zh_Hans)', async () => {
            const chinese = await shopClient.query(
                RfqSubmitRequestDocument,
                { id: requestId },
                { languageCode: 'zh_Hans' },
            );
            expect(chinese.submitQuoteRequest).toMatchObject({
                errorCode: 'QUOTE_REQUEST_STATE_ERROR',
                message: '询价单状态为“进行中”，不能提交',
            });
            const english = await shopClient.query(
                RfqSubmitRequestDocument,
                { id: requestId },
                { languageCode: 'en' },
            );
            expect(english.submitQuoteRequest).toMatchObject({
                errorCode: 'QUOTE_REQUEST_STATE_ERROR',
                message: 'A request in state "submitted" cannot be submitted',
            });
        });
    });

    describe('who sees what', () => {
        it('shows each seller only the lines routed to it', async () => {
            const seen = async (client: SimpleGraphQLClient) => {
                const { quoteRequest } = await run(client, RfqAdminRequestDocument, { id: requestId });
                return quoteRequest?.lines.map(l => l.id) ?? null;
            };
            expect(await seen(a.client)).toEqual([lineIds[0], lineIds[1]]);
            expect(await seen(b.client)).toEqual([lineIds[0]]);
            expect(await seen(c.client)).toEqual([lineIds[1]]);
        });

        it('does not show the request to a seller who carries none of its parts, even by id', async () => {
            const { quoteRequest } = await run(d.client, RfqAdminRequestDocument, { id: requestId });
            expect(quoteRequest).toBeNull();
            const { quoteRequests } = await run(d.client, RfqAdminRequestsDocument);
            expect(quoteRequests.totalItems).toBe(0);
            const { quoteRequests: forA } = await run(a.client, RfqAdminRequestsDocument);
            expect(forA.items.map(r => r.id)).toEqual([requestId]);
        });

        it('does not show buyer X’s request to buyer Y', async () => {
            await asBuyer(1);
            const { myQuoteRequest } = await run(shopClient, RfqMyRequestDocument, { id: requestId });
            expect(myQuoteRequest).toBeNull();
            const { myQuoteRequests } = await run(shopClient, RfqMyRequestsDocument);
            expect(myQuoteRequests.items.map(r => r.id)).not.toContain(requestId);
            expect(await expectGraphQLError(shopClient, RfqCancelRequestDocument, { id: requestId })).toMatch(
                /No QuoteRequest with the id/,
            );
            await asBuyer(0);
        });

        it('hides requests from an administrator without ReadQuoteRequest', async () => {
            const limited = newAdminClient();
            await loginAsAdministratorWithPermissions(adminClient, limited, ['ReadOffer']);
            const { quoteRequests } = await run(limited, RfqAdminRequestsDocument);
            expect(quoteRequests.totalItems).toBe(0);
            const { quoteRequest } = await run(limited, RfqAdminRequestDocument, { id: requestId });
            expect(quoteRequest).toBeNull();
        });
    });

    describe('sellers quote', () => {
        let aQuoteLineV1: string;
        let aQuoteLine: string;
        let bQuoteId: string;

        it('takes a quote from A for its two lines', async () => {
            const { submitQuote } = await run(a.client, RfqSubmitQuoteDocument, {
                input: {
                    requestId,
                    note: 'Ex works',
                    lines: [
                        {
                            requestLineId: lineIds[0],
                            unitPrice: 31000,
                            quantity: 3,
                            quantityAvailable: 3,
                            leadTimeDays: 2,
                        },
                        {
                            requestLineId: lineIds[1],
                            unitPrice: 5000,
                            quantity: 2,
                            quantityAvailable: 0,
                            leadTimeDays: 20,
                        },
                    ],
                },
            });
            if (submitQuote.__typename !== 'Quote') {
                throw new Error(submitQuote.message);
            }
            expect(submitQuote).toMatchObject({ state: 'submitted', revision: 1, sellerId: a.id });
            aQuoteLineV1 = submitQuote.lines[0].id;
        });

        it('takes B’s quote with a lower price but a longer lead time and less stock', async () => {
            const { submitQuote } = await run(b.client, RfqSubmitQuoteDocument, {
                input: {
                    requestId,
                    lines: [
                        {
                            requestLineId: lineIds[0],
                            unitPrice: 28500,
                            quantity: 2,
                            quantityAvailable: 1,
                            leadTimeDays: 10,
                        },
                    ],
                },
            });
            expect(submitQuote.__typename).toBe('Quote');
            bQuoteId = (submitQuote as { id: string }).id;
        });

        it('refuses a line not routed to the seller, and a seller the request did not reach', async () => {
            expect(
                await expectGraphQLError(b.client, RfqSubmitQuoteDocument, {
                    input: {
                        requestId,
                        lines: [
                            {
                                requestLineId: lineIds[1],
                                unitPrice: 1,
                                quantity: 1,
                                quantityAvailable: 1,
                                leadTimeDays: 0,
                            },
                        ],
                    },
                }),
            ).toMatch(/No QuoteRequestLine with the id/);
            expect(
                await expectGraphQLError(d.client, RfqSubmitQuoteDocument, {
                    input: {
                        requestId,
                        lines: [
                            {
                                requestLineId: lineIds[0],
                                unitPrice: 1,
                                quantity: 1,
                                quantityAvailable: 1,
                                leadTimeDays: 0,
                            },
                        ],
                    },
                }),
            ).toMatch(/No QuoteRequest with the id/);
            expect(
                await expectGraphQLError(b.client, RfqSubmitQuoteDocument, {
                    input: {
                        requestId,
                        lines: [
                            {
                                requestLineId: lineIds[0],
                                unitPrice: -1,
                                quantity: 1,
                                quantityAvailable: 1,
                                leadTimeDays: 0,
                            },
                        ],
                    },
                }),
            ).toMatch(/unitPrice/);
        });

        it('keeps revisions: A lowers its price', async () => {
            const { submitQuote } = await run(a.client, RfqSubmitQuoteDocument, {
                input: {
                    requestId,
                    lines: [
                        {
                            requestLineId: lineIds[0],
                            unitPrice: 29900,
                            quantity: 3,
                            quantityAvailable: 3,
                            leadTimeDays: 2,
                        },
                        {
                            requestLineId: lineIds[1],
                            unitPrice: 5000,
                            quantity: 2,
                            quantityAvailable: 0,
                            leadTimeDays: 20,
                        },
                    ],
                },
            });
            if (submitQuote.__typename !== 'Quote') {
                throw new Error(submitQuote.message);
            }
            expect(submitQuote.revision).toBe(2);
            expect(submitQuote.history.map(h => [h.revision, h.unitPrice])).toEqual([
                [1, 31000],
                [1, 5000],
                [2, 29900],
                [2, 5000],
            ]);
            aQuoteLine = submitQuote.lines[0].id;
        });

        it('lets C decline with a reason', async () => {
            const { declineQuoteRequest } = await run(c.client, RfqDeclineRequestDocument, {
                requestId,
                reason: 'Discontinued',
            });
            expect(declineQuoteRequest).toMatchObject({ state: 'declined', declineReason: 'Discontinued' });
        });

        it('shows seller A only its own quote, not B’s', async () => {
            const { quoteRequest } = await run(a.client, RfqAdminRequestDocument, { id: requestId });
            expect(quoteRequest?.quotes.map(q => q.sellerId)).toEqual([a.id]);
            expect(quoteRequest?.routings.every(r => r.sellerId === a.id)).toBe(true);
            const { quoteRequest: forB } = await run(b.client, RfqAdminRequestDocument, { id: requestId });
            expect(forB?.quotes.map(q => q.sellerId)).toEqual([b.id]);
        });

        it('shows the operator every quote', async () => {
            const { quoteRequest } = await run(adminClient, RfqAdminRequestDocument, { id: requestId });
            expect(quoteRequest?.quotes.map(q => sellerKey(q.sellerId)).sort()).toEqual(['A', 'B', 'C']);
        });

        it('shows the buyer the quotes side by side', async () => {
            const { myQuoteRequest } = await run(shopClient, RfqMyRequestDocument, { id: requestId });
            const line0 = myQuoteRequest!.comparison.find(cmp => cmp.requestLineId === lineIds[0])!;
            const bLine = myQuoteRequest!.quotes.find(q => q.sellerId === b.id)!.lines[0].id;
            expect(line0.bestPriceQuoteLineId).toBe(bLine);
            expect(line0.shortestLeadTimeQuoteLineId).toBe(aQuoteLine);
            expect(line0.enoughStockQuoteLineIds).toEqual([aQuoteLine]);
            expect(myQuoteRequest!.quotes.find(q => q.sellerId === c.id)).toMatchObject({
                state: 'declined',
                declineReason: 'Discontinued',
                lines: [],
            });
        });

        describe('acceptance', () => {
            it('refuses a quantity above the quote', async () => {
                const { acceptQuoteLines } = await run(shopClient, RfqAcceptQuoteLinesDocument, {
                    lines: [{ quoteLineId: aQuoteLine, quantity: 4 }],
                });
                expect(acceptQuoteLines).toMatchObject({
                    errorCode: 'QUOTE_QUANTITY_EXCEEDED_ERROR',
                    quotedQuantity: 3,
                });
            });

            it('refuses someone else’s quote', async () => {
                await asBuyer(1);
                const { acceptQuoteLines } = await run(shopClient, RfqAcceptQuoteLinesDocument, {
                    lines: [{ quoteLineId: aQuoteLine }],
                });
                expect(acceptQuoteLines).toMatchObject({ errorCode: 'QUOTE_NOT_FOUND_ERROR' });
                const { acceptQuote } = await run(shopClient, RfqAcceptQuoteDocument, { quoteId: bQuoteId });
                expect(acceptQuote).toMatchObject({ errorCode: 'QUOTE_NOT_FOUND_ERROR' });
                await asBuyer(0);
            });

            it('refuses a superseded revision', async () => {
                const { acceptQuoteLines } = await run(shopClient, RfqAcceptQuoteLinesDocument, {
                    lines: [{ quoteLineId: aQuoteLineV1 }],
                });
                expect(acceptQuoteLines).toMatchObject({
                    errorCode: 'QUOTE_UNAVAILABLE_ERROR',
                    reason: 'superseded',
                });
            });

            it('adds the accepted line to the active order at the quoted price', async () => {
                const { acceptQuoteLines } = await run(shopClient, RfqAcceptQuoteLinesDocument, {
                    lines: [{ quoteLineId: aQuoteLine }],
                });
                if (acceptQuoteLines.__typename !== 'Order') {
                    throw new Error(
                        `not an order: ${'message' in acceptQuoteLines ? acceptQuoteLines.message : ''}`,
                    );
                }
                expect(
                    acceptQuoteLines.lines.map(l => [
                        l.productVariant.id,
                        l.quantity,
                        l.unitPrice,
                        l.customFields?.quoteLineId,
                    ]),
                ).toEqual([['T_3', 3, 29900, aQuoteLine]]);
            });

            it('refuses accepting the same line twice', async () => {
                const { acceptQuoteLines } = await run(shopClient, RfqAcceptQuoteLinesDocument, {
                    lines: [{ quoteLineId: aQuoteLine }],
                });
                expect(acceptQuoteLines).toMatchObject({ errorCode: 'QUOTE_ALREADY_ACCEPTED_ERROR' });
            });

            it('keeps the quoted line within the accepted quantity', async () => {
                const { addItemToOrder } = await run(shopClient, RfqAddToCartDocument, {
                    productVariantId: 'T_3',
                    quantity: 1,
                });
                if (addItemToOrder.__typename !== 'Order') {
                    throw new Error('not an order');
                }
                const quoted = addItemToOrder.lines.find(l => l.customFields?.quoteLineId)!;
                const { adjustOrderLine } = await run(shopClient, RfqAdjustLineDocument, {
                    orderLineId: quoted.id,
                    quantity: 4,
                });
                expect(adjustOrderLine).toMatchObject({
                    errorCode: 'ORDER_INTERCEPTOR_ERROR',
                    interceptorError: 'The accepted quote covers at most 3',
                });
                // a Chinese storefront (languageCode=zh_Hans) reads why in Chinese
                const chinese = await shopClient.query(
                    RfqAdjustLineDocument,
                    { orderLineId: quoted.id, quantity: 4 },
                    { languageCode: 'zh_Hans' },
                );
                expect(chinese.adjustOrderLine).toMatchObject({
                    errorCode: 'ORDER_INTERCEPTOR_ERROR',
                    interceptorError: '已接受的报价最多覆盖 3 件',
                });
            });

            it('charges the usual price for the same variant added without a quote', async () => {
                const { addItemToOrder } = await run(shopClient, RfqAddToCartDocument, {
                    productVariantId: 'T_3',
                    quantity: 0 + 1,
                });
                if (addItemToOrder.__typename !== 'Order') {
                    throw new Error('not an order');
                }
                const plain = addItemToOrder.lines.filter(l => !l.customFields?.quoteLineId);
                // B's offer holds the buy box at 290.00; the quoted line keeps 299.00.
                expect(
                    plain.map(l => [l.productVariant.id, l.quantity, l.unitPrice, l.customFields?.offerId]),
                ).toEqual([['T_3', 2, 29000, bOfferId]]);
                expect(addItemToOrder.lines.find(l => l.customFields?.quoteLineId)?.unitPrice).toBe(29900);
            });

            it('accepts a quote once when two tabs accept it at the same time', async () => {
                const results = await Promise.all([
                    run(shopClient, RfqAcceptQuoteDocument, { quoteId: bQuoteId }),
                    run(shopClient, RfqAcceptQuoteDocument, { quoteId: bQuoteId }),
                ]);
                const types = results.map(r => r.acceptQuote.__typename).sort();
                expect(types).toEqual(['Order', 'QuoteAlreadyAcceptedError']);
                const { myQuoteRequest } = await run(shopClient, RfqMyRequestDocument, { id: requestId });
                const bQuote = myQuoteRequest!.quotes.find(q => q.id === bQuoteId)!;
                expect(bQuote.state).toBe('accepted');
                expect(bQuote.lines[0].acceptedQuantity).toBe(2);
                const order = results.find(r => r.acceptQuote.__typename === 'Order')!.acceptQuote as {
                    lines: Array<{
                        quantity: number;
                        unitPrice: number;
                        customFields?: { quoteLineId?: string | null } | null;
                    }>;
                };
                const bLines = order.lines.filter(l => l.customFields?.quoteLineId === bQuote.lines[0].id);
                expect(bLines.map(l => [l.quantity, l.unitPrice])).toEqual([[2, 28500]]);
            });

            it('checks the quoted lines out split per seller: each quoting seller gets its lines, no offer is touched', async () => {
                const { offer: before } = await run(adminClient, RfqOfferQuantityDocument, { id: bOfferId });
                const channelOf = async (sellerId: string) =>
                    (await run(adminClient, RfqSellerChannelDocument, { id: sellerId })).marketplaceSeller!
                        .channel.code;
                await run(shopClient, RfqSetShippingAddressDocument, {
                    input: { streetLine1: '1 Quote Street', countryCode: 'GB' },
                });
                const { eligibleShippingMethods } = await run(shopClient, RfqEligibleShippingDocument);
                await run(shopClient, RfqSetShippingDocument, { ids: [eligibleShippingMethods[0].id] });
                const { transitionOrderToState } = await run(shopClient, RfqTransitionDocument, {
                    state: 'ArrangingPayment',
                });
                expect(transitionOrderToState).toMatchObject({ state: 'ArrangingPayment' });
                const { addPaymentToOrder } = await run(shopClient, RfqAddPaymentDocument);
                expect(addPaymentToOrder).toMatchObject({ __typename: 'Order', state: 'PaymentAuthorized' });
                const code = addPaymentToOrder.__typename === 'Order' ? addPaymentToOrder.code : '';

                const { orders } = await run(adminClient, RfqOrderPartsDocument, { code });
                const order = orders.items[0];
                expect(order.type).toBe('Aggregate');
                const { myQuoteRequest } = await run(shopClient, RfqMyRequestDocument, { id: requestId });
                const bQuoteLine = myQuoteRequest!.quotes.find(q => q.id === bQuoteId)!.lines[0].id;
                const parts = order
                    .sellerOrders!.map(part => ({
                        channel: part.channels.map(ch => ch.code).find(ch => ch.startsWith('seller-')),
                        lines: part.lines
                            .map(l => [
                                l.quantity,
                                l.unitPrice,
                                l.customFields?.quoteLineId ?? l.customFields?.offerId,
                            ])
                            .sort(),
                    }))
                    .sort((x, y) => String(x.channel).localeCompare(String(y.channel)));
                // A's quoted line in A's order; B's quoted line and the line bought from B's offer in B's
                expect(parts).toEqual([
                    { channel: await channelOf(a.id), lines: [[3, 29900, aQuoteLine]] },
                    {
                        channel: await channelOf(b.id),
                        lines: [
                            [2, 28500, bQuoteLine],
                            [2, 29000, bOfferId],
                        ].sort(),
                    },
                ]);
                // B's offer gave up the 2 units bought from it, not the 2 quoted
                const { offer: after } = await run(adminClient, RfqOfferQuantityDocument, { id: bOfferId });
                expect(after!.quantityAvailable).toBe(before!.quantityAvailable - 2);
                // each seller's sale is booked to it (its seller order's total with tax), the quoted lines included
                const { sellerOrderSettlements } = await run(adminClient, RfqSellerSettlementsDocument, {
                    orderId: order.id,
                });
                expect(sellerOrderSettlements.items.map(st => [st.seller.id, st.saleAmount]).sort()).toEqual(
                    [
                        // with the test zone's 20% tax; the platform's shipping line (5.00) went to the first part
                        [a.id, (3 * 29900 * 12) / 10 + 500],
                        [b.id, ((2 * 28500 + 2 * 29000) * 12) / 10],
                    ].sort(),
                );
            });

            it('orders a quoted free-text part as the catalogue variant the seller’s offer matched, from that seller', async () => {
                const { myQuoteRequest } = await run(shopClient, RfqMyRequestDocument, { id: requestId });
                const freeText = myQuoteRequest!.quotes
                    .find(q => q.sellerId === a.id)!
                    .lines.find(l => l.requestLineId === lineIds[1])!;
                const { acceptQuoteLines } = await run(shopClient, RfqAcceptQuoteLinesDocument, {
                    lines: [{ quoteLineId: freeText.id }],
                });
                if (acceptQuoteLines.__typename !== 'Order') {
                    throw new Error(
                        `not an order: ${'message' in acceptQuoteLines ? acceptQuoteLines.message : ''}`,
                    );
                }
                // "xr 200-B" reached A through the seller SKU of its offer on T_4: the line is T_4 at A's price
                expect(
                    acceptQuoteLines.lines.map(l => [
                        l.productVariant.id,
                        l.quantity,
                        l.unitPrice,
                        l.customFields?.quoteLineId,
                    ]),
                ).toEqual([['T_4', 2, 5000, freeText.id]]);
            });

            it('refuses revising or declining an accepted quote', async () => {
                const { declineQuoteRequest } = await run(b.client, RfqDeclineRequestDocument, {
                    requestId,
                    reason: 'changed my mind',
                });
                expect(declineQuoteRequest).toMatchObject({ errorCode: 'QUOTE_NOT_REVISABLE_ERROR' });
            });
        });
    });

    describe('cancelling', () => {
        it('withdraws open quotes when the buyer cancels', async () => {
            const draft = await createDraft([{ productVariantId: 'T_3', quantity: 1 }]);
            await submitAndRoute(draft.id);
            const { submitQuote } = await run(a.client, RfqSubmitQuoteDocument, {
                input: {
                    requestId: draft.id,
                    lines: [
                        {
                            requestLineId: draft.lines[0].id,
                            unitPrice: 100,
                            quantity: 1,
                            quantityAvailable: 1,
                            leadTimeDays: 1,
                        },
                    ],
                },
            });
            const quoteId = (submitQuote as { id: string }).id;
            const { cancelQuoteRequest } = await run(shopClient, RfqCancelRequestDocument, { id: draft.id });
            expect(cancelQuoteRequest).toMatchObject({ state: 'cancelled' });
            const { acceptQuote } = await run(shopClient, RfqAcceptQuoteDocument, { quoteId });
            expect(acceptQuote).toMatchObject({ errorCode: 'QUOTE_UNAVAILABLE_ERROR', reason: 'withdrawn' });
            const { submitQuote: late } = await run(a.client, RfqSubmitQuoteDocument, {
                input: {
                    requestId: draft.id,
                    lines: [
                        {
                            requestLineId: draft.lines[0].id,
                            unitPrice: 90,
                            quantity: 1,
                            quantityAvailable: 1,
                            leadTimeDays: 1,
                        },
                    ],
                },
            });
            expect(late).toMatchObject({ errorCode: 'QUOTE_REQUEST_STATE_ERROR' });
        });
    });
    describe('free text matching a catalogue SKU', () => {
        it('routes a part number written as a variant SKU to the sellers with an active offer on that variant', async () => {
            // The tablet is SKU TBL200 (offers of A and B), the headphones WH1000 (A's offer).
            const draft = await createDraft([
                { partNumber: 'tbl-200', quantity: 1 },
                { partNumber: 'Wh 1000', manufacturer: 'Acme', quantity: 2 },
            ]);
            const routed = await submitAndRoute(draft.id);
            expect(
                routed.routings
                    .map(r => [
                        routed.lines.findIndex(l => l.id === r.requestLineId),
                        sellerKey(r.sellerId),
                        r.matchedBy,
                    ])
                    .sort(),
            ).toEqual([
                [0, 'A', 'variantSku'],
                [0, 'B', 'variantSku'],
                [1, 'A', 'variantSku'],
            ]);
            expect(routed.unroutedLines).toEqual([]);
            const seen = async (client: SimpleGraphQLClient) => {
                const { quoteRequest } = await run(client, RfqAdminRequestDocument, { id: draft.id });
                return quoteRequest?.lines.map(l => l.partNumber) ?? null;
            };
            expect(await seen(a.client)).toEqual(['tbl-200', 'Wh 1000']);
            expect(await seen(b.client)).toEqual(['tbl-200']);
            // C and D carry neither variant: not even by id.
            expect(await seen(c.client)).toBeNull();
            expect(await seen(d.client)).toBeNull();
            const { quoteRequests } = await run(d.client, RfqAdminRequestsDocument);
            expect(quoteRequests.items.map(r => r.id)).not.toContain(draft.id);
        });

        it('follows a SKU changed since the last routing: the new one matches, the old one no longer', async () => {
            // USB cable (T_5, USBC01): C's offer.
            await run(adminClient, RfqUpdateVariantSkuDocument, { id: 'T_5', sku: 'RFQ-USB 77' });
            const draft = await createDraft([
                { partNumber: 'rfq usb-77', quantity: 1 },
                { partNumber: 'usbc01', quantity: 1 },
            ]);
            const routed = await submitAndRoute(draft.id);
            expect(
                routed.routings.map(r => [
                    routed.lines.findIndex(l => l.id === r.requestLineId),
                    sellerKey(r.sellerId),
                    r.matchedBy,
                ]),
            ).toEqual([[0, 'C', 'variantSku']]);
            expect(routed.unroutedLines.map(l => l.position)).toEqual([1]);
        });
    });

    describe('a retried routing job', () => {
        it('notifies each seller of a line once: a re-run publishes only the sellers and lines it newly reached', async () => {
            const reached: QuoteRequestReachedSellerEvent[] = [];
            const routed: QuoteRequestRoutedEvent[] = [];
            const eventBus = env.server.app.get(EventBus);
            const subscriptions = [
                eventBus.ofType(QuoteRequestReachedSellerEvent).subscribe(e => reached.push(e)),
                eventBus.ofType(QuoteRequestRoutedEvent).subscribe(e => routed.push(e)),
            ];
            // Events carry database ids; the API shows them encoded (the test EntityIdStrategy's `T_` prefix).
            const keyOf = (sellerId: unknown) => sellerKey(`T_${String(sellerId)}`);
            const dbId = (apiId: string) => Number(apiId.replace(/^T_/, ''));
            try {
                // T_6 is carried by D, E and F.
                const draft = await createDraft([{ productVariantId: 'T_6', quantity: 4 }]);
                await submitAndRoute(draft.id);
                const mine = () => reached.filter(e => Number(e.request.id) === dbId(draft.id));
                await eventually(() => Promise.resolve(mine().length >= 3 ? true : undefined));
                // The job runs again (a retry after its first run committed), now that A also carries T_6.
                await createOffer(adminClient, { sellerId: a.id, productVariantId: 'T_6', price: 99000 });
                const ctx = await env.server.app.get(RequestContextService).create({ apiType: 'admin' });
                const outcome = await env.server.app.get(RfqRoutingService).route(ctx, dbId(draft.id));
                expect(outcome.routings).toBe(4);
                // And once more with nothing new.
                await env.server.app.get(RfqRoutingService).route(ctx, dbId(draft.id));
                const runs = await eventually(() => {
                    const ofRequest = routed.filter(e => Number(e.request.id) === dbId(draft.id));
                    return Promise.resolve(ofRequest.length >= 3 ? ofRequest : undefined);
                });
                expect(runs.map(r => [...r.linesBySeller.keys()].map(keyOf).sort())).toEqual([
                    ['D', 'E', 'F'],
                    ['A'],
                    [],
                ]);
                expect(runs[1].linesBySeller.get(String(dbId(a.id)))!.map(Number)).toEqual([
                    dbId(draft.lines[0].id),
                ]);
                // The seller email's event: once per seller, A's with its line.
                await eventually(() => Promise.resolve(mine().length >= 4 ? true : undefined));
                expect(
                    mine()
                        .map(e => keyOf(e.sellerId))
                        .sort(),
                ).toEqual(['A', 'D', 'E', 'F']);
                expect(mine().find(e => keyOf(e.sellerId) === 'A')!.lines).toEqual([
                    expect.objectContaining({ position: 1, quantity: 4 }),
                ]);
                // The request records whom it reached, once each.
                const { quoteRequest } = await run(adminClient, RfqAdminRequestDocument, { id: draft.id });
                expect(quoteRequest!.routings.map(r => sellerKey(r.sellerId)).sort()).toEqual([
                    'A',
                    'D',
                    'E',
                    'F',
                ]);
            } finally {
                subscriptions.forEach(s => s.unsubscribe());
            }
        });
    });
});
