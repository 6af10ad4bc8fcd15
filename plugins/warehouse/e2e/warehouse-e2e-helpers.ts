import { SimpleGraphQLClient } from '@vendure/testing';

import { run } from '../../../src/testing/helpers';
import { CreateWarehouseInput } from '../../../src/testing/graphql/schema-types-admin';

import {
    WhCreateProductDocument,
    WhCreateVariantsDocument,
    WhCreateWarehouseDocument,
    WhOrderByCodeDocument,
    WhStockLedgerDocument,
    WhVariantWarehouseStockDocument,
    WhZonesDocument,
} from './graphql/generated-admin';
import {
    WhAddItemDocument,
    WhAddPaymentDocument,
    WhAddPaymentMutation,
    WhEligibleShippingMethodsDocument,
    WhSetAddressAndCustomerDocument,
    WhSetShippingMethodDocument,
    WhTransitionToArrangingPaymentDocument,
} from './graphql/generated-shop';

/** Shipping addresses in each zone of the test fixtures. */
export const addresses = {
    europe: {
        fullName: 'Buyer',
        streetLine1: '1 High Street',
        city: 'Leeds',
        postalCode: 'LS1',
        countryCode: 'GB',
    },
    asia: {
        fullName: 'Buyer',
        streetLine1: '1 Nanjing Road',
        city: 'Shanghai',
        postalCode: '200001',
        countryCode: 'CN',
    },
    americas: {
        fullName: 'Buyer',
        streetLine1: '1 Main St',
        city: 'Boston',
        postalCode: '02101',
        countryCode: 'US',
    },
};

export async function zoneIds(admin: SimpleGraphQLClient): Promise<Record<string, string>> {
    const { zones } = await run(admin, WhZonesDocument);
    return Object.fromEntries(zones.items.map(z => [z.name, z.id]));
}

export async function createWarehouse(
    admin: SimpleGraphQLClient,
    input: CreateWarehouseInput,
): Promise<{ id: string; code: string; stockLocationId: string }> {
    const { createWarehouse } = await run(admin, WhCreateWarehouseDocument, { input });
    if (createWarehouse.__typename !== 'Warehouse') {
        throw new Error(`createWarehouse failed: ${JSON.stringify(createWarehouse)}`);
    }
    return createWarehouse;
}

let productCounter = 0;

/** A product with one tracked variant and the given stock per stock location. */
export async function createTrackedVariant(
    admin: SimpleGraphQLClient,
    sku: string,
    stock: Array<{ stockLocationId: string; stockOnHand: number }>,
    /** `inherit`: the variant tracks stock and takes its out-of-stock threshold as the global settings say. */
    options: { price?: number; outOfStockThreshold?: number; inherit?: boolean } = {},
): Promise<{ productId: string; variantId: string }> {
    productCounter += 1;
    const { createProduct } = await run(admin, WhCreateProductDocument, {
        input: {
            enabled: true,
            translations: [
                {
                    languageCode: 'en',
                    name: `Product ${sku}`,
                    slug: `product-${sku.toLowerCase()}-${productCounter}`,
                    description: '',
                },
            ],
        },
    });
    const { createProductVariants } = await run(admin, WhCreateVariantsDocument, {
        input: [
            {
                productId: createProduct.id,
                sku,
                price: options.price ?? 1000,
                trackInventory: options.inherit ? 'INHERIT' : 'TRUE',
                ...(options.inherit ? { useGlobalOutOfStockThreshold: true } : {}),
                ...(options.outOfStockThreshold != null
                    ? {
                          useGlobalOutOfStockThreshold: false,
                          outOfStockThreshold: options.outOfStockThreshold,
                      }
                    : {}),
                translations: [{ languageCode: 'en', name: `Variant ${sku}` }],
                stockLevels: stock,
            },
        ],
    });
    const variant = createProductVariants[0];
    if (!variant) {
        throw new Error(`Variant ${sku} was not created`);
    }
    return { productId: createProduct.id, variantId: variant.id };
}

/** A variant's stock per warehouse code. */
export async function stockByWarehouse(
    admin: SimpleGraphQLClient,
    variantId: string,
): Promise<Record<string, { onHand: number; allocated: number; available: number; inTransit: number }>> {
    const { variantWarehouseStock } = await run(admin, WhVariantWarehouseStockDocument, {
        productVariantId: variantId,
    });
    return Object.fromEntries(
        variantWarehouseStock.map(s => [
            s.warehouse.code,
            {
                onHand: s.stockOnHand,
                allocated: s.stockAllocated,
                available: s.available,
                inTransit: s.inTransit,
            },
        ]),
    );
}

/** Sum of the ledger per warehouse code: what stock on hand and allocated must be. */
export async function ledgerTotals(
    admin: SimpleGraphQLClient,
    variantId: string,
): Promise<Record<string, { onHand: number; allocated: number; entries: number }>> {
    const { stockLedger } = await run(admin, WhStockLedgerDocument, {
        productVariantId: variantId,
        options: { take: 1000 },
    });
    const totals: Record<string, { onHand: number; allocated: number; entries: number }> = {};
    for (const entry of stockLedger.items) {
        const key = entry.warehouse?.code ?? `location-${entry.stockLocationId}`;
        totals[key] ??= { onHand: 0, allocated: 0, entries: 0 };
        totals[key].onHand += entry.quantity;
        totals[key].allocated += entry.allocatedChange;
        totals[key].entries += 1;
    }
    return totals;
}

/** Asserts that for every warehouse the ledger adds up to the stock level. */
export async function expectLedgerMatchesStock(admin: SimpleGraphQLClient, variantId: string): Promise<void> {
    const stock = await stockByWarehouse(admin, variantId);
    const ledger = await ledgerTotals(admin, variantId);
    for (const [code, level] of Object.entries(stock)) {
        expect({ code, onHand: ledger[code]?.onHand ?? 0, allocated: ledger[code]?.allocated ?? 0 }).toEqual({
            code,
            onHand: level.onHand,
            allocated: level.allocated,
        });
    }
}

let guestCounter = 0;

/**
 * The whole shop checkout as a guest: add the items, set address, customer and shipping, move to
 * ArrangingPayment and pay with `standard-payment`. Returns the payment result (or the first refusal).
 */
export async function checkout(
    shop: SimpleGraphQLClient,
    items: Array<{ variantId: string; quantity: number }>,
    address: (typeof addresses)[keyof typeof addresses],
): Promise<{ code?: string; result: WhAddPaymentMutation['addPaymentToOrder'] | { __typename: string } }> {
    guestCounter += 1;
    let code: string | undefined;
    for (const item of items) {
        const { addItemToOrder } = await run(shop, WhAddItemDocument, {
            variantId: item.variantId,
            quantity: item.quantity,
        });
        if (addItemToOrder.__typename !== 'Order') {
            return { result: { __typename: addItemToOrder.__typename } };
        }
        code = addItemToOrder.code;
    }
    await run(shop, WhSetAddressAndCustomerDocument, {
        address,
        customer: {
            emailAddress: `guest-${process.pid}-${guestCounter}@triflow.test`,
            firstName: 'Guest',
            lastName: String(guestCounter),
        },
    });
    const { eligibleShippingMethods } = await run(shop, WhEligibleShippingMethodsDocument);
    await run(shop, WhSetShippingMethodDocument, { ids: [eligibleShippingMethods[0].id] });
    const { transitionOrderToState } = await run(shop, WhTransitionToArrangingPaymentDocument);
    if (transitionOrderToState?.__typename !== 'Order') {
        return { code, result: { __typename: transitionOrderToState?.__typename ?? 'null' } };
    }
    const { addPaymentToOrder } = await run(shop, WhAddPaymentDocument);
    return { code, result: addPaymentToOrder };
}

/** The admin view of an order by code. */
export async function orderByCode(admin: SimpleGraphQLClient, code: string) {
    const { orders } = await run(admin, WhOrderByCodeDocument, { code });
    const order = orders.items[0];
    if (!order) {
        throw new Error(`Order ${code} not found`);
    }
    return order;
}
