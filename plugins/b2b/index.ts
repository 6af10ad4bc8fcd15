export { B2bPlugin } from './b2b.plugin';
export { B2B_PLUGIN_OPTIONS, CompanyPermission, PriceListPermission } from './constants';
export type { B2bPluginOptions } from './types';

// Companies
export { Company, CompanyStatus } from './entities/company.entity';
export type { CompanyAddress } from './entities/company.entity';
export { CompanyMember, CompanyRole } from './entities/company-member.entity';
export { CompanyService } from './services/company.service';
export type { CompanyMembership } from './services/company.service';
export { CompanyHierarchyCycleError, CustomerAlreadyInCompanyError } from './api/error-results';

// Price lists
export { PriceList, PriceListStatus } from './entities/price-list.entity';
export { PriceListEntry } from './entities/price-list-entry.entity';
export { PriceListService, PriceListImportMode } from './services/price-list.service';
export type { PriceListImportReport, PriceListImportRejection } from './services/price-list.service';
export { PriceResolutionService, PriceListMatch } from './services/price-resolution.service';
export type { ApplicablePriceList, QuantityBreak } from './services/price-resolution.service';
export { DealerOrderItemPriceCalculationStrategy } from './config/dealer-order-item-price-calculation-strategy';
export { DealerProductVariantPriceCalculationStrategy } from './config/dealer-product-variant-price-calculation-strategy';
export { DuplicateCompanyCodeError, MalformedPriceListCsvError } from './api/error-results';

// Dealer agreements
export { DealerAgreement, AgreementRenewalStatus } from './entities/dealer-agreement.entity';
export { DealerAgreementService } from './services/dealer-agreement.service';
export { AgreementExpiringEvent } from './events/agreement-expiring.event';
export { agreementExpiryTask } from './config/agreement-expiry-task';
export { AGREEMENT_EXPIRY_TASK_ID, RunAgreementExpiryCheckPermission } from './constants';

// Credit control
export { CreditAccount, CreditAccountStatus, CreditHoldReason } from './entities/credit-account.entity';
export { CreditLedgerEntry, CreditLedgerEntryType } from './entities/credit-ledger-entry.entity';
export type { CreditAllocation } from './entities/credit-ledger-entry.entity';
export { CreditAccountService } from './services/credit-account.service';
export { CreditLedgerService } from './services/credit-ledger.service';
export { CreditCheckoutService } from './services/credit-checkout.service';
export { CreditControlService } from './services/credit-control.service';
export { CreditHoldPlacedEvent } from './events/credit-hold-placed.event';
export { CreditHoldReleasedEvent } from './events/credit-hold-released.event';
export { CreditLimitNearlyReachedEvent } from './events/credit-limit-nearly-reached.event';
export { CreditPermission, RecordCreditPaymentPermission } from './config/credit-permissions';
export { payOnAccountHandler } from './config/pay-on-account-handler';
export { payOnAccountEligibilityChecker } from './config/pay-on-account-eligibility-checker';
export { PAY_ON_ACCOUNT_CHECKER_CODE, PAY_ON_ACCOUNT_HANDLER_CODE } from './config/pay-on-account-constants';
export { CREDIT_OVERDUE_CHECK_TASK_ID } from './config/credit-overdue-check-task';
export {
    CompanyRoleNotPermittedError,
    CreditCurrencyMismatchError,
    CreditHoldError,
    CreditLimitExceededError,
    NoCreditAccountError,
} from './api/credit-error-results';
