/** Code of the pay-on-account `PaymentMethodHandler`. */
export const PAY_ON_ACCOUNT_HANDLER_CODE = 'pay-on-account';

/** Code of the pay-on-account `PaymentMethodEligibilityChecker`. */
export const PAY_ON_ACCOUNT_CHECKER_CODE = 'pay-on-account-eligibility';
