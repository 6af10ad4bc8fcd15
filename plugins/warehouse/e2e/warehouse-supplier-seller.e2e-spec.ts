import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    loginAsAdministratorWithPermissions,
    newAdminClient,
    newShopClient,
    run,
    startTestServer,
} from '../../../src/testing/helpers';

import {
    WhCreateSupplierDocument,
    WhCreateSupplierWithSellerDocument,
    WhLinkSupplierSellerDocument,
    WhSupplierSellerDocument,
} from './graphql/generated-admin';
import { WhRegisterSellerDocument } from './graphql/generated-shop';

/*
 * Suppliers linked to marketplace sellers, with the marketplace plugin installed (the full platform): the seller
 * is looked up through the marketplace plugin's exported MarketplaceSellerService.
 */
describe('Warehouse suppliers linked to marketplace sellers', () => {
    const env = createTriflowTestEnvironment();
    const { adminClient } = env;
    let sellerId: string;
    let supplierId: string;

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 1 });
        const { registerSeller } = await run(newShopClient(), WhRegisterSellerDocument, {
            input: {
                name: 'Ningbo Parts Trading',
                contactEmail: 'contact@ningbo-parts.test',
                taxId: 'TAX-NINGBO-001',
                administrator: {
                    emailAddress: 'admin@ningbo-parts.test',
                    password: 'test-seller-password',
                    firstName: 'Li',
                    lastName: 'Wei',
                },
            },
        });
        if (registerSeller.__typename !== 'MarketplaceSeller') {
            throw new Error(`registerSeller failed: ${JSON.stringify(registerSeller)}`);
        }
        sellerId = registerSeller.id;
        const { createSupplier } = await run(adminClient, WhCreateSupplierDocument, {
            input: { code: 'NB-PARTS', name: 'Ningbo Parts' },
        });
        if (createSupplier.__typename !== 'Supplier') {
            throw new Error(createSupplier.message);
        }
        supplierId = createSupplier.id;
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it('an unlinked supplier has no marketplace seller', async () => {
        const { supplier } = await run(adminClient, WhSupplierSellerDocument, { id: supplierId });
        expect(supplier).toEqual({ id: supplierId, marketplaceSellerId: null, marketplaceSeller: null });
    });

    it('links a supplier to a marketplace seller, whose name it shows', async () => {
        const { updateSupplier } = await run(adminClient, WhLinkSupplierSellerDocument, {
            input: { id: supplierId, marketplaceSellerId: sellerId },
        });
        expect(updateSupplier).toMatchObject({
            __typename: 'Supplier',
            marketplaceSellerId: sellerId,
            marketplaceSeller: { id: sellerId, name: 'Ningbo Parts Trading' },
        });
        const { supplier } = await run(adminClient, WhSupplierSellerDocument, { id: supplierId });
        expect(supplier?.marketplaceSeller?.name).toBe('Ningbo Parts Trading');
    });

    it('keeps the link when other fields change', async () => {
        const { updateSupplier } = await run(adminClient, WhLinkSupplierSellerDocument, {
            input: { id: supplierId, name: 'Ningbo Parts Co.' },
        });
        expect(updateSupplier).toMatchObject({ marketplaceSellerId: sellerId });
    });

    it('refuses an unknown seller and keeps the link as it was', async () => {
        const message = await expectGraphQLError(adminClient, WhLinkSupplierSellerDocument, {
            input: { id: supplierId, marketplaceSellerId: 'T_999' },
        });
        expect(message).toBe('No marketplace seller with id 999');
        const { supplier } = await run(adminClient, WhSupplierSellerDocument, { id: supplierId });
        expect(supplier?.marketplaceSellerId).toBe(sellerId);
    });

    it('unlinks with null', async () => {
        const { updateSupplier } = await run(adminClient, WhLinkSupplierSellerDocument, {
            input: { id: supplierId, marketplaceSellerId: null },
        });
        expect(updateSupplier).toMatchObject({ marketplaceSellerId: null, marketplaceSeller: null });
    });

    it('creates a supplier linked to a seller, and refuses to create one with an unknown seller', async () => {
        const { createSupplier } = await run(adminClient, WhCreateSupplierWithSellerDocument, {
            input: { code: 'NB-DIRECT', name: 'Ningbo direct', marketplaceSellerId: sellerId },
        });
        expect(createSupplier).toMatchObject({
            __typename: 'Supplier',
            marketplaceSeller: { id: sellerId, name: 'Ningbo Parts Trading' },
        });
        const message = await expectGraphQLError(adminClient, WhCreateSupplierWithSellerDocument, {
            input: { code: 'NB-GHOST', name: 'Ghost', marketplaceSellerId: 'T_999' },
        });
        expect(message).toBe('No marketplace seller with id 999');
    });

    it('an administrator without UpdateSupplier cannot link', async () => {
        const client = newAdminClient();
        await loginAsAdministratorWithPermissions(adminClient, client, ['ReadSupplier']);
        const message = await expectGraphQLError(client, WhLinkSupplierSellerDocument, {
            input: { id: supplierId, marketplaceSellerId: sellerId },
        });
        expect(message).toMatch(/not currently authorized/);
    });
});
