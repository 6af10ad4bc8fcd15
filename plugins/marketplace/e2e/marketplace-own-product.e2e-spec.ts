import { LanguageCode } from '@vendure/common/lib/generated-types';
import { SimpleGraphQLClient } from '@vendure/testing';

import { createTriflowTestEnvironment, run, startTestServer } from '../../../src/testing/helpers';

import {
    MktOwnCreateProductDocument,
    MktOwnCreateVariantsDocument,
    MktOwnDeleteVariantDocument,
    MktOwnOffersDocument,
    MktOwnUpdateProductDocument,
    MktOwnUpdateVariantsDocument,
    MktOwnVariantStockDocument,
    MktOrderDocument,
} from './graphql/generated-admin';
import { VariantOffersDocument } from './graphql/generated-shop';
import {
    checkout,
    createSellerShippingMethod,
    newShopClient,
    orderByCode,
} from './marketplace-checkout-helpers';
import { approvedSellerClient, RegisteredSeller } from './marketplace-e2e-helpers';

describe('Marketplace: products a seller lists of its own, sold through its offer', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    let p: RegisteredSeller & { client: SimpleGraphQLClient };
    let q: RegisteredSeller & { client: SimpleGraphQLClient };
    let productId: string;
    let variantIds: string[];

    const ownOffers = async (client: SimpleGraphQLClient, variantId: string) =>
        (
            await run(client, MktOwnOffersDocument, {
                options: { filter: { productVariantId: { eq: variantId } }, take: 10 },
            })
        ).offers.items;

    /** A product of the seller's own with one variant, made on its channel as its administrator would. */
    async function createOwnProduct(
        client: SimpleGraphQLClient,
        slug: string,
        chineseName: string,
        variant: { sku: string; price: number; stockOnHand?: number },
    ): Promise<{ productId: string; variantId: string }> {
        const { createProduct } = await run(client, MktOwnCreateProductDocument, {
            input: {
                enabled: true,
                translations: [
                    {
                        languageCode: LanguageCode.en,
                        name: `Hydraulic seal kit ${slug}`,
                        slug,
                        description: '',
                    },
                    {
                        languageCode: LanguageCode.zh_Hans,
                        name: chineseName,
                        slug: `${slug}-zh`,
                        description: '',
                    },
                ],
            },
        });
        const { createProductVariants } = await run(client, MktOwnCreateVariantsDocument, {
            input: [
                {
                    productId: createProduct.id,
                    ...variant,
                    translations: [{ languageCode: LanguageCode.en, name: variant.sku }],
                },
            ],
        });
        return { productId: createProduct.id, variantId: createProductVariants[0]!.id };
    }

    beforeAll(async () => {
        await startTestServer(env);
        p = await approvedSellerClient(shopClient, adminClient, 'own-p');
        q = await approvedSellerClient(shopClient, adminClient, 'own-q');
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it("creates the seller's offer for each variant its administrator creates, at the price and units given", async () => {
        const made40 = await createOwnProduct(p.client, 'own-seal-40', '液压密封套件 40 毫米', {
            sku: 'OWN-SEAL-40',
            price: 4500,
            stockOnHand: 12,
        });
        const made60 = await createOwnProduct(p.client, 'own-seal-60', '液压密封套件 60 毫米', {
            sku: 'OWN-SEAL-60',
            price: 6500,
        });
        productId = made40.productId;
        variantIds = [made40.variantId, made60.variantId];
        const [forty] = await ownOffers(p.client, variantIds[0]);
        expect(forty).toMatchObject({
            sellerId: p.id,
            price: 4500,
            quantityAvailable: 12,
            condition: 'new',
            sellerSku: 'OWN-SEAL-40',
            active: true,
        });
        expect(await ownOffers(p.client, variantIds[1])).toEqual([
            expect.objectContaining({ price: 6500, quantityAvailable: 0 }),
        ]);
        // the units are the offer's, not counted twice on the shared catalogue
        const { productVariant } = await run(adminClient, MktOwnVariantStockDocument, { id: variantIds[0] });
        expect(productVariant).toMatchObject({ stockOnHand: 12, stockAllocated: 0 });
    });

    it("shows the product on the storefront with the seller's offer as its buy box", async () => {
        const { product } = await run(newShopClient(), VariantOffersDocument, { productId });
        expect(product!.variants).toEqual([
            expect.objectContaining({
                id: variantIds[0],
                buyBox: expect.objectContaining({ price: 4500, seller: { id: p.id, name: 'Seller own-p' } }),
            }),
        ]);
    });

    it("moves the offer when the seller changes the variant's price or stock", async () => {
        await run(p.client, MktOwnUpdateVariantsDocument, {
            input: [{ id: variantIds[1], price: 6200, stockOnHand: 5 }],
        });
        expect(await ownOffers(p.client, variantIds[1])).toEqual([
            expect.objectContaining({ price: 6200, quantityAvailable: 5 }),
        ]);
    });

    it('sells it as an offer line: a seller order for the seller, the units off its offer', async () => {
        const ship = await createSellerShippingMethod(adminClient, p.id, 500);
        const { code, result } = await checkout(
            newShopClient(),
            [{ variantId: variantIds[0], quantity: 2 }],
            [ship],
        );
        expect(result).toMatchObject({ __typename: 'Order', state: 'PaymentAuthorized' });
        const order = await orderByCode(adminClient, code!);
        const [offer] = await ownOffers(p.client, variantIds[0]);
        expect(order.lines[0].customFields?.offerId).toBe(offer.id);
        expect(order.sellerOrders).toHaveLength(1);
        const { order: part } = await run(p.client, MktOrderDocument, { id: order.sellerOrders![0].id });
        expect(part?.lines).toEqual([expect.objectContaining({ quantity: 2 })]);
        const [forty] = await ownOffers(p.client, variantIds[0]);
        expect(forty.quantityAvailable).toBe(10);
        // the seller counts 15 on its shelf: 2 of them are held for the order, so the offer sells 13
        await run(p.client, MktOwnUpdateVariantsDocument, {
            input: [{ id: variantIds[0], stockOnHand: 15 }],
        });
        expect((await ownOffers(p.client, variantIds[0]))[0].quantityAvailable).toBe(13);
    });

    it("keeps a seller off another seller's products and the shared catalogue's", async () => {
        await expect(
            run(q.client, MktOwnUpdateProductDocument, { input: { id: productId, enabled: false } }),
        ).rejects.toThrow(/No Product with the id|not currently authorized|FORBIDDEN/i);
        // T_1 is the shared catalogue's laptop, in the default channel only
        await expect(
            run(p.client, MktOwnUpdateProductDocument, { input: { id: 'T_1', enabled: false } }),
        ).rejects.toThrow(/No Product with the id|not currently authorized|FORBIDDEN/i);
        await expect(
            run(q.client, MktOwnUpdateVariantsDocument, { input: [{ id: variantIds[0], price: 1 }] }),
        ).rejects.toThrow(/No ProductVariant with the id|not currently authorized|FORBIDDEN/i);
        expect((await ownOffers(p.client, variantIds[0]))[0].price).toBe(4500);
        // seller Q holds no offer on P's product
        expect(await ownOffers(q.client, variantIds[0])).toEqual([]);
    });

    it('withdraws the offer when the seller deletes the variant', async () => {
        const { deleteProductVariant } = await run(p.client, MktOwnDeleteVariantDocument, {
            id: variantIds[1],
        });
        expect(deleteProductVariant.result).toBe('DELETED');
        expect(await ownOffers(p.client, variantIds[1])).toEqual([
            expect.objectContaining({ active: false }),
        ]);
    });
});
