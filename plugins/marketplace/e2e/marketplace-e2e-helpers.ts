import { SimpleGraphQLClient } from '@vendure/testing';

import { newAdminClient, run } from '../../../src/testing/helpers';

import {
    ApproveSellerDocument,
    MarketplaceLoginDocument,
    MarketplaceSellerDetailDocument,
} from './graphql/generated-admin';
import { RegisterSellerDocument } from './graphql/generated-shop';
import type { RegisterSellerInput } from '../../../src/testing/graphql/schema-types-shop';

export const SELLER_PASSWORD = 'seller-password-1';

export { newAdminClient };

/** An application's input, unique per `key`. */
export function sellerInput(key: string, extra: Partial<RegisterSellerInput> = {}): RegisterSellerInput {
    return {
        name: `Seller ${key}`,
        contactEmail: `contact-${key}@sellers.test`,
        taxId: `TAX-${key.toUpperCase()}-001`,
        description: `Parts from ${key}`,
        administrator: {
            emailAddress: `admin-${key}@sellers.test`,
            password: SELLER_PASSWORD,
            firstName: 'Ada',
            lastName: key,
        },
        ...extra,
    };
}

export interface RegisteredSeller {
    id: string;
    adminEmail: string;
    channelToken: string;
}

/** Registers an application through the shop API and returns the seller with its channel token. */
export async function registerSeller(
    shopClient: SimpleGraphQLClient,
    adminClient: SimpleGraphQLClient,
    key: string,
): Promise<RegisteredSeller> {
    const input = sellerInput(key);
    const { registerSeller: result } = await run(shopClient, RegisterSellerDocument, { input });
    if (result.__typename !== 'MarketplaceSeller') {
        throw new Error(`registerSeller failed: ${'message' in result ? result.message : ''}`);
    }
    const { marketplaceSeller } = await run(adminClient, MarketplaceSellerDetailDocument, { id: result.id });
    return {
        id: result.id,
        adminEmail: input.administrator.emailAddress,
        channelToken: marketplaceSeller!.channel.token,
    };
}

/** Registers and approves a seller, and returns a client logged in as its administrator on its channel. */
export async function approvedSellerClient(
    shopClient: SimpleGraphQLClient,
    adminClient: SimpleGraphQLClient,
    key: string,
): Promise<RegisteredSeller & { client: SimpleGraphQLClient }> {
    const seller = await registerSeller(shopClient, adminClient, key);
    await run(adminClient, ApproveSellerDocument, { id: seller.id });
    const client = newAdminClient();
    client.setChannelToken(seller.channelToken);
    const { login } = await run(client, MarketplaceLoginDocument, {
        username: seller.adminEmail,
        password: SELLER_PASSWORD,
    });
    if (login.__typename !== 'CurrentUser') {
        throw new Error(`seller admin login failed: ${'message' in login ? login.message : ''}`);
    }
    return { ...seller, client };
}
