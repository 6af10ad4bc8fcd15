import { LanguageCode } from '@vendure/common/lib/generated-types';
import { Injector, PaymentMethodEligibilityChecker } from '@vendure/core';

import { CreditCheckoutService, isCreditRefusal } from '../services/credit-checkout.service';
import { PAY_ON_ACCOUNT_CHECKER_CODE } from './pay-on-account-constants';

let checkout: CreditCheckoutService;

/**
 * Offers pay on account only to members of an active company whose role may order, with a credit account (its
 * own or a parent's shared one) that is not on hold and has enough available credit for the order. When it
 * refuses, the message says why: `eligiblePaymentMethods` shows it as `eligibilityMessage`, and
 * `addPaymentToOrder` answers `IneligiblePaymentMethodError` with it as `eligibilityCheckerMessage`.
 */
export const payOnAccountEligibilityChecker = new PaymentMethodEligibilityChecker({
    code: PAY_ON_ACCOUNT_CHECKER_CODE,
    description: [
        { languageCode: LanguageCode.en, value: 'Company members with credit in good standing' },
        { languageCode: LanguageCode.zh_Hans, value: '信用良好的公司成员' },
    ],
    args: {},
    init(injector: Injector) {
        checkout = injector.get(CreditCheckoutService);
    },
    check: async (ctx, order) => {
        const result = await checkout.check(
            ctx,
            order.customerId,
            checkout.amountDue(order),
            order.currencyCode,
        );
        return isCreditRefusal(result) ? result.message : true;
    },
});
