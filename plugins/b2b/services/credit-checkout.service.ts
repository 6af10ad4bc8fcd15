import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import {
    AddPaymentToOrderResult,
    TransitionOrderToStateResult,
} from '@vendure/common/lib/generated-shop-types';
import { CurrencyCode } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import {
    ActiveOrderService,
    ErrorResultUnion,
    EventBus,
    isGraphQlErrorResult,
    Logger,
    Order,
    OrderService,
    OrderStateTransitionEvent,
    PaymentMethodService,
    RequestContext,
    totalCoveredByPayments,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { NoActiveOrderError } from '@vendure/core/dist/common/error/generated-graphql-shop-errors';

import {
    CompanyRoleNotPermittedError,
    CreditCurrencyMismatchError,
    CreditHoldError,
    CreditLimitExceededError,
    CreditRefusal,
    NoCreditAccountError,
    PurchaseOrderNumberRequiredError,
    PurchaseOrderNumberTooLongError,
} from '../api/credit-error-results';
import { PAY_ON_ACCOUNT_HANDLER_CODE } from '../config/pay-on-account-constants';
import { loggerCtx } from '../constants';
import { CreditAccount, CreditAccountStatus } from '../entities/credit-account.entity';
import { CompanyStatus } from '../entities/company.entity';
import { CreditLedgerEntry, CreditLedgerEntryType } from '../entities/credit-ledger-entry.entity';
import { CompanyService } from './company.service';
import { CreditAccountService } from './credit-account.service';
import { CreditLedgerService } from './credit-ledger.service';
import { B2B_INPUT_LIMITS } from './input-limits';

/** Who may buy on account, and against which account. */
export interface CreditApproval {
    account: CreditAccount;
    /** The buyer's company (may be a sub-company of the account's company). */
    companyId: ID;
}

export type PlaceOrderOnAccountResult =
    | Order
    | CreditRefusal
    | NoActiveOrderError
    | ErrorResultUnion<AddPaymentToOrderResult, Order>
    | ErrorResultUnion<TransitionOrderToStateResult, Order>;

/**
 * Buying on account: who may, the atomic reservation when the pay-on-account payment is created, and the
 * charge's lifecycle (settled → receivable with a due date; payment cancelled, refunded or order cancelled →
 * released, exactly once).
 */
@Injectable()
export class CreditCheckoutService implements OnApplicationBootstrap {
    constructor(
        private companyService: CompanyService,
        private creditAccountService: CreditAccountService,
        private ledger: CreditLedgerService,
        private eventBus: EventBus,
        private activeOrderService: ActiveOrderService,
        private orderService: OrderService,
        private paymentMethodService: PaymentMethodService,
        private connection: TransactionalConnection,
    ) {}

    onApplicationBootstrap(): void {
        // In the transaction that cancels the order: the release commits with the cancellation or not at all.
        this.eventBus.registerBlockingEventHandler({
            id: 'b2b-credit-release-on-order-cancelled',
            event: OrderStateTransitionEvent,
            handler: async event => {
                if (event.toState === 'Cancelled' && event.fromState !== 'Cancelled') {
                    const released = await this.ledger.releaseOrder(
                        event.ctx,
                        event.order.id,
                        `Order ${event.order.code} cancelled`,
                    );
                    if (released.length) {
                        Logger.verbose(`Released credit for cancelled order ${event.order.code}`, loggerCtx);
                    }
                }
            },
        });
    }

    /**
     * May this customer buy `amount` on account? Checks, without writing: membership, role, company status,
     * account (own or shared by a parent), hold, currency and available credit.
     */
    async check(
        ctx: RequestContext,
        customerId: ID | undefined | null,
        amount: number,
        currencyCode: CurrencyCode,
        purchaseOrder?: { purchaseOrderNumber: string | null },
    ): Promise<CreditApproval | CreditRefusal> {
        const lang = ctx.languageCode;
        if (customerId == null) {
            return new NoCreditAccountError(lang);
        }
        const membership = await this.companyService.getMembership(ctx, customerId);
        if (!membership) {
            return new NoCreditAccountError(lang);
        }
        if (!this.companyService.canOrder(membership.role)) {
            return new CompanyRoleNotPermittedError(membership.role, lang);
        }
        const companyHold = this.companyHoldReason(membership.company.status);
        if (companyHold) {
            return new CreditHoldError(companyHold, lang);
        }
        const resolved = await this.creditAccountService.resolveForCompany(ctx, membership.companyId);
        if (!resolved) {
            return new NoCreditAccountError(lang);
        }
        const { account } = resolved;
        if (resolved.inherited) {
            const ownerHold = this.companyHoldReason(account.company.status);
            if (ownerHold) {
                return new CreditHoldError(ownerHold, lang);
            }
        }
        if (account.status !== CreditAccountStatus.Active) {
            return new CreditHoldError(account.holdReason ?? 'manual', lang);
        }
        if (account.currencyCode !== currencyCode) {
            return new CreditCurrencyMismatchError(currencyCode, account.currencyCode, lang);
        }
        if (purchaseOrder && account.requirePurchaseOrderNumber && !purchaseOrder.purchaseOrderNumber) {
            return new PurchaseOrderNumberRequiredError(lang);
        }
        if (!account.allowExceedLimit && account.balance + amount > account.creditLimit) {
            return new CreditLimitExceededError(
                account.creditLimit - account.balance,
                amount,
                account.currencyCode,
                lang,
            );
        }
        return { account, companyId: membership.companyId };
    }

    /**
     * Reads a purchase order number a client sent (the `placeOrderOnAccount` input or the `purchaseOrderNumber`
     * of `addPaymentToOrder`'s metadata): trimmed, empty means none; longer than
     * `B2B_INPUT_LIMITS.purchaseOrderNumber` is refused, never cut short.
     */
    parsePurchaseOrderNumber(
        ctx: RequestContext,
        raw: unknown,
    ): { purchaseOrderNumber: string | null } | PurchaseOrderNumberTooLongError {
        const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
        if (text.length > B2B_INPUT_LIMITS.purchaseOrderNumber) {
            return new PurchaseOrderNumberTooLongError(ctx.languageCode);
        }
        return { purchaseOrderNumber: text || null };
    }

    /**
     * After a refused pay-on-account payment: puts the order back in AddingItems (from ArrangingPayment), so a
     * refusal leaves the cart as `placeOrderOnAccount`'s up-front checks do, whichever way and however late in a
     * race it was refused.
     */
    async returnToCart(ctx: RequestContext, orderId: ID): Promise<void> {
        const order = await this.connection.getRepository(ctx, Order).findOne({
            where: { id: orderId },
            select: { id: true, state: true },
        });
        if (order?.state !== 'ArrangingPayment') {
            return;
        }
        const result = await this.orderService.transitionToState(ctx, order.id, 'AddingItems');
        if (isGraphQlErrorResult(result)) {
            Logger.warn(
                `Could not return order ${String(orderId)} to AddingItems: ${result.message}`,
                loggerCtx,
            );
        }
    }

    /**
     * `addPaymentToOrder` answered IneligiblePaymentMethodError for `methodCode`: when that is a pay-on-account
     * method, the active order goes back to AddingItems (see {@link returnToCart}).
     */
    async returnActiveOrderToCartAfterRefusal(ctx: RequestContext, methodCode: string): Promise<void> {
        const methods = await this.paymentMethodService.getActivePaymentMethods(ctx);
        const method = methods.find(m => m.code === methodCode);
        if (method?.handler.code !== PAY_ON_ACCOUNT_HANDLER_CODE) {
            return;
        }
        const active = await this.activeOrderService.getActiveOrder(ctx, undefined);
        if (active) {
            await this.returnToCart(ctx, active.id);
        }
    }

    /** The amount a payment on this order would be for: the total less what other payments cover. */
    amountDue(order: Order): number {
        return order.totalWithTax - (order.payments ? totalCoveredByPayments(order) : 0);
    }

    /**
     * Called by the pay-on-account handler when the payment is created: checks, then reserves the amount with a
     * conditional UPDATE. Between the check and the UPDATE another checkout may have taken the credit: then the
     * UPDATE matches no row, nothing is written, and the refusal is computed again from the fresh balance.
     */
    async reserve(
        ctx: RequestContext,
        order: Order,
        amount: number,
        rawPurchaseOrderNumber: unknown,
    ): Promise<CreditLedgerEntry | CreditRefusal> {
        const po = this.parsePurchaseOrderNumber(ctx, rawPurchaseOrderNumber);
        if (po instanceof PurchaseOrderNumberTooLongError) {
            return po;
        }
        const reference = po.purchaseOrderNumber;
        const approval = await this.check(ctx, order.customerId, amount, order.currencyCode, po);
        if (isCreditRefusal(approval)) {
            return approval;
        }
        const entry = await this.ledger.post(
            ctx,
            approval.account.id,
            {
                type: CreditLedgerEntryType.Charge,
                amount,
                companyId: approval.companyId,
                orderId: order.id,
                reference,
                purchaseOrderNumber: reference,
                note: `Order ${order.code}`,
            },
            { requireActive: true, enforceLimit: true },
        );
        if (entry) {
            return entry;
        }
        const again = await this.check(ctx, order.customerId, amount, order.currencyCode);
        if (isCreditRefusal(again)) {
            return again;
        }
        const fresh = await this.creditAccountService.getOrThrow(ctx, approval.account.id);
        return new CreditLimitExceededError(
            fresh.creditLimit - fresh.balance,
            amount,
            fresh.currencyCode,
            ctx.languageCode,
        );
    }

    /**
     * The shop's typed way to pay on account: checks (returning `CreditLimitExceededError`, `CreditHoldError`,
     * `CompanyRoleNotPermittedError`… before anything is written), moves the order to ArrangingPayment if needed,
     * then adds the pay-on-account payment.
     */
    async placeOrderOnAccount(
        ctx: RequestContext,
        input: { purchaseOrderNumber?: string | null; paymentMethodCode?: string | null },
    ): Promise<PlaceOrderOnAccountResult> {
        const active = await this.activeOrderService.getActiveOrder(ctx, undefined);
        if (!active) {
            return new NoActiveOrderError();
        }
        const order = await this.orderService.findOne(ctx, active.id, ['payments']);
        if (!order) {
            return new NoActiveOrderError();
        }
        const po = this.parsePurchaseOrderNumber(ctx, input.purchaseOrderNumber);
        if (po instanceof PurchaseOrderNumberTooLongError) {
            await this.returnToCart(ctx, order.id);
            return po;
        }
        const amount = this.amountDue(order);
        const approval = await this.check(ctx, order.customerId, amount, order.currencyCode, po);
        if (isCreditRefusal(approval)) {
            await this.returnToCart(ctx, order.id);
            return approval;
        }
        const method = await this.findPaymentMethodCode(ctx, input.paymentMethodCode);
        if (order.state === 'AddingItems') {
            const transition = await this.orderService.transitionToState(ctx, order.id, 'ArrangingPayment');
            if (isGraphQlErrorResult(transition)) {
                return transition;
            }
        }
        const result = await this.orderService.addPaymentToOrder(ctx, order.id, {
            method,
            metadata: { purchaseOrderNumber: po.purchaseOrderNumber ?? undefined },
        });
        if (
            isGraphQlErrorResult(result) &&
            (result.__typename === 'PaymentDeclinedError' ||
                result.__typename === 'IneligiblePaymentMethodError')
        ) {
            // Lost the race for the last credit: back to the cart, and say why in our terms.
            await this.returnToCart(ctx, order.id);
            const again = await this.check(ctx, order.customerId, amount, order.currencyCode, po);
            if (isCreditRefusal(again)) {
                return again;
            }
        }
        return result;
    }

    /** The pay-on-account payment method of the channel (the named one, or the first enabled). */
    private async findPaymentMethodCode(ctx: RequestContext, code?: string | null): Promise<string> {
        const methods = await this.paymentMethodService.getActivePaymentMethods(ctx);
        const match = methods.find(
            m => m.handler.code === PAY_ON_ACCOUNT_HANDLER_CODE && (code == null || m.code === code),
        );
        if (!match) {
            throw new UserInputError(
                code == null
                    ? 'No pay-on-account payment method is enabled in this channel'
                    : `"${code}" is not an enabled pay-on-account payment method in this channel`,
            );
        }
        return match.code;
    }

    private companyHoldReason(status: CompanyStatus): string | undefined {
        if (status === CompanyStatus.OnHold) {
            return 'company_on_hold';
        }
        if (status === CompanyStatus.Closed) {
            return 'company_closed';
        }
        return undefined;
    }
}

/** True for the ErrorResults that refuse a purchase on account. */
export function isCreditRefusal(value: unknown): value is CreditRefusal {
    return (
        value instanceof CreditLimitExceededError ||
        value instanceof CreditHoldError ||
        value instanceof CompanyRoleNotPermittedError ||
        value instanceof NoCreditAccountError ||
        value instanceof CreditCurrencyMismatchError ||
        value instanceof PurchaseOrderNumberRequiredError ||
        value instanceof PurchaseOrderNumberTooLongError
    );
}
