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
} from '../api/credit-error-results';
import { PAY_ON_ACCOUNT_HANDLER_CODE } from '../config/pay-on-account-constants';
import { loggerCtx } from '../constants';
import { CreditAccount, CreditAccountStatus } from '../entities/credit-account.entity';
import { CompanyStatus } from '../entities/company.entity';
import { CreditLedgerEntry, CreditLedgerEntryType } from '../entities/credit-ledger-entry.entity';
import { CompanyService } from './company.service';
import { CreditAccountService } from './credit-account.service';
import { CreditLedgerService } from './credit-ledger.service';

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
    ): Promise<CreditApproval | CreditRefusal> {
        if (customerId == null) {
            return new NoCreditAccountError();
        }
        const membership = await this.companyService.getMembership(ctx, customerId);
        if (!membership) {
            return new NoCreditAccountError();
        }
        if (!this.companyService.canOrder(membership.role)) {
            return new CompanyRoleNotPermittedError(membership.role);
        }
        const companyHold = this.companyHoldReason(membership.company.status);
        if (companyHold) {
            return new CreditHoldError(companyHold);
        }
        const resolved = await this.creditAccountService.resolveForCompany(ctx, membership.companyId);
        if (!resolved) {
            return new NoCreditAccountError();
        }
        const { account } = resolved;
        if (resolved.inherited) {
            const ownerHold = this.companyHoldReason(account.company.status);
            if (ownerHold) {
                return new CreditHoldError(ownerHold);
            }
        }
        if (account.status !== CreditAccountStatus.Active) {
            return new CreditHoldError(account.holdReason ?? 'manual');
        }
        if (account.currencyCode !== currencyCode) {
            return new CreditCurrencyMismatchError(currencyCode, account.currencyCode);
        }
        if (!account.allowExceedLimit && account.balance + amount > account.creditLimit) {
            return new CreditLimitExceededError(
                account.creditLimit - account.balance,
                amount,
                account.currencyCode,
            );
        }
        return { account, companyId: membership.companyId };
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
        reference: string | null,
    ): Promise<CreditLedgerEntry | CreditRefusal> {
        const approval = await this.check(ctx, order.customerId, amount, order.currencyCode);
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
        return new CreditLimitExceededError(fresh.creditLimit - fresh.balance, amount, fresh.currencyCode);
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
        const amount = this.amountDue(order);
        const approval = await this.check(ctx, order.customerId, amount, order.currencyCode);
        if (isCreditRefusal(approval)) {
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
            metadata: { purchaseOrderNumber: input.purchaseOrderNumber ?? undefined },
        });
        if (isGraphQlErrorResult(result) && result.__typename === 'PaymentDeclinedError') {
            // Lost the race for the last credit: say why, in our terms.
            const again = await this.check(ctx, order.customerId, amount, order.currencyCode);
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
        value instanceof CreditCurrencyMismatchError
    );
}
