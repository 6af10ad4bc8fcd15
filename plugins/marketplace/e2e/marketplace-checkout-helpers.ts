import { SimpleGraphQLClient } from '@vendure/testing';

import { newShopClient, run } from '../../../src/testing/helpers';

import {
    CreateOfferDocument,
    MarketplaceSellerDetailDocument,
    MktAssignShippingMethodsToChannelDocument,
    MktCreateShippingMethodDocument,
    MktOrderByCodeDocument,
} from './graphql/generated-admin';
import {
    MarketplaceAddToCartDocument,
    MktAddPaymentDocument,
    MktAddPaymentMutation,
    MktSetAddressAndCustomerDocument,
    MktSetShippingMethodDocument,
    MktTransitionToArrangingPaymentDocument,
} from './graphql/generated-shop';

export const address = {
    fullName: 'Buyer',
    streetLine1: '1 High Street',
    city: 'Leeds',
    postalCode: 'LS1',
    countryCode: 'GB',
};

export { newShopClient };

/** Creates an offer as the operator and returns its id. */
export async function createOffer(
    admin: SimpleGraphQLClient,
    sellerId: string,
    productVariantId: string,
    price: number,
    quantityAvailable: number,
): Promise<string> {
    const { createOffer } = await run(admin, CreateOfferDocument, {
        input: { sellerId, productVariantId, price, quantityAvailable },
    });
    if (createOffer.__typename !== 'Offer') {
        throw new Error(createOffer.message);
    }
    return createOffer.id;
}

let methodCounter = 0;

/**
 * A flat-rate shipping method of a seller: created on the default channel (where buyers choose it) and
 * assigned to the seller's channel (which makes it that seller's).
 */
export async function createSellerShippingMethod(
    admin: SimpleGraphQLClient,
    sellerId: string | undefined,
    rate: number,
    checkerCode:
        | 'default-shipping-eligibility-checker'
        | 'marketplace-seller-lines' = 'default-shipping-eligibility-checker',
): Promise<string> {
    methodCounter += 1;
    const { createShippingMethod } = await run(admin, MktCreateShippingMethodDocument, {
        input: {
            code: `mkt-ship-${process.pid}-${methodCounter}`,
            fulfillmentHandler: 'manual-fulfillment',
            checker: {
                code: checkerCode,
                arguments: [{ name: 'orderMinimum', value: '0' }],
            },
            calculator: {
                code: 'default-shipping-calculator',
                arguments: [
                    { name: 'rate', value: String(rate) },
                    { name: 'includesTax', value: 'include' },
                    { name: 'taxRate', value: '0' },
                ],
            },
            translations: [{ languageCode: 'en', name: `Shipping ${methodCounter}`, description: '' }],
        },
    });
    if (sellerId) {
        const { marketplaceSeller } = await run(admin, MarketplaceSellerDetailDocument, { id: sellerId });
        await run(admin, MktAssignShippingMethodsToChannelDocument, {
            input: { shippingMethodIds: [createShippingMethod.id], channelId: marketplaceSeller!.channelId },
        });
    }
    return createShippingMethod.id;
}

let guestCounter = 0;

/**
 * A guest checkout: add the lines (with an offer id when given), set address and customer, the shipping methods,
 * move to ArrangingPayment and pay. Returns the order code and the payment result (or the first refusal).
 */
export async function checkout(
    shop: SimpleGraphQLClient,
    items: Array<{ variantId: string; quantity: number; offerId?: string }>,
    shippingMethodIds: string[],
): Promise<{ code?: string; result: MktAddPaymentMutation['addPaymentToOrder'] | { __typename: string } }> {
    guestCounter += 1;
    let code: string | undefined;
    for (const item of items) {
        const { addItemToOrder } = await run(shop, MarketplaceAddToCartDocument, {
            productVariantId: item.variantId,
            quantity: item.quantity,
            customFields: item.offerId ? { offerId: item.offerId } : undefined,
        });
        if (addItemToOrder.__typename !== 'Order') {
            return { code, result: { __typename: addItemToOrder.__typename } };
        }
        code = addItemToOrder.code;
    }
    await run(shop, MktSetAddressAndCustomerDocument, {
        address,
        customer: {
            emailAddress: `mkt-guest-${process.pid}-${guestCounter}@triflow.test`,
            firstName: 'Guest',
            lastName: String(guestCounter),
        },
    });
    const { setOrderShippingMethod } = await run(shop, MktSetShippingMethodDocument, {
        ids: shippingMethodIds,
    });
    if (setOrderShippingMethod.__typename !== 'Order') {
        return { code, result: { __typename: setOrderShippingMethod.__typename } };
    }
    const { transitionOrderToState } = await run(shop, MktTransitionToArrangingPaymentDocument);
    if (transitionOrderToState?.__typename !== 'Order') {
        return { code, result: { __typename: transitionOrderToState?.__typename ?? 'null' } };
    }
    const { addPaymentToOrder } = await run(shop, MktAddPaymentDocument);
    return { code, result: addPaymentToOrder };
}

/** The admin view of an order by code, with its seller orders. */
export async function orderByCode(admin: SimpleGraphQLClient, code: string) {
    const { orders } = await run(admin, MktOrderByCodeDocument, { code });
    const order = orders.items[0];
    if (!order) {
        throw new Error(`Order ${code} not found`);
    }
    return order;
}
