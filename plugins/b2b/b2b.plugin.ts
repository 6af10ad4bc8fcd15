import { PluginCommonModule, Type, VendurePlugin } from '@vendure/core';
import { concatAST, DocumentNode } from 'graphql';

import { OperationHooksModule } from '../../src/common/operation-hooks';
import { RequestedVariantsModule } from '../../src/common/active-order-variants';

import { companyAdminApiExtensions, companyShopApiExtensions } from './api/company-api-extensions';
import {
    AddCompanyMemberResultResolver,
    CompanyAdminEntityResolver,
    CompanyAdminResolver,
    CompanyMemberAdminEntityResolver,
    CreateCompanyResultResolver,
    CustomerCompanyAdminResolver,
    MoveCompanyResultResolver,
    UpdateCompanyResultResolver,
} from './api/company-admin.resolver';
import {
    CompanyShopEntityResolver,
    CompanyShopResolver,
    InviteCompanyMemberResultResolver,
} from './api/company-shop.resolver';
import { creditAdminApiExtensions, creditShopApiExtensions } from './api/credit-api-extensions';
import {
    CreditAccountAdminEntityResolver,
    CreditAdminResolver,
    CreditLedgerEntryAdminEntityResolver,
} from './api/credit-admin.resolver';
import {
    CreditLedgerEntryShopEntityResolver,
    CreditShopResolver,
    PlaceOrderOnAccountResultResolver,
} from './api/credit-shop.resolver';
import { creditOverdueCheckTask } from './config/credit-overdue-check-task';
import { CreditPermission, RecordCreditPaymentPermission } from './config/credit-permissions';
import { payOnAccountEligibilityChecker } from './config/pay-on-account-eligibility-checker';
import { payOnAccountHandler } from './config/pay-on-account-handler';
import {
    B2B_PLUGIN_OPTIONS,
    CompanyPermission,
    PriceListPermission,
    RunAgreementExpiryCheckPermission,
} from './constants';
import { CreditAccount } from './entities/credit-account.entity';
import { CreditLedgerEntry } from './entities/credit-ledger-entry.entity';
import { CreditAccountService } from './services/credit-account.service';
import { CreditCheckoutService } from './services/credit-checkout.service';
import { CreditControlService } from './services/credit-control.service';
import { CreditLedgerService } from './services/credit-ledger.service';
import { Company } from './entities/company.entity';
import { PriceList } from './entities/price-list.entity';
import { DealerAgreement } from './entities/dealer-agreement.entity';
import { dealerAgreementAdminApiExtensions } from './api/dealer-agreement-api-extensions';
import {
    CompanyAgreementsAdminResolver,
    DealerAgreementAdminEntityResolver,
    DealerAgreementAdminResolver,
} from './api/dealer-agreement-admin.resolver';
import { agreementExpiryTask } from './config/agreement-expiry-task';
import { DealerAgreementService } from './services/dealer-agreement.service';
import { PriceListEntry } from './entities/price-list-entry.entity';
import { priceListAdminApiExtensions, priceListShopApiExtensions } from './api/price-list-api-extensions';
import {
    CompanyPriceListsAdminResolver,
    ImportPriceListCsvResultResolver,
    PriceListAdminEntityResolver,
    PriceListAdminResolver,
    PriceListEntryAdminEntityResolver,
} from './api/price-list-admin.resolver';
import { DealerPricesShopResolver } from './api/price-list-shop.resolver';
import { DealerSearchPriceShopResolver } from './api/dealer-search-price-shop.resolver';
import { OrderCreditChargeResolver } from './api/order-credit-charge.resolver';
import { PayOnAccountRefusalHook } from './api/pay-on-account-refusal.hook';
import { CompanyOrderByCodeAccessStrategy } from './config/company-order-by-code-access-strategy';
import { adminApiBodyLimitMiddleware } from './config/admin-api-body-limit';
import { B2bTranslations } from './services/b2b-translations';
import { DealerListingPriceService } from './services/dealer-listing-price.service';
import { DealerOrderItemPriceCalculationStrategy } from './config/dealer-order-item-price-calculation-strategy';
import { DealerProductVariantPriceCalculationStrategy } from './config/dealer-product-variant-price-calculation-strategy';
import { PriceListService } from './services/price-list.service';
import { PriceResolutionService } from './services/price-resolution.service';
import { CompanyMember } from './entities/company-member.entity';
import { CompanyService } from './services/company.service';
import { B2bPluginOptions, defaultB2bPluginOptions, ResolvedB2bPluginOptions } from './types';

/*
 * The plugin is assembled from these lists; each area (companies, price lists, credit, agreements) adds its own
 * lines, so two people can extend it with small, separate edits.
 */
const entities: Array<Type<unknown>> = [
    Company,
    CompanyMember,
    PriceList,
    PriceListEntry,
    DealerAgreement,
    CreditAccount,
    CreditLedgerEntry,
];

const providers: Array<Type<unknown>> = [
    CompanyService,
    PriceListService,
    PriceResolutionService,
    DealerAgreementService,
    CreditAccountService,
    CreditLedgerService,
    CreditCheckoutService,
    CreditControlService,
    DealerListingPriceService,
    B2bTranslations,
];

const adminSchemas = [
    companyAdminApiExtensions,
    priceListAdminApiExtensions,
    dealerAgreementAdminApiExtensions,
    creditAdminApiExtensions,
];

const adminResolvers: Array<Type<unknown>> = [
    CompanyAdminResolver,
    CompanyAdminEntityResolver,
    CompanyMemberAdminEntityResolver,
    CustomerCompanyAdminResolver,
    CreateCompanyResultResolver,
    UpdateCompanyResultResolver,
    MoveCompanyResultResolver,
    AddCompanyMemberResultResolver,
    PriceListAdminResolver,
    PriceListAdminEntityResolver,
    PriceListEntryAdminEntityResolver,
    CompanyPriceListsAdminResolver,
    ImportPriceListCsvResultResolver,
    DealerAgreementAdminResolver,
    DealerAgreementAdminEntityResolver,
    CompanyAgreementsAdminResolver,
    CreditAdminResolver,
    CreditAccountAdminEntityResolver,
    CreditLedgerEntryAdminEntityResolver,
    OrderCreditChargeResolver,
];

const shopSchemas = [companyShopApiExtensions, priceListShopApiExtensions, creditShopApiExtensions];

const shopResolvers: Array<Type<unknown>> = [
    CompanyShopResolver,
    CompanyShopEntityResolver,
    InviteCompanyMemberResultResolver,
    DealerPricesShopResolver,
    DealerSearchPriceShopResolver,
    CreditShopResolver,
    PlaceOrderOnAccountResultResolver,
    CreditLedgerEntryShopEntityResolver,
    OrderCreditChargeResolver,
];

const permissions = [
    CompanyPermission,
    PriceListPermission,
    RunAgreementExpiryCheckPermission,
    CreditPermission,
    RecordCreditPaymentPermission,
];

/**
 * B2B commerce for dealers: companies with a hierarchy and member roles, dealer agreements, dealer price lists
 * with quantity breaks (in the cart and on product pages) and credit control with pay-on-account.
 *
 * @example
 * ```ts
 * plugins: [B2bPlugin.init({ agreementExpiryWarningDays: 45 })]
 * ```
 */
@VendurePlugin({
    imports: [PluginCommonModule, OperationHooksModule, RequestedVariantsModule],
    entities: () => entities,
    providers: [
        { provide: B2B_PLUGIN_OPTIONS, useFactory: () => B2bPlugin.options },
        PayOnAccountRefusalHook,
        ...providers,
    ],
    adminApiExtensions: {
        schema: () => mergeSchemas(adminSchemas),
        resolvers: () => adminResolvers,
    },
    shopApiExtensions: {
        schema: () => mergeSchemas(shopSchemas),
        resolvers: () => shopResolvers,
    },
    configuration: config => {
        config.authOptions.customPermissions.push(...permissions);
        // Dealer prices: wrap whatever calculates prices today, which still serves everyone else.
        config.orderOptions.orderItemPriceCalculationStrategy = new DealerOrderItemPriceCalculationStrategy(
            config.orderOptions.orderItemPriceCalculationStrategy,
        );
        config.catalogOptions.productVariantPriceCalculationStrategy =
            new DealerProductVariantPriceCalculationStrategy(
                config.catalogOptions.productVariantPriceCalculationStrategy,
            );
        config.schedulerOptions.tasks.push(agreementExpiryTask(B2bPlugin.options.agreementExpirySchedule));
        // Credit control: pay on account and the daily overdue check.
        config.paymentOptions.paymentMethodHandlers.push(payOnAccountHandler);
        config.paymentOptions.paymentMethodEligibilityCheckers = [
            ...(config.paymentOptions.paymentMethodEligibilityCheckers ?? []),
            payOnAccountEligibilityChecker,
        ];
        config.schedulerOptions.tasks.push(
            creditOverdueCheckTask(B2bPlugin.options.creditOverdueCheckSchedule),
        );
        // Company members' orders are private: only the buyer and their company's admins read them by code.
        config.orderOptions.orderByCodeAccessStrategy = new CompanyOrderByCodeAccessStrategy(
            config.orderOptions.orderByCodeAccessStrategy,
        );
        // No custom fields on Order or Fulfillment: Vendure's Dashboard documents select `customFields` on them as the
        // JSON scalar it is without any. The PO number is read as `Order.creditCharge.purchaseOrderNumber`.
        // Price list CSV sent as text in a JSON body: room for the largest import (see README, "CSV").
        config.apiOptions.middleware.push(
            adminApiBodyLimitMiddleware(config.apiOptions.adminApiPath, B2bPlugin.options.adminApiBodyLimit),
        );
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class B2bPlugin {
    static options: ResolvedB2bPluginOptions = defaultB2bPluginOptions;

    /** Registers the plugin; see {@link B2bPluginOptions} for the options and their defaults. */
    static init(options: B2bPluginOptions = {}): Type<B2bPlugin> {
        const resolved: ResolvedB2bPluginOptions = { ...defaultB2bPluginOptions, ...stripUndefined(options) };
        if (
            !Number.isInteger(resolved.agreementExpiryWarningDays) ||
            resolved.agreementExpiryWarningDays < 0
        ) {
            throw new Error(
                `B2bPlugin: agreementExpiryWarningDays must be a whole number of days >= 0, got ${String(
                    options.agreementExpiryWarningDays,
                )}`,
            );
        }
        if (!Number.isInteger(resolved.maxCsvRows) || resolved.maxCsvRows < 1) {
            throw new Error(
                `B2bPlugin: maxCsvRows must be a positive whole number, got ${String(options.maxCsvRows)}`,
            );
        }
        if (!/^\d+(\.\d+)?\s*(b|kb|mb|gb)$/i.test(resolved.adminApiBodyLimit)) {
            throw new Error(
                `B2bPlugin: adminApiBodyLimit must be a size like "32mb", got ${String(options.adminApiBodyLimit)}`,
            );
        }
        if (
            typeof resolved.creditWarningUtilisation !== 'number' ||
            !(resolved.creditWarningUtilisation > 0 && resolved.creditWarningUtilisation <= 1)
        ) {
            throw new Error(
                `B2bPlugin: creditWarningUtilisation must be a number in (0, 1], got ${String(
                    options.creditWarningUtilisation,
                )}`,
            );
        }
        this.options = resolved;
        return B2bPlugin;
    }
}

function mergeSchemas(documents: DocumentNode[]): DocumentNode {
    return concatAST(documents);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
