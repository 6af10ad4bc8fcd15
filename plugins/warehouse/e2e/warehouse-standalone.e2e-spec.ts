import {
    createTriflowTestEnvironment,
    expectGraphQLError,
    run,
    startTestServer,
} from '../../../src/testing/helpers';
import { triflowTestConfig } from '../../../src/testing/test-config';
import { MarketplacePlugin } from '../../marketplace';
import { RfqPlugin } from '../../rfq';

import {
    WhCreateSupplierDocument,
    WhCreateSupplierWithSellerDocument,
    WhLinkSupplierSellerDocument,
    WhSupplierSellerDocument,
} from './graphql/generated-admin';

/*
 * The warehouse plugin without MarketplacePlugin (and RfqPlugin, which needs it): suppliers work, linking one to a
 * marketplace seller is refused. A spec file of its own: Vendure builds its GraphQL modules once per module
 * registry, so one file cannot boot two plugin sets.
 */
describe('Warehouse suppliers without the marketplace plugin', () => {
    const env = createTriflowTestEnvironment({
        plugins: triflowTestConfig().plugins.filter(p => p !== MarketplacePlugin && p !== RfqPlugin),
    });
    const { adminClient } = env;
    let supplierId: string;

    beforeAll(async () => {
        await startTestServer(env, { customerCount: 1 });
        const { createSupplier } = await run(adminClient, WhCreateSupplierDocument, {
            input: { code: 'SOLO', name: 'Solo supplier' },
        });
        if (createSupplier.__typename !== 'Supplier') {
            throw new Error(createSupplier.message);
        }
        supplierId = createSupplier.id;
    });

    afterAll(async () => {
        await env.server.destroy();
    });

    it('refuses to link a supplier to a marketplace seller, on update and on create', async () => {
        const refusal =
            'The marketplace plugin is not installed: a supplier cannot be linked to a marketplace seller';
        expect(
            await expectGraphQLError(adminClient, WhLinkSupplierSellerDocument, {
                input: { id: supplierId, marketplaceSellerId: 'T_1' },
            }),
        ).toBe(refusal);
        expect(
            await expectGraphQLError(adminClient, WhCreateSupplierWithSellerDocument, {
                input: { code: 'SOLO-2', name: 'Another', marketplaceSellerId: 'T_1' },
            }),
        ).toBe(refusal);
    });

    it('the supplier has no marketplace seller, and other changes still work', async () => {
        const { updateSupplier } = await run(adminClient, WhLinkSupplierSellerDocument, {
            input: { id: supplierId, name: 'Solo supplier Ltd', marketplaceSellerId: null },
        });
        expect(updateSupplier).toMatchObject({
            __typename: 'Supplier',
            marketplaceSellerId: null,
            marketplaceSeller: null,
        });
        const { supplier } = await run(adminClient, WhSupplierSellerDocument, { id: supplierId });
        expect(supplier).toEqual({ id: supplierId, marketplaceSellerId: null, marketplaceSeller: null });
    });
});
