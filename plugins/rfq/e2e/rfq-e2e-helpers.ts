import { SimpleGraphQLClient } from '@vendure/testing';

import { newAdminClient, run } from '../../../src/testing/helpers';

import {
    RfqApproveSellerDocument,
    RfqCreateOfferDocument,
    RfqLoginDocument,
    RfqSellerChannelDocument,
} from './graphql/generated-admin';
import { RfqRegisterSellerDocument } from './graphql/generated-shop';

const SELLER_PASSWORD = 'seller-password-1';

export interface RfqSeller {
    id: string;
    client: SimpleGraphQLClient;
}

export { newAdminClient };

/** Registers and approves a seller through the marketplace's API, and logs its administrator in on its channel. */
export async function approvedSeller(
    shopClient: SimpleGraphQLClient,
    adminClient: SimpleGraphQLClient,
    key: string,
): Promise<RfqSeller> {
    const email = `rfq-${key}@sellers.test`;
    const { registerSeller } = await run(shopClient, RfqRegisterSellerDocument, {
        input: {
            name: `RFQ Seller ${key}`,
            contactEmail: email,
            taxId: `RFQ-${key.toUpperCase()}-01`,
            administrator: { emailAddress: email, password: SELLER_PASSWORD, firstName: 'S', lastName: key },
        },
    });
    if (registerSeller.__typename !== 'MarketplaceSeller') {
        throw new Error(
            `registerSeller failed: ${'message' in registerSeller ? registerSeller.message : ''}`,
        );
    }
    await run(adminClient, RfqApproveSellerDocument, { id: registerSeller.id });
    const { marketplaceSeller } = await run(adminClient, RfqSellerChannelDocument, { id: registerSeller.id });
    const client = newAdminClient();
    client.setChannelToken(marketplaceSeller!.channel.token);
    const { login } = await run(client, RfqLoginDocument, { username: email, password: SELLER_PASSWORD });
    if (login.__typename !== 'CurrentUser') {
        throw new Error('seller login failed');
    }
    return { id: registerSeller.id, client };
}

/** Creates an offer (as the operator) and returns its id. */
export async function createOffer(
    adminClient: SimpleGraphQLClient,
    input: {
        sellerId: string;
        productVariantId: string;
        price: number;
        quantityAvailable?: number;
        sellerSku?: string;
        manufacturerPartNumber?: string;
    },
): Promise<string> {
    const { createOffer: result } = await run(adminClient, RfqCreateOfferDocument, {
        input: { quantityAvailable: 10, ...input },
    });
    if (result.__typename !== 'Offer') {
        throw new Error(`createOffer failed: ${'message' in result ? result.message : ''}`);
    }
    return result.id;
}

/** Polls until `check` returns a value (routing runs on the job queue, after the submitting transaction). */
export async function eventually<T>(check: () => Promise<T | undefined>, attempts = 100): Promise<T> {
    for (let i = 0; i < attempts; i++) {
        const value = await check();
        if (value !== undefined) {
            return value;
        }
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    throw new Error('condition not met in time');
}

/** A response deadline a week from now. */
export function inAWeek(): string {
    return new Date(Date.now() + 7 * 24 * 3600_000).toISOString();
}
