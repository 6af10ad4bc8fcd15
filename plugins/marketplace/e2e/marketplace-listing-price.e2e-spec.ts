import { createTriflowTestEnvironment, run, startTestServer } from '../../../src/testing/helpers';

import {
    MktAdminVariantPriceDocument,
    ReinstateSellerDocument,
    SuspendSellerDocument,
    UpdateOfferDocument,
} from './graphql/generated-admin';
import {
    MarketplaceAddToCartDocument,
    MarketplaceAdjustLineDocument,
    MktListingSearchDocument,
    MktProductPageDocument,
} from './graphql/generated-shop';
import {
    checkout,
    createOffer,
    createSellerShippingMethod,
    newShopClient,
} from './marketplace-checkout-helpers';
import { approvedSellerClient, RegisteredSeller } from './marketplace-e2e-helpers';

/** Catalogue price of the 13-inch laptop (T_1, L2201308) in the test fixtures, without tax (prices exclude tax). */
const CATALOGUE = 129_900;
const TAX = 1.2;

describe('Marketplace storefront listing price = buy box', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    let a: RegisteredSeller;
    let b: RegisteredSeller;
    let offerA: string;
    let shipA: string;
    const catalogueCart = newShopClient();
    let catalogueLineId: string;

    /** What an anonymous storefront shows: the search listing and the product page, for T_1. */
    async function storefront() {
        const anonymous = newShopClient();
        const { search } = await run(anonymous, MktListingSearchDocument, {
            input: { term: 'laptop', groupByProduct: false, take: 10 },
        });
        const listed = search.items.find(i => i.productVariantId === 'T_1');
        const { product } = await run(anonymous, MktProductPageDocument, { id: 'T_1' });
        const page = product!.variants.find(v => v.id === 'T_1')!;
        const value = (p: { value?: number } | undefined) => p?.value;
        return {
            listing: value(listed?.price as { value?: number }),
            listingWithTax: value(listed?.priceWithTax as { value?: number }),
            page: page.price,
            pageWithTax: page.priceWithTax,
            buyBox: page.buyBox?.price ?? null,
        };
    }

    /** The search index is updated by a job after the change commits: wait until the listing shows `price`. */
    async function listingBecomes(price: number) {
        const deadline = Date.now() + 15_000;
        let seen = await storefront();
        while (seen.listing !== price && Date.now() < deadline) {
            await new Promise(resolve => setTimeout(resolve, 100));
            seen = await storefront();
        }
        return seen;
    }

    function consistent(price: number, buyBox: number | null) {
        return {
            listing: price,
            listingWithTax: Math.round(price * TAX),
            page: price,
            pageWithTax: Math.round(price * TAX),
            buyBox,
        };
    }

    beforeAll(async () => {
        await startTestServer(env);
        a = await approvedSellerClient(shopClient, adminClient, 'listing-a');
        b = await approvedSellerClient(shopClient, adminClient, 'listing-b');
        shipA = await createSellerShippingMethod(adminClient, a.id, 0);
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it('lists a variant nobody offers at its catalogue price', async () => {
        expect(await storefront()).toEqual(consistent(CATALOGUE, null));
        const { addItemToOrder } = await run(catalogueCart, MarketplaceAddToCartDocument, {
            productVariantId: 'T_1',
            quantity: 1,
        });
        expect(addItemToOrder).toMatchObject({
            lines: [{ unitPrice: CATALOGUE, customFields: { offerId: null } }],
        });
        catalogueLineId = addItemToOrder.__typename === 'Order' ? addItemToOrder.lines[0].id : '';
    });

    it('lists an offered variant at its buy-box price, as on the product page', async () => {
        offerA = await createOffer(adminClient, a.id, 'T_1', 110_000, 1);
        expect(await listingBecomes(110_000)).toEqual(consistent(110_000, 110_000));
    });

    it('keeps a line added before any offer at the catalogue price: the platform sells it, not a seller', async () => {
        const { adjustOrderLine } = await run(catalogueCart, MarketplaceAdjustLineDocument, {
            orderLineId: catalogueLineId,
            quantity: 2,
        });
        expect(adjustOrderLine).toMatchObject({
            lines: [{ quantity: 2, unitPrice: CATALOGUE, customFields: { offerId: null } }],
        });
    });

    it('charges in the cart what the listing shows', async () => {
        const { addItemToOrder } = await run(newShopClient(), MarketplaceAddToCartDocument, {
            productVariantId: 'T_1',
            quantity: 1,
        });
        expect(addItemToOrder).toMatchObject({ lines: [{ unitPrice: 110_000 }] });
    });

    it('follows the buy box when a cheaper offer arrives and when its seller is suspended and reinstated', async () => {
        const offerB = await createOffer(adminClient, b.id, 'T_1', 99_000, 5);
        expect(await listingBecomes(99_000)).toEqual(consistent(99_000, 99_000));
        await run(adminClient, SuspendSellerDocument, { id: b.id, reason: 'Audit' });
        expect(await listingBecomes(110_000)).toEqual(consistent(110_000, 110_000));
        await run(adminClient, ReinstateSellerDocument, { id: b.id });
        expect(await listingBecomes(99_000)).toEqual(consistent(99_000, 99_000));
        await run(adminClient, UpdateOfferDocument, { input: { id: offerB, active: false } });
        expect(await listingBecomes(110_000)).toEqual(consistent(110_000, 110_000));
    });

    it('goes back to the catalogue price when the last offer sells out', async () => {
        const { result } = await checkout(
            newShopClient(),
            [{ variantId: 'T_1', quantity: 1, offerId: offerA }],
            [shipA],
        );
        expect(result.__typename).toBe('Order');
        expect(await listingBecomes(CATALOGUE)).toEqual(consistent(CATALOGUE, null));
    });

    it('keeps the catalogue price in the admin API, which is what the Dashboard edits', async () => {
        await run(adminClient, UpdateOfferDocument, { input: { id: offerA, quantityAvailable: 3 } });
        expect(await listingBecomes(110_000)).toEqual(consistent(110_000, 110_000));
        const { productVariant } = await run(adminClient, MktAdminVariantPriceDocument, { id: 'T_1' });
        expect(productVariant).toMatchObject({ price: CATALOGUE });
    });
});
