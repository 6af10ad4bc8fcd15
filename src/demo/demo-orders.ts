import { INestApplicationContext } from '@nestjs/common';
import { CreateAddressInput, CreateCustomerInput } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import {
    Channel,
    CustomerService,
    isGraphQlErrorResult,
    Order,
    OrderService,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
} from '@vendure/core';

/**
 * A request context on the channel as it is now, for demo seeders that place orders: an order needs the channel's
 * default tax zone, which the catalog seeder sets after the seeders' context was made.
 */
export async function demoOrderContext(
    app: INestApplicationContext,
    ctx: RequestContext,
): Promise<RequestContext> {
    const channel = await app
        .get(TransactionalConnection)
        .getRepository(ctx, Channel)
        .findOneOrFail({
            where: { id: ctx.channelId },
            relations: ['defaultTaxZone', 'defaultShippingZone'],
        });
    return app.get(RequestContextService).create({ apiType: 'admin', channelOrToken: channel });
}

/** One demo order, as a buyer's checkout would place it. */
export interface DemoOrderInput {
    /** Names the order in the error thrown when a step is refused ("Warehouse demo, click-and-collect order"). */
    label: string;
    /** The buyer, found by email address or created. */
    customer: CreateCustomerInput;
    lines: Array<{ productVariantId: ID; quantity: number; customFields?: Record<string, unknown> }>;
    /** Shipping and billing address. */
    address: CreateAddressInput;
    /**
     * The shipping methods: their ids (one per seller of a split order), or the code of the method to choose among
     * the eligible ones (refused when it is not offered).
     */
    shipping: { methodIds: ID[] } | { code: string };
    /**
     * A step after the address and before the shipping method (a pick-up warehouse, for instance); an ErrorResult
     * it answers is a refused step.
     */
    beforeShipping?: (order: Order) => Promise<unknown>;
    /** Settle the payment (a captured payment) rather than leaving it authorized as a buyer's checkout does. */
    settle?: boolean;
}

/**
 * Places a paid demo order through Vendure's `OrderService`, step by step as a storefront's checkout does: the
 * buyer, the lines, the addresses, the shipping methods, `ArrangingPayment`, and a payment by the sample
 * catalogue's `standard-payment` method. Any refused step throws, naming the order and the step. Returns the order
 * with its lines and payments.
 */
export async function placeDemoOrder(
    app: INestApplicationContext,
    ctx: RequestContext,
    input: DemoOrderInput,
): Promise<Order> {
    const orders = app.get(OrderService);
    const fail = (step: string, result: { message: string }): never => {
        throw new Error(`${input.label}, ${step}: ${result.message}`);
    };
    const customer = await app.get(CustomerService).createOrUpdate(ctx, input.customer);
    if (isGraphQlErrorResult(customer)) {
        return fail(`customer ${input.customer.emailAddress}`, customer);
    }
    const draft = await orders.create(ctx);
    await orders.addCustomerToOrder(ctx, draft.id, customer);
    for (const line of input.lines) {
        const added = await orders.addItemToOrder(
            ctx,
            draft.id,
            line.productVariantId,
            line.quantity,
            line.customFields,
        );
        if (isGraphQlErrorResult(added)) {
            fail('add item', added);
        }
    }
    await orders.setShippingAddress(ctx, draft.id, input.address);
    await orders.setBillingAddress(ctx, draft.id, input.address);
    if (input.beforeShipping) {
        const order = await orders.findOne(ctx, draft.id);
        if (!order) {
            return fail('before shipping', { message: 'the order vanished' });
        }
        const result = await input.beforeShipping(order);
        if (isErrorResult(result)) {
            fail('before shipping', result);
        }
    }
    let methodIds: ID[];
    if ('methodIds' in input.shipping) {
        methodIds = input.shipping.methodIds;
    } else {
        const code = input.shipping.code;
        const method = (await orders.getEligibleShippingMethods(ctx, draft.id)).find(m => m.code === code);
        if (!method) {
            return fail('shipping method', { message: `${code} is not offered` });
        }
        methodIds = [method.id];
    }
    const shipping = await orders.setShippingMethod(ctx, draft.id, methodIds);
    if (isGraphQlErrorResult(shipping)) {
        fail('shipping method', shipping);
    }
    const arranging = await orders.transitionToState(ctx, draft.id, 'ArrangingPayment');
    if (isGraphQlErrorResult(arranging)) {
        fail('arranging payment', arranging);
    }
    const paid = await orders.addPaymentToOrder(ctx, draft.id, { method: 'standard-payment', metadata: {} });
    if (isGraphQlErrorResult(paid)) {
        fail('payment', paid);
    }
    const order = await orders.findOne(ctx, draft.id, ['lines', 'payments']);
    if (!order) {
        return fail('reading it back', { message: 'the order vanished' });
    }
    if (input.settle) {
        for (const payment of order.payments.filter(p => p.state === 'Authorized')) {
            const settled = await orders.settlePayment(ctx, payment.id);
            if (isGraphQlErrorResult(settled)) {
                fail('settle payment', settled);
            }
        }
    }
    return order;
}

function isErrorResult(value: unknown): value is { errorCode: string; message: string } {
    return typeof value === 'object' && value !== null && 'errorCode' in value && 'message' in value;
}
