import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { I18nService } from '@vendure/core';

/**
 * Server-side texts the plugin adds to Vendure's i18n resources, in English and Simplified Chinese. Vendure ships
 * no text for `IneligiblePaymentMethodError`, so `addPaymentToOrder` answered with the raw key
 * `errorResult.INELIGIBLE_PAYMENT_METHOD_ERROR`; the pay-on-account refusal reason (`eligibilityCheckerMessage`)
 * is part of the message.
 */
export const b2bServerTranslations: Record<'en' | 'zh_Hans', Record<string, Record<string, string>>> = {
    en: {
        errorResult: {
            INELIGIBLE_PAYMENT_METHOD_ERROR:
                'This payment method cannot be used for this order{eligibilityCheckerMessage, select, undefined {} other {: {eligibilityCheckerMessage}}}',
        },
    },
    zh_Hans: {
        errorResult: {
            // i18next-icu cannot format for the locale "zh_Hans" (it returns ICU source as is), so no placeholder
            // here: the reason, in Chinese, is in `eligibilityCheckerMessage`.
            INELIGIBLE_PAYMENT_METHOD_ERROR: '此订单不能使用该支付方式',
        },
    },
};

@Injectable()
export class B2bTranslations implements OnApplicationBootstrap {
    constructor(private i18nService: I18nService) {}

    onApplicationBootstrap(): void {
        for (const [language, resources] of Object.entries(b2bServerTranslations)) {
            this.i18nService.addTranslation(language, resources);
        }
    }
}
