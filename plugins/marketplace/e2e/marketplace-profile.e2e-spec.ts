import { ID } from '@vendure/common/lib/shared-types';
import { SimpleGraphQLClient } from '@vendure/testing';
import fs from 'fs';
import os from 'os';
import path from 'path';

import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    loginAsAdministratorWithPermissions,
    run,
    startTestServer,
} from '../../../src/testing/helpers';
import { MarketplacePlugin } from '../index';
import type { SellerRatingStrategy } from '../index';

import {
    MktCreateAssetDocument,
    MktCreateAssetMutation,
    RejectSellerDocument,
    SuspendSellerDocument,
    UpdateSellerProfileDocument,
} from './graphql/generated-admin';
import {
    ShopProductOfferSellersDocument,
    ShopSellerProfileDocument,
    ShopSellersDocument,
} from './graphql/generated-shop';
import { createOffer, newShopClient } from './marketplace-checkout-helpers';
import {
    approvedSellerClient,
    newAdminClient,
    registerSeller,
    RegisteredSeller,
} from './marketplace-e2e-helpers';

/** Rates only the sellers it is given, so the summary on the profile is seen to come from the strategy. */
class FixedRatingStrategy implements SellerRatingStrategy {
    readonly summaries = new Map<string, { average: number; count: number }>();

    getRatings(_ctx: unknown, sellerIds: ID[]): Promise<Map<string, number>> {
        return Promise.resolve(
            new Map(
                sellerIds
                    .map(id => [String(id), this.summaries.get(String(id))?.average] as const)
                    .filter((e): e is readonly [string, number] => e[1] !== undefined),
            ),
        );
    }

    getRatingSummaries(
        _ctx: unknown,
        sellerIds: ID[],
    ): Promise<Map<string, { average: number; count: number }>> {
        return Promise.resolve(
            new Map(
                sellerIds
                    .filter(id => this.summaries.has(String(id)))
                    .map(id => [String(id), this.summaries.get(String(id))!]),
            ),
        );
    }
}

/** A 1×1 PNG. */
const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
);

describe('Marketplace seller profile on the shop API', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient, shopClient } = env;
    const ratings = new FixedRatingStrategy();
    let a: RegisteredSeller & { client: SimpleGraphQLClient };
    let b: RegisteredSeller & { client: SimpleGraphQLClient };
    let pending: RegisteredSeller;
    let suspended: RegisteredSeller;
    let rejected: RegisteredSeller;
    let logoId: string;
    let codeOfA: string;

    beforeAll(async () => {
        MarketplacePlugin.options = { ...MarketplacePlugin.options, sellerRatingStrategy: ratings };
        await startTestServer(env);
        a = await approvedSellerClient(shopClient, adminClient, 'profile-a');
        b = await approvedSellerClient(shopClient, adminClient, 'profile-b');
        pending = await registerSeller(shopClient, adminClient, 'profile-pending');
        suspended = await approvedSellerClient(shopClient, adminClient, 'profile-suspended');
        rejected = await registerSeller(shopClient, adminClient, 'profile-rejected');
        await run(adminClient, RejectSellerDocument, { id: rejected.id, reason: 'Incomplete papers' });
        await createOffer(adminClient, a.id, 'T_1', 100000, 3);
        await createOffer(adminClient, suspended.id, 'T_1', 90000, 3);
        await run(adminClient, SuspendSellerDocument, { id: suspended.id, reason: 'Late shipments' });
        ratings.summaries.set(a.id.replace(/^T_/, ''), { average: 4.5, count: 12 });

        const file = path.join(os.tmpdir(), `mkt-logo-${process.pid}.png`);
        fs.writeFileSync(file, PNG);
        const uploaded: MktCreateAssetMutation = await adminClient.fileUploadMutation({
            mutation: MktCreateAssetDocument,
            filePaths: [file],
            mapVariables: () => ({ file: null }),
        });
        const asset = uploaded.createAssets[0];
        if (asset.__typename !== 'Asset') {
            throw new Error('logo upload failed');
        }
        logoId = asset.id;
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it('lets the operator set a seller profile: description, logo, location and country', async () => {
        const { updateMarketplaceSellerProfile } = await run(adminClient, UpdateSellerProfileDocument, {
            input: {
                id: a.id,
                description: 'Connectors and cables',
                logoId,
                location: 'Shenzhen, Guangdong',
                countryCode: 'cn',
            },
        });
        expect(updateMarketplaceSellerProfile).toEqual({
            id: a.id,
            description: 'Connectors and cables',
            location: 'Shenzhen, Guangdong',
            countryCode: 'CN',
            logo: { id: logoId },
            rating: { average: 4.5, count: 12 },
        });
    });

    it('shows an approved seller to a storefront without a token, by id and by code', async () => {
        const anonymous = newShopClient();
        const { marketplaceSeller } = await run(anonymous, ShopSellerProfileDocument, { id: a.id });
        expect(marketplaceSeller).toMatchObject({
            id: a.id,
            name: 'Seller profile-a',
            description: 'Connectors and cables',
            location: 'Shenzhen, Guangdong',
            countryCode: 'CN',
            status: 'approved',
            logo: { id: logoId },
            rating: { average: 4.5, count: 12 },
        });
        codeOfA = marketplaceSeller!.code;
        const byCode = await run(anonymous, ShopSellerProfileDocument, { code: codeOfA });
        expect(byCode.marketplaceSeller?.id).toBe(a.id);
        // a seller nobody rated is unrated, not 0 stars
        const unrated = await run(anonymous, ShopSellerProfileDocument, { id: b.id });
        expect(unrated.marketplaceSeller?.rating).toEqual({ average: null, count: 0 });
    });

    it('shows no pending, rejected or suspended seller, by id, by code or in the list', async () => {
        const anonymous = newShopClient();
        for (const hidden of [pending, rejected, suspended]) {
            expect(
                (await run(anonymous, ShopSellerProfileDocument, { id: hidden.id })).marketplaceSeller,
            ).toBeNull();
        }
        const { marketplaceSellers } = await run(anonymous, ShopSellersDocument, {
            options: { sort: { name: 'ASC' } },
        });
        expect(marketplaceSellers.items.map(s => s.name)).toEqual(['Seller profile-a', 'Seller profile-b']);
        expect(marketplaceSellers.totalItems).toBe(2);
        const filtered = await run(anonymous, ShopSellersDocument, {
            options: { filter: { name: { contains: 'suspended' } } },
        });
        expect(filtered.marketplaceSellers.totalItems).toBe(0);
        expect(await expectGraphQLError(anonymous, ShopSellerProfileDocument, {})).toMatch(/id or code/);
    });

    it('resolves Product.offers and the buy box to the seller profile', async () => {
        const { product } = await run(newShopClient(), ShopProductOfferSellersDocument, { productId: 'T_1' });
        // the suspended seller's cheaper offer is not there
        expect(product!.offers.map(o => o.seller.name)).toEqual(['Seller profile-a']);
        expect(product!.variants[0].buyBox?.seller).toMatchObject({
            id: a.id,
            code: codeOfA,
            logo: { id: logoId },
            location: 'Shenzhen, Guangdong',
            rating: { average: 4.5, count: 12 },
        });
    });

    it('lets a seller administrator change its own profile only; another seller is not found', async () => {
        const own = await run(b.client, UpdateSellerProfileDocument, {
            input: { id: b.id, location: 'Duisburg', countryCode: 'DE', logoId: null },
        });
        expect(own.updateMarketplaceSellerProfile).toMatchObject({ location: 'Duisburg', countryCode: 'DE' });
        expect(
            await expectGraphQLError(b.client, UpdateSellerProfileDocument, {
                input: { id: a.id, location: 'Hijacked' },
            }),
        ).toMatch(/No MarketplaceSeller with the id/);
        const { marketplaceSeller } = await run(newShopClient(), ShopSellerProfileDocument, { id: a.id });
        expect(marketplaceSeller?.location).toBe('Shenzhen, Guangdong');
    });

    it('refuses bad input and administrators without permission, writing nothing', async () => {
        expect(
            await expectGraphQLError(adminClient, UpdateSellerProfileDocument, {
                input: { id: a.id, countryCode: 'China', location: 'Nowhere' },
            }),
        ).toMatch(/countryCode/);
        expect(
            await expectGraphQLError(adminClient, UpdateSellerProfileDocument, {
                input: { id: a.id, location: 'x'.repeat(201) },
            }),
        ).toMatch(/location must be at most 200/);
        expect(
            await expectGraphQLError(adminClient, UpdateSellerProfileDocument, {
                input: { id: a.id, logoId: 'T_999', location: 'Nowhere' },
            }),
        ).toMatch(/No Asset with the id/);
        const nobody = newAdminClient();
        await loginAsAdministratorWithPermissions(adminClient, nobody, ['ReadCatalog']);
        expect(
            await expectGraphQLError(nobody, UpdateSellerProfileDocument, {
                input: { id: a.id, location: 'X' },
            }),
        ).toMatch(/not currently authorized/);
        // UpdateOffer lets a seller's administrator edit its own profile; on the default channel it is no
        // operator's right to edit any seller's.
        const offerEditor = newAdminClient();
        await loginAsAdministratorWithPermissions(adminClient, offerEditor, ['ReadOffer', 'UpdateOffer']);
        expect(
            await expectGraphQLError(offerEditor, UpdateSellerProfileDocument, {
                input: { id: a.id, location: 'X' },
            }),
        ).toMatch(/not currently authorized/);
        const { marketplaceSeller } = await run(newShopClient(), ShopSellerProfileDocument, { id: a.id });
        expect(marketplaceSeller).toMatchObject({ location: 'Shenzhen, Guangdong', countryCode: 'CN' });
    });
});
