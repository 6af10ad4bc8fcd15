import { LanguageCode } from '@vendure/common/lib/generated-types';
import { Injector, Logger, PaymentMethodHandler } from '@vendure/core';

import { loggerCtx } from '../constants';
import { CreditLedgerEntry } from '../entities/credit-ledger-entry.entity';
import { CreditCheckoutService } from '../services/credit-checkout.service';
import { CreditLedgerService } from '../services/credit-ledger.service';
import { PAY_ON_ACCOUNT_HANDLER_CODE } from './pay-on-account-constants';

let checkout: CreditCheckoutService;
let ledger: CreditLedgerService;

/** The ledger entry a pay-on-account payment reserved, from the payment's metadata. */
function chargeIdOf(metadata: Record<string, unknown> | undefined): string | undefined {
    const id = metadata?.creditLedgerEntryId;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * Pay on account: the order is charged to the buyer's company credit account. Creating the payment reserves the
 * amount atomically (a conditional UPDATE; refused with a Declined payment whose message names the reason when
 * the credit does not suffice, the account or company is on hold, the buyer's role may not order, or the purchase
 * order number in the metadata (`purchaseOrderNumber`) is missing where the account requires one or too long; the
 * order then goes back to AddingItems). Settling
 * it turns the charge into a receivable due after the account's payment terms; cancelling or refunding it
 * releases the charge.
 */
export const payOnAccountHandler = new PaymentMethodHandler({
    code: PAY_ON_ACCOUNT_HANDLER_CODE,
    description: [
        { languageCode: LanguageCode.en, value: 'Pay on account (company credit)' },
        { languageCode: LanguageCode.zh_Hans, value: '账期支付（公司信用额度）' },
    ],
    args: {
        automaticSettle: {
            type: 'boolean',
            defaultValue: false,
            label: [
                { languageCode: LanguageCode.en, value: 'Settle at checkout' },
                { languageCode: LanguageCode.zh_Hans, value: '下单即结算' },
            ],
            description: [
                {
                    languageCode: LanguageCode.en,
                    value: 'Turn the charge into a receivable at checkout rather than when an administrator settles the payment',
                },
                { languageCode: LanguageCode.zh_Hans, value: '下单时即生成应收账款，而非等管理员结算付款' },
            ],
        },
    },
    init(injector: Injector) {
        checkout = injector.get(CreditCheckoutService);
        ledger = injector.get(CreditLedgerService);
    },
    createPayment: async (ctx, order, amount, args, metadata) => {
        const result = await checkout.reserve(ctx, order, amount, metadata?.purchaseOrderNumber);
        if (!(result instanceof CreditLedgerEntry)) {
            // A refused checkout leaves the cart editable, as placeOrderOnAccount's up-front checks do.
            await checkout.returnToCart(ctx, order.id);
            return {
                amount,
                state: 'Declined' as const,
                errorMessage: result.message,
                metadata: { errorCode: result.errorCode },
            };
        }
        if (args.automaticSettle) {
            await ledger.markReceivable(ctx, result.id);
        }
        return {
            amount,
            state: args.automaticSettle ? ('Settled' as const) : ('Authorized' as const),
            transactionId: `credit-${String(result.id)}`,
            metadata: {
                creditLedgerEntryId: result.id,
                creditAccountId: result.accountId,
                public: {
                    purchaseOrderNumber: result.purchaseOrderNumber,
                    excessAmount: result.excessAmount,
                },
            },
        };
    },
    settlePayment: async (ctx, order, payment) => {
        const chargeId = chargeIdOf(payment.metadata);
        const charge = chargeId ? await ledger.markReceivable(ctx, chargeId) : undefined;
        if (!charge) {
            Logger.error(
                `Payment ${String(payment.id)} of order ${order.code} has no credit charge`,
                loggerCtx,
            );
            return { success: false, errorMessage: 'No credit charge found for this payment' };
        }
        return { success: true, metadata: { dueDate: charge.dueDate?.toISOString() } };
    },
    cancelPayment: async (ctx, order, payment) => {
        const chargeId = chargeIdOf(payment.metadata);
        if (chargeId) {
            await ledger.releaseCharge(ctx, chargeId, `Payment for order ${order.code} cancelled`);
        }
        return { success: true };
    },
    createRefund: async (ctx, input, amount, order, payment) => {
        const chargeId = chargeIdOf(payment.metadata);
        const release = chargeId
            ? await ledger.releaseCharge(ctx, chargeId, `Refund on order ${order.code}`, amount)
            : undefined;
        return {
            state: 'Settled' as const,
            transactionId: release ? `credit-${String(release.id)}` : undefined,
            metadata: { creditLedgerEntryId: release?.id },
        };
    },
});
