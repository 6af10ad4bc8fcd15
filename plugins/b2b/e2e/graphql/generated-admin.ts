import * as Types from '../../../../src/testing/graphql/schema-types-admin';

import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AgreementFieldsFragment = {
    __typename?: 'DealerAgreement';
    id: string;
    number: string;
    companyId: string;
    startsAt: string;
    endsAt: string;
    terms: string;
    paymentTermsDays?: number | null;
    creditLimit?: number | null;
    currencyCode?: Types.CurrencyCode | null;
    renewalStatus: Types.AgreementRenewalStatus;
    expiryWarningSentAt?: string | null;
    priceLists: Array<{ __typename?: 'PriceList'; id: string; name: string }>;
};

export type CreateDealerAgreementMutationVariables = Types.Exact<{
    input: Types.CreateDealerAgreementInput;
}>;

export type CreateDealerAgreementMutation = {
    __typename?: 'Mutation';
    createDealerAgreement: {
        __typename?: 'DealerAgreement';
        id: string;
        number: string;
        companyId: string;
        startsAt: string;
        endsAt: string;
        terms: string;
        paymentTermsDays?: number | null;
        creditLimit?: number | null;
        currencyCode?: Types.CurrencyCode | null;
        renewalStatus: Types.AgreementRenewalStatus;
        expiryWarningSentAt?: string | null;
        priceLists: Array<{ __typename?: 'PriceList'; id: string; name: string }>;
    };
};

export type UpdateDealerAgreementMutationVariables = Types.Exact<{
    input: Types.UpdateDealerAgreementInput;
}>;

export type UpdateDealerAgreementMutation = {
    __typename?: 'Mutation';
    updateDealerAgreement: {
        __typename?: 'DealerAgreement';
        id: string;
        number: string;
        companyId: string;
        startsAt: string;
        endsAt: string;
        terms: string;
        paymentTermsDays?: number | null;
        creditLimit?: number | null;
        currencyCode?: Types.CurrencyCode | null;
        renewalStatus: Types.AgreementRenewalStatus;
        expiryWarningSentAt?: string | null;
        priceLists: Array<{ __typename?: 'PriceList'; id: string; name: string }>;
    };
};

export type DeleteDealerAgreementMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type DeleteDealerAgreementMutation = {
    __typename?: 'Mutation';
    deleteDealerAgreement: { __typename?: 'DeletionResponse'; result: Types.DeletionResult };
};

export type RunAgreementExpiryCheckMutationVariables = Types.Exact<{ [key: string]: never }>;

export type RunAgreementExpiryCheckMutation = {
    __typename?: 'Mutation';
    runAgreementExpiryCheck: Array<{ __typename?: 'DealerAgreement'; id: string; number: string }>;
};

export type CompanyAgreementsQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type CompanyAgreementsQuery = {
    __typename?: 'Query';
    company?: {
        __typename?: 'Company';
        id: string;
        agreements: Array<{
            __typename?: 'DealerAgreement';
            id: string;
            number: string;
            companyId: string;
            startsAt: string;
            endsAt: string;
            terms: string;
            paymentTermsDays?: number | null;
            creditLimit?: number | null;
            currencyCode?: Types.CurrencyCode | null;
            renewalStatus: Types.AgreementRenewalStatus;
            expiryWarningSentAt?: string | null;
            priceLists: Array<{ __typename?: 'PriceList'; id: string; name: string }>;
        }>;
    } | null;
};

export type DealerAgreementDetailQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type DealerAgreementDetailQuery = {
    __typename?: 'Query';
    dealerAgreement?: {
        __typename?: 'DealerAgreement';
        id: string;
        number: string;
        companyId: string;
        startsAt: string;
        endsAt: string;
        terms: string;
        paymentTermsDays?: number | null;
        creditLimit?: number | null;
        currencyCode?: Types.CurrencyCode | null;
        renewalStatus: Types.AgreementRenewalStatus;
        expiryWarningSentAt?: string | null;
        priceLists: Array<{ __typename?: 'PriceList'; id: string; name: string }>;
    } | null;
};

export type CompanyTiersQueryVariables = Types.Exact<{ [key: string]: never }>;

export type CompanyTiersQuery = { __typename?: 'Query'; companyTiers: Array<string> };

export type CompanyFieldsFragment = {
    __typename?: 'Company';
    id: string;
    name: string;
    code: string;
    tier?: string | null;
    status: Types.CompanyStatus;
    taxId?: string | null;
    parentId?: string | null;
    ancestorIds: Array<string>;
    children: Array<{ __typename?: 'Company'; id: string; code: string }>;
    defaultShippingAddress?: {
        __typename?: 'CompanyAddress';
        streetLine1: string;
        city?: string | null;
        countryCode: string;
    } | null;
    members: Array<{ __typename?: 'CompanyMember'; id: string; customerId: string; role: Types.CompanyRole }>;
};

export type CompanyListQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.CompanyListOptions>;
}>;

export type CompanyListQuery = {
    __typename?: 'Query';
    companies: {
        __typename?: 'CompanyList';
        totalItems: number;
        items: Array<{
            __typename?: 'Company';
            id: string;
            code: string;
            name: string;
            tier?: string | null;
            status: Types.CompanyStatus;
        }>;
    };
};

export type CompanyDetailQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type CompanyDetailQuery = {
    __typename?: 'Query';
    company?: {
        __typename?: 'Company';
        id: string;
        name: string;
        code: string;
        tier?: string | null;
        status: Types.CompanyStatus;
        taxId?: string | null;
        parentId?: string | null;
        ancestorIds: Array<string>;
        children: Array<{ __typename?: 'Company'; id: string; code: string }>;
        defaultShippingAddress?: {
            __typename?: 'CompanyAddress';
            streetLine1: string;
            city?: string | null;
            countryCode: string;
        } | null;
        members: Array<{
            __typename?: 'CompanyMember';
            id: string;
            customerId: string;
            role: Types.CompanyRole;
        }>;
    } | null;
};

export type CreateCompanyMutationVariables = Types.Exact<{
    input: Types.CreateCompanyInput;
}>;

export type CreateCompanyMutation = {
    __typename?: 'Mutation';
    createCompany:
        | {
              __typename?: 'Company';
              id: string;
              name: string;
              code: string;
              tier?: string | null;
              status: Types.CompanyStatus;
              taxId?: string | null;
              parentId?: string | null;
              ancestorIds: Array<string>;
              children: Array<{ __typename?: 'Company'; id: string; code: string }>;
              defaultShippingAddress?: {
                  __typename?: 'CompanyAddress';
                  streetLine1: string;
                  city?: string | null;
                  countryCode: string;
              } | null;
              members: Array<{
                  __typename?: 'CompanyMember';
                  id: string;
                  customerId: string;
                  role: Types.CompanyRole;
              }>;
          }
        | { __typename?: 'DuplicateCompanyCodeError'; errorCode: Types.ErrorCode; message: string };
};

export type UpdateCompanyMutationVariables = Types.Exact<{
    input: Types.UpdateCompanyInput;
}>;

export type UpdateCompanyMutation = {
    __typename?: 'Mutation';
    updateCompany:
        | {
              __typename?: 'Company';
              id: string;
              name: string;
              code: string;
              tier?: string | null;
              status: Types.CompanyStatus;
              taxId?: string | null;
              parentId?: string | null;
              ancestorIds: Array<string>;
              children: Array<{ __typename?: 'Company'; id: string; code: string }>;
              defaultShippingAddress?: {
                  __typename?: 'CompanyAddress';
                  streetLine1: string;
                  city?: string | null;
                  countryCode: string;
              } | null;
              members: Array<{
                  __typename?: 'CompanyMember';
                  id: string;
                  customerId: string;
                  role: Types.CompanyRole;
              }>;
          }
        | { __typename?: 'DuplicateCompanyCodeError'; errorCode: Types.ErrorCode; message: string };
};

export type DeleteCompanyMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type DeleteCompanyMutation = {
    __typename?: 'Mutation';
    deleteCompany: { __typename?: 'DeletionResponse'; result: Types.DeletionResult; message?: string | null };
};

export type MoveCompanyMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
    parentId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
}>;

export type MoveCompanyMutation = {
    __typename?: 'Mutation';
    moveCompany:
        | { __typename?: 'Company'; id: string; parentId?: string | null; ancestorIds: Array<string> }
        | { __typename?: 'CompanyHierarchyCycleError'; errorCode: Types.ErrorCode; message: string };
};

export type AddCompanyMemberMutationVariables = Types.Exact<{
    input: Types.AddCompanyMemberInput;
}>;

export type AddCompanyMemberMutation = {
    __typename?: 'Mutation';
    addCompanyMember:
        | {
              __typename?: 'CompanyMember';
              id: string;
              customerId: string;
              companyId: string;
              role: Types.CompanyRole;
          }
        | { __typename?: 'CustomerAlreadyInCompanyError'; errorCode: Types.ErrorCode; message: string };
};

export type RemoveCompanyMemberMutationVariables = Types.Exact<{
    companyId: Types.Scalars['ID']['input'];
    customerId: Types.Scalars['ID']['input'];
}>;

export type RemoveCompanyMemberMutation = {
    __typename?: 'Mutation';
    removeCompanyMember: { __typename?: 'DeletionResponse'; result: Types.DeletionResult };
};

export type UpdateCompanyMemberRoleMutationVariables = Types.Exact<{
    input: Types.UpdateCompanyMemberRoleInput;
}>;

export type UpdateCompanyMemberRoleMutation = {
    __typename?: 'Mutation';
    updateCompanyMemberRole: { __typename?: 'CompanyMember'; id: string; role: Types.CompanyRole };
};

export type CustomerCompanyQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type CustomerCompanyQuery = {
    __typename?: 'Query';
    customer?: {
        __typename?: 'Customer';
        id: string;
        companyMembership?: {
            __typename?: 'CompanyMember';
            role: Types.CompanyRole;
            company: { __typename?: 'Company'; id: string; code: string };
        } | null;
    } | null;
};

export type CompanyCountQueryVariables = Types.Exact<{ [key: string]: never }>;

export type CompanyCountQuery = {
    __typename?: 'Query';
    companies: { __typename?: 'CompanyList'; totalItems: number };
};

export type B2bCreateChannelMutationVariables = Types.Exact<{
    input: Types.CreateChannelInput;
}>;

export type B2bCreateChannelMutation = {
    __typename?: 'Mutation';
    createChannel:
        | { __typename?: 'Channel'; id: string; token: string }
        | { __typename?: 'LanguageNotAvailableError'; errorCode: Types.ErrorCode; message: string };
};

export type CreditAccountFieldsFragment = {
    __typename?: 'CreditAccount';
    id: string;
    companyId: string;
    creditLimit: number;
    currencyCode: Types.CurrencyCode;
    paymentTermsDays: number;
    graceDays: number;
    sharedWithSubsidiaries: boolean;
    allowExceedLimit: boolean;
    status: Types.CreditAccountStatus;
    holdReason?: string | null;
    balance: number;
    availableCredit: number;
    utilisation: number;
    overdueAmount: number;
    company: { __typename?: 'Company'; id: string; code: string };
};

export type CreditLedgerEntryFieldsFragment = {
    __typename?: 'CreditLedgerEntry';
    id: string;
    sequence: number;
    type: Types.CreditLedgerEntryType;
    amount: number;
    balanceAfter: number;
    orderCode?: string | null;
    reversesEntryId?: string | null;
    reference?: string | null;
    note?: string | null;
    dueDate?: string | null;
    settledAmount: number;
    releasedAmount: number;
    openAmount: number;
    overdue: boolean;
    unallocatedAmount: number;
    excessAmount: number;
    companyId: string;
    allocations: Array<{ __typename?: 'CreditAllocation'; entryId: string; amount: number }>;
    createdBy?: { __typename?: 'Administrator'; id: string } | null;
};

export type CreditSetupCompanyMutationVariables = Types.Exact<{
    input: Types.CreateCompanyInput;
}>;

export type CreditSetupCompanyMutation = {
    __typename?: 'Mutation';
    createCompany:
        | { __typename?: 'Company'; id: string; code: string }
        | { __typename?: 'DuplicateCompanyCodeError'; errorCode: Types.ErrorCode; message: string };
};

export type CreditSetupMemberMutationVariables = Types.Exact<{
    input: Types.AddCompanyMemberInput;
}>;

export type CreditSetupMemberMutation = {
    __typename?: 'Mutation';
    addCompanyMember:
        | { __typename?: 'CompanyMember'; id: string }
        | { __typename?: 'CustomerAlreadyInCompanyError'; errorCode: Types.ErrorCode; message: string };
};

export type CreditSetCompanyStatusMutationVariables = Types.Exact<{
    input: Types.UpdateCompanyInput;
}>;

export type CreditSetCompanyStatusMutation = {
    __typename?: 'Mutation';
    updateCompany:
        | { __typename?: 'Company'; id: string; status: Types.CompanyStatus }
        | { __typename?: 'DuplicateCompanyCodeError'; errorCode: Types.ErrorCode; message: string };
};

export type CreditSetMemberRoleMutationVariables = Types.Exact<{
    input: Types.UpdateCompanyMemberRoleInput;
}>;

export type CreditSetMemberRoleMutation = {
    __typename?: 'Mutation';
    updateCompanyMemberRole: { __typename?: 'CompanyMember'; id: string; role: Types.CompanyRole };
};

export type CreditCreatePaymentMethodMutationVariables = Types.Exact<{
    input: Types.CreatePaymentMethodInput;
}>;

export type CreditCreatePaymentMethodMutation = {
    __typename?: 'Mutation';
    createPaymentMethod: { __typename?: 'PaymentMethod'; id: string; code: string };
};

export type CreditAccountsQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.CreditAccountListOptions>;
}>;

export type CreditAccountsQuery = {
    __typename?: 'Query';
    creditAccounts: {
        __typename?: 'CreditAccountList';
        totalItems: number;
        items: Array<{
            __typename?: 'CreditAccount';
            id: string;
            companyId: string;
            creditLimit: number;
            currencyCode: Types.CurrencyCode;
            paymentTermsDays: number;
            graceDays: number;
            sharedWithSubsidiaries: boolean;
            allowExceedLimit: boolean;
            status: Types.CreditAccountStatus;
            holdReason?: string | null;
            balance: number;
            availableCredit: number;
            utilisation: number;
            overdueAmount: number;
            company: { __typename?: 'Company'; id: string; code: string };
        }>;
    };
};

export type CreditAccountQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type CreditAccountQuery = {
    __typename?: 'Query';
    creditAccount?: {
        __typename?: 'CreditAccount';
        id: string;
        companyId: string;
        creditLimit: number;
        currencyCode: Types.CurrencyCode;
        paymentTermsDays: number;
        graceDays: number;
        sharedWithSubsidiaries: boolean;
        allowExceedLimit: boolean;
        status: Types.CreditAccountStatus;
        holdReason?: string | null;
        balance: number;
        availableCredit: number;
        utilisation: number;
        overdueAmount: number;
        company: { __typename?: 'Company'; id: string; code: string };
    } | null;
};

export type CreditAccountForCompanyQueryVariables = Types.Exact<{
    companyId: Types.Scalars['ID']['input'];
}>;

export type CreditAccountForCompanyQuery = {
    __typename?: 'Query';
    creditAccountForCompany?: {
        __typename?: 'CreditAccount';
        id: string;
        companyId: string;
        creditLimit: number;
        currencyCode: Types.CurrencyCode;
        paymentTermsDays: number;
        graceDays: number;
        sharedWithSubsidiaries: boolean;
        allowExceedLimit: boolean;
        status: Types.CreditAccountStatus;
        holdReason?: string | null;
        balance: number;
        availableCredit: number;
        utilisation: number;
        overdueAmount: number;
        company: { __typename?: 'Company'; id: string; code: string };
    } | null;
};

export type CreditStatementQueryVariables = Types.Exact<{
    accountId: Types.Scalars['ID']['input'];
    options?: Types.InputMaybe<Types.CreditLedgerEntryListOptions>;
}>;

export type CreditStatementQuery = {
    __typename?: 'Query';
    creditStatement: {
        __typename?: 'CreditLedgerEntryList';
        totalItems: number;
        items: Array<{
            __typename?: 'CreditLedgerEntry';
            id: string;
            sequence: number;
            type: Types.CreditLedgerEntryType;
            amount: number;
            balanceAfter: number;
            orderCode?: string | null;
            reversesEntryId?: string | null;
            reference?: string | null;
            note?: string | null;
            dueDate?: string | null;
            settledAmount: number;
            releasedAmount: number;
            openAmount: number;
            overdue: boolean;
            unallocatedAmount: number;
            excessAmount: number;
            companyId: string;
            allocations: Array<{ __typename?: 'CreditAllocation'; entryId: string; amount: number }>;
            createdBy?: { __typename?: 'Administrator'; id: string } | null;
        }>;
    };
};

export type CreateCreditAccountMutationVariables = Types.Exact<{
    input: Types.CreateCreditAccountInput;
}>;

export type CreateCreditAccountMutation = {
    __typename?: 'Mutation';
    createCreditAccount: {
        __typename?: 'CreditAccount';
        id: string;
        companyId: string;
        creditLimit: number;
        currencyCode: Types.CurrencyCode;
        paymentTermsDays: number;
        graceDays: number;
        sharedWithSubsidiaries: boolean;
        allowExceedLimit: boolean;
        status: Types.CreditAccountStatus;
        holdReason?: string | null;
        balance: number;
        availableCredit: number;
        utilisation: number;
        overdueAmount: number;
        company: { __typename?: 'Company'; id: string; code: string };
    };
};

export type UpdateCreditAccountMutationVariables = Types.Exact<{
    input: Types.UpdateCreditAccountInput;
}>;

export type UpdateCreditAccountMutation = {
    __typename?: 'Mutation';
    updateCreditAccount: {
        __typename?: 'CreditAccount';
        id: string;
        companyId: string;
        creditLimit: number;
        currencyCode: Types.CurrencyCode;
        paymentTermsDays: number;
        graceDays: number;
        sharedWithSubsidiaries: boolean;
        allowExceedLimit: boolean;
        status: Types.CreditAccountStatus;
        holdReason?: string | null;
        balance: number;
        availableCredit: number;
        utilisation: number;
        overdueAmount: number;
        company: { __typename?: 'Company'; id: string; code: string };
    };
};

export type DeleteCreditAccountMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type DeleteCreditAccountMutation = {
    __typename?: 'Mutation';
    deleteCreditAccount: {
        __typename?: 'DeletionResponse';
        result: Types.DeletionResult;
        message?: string | null;
    };
};

export type RecordCreditPaymentMutationVariables = Types.Exact<{
    input: Types.RecordCreditPaymentInput;
}>;

export type RecordCreditPaymentMutation = {
    __typename?: 'Mutation';
    recordCreditPayment: {
        __typename?: 'CreditLedgerEntry';
        id: string;
        sequence: number;
        type: Types.CreditLedgerEntryType;
        amount: number;
        balanceAfter: number;
        orderCode?: string | null;
        reversesEntryId?: string | null;
        reference?: string | null;
        note?: string | null;
        dueDate?: string | null;
        settledAmount: number;
        releasedAmount: number;
        openAmount: number;
        overdue: boolean;
        unallocatedAmount: number;
        excessAmount: number;
        companyId: string;
        allocations: Array<{ __typename?: 'CreditAllocation'; entryId: string; amount: number }>;
        createdBy?: { __typename?: 'Administrator'; id: string } | null;
    };
};

export type IssueCreditNoteMutationVariables = Types.Exact<{
    input: Types.RecordCreditPaymentInput;
}>;

export type IssueCreditNoteMutation = {
    __typename?: 'Mutation';
    issueCreditNote: {
        __typename?: 'CreditLedgerEntry';
        id: string;
        sequence: number;
        type: Types.CreditLedgerEntryType;
        amount: number;
        balanceAfter: number;
        orderCode?: string | null;
        reversesEntryId?: string | null;
        reference?: string | null;
        note?: string | null;
        dueDate?: string | null;
        settledAmount: number;
        releasedAmount: number;
        openAmount: number;
        overdue: boolean;
        unallocatedAmount: number;
        excessAmount: number;
        companyId: string;
        allocations: Array<{ __typename?: 'CreditAllocation'; entryId: string; amount: number }>;
        createdBy?: { __typename?: 'Administrator'; id: string } | null;
    };
};

export type AdjustCreditBalanceMutationVariables = Types.Exact<{
    input: Types.AdjustCreditBalanceInput;
}>;

export type AdjustCreditBalanceMutation = {
    __typename?: 'Mutation';
    adjustCreditBalance: {
        __typename?: 'CreditLedgerEntry';
        id: string;
        sequence: number;
        type: Types.CreditLedgerEntryType;
        amount: number;
        balanceAfter: number;
        orderCode?: string | null;
        reversesEntryId?: string | null;
        reference?: string | null;
        note?: string | null;
        dueDate?: string | null;
        settledAmount: number;
        releasedAmount: number;
        openAmount: number;
        overdue: boolean;
        unallocatedAmount: number;
        excessAmount: number;
        companyId: string;
        allocations: Array<{ __typename?: 'CreditAllocation'; entryId: string; amount: number }>;
        createdBy?: { __typename?: 'Administrator'; id: string } | null;
    };
};

export type PlaceCreditHoldMutationVariables = Types.Exact<{
    accountId: Types.Scalars['ID']['input'];
}>;

export type PlaceCreditHoldMutation = {
    __typename?: 'Mutation';
    placeCreditHold: {
        __typename?: 'CreditAccount';
        id: string;
        companyId: string;
        creditLimit: number;
        currencyCode: Types.CurrencyCode;
        paymentTermsDays: number;
        graceDays: number;
        sharedWithSubsidiaries: boolean;
        allowExceedLimit: boolean;
        status: Types.CreditAccountStatus;
        holdReason?: string | null;
        balance: number;
        availableCredit: number;
        utilisation: number;
        overdueAmount: number;
        company: { __typename?: 'Company'; id: string; code: string };
    };
};

export type ReleaseCreditHoldMutationVariables = Types.Exact<{
    accountId: Types.Scalars['ID']['input'];
}>;

export type ReleaseCreditHoldMutation = {
    __typename?: 'Mutation';
    releaseCreditHold: {
        __typename?: 'CreditAccount';
        id: string;
        companyId: string;
        creditLimit: number;
        currencyCode: Types.CurrencyCode;
        paymentTermsDays: number;
        graceDays: number;
        sharedWithSubsidiaries: boolean;
        allowExceedLimit: boolean;
        status: Types.CreditAccountStatus;
        holdReason?: string | null;
        balance: number;
        availableCredit: number;
        utilisation: number;
        overdueAmount: number;
        company: { __typename?: 'Company'; id: string; code: string };
    };
};

export type RunCreditOverdueCheckMutationVariables = Types.Exact<{ [key: string]: never }>;

export type RunCreditOverdueCheckMutation = {
    __typename?: 'Mutation';
    runCreditOverdueCheck: {
        __typename?: 'CreditOverdueCheckResult';
        accountsChecked: number;
        holdsPlaced: number;
        holdsReleased: number;
    };
};

export type CreditOrderPaymentsQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type CreditOrderPaymentsQuery = {
    __typename?: 'Query';
    order?: {
        __typename?: 'Order';
        id: string;
        code: string;
        state: string;
        totalWithTax: number;
        payments?: Array<{
            __typename?: 'Payment';
            id: string;
            state: string;
            amount: number;
            method: string;
            metadata?: any | null;
        }> | null;
    } | null;
};

export type CreditSettlePaymentMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type CreditSettlePaymentMutation = {
    __typename?: 'Mutation';
    settlePayment:
        | { __typename?: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'Payment'; id: string; state: string }
        | { __typename?: 'PaymentStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'SettlePaymentError'; errorCode: Types.ErrorCode; message: string };
};

export type CreditCancelPaymentMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type CreditCancelPaymentMutation = {
    __typename?: 'Mutation';
    cancelPayment:
        | { __typename?: 'CancelPaymentError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'Payment'; id: string; state: string }
        | { __typename?: 'PaymentStateTransitionError'; errorCode: Types.ErrorCode; message: string };
};

export type CreditCancelOrderMutationVariables = Types.Exact<{
    input: Types.CancelOrderInput;
}>;

export type CreditCancelOrderMutation = {
    __typename?: 'Mutation';
    cancelOrder:
        | { __typename?: 'CancelActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'EmptyOrderLineSelectionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'MultipleOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'Order'; id: string; state: string }
        | { __typename?: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'QuantityTooGreatError'; errorCode: Types.ErrorCode; message: string };
};

export type CreditRefundOrderMutationVariables = Types.Exact<{
    input: Types.RefundOrderInput;
}>;

export type CreditRefundOrderMutation = {
    __typename?: 'Mutation';
    refundOrder:
        | { __typename?: 'AlreadyRefundedError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'MultipleOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'NothingToRefundError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'PaymentOrderMismatchError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'QuantityTooGreatError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'Refund'; id: string; state: string; total: number }
        | { __typename?: 'RefundAmountError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'RefundOrderStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'RefundStateTransitionError'; errorCode: Types.ErrorCode; message: string };
};

export type CreditOrdersByCodeQueryVariables = Types.Exact<{
    code: Types.Scalars['String']['input'];
}>;

export type CreditOrdersByCodeQuery = {
    __typename?: 'Query';
    orders: { __typename?: 'OrderList'; items: Array<{ __typename?: 'Order'; id: string }> };
};

export type HardeningStatementQueryVariables = Types.Exact<{
    accountId: Types.Scalars['ID']['input'];
    options?: Types.InputMaybe<Types.CreditLedgerEntryListOptions>;
}>;

export type HardeningStatementQuery = {
    __typename?: 'Query';
    creditStatement: {
        __typename?: 'CreditLedgerEntryList';
        totalItems: number;
        items: Array<{
            __typename?: 'CreditLedgerEntry';
            id: string;
            createdAt: string;
            updatedAt: string;
            accountId: string;
            companyId: string;
            sequence: number;
            type: Types.CreditLedgerEntryType;
            amount: number;
            balanceAfter: number;
            reversesEntryId?: string | null;
            releasedAmount: number;
            unallocatedAmount: number;
            excessAmount: number;
            orderCode?: string | null;
            reference?: string | null;
            purchaseOrderNumber?: string | null;
            note?: string | null;
            dueDate?: string | null;
            openAmount: number;
            overdue: boolean;
            settledAmount: number;
        }>;
    };
};

export type HardeningOrderQueryVariables = Types.Exact<{
    code: Types.Scalars['String']['input'];
}>;

export type HardeningOrderQuery = {
    __typename?: 'Query';
    orders: {
        __typename?: 'OrderList';
        items: Array<{
            __typename?: 'Order';
            id: string;
            code: string;
            state: string;
            creditCharge?: { __typename?: 'OrderCreditCharge'; purchaseOrderNumber?: string | null } | null;
        }>;
    };
};

export type HardeningTaxRatesQueryVariables = Types.Exact<{ [key: string]: never }>;

export type HardeningTaxRatesQuery = {
    __typename?: 'Query';
    taxRates: {
        __typename?: 'TaxRateList';
        items: Array<{
            __typename?: 'TaxRate';
            id: string;
            name: string;
            value: number;
            zone: { __typename?: 'Zone'; id: string; name: string };
            category: { __typename?: 'TaxCategory'; id: string; name: string };
        }>;
    };
};

export type HardeningUpdateTaxRateMutationVariables = Types.Exact<{
    input: Types.UpdateTaxRateInput;
}>;

export type HardeningUpdateTaxRateMutation = {
    __typename?: 'Mutation';
    updateTaxRate: { __typename?: 'TaxRate'; id: string; value: number };
};

export type HardeningUpdateChannelMutationVariables = Types.Exact<{
    input: Types.UpdateChannelInput;
}>;

export type HardeningUpdateChannelMutation = {
    __typename?: 'Mutation';
    updateChannel:
        | { __typename?: 'Channel'; id: string; pricesIncludeTax: boolean }
        | { __typename?: 'LanguageNotAvailableError'; errorCode: Types.ErrorCode; message: string };
};

export type HardeningCreateAgreementMutationVariables = Types.Exact<{
    input: Types.CreateDealerAgreementInput;
}>;

export type HardeningCreateAgreementMutation = {
    __typename?: 'Mutation';
    createDealerAgreement: { __typename?: 'DealerAgreement'; id: string; creditLimit?: number | null };
};

export type HardeningReindexMutationVariables = Types.Exact<{ [key: string]: never }>;

export type HardeningReindexMutation = {
    __typename?: 'Mutation';
    reindex: { __typename?: 'Job'; id: string };
};

export type HardeningJobQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type HardeningJobQuery = {
    __typename?: 'Query';
    job?: { __typename?: 'Job'; id: string; state: Types.JobState } | null;
};

export type PriceListFieldsFragment = {
    __typename?: 'PriceList';
    id: string;
    name: string;
    currencyCode: Types.CurrencyCode;
    priority: number;
    validFrom?: string | null;
    validTo?: string | null;
    status: Types.PriceListStatus;
    tiers: Array<string>;
    entryCount: number;
    companies: Array<{ __typename?: 'Company'; id: string; code: string }>;
    customerGroups: Array<{ __typename?: 'CustomerGroup'; id: string; name: string }>;
};

export type PriceListListQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.PriceListListOptions>;
}>;

export type PriceListListQuery = {
    __typename?: 'Query';
    priceLists: {
        __typename?: 'PriceListList';
        totalItems: number;
        items: Array<{
            __typename?: 'PriceList';
            id: string;
            name: string;
            priority: number;
            status: Types.PriceListStatus;
        }>;
    };
};

export type PriceListCountQueryVariables = Types.Exact<{ [key: string]: never }>;

export type PriceListCountQuery = {
    __typename?: 'Query';
    priceLists: { __typename?: 'PriceListList'; totalItems: number };
};

export type PriceListDetailQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type PriceListDetailQuery = {
    __typename?: 'Query';
    priceList?: {
        __typename?: 'PriceList';
        id: string;
        name: string;
        currencyCode: Types.CurrencyCode;
        priority: number;
        validFrom?: string | null;
        validTo?: string | null;
        status: Types.PriceListStatus;
        tiers: Array<string>;
        entryCount: number;
        companies: Array<{ __typename?: 'Company'; id: string; code: string }>;
        customerGroups: Array<{ __typename?: 'CustomerGroup'; id: string; name: string }>;
    } | null;
};

export type PriceListEntriesQueryVariables = Types.Exact<{
    priceListId: Types.Scalars['ID']['input'];
    options?: Types.InputMaybe<Types.PriceListEntryListOptions>;
}>;

export type PriceListEntriesQuery = {
    __typename?: 'Query';
    priceListEntries: {
        __typename?: 'PriceListEntryList';
        totalItems: number;
        items: Array<{
            __typename?: 'PriceListEntry';
            id: string;
            productVariantId: string;
            minQuantity: number;
            price?: number | null;
            percentOff?: number | null;
            productVariant: { __typename?: 'ProductVariant'; sku: string };
        }>;
    };
};

export type ExportPriceListCsvQueryVariables = Types.Exact<{
    priceListId: Types.Scalars['ID']['input'];
}>;

export type ExportPriceListCsvQuery = { __typename?: 'Query'; exportPriceListCsv: string };

export type CreatePriceListMutationVariables = Types.Exact<{
    input: Types.CreatePriceListInput;
}>;

export type CreatePriceListMutation = {
    __typename?: 'Mutation';
    createPriceList: {
        __typename?: 'PriceList';
        id: string;
        name: string;
        currencyCode: Types.CurrencyCode;
        priority: number;
        validFrom?: string | null;
        validTo?: string | null;
        status: Types.PriceListStatus;
        tiers: Array<string>;
        entryCount: number;
        companies: Array<{ __typename?: 'Company'; id: string; code: string }>;
        customerGroups: Array<{ __typename?: 'CustomerGroup'; id: string; name: string }>;
    };
};

export type UpdatePriceListMutationVariables = Types.Exact<{
    input: Types.UpdatePriceListInput;
}>;

export type UpdatePriceListMutation = {
    __typename?: 'Mutation';
    updatePriceList: {
        __typename?: 'PriceList';
        id: string;
        name: string;
        currencyCode: Types.CurrencyCode;
        priority: number;
        validFrom?: string | null;
        validTo?: string | null;
        status: Types.PriceListStatus;
        tiers: Array<string>;
        entryCount: number;
        companies: Array<{ __typename?: 'Company'; id: string; code: string }>;
        customerGroups: Array<{ __typename?: 'CustomerGroup'; id: string; name: string }>;
    };
};

export type DeletePriceListMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type DeletePriceListMutation = {
    __typename?: 'Mutation';
    deletePriceList: { __typename?: 'DeletionResponse'; result: Types.DeletionResult };
};

export type AssignPriceListTargetsMutationVariables = Types.Exact<{
    input: Types.PriceListTargetsInput;
}>;

export type AssignPriceListTargetsMutation = {
    __typename?: 'Mutation';
    assignPriceListTargets: {
        __typename?: 'PriceList';
        id: string;
        name: string;
        currencyCode: Types.CurrencyCode;
        priority: number;
        validFrom?: string | null;
        validTo?: string | null;
        status: Types.PriceListStatus;
        tiers: Array<string>;
        entryCount: number;
        companies: Array<{ __typename?: 'Company'; id: string; code: string }>;
        customerGroups: Array<{ __typename?: 'CustomerGroup'; id: string; name: string }>;
    };
};

export type UnassignPriceListTargetsMutationVariables = Types.Exact<{
    input: Types.PriceListTargetsInput;
}>;

export type UnassignPriceListTargetsMutation = {
    __typename?: 'Mutation';
    unassignPriceListTargets: {
        __typename?: 'PriceList';
        id: string;
        name: string;
        currencyCode: Types.CurrencyCode;
        priority: number;
        validFrom?: string | null;
        validTo?: string | null;
        status: Types.PriceListStatus;
        tiers: Array<string>;
        entryCount: number;
        companies: Array<{ __typename?: 'Company'; id: string; code: string }>;
        customerGroups: Array<{ __typename?: 'CustomerGroup'; id: string; name: string }>;
    };
};

export type UpsertPriceListEntriesMutationVariables = Types.Exact<{
    priceListId: Types.Scalars['ID']['input'];
    entries: Array<Types.PriceListEntryInput> | Types.PriceListEntryInput;
}>;

export type UpsertPriceListEntriesMutation = {
    __typename?: 'Mutation';
    upsertPriceListEntries: Array<{
        __typename?: 'PriceListEntry';
        id: string;
        productVariantId: string;
        minQuantity: number;
        price?: number | null;
        percentOff?: number | null;
    }>;
};

export type RemovePriceListEntriesMutationVariables = Types.Exact<{
    priceListId: Types.Scalars['ID']['input'];
    ids: Array<Types.Scalars['ID']['input']> | Types.Scalars['ID']['input'];
}>;

export type RemovePriceListEntriesMutation = {
    __typename?: 'Mutation';
    removePriceListEntries: { __typename?: 'DeletionResponse'; result: Types.DeletionResult };
};

export type ImportPriceListCsvMutationVariables = Types.Exact<{
    priceListId: Types.Scalars['ID']['input'];
    csv: Types.Scalars['String']['input'];
    mode?: Types.InputMaybe<Types.PriceListImportMode>;
    languageCode?: Types.InputMaybe<Types.LanguageCode>;
}>;

export type ImportPriceListCsvMutation = {
    __typename?: 'Mutation';
    importPriceListCsv:
        | {
              __typename?: 'MalformedPriceListCsvError';
              errorCode: Types.ErrorCode;
              message: string;
              line?: number | null;
          }
        | {
              __typename?: 'PriceListImportReport';
              accepted: number;
              rejected: Array<{
                  __typename?: 'PriceListImportRejection';
                  line: number;
                  sku: string;
                  reason: string;
              }>;
          };
};

export type PlCreateCustomerGroupMutationVariables = Types.Exact<{
    input: Types.CreateCustomerGroupInput;
}>;

export type PlCreateCustomerGroupMutation = {
    __typename?: 'Mutation';
    createCustomerGroup: { __typename?: 'CustomerGroup'; id: string };
};

export type CompanyPriceListsQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type CompanyPriceListsQuery = {
    __typename?: 'Query';
    company?: {
        __typename?: 'Company';
        id: string;
        priceLists: Array<{ __typename?: 'PriceList'; id: string; name: string }>;
    } | null;
};

export type UploadPriceListCsvMutationVariables = Types.Exact<{
    priceListId: Types.Scalars['ID']['input'];
    file: Types.Scalars['Upload']['input'];
    mode?: Types.InputMaybe<Types.PriceListImportMode>;
}>;

export type UploadPriceListCsvMutation = {
    __typename?: 'Mutation';
    importPriceListCsv:
        | {
              __typename?: 'MalformedPriceListCsvError';
              errorCode: Types.ErrorCode;
              message: string;
              line?: number | null;
          }
        | {
              __typename?: 'PriceListImportReport';
              accepted: number;
              rejected: Array<{
                  __typename?: 'PriceListImportRejection';
                  line: number;
                  sku: string;
                  reason: string;
              }>;
          };
};

export const AgreementFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AgreementFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DealerAgreement' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'paymentTermsDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'renewalStatus' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'expiryWarningSentAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'priceLists' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AgreementFieldsFragment, unknown>;
export const CompanyFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CompanyFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Company' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'ancestorIds' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'children' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'defaultShippingAddress' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'streetLine1' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'members' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'customerId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CompanyFieldsFragment, unknown>;
export const CreditAccountFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CreditAccountFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditAccount' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'company' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'paymentTermsDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'graceDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sharedWithSubsidiaries' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'allowExceedLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'holdReason' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'availableCredit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'utilisation' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdueAmount' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditAccountFieldsFragment, unknown>;
export const CreditLedgerEntryFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CreditLedgerEntryFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditLedgerEntry' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'balanceAfter' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reversesEntryId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'settledAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'releasedAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'openAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unallocatedAmount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'allocations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'entryId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'excessAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createdBy' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditLedgerEntryFieldsFragment, unknown>;
export const PriceListFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PriceListFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PriceList' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'tiers' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'companies' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'customerGroups' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'entryCount' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PriceListFieldsFragment, unknown>;
export const CreateDealerAgreementDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreateDealerAgreement' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'CreateDealerAgreementInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createDealerAgreement' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgreementFields' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AgreementFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DealerAgreement' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'paymentTermsDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'renewalStatus' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'expiryWarningSentAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'priceLists' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreateDealerAgreementMutation, CreateDealerAgreementMutationVariables>;
export const UpdateDealerAgreementDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'UpdateDealerAgreement' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'UpdateDealerAgreementInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateDealerAgreement' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgreementFields' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AgreementFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DealerAgreement' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'paymentTermsDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'renewalStatus' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'expiryWarningSentAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'priceLists' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<UpdateDealerAgreementMutation, UpdateDealerAgreementMutationVariables>;
export const DeleteDealerAgreementDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'DeleteDealerAgreement' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deleteDealerAgreement' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'result' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<DeleteDealerAgreementMutation, DeleteDealerAgreementMutationVariables>;
export const RunAgreementExpiryCheckDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RunAgreementExpiryCheck' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'runAgreementExpiryCheck' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RunAgreementExpiryCheckMutation, RunAgreementExpiryCheckMutationVariables>;
export const CompanyAgreementsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'CompanyAgreements' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'company' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'agreements' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'AgreementFields' },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AgreementFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DealerAgreement' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'paymentTermsDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'renewalStatus' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'expiryWarningSentAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'priceLists' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CompanyAgreementsQuery, CompanyAgreementsQueryVariables>;
export const DealerAgreementDetailDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'DealerAgreementDetail' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'dealerAgreement' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgreementFields' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AgreementFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DealerAgreement' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'paymentTermsDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'renewalStatus' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'expiryWarningSentAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'priceLists' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<DealerAgreementDetailQuery, DealerAgreementDetailQueryVariables>;
export const CompanyTiersDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'CompanyTiers' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'companyTiers' } }],
            },
        },
    ],
} as unknown as DocumentNode<CompanyTiersQuery, CompanyTiersQueryVariables>;
export const CompanyListDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'CompanyList' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'CompanyListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'companies' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'options' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CompanyListQuery, CompanyListQueryVariables>;
export const CompanyDetailDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'CompanyDetail' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'company' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompanyFields' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CompanyFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Company' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'ancestorIds' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'children' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'defaultShippingAddress' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'streetLine1' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'members' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'customerId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CompanyDetailQuery, CompanyDetailQueryVariables>;
export const CreateCompanyDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreateCompany' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateCompanyInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createCompany' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Company' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'CompanyFields' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'ErrorResult' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CompanyFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Company' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'ancestorIds' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'children' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'defaultShippingAddress' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'streetLine1' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'members' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'customerId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreateCompanyMutation, CreateCompanyMutationVariables>;
export const UpdateCompanyDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'UpdateCompany' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateCompanyInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateCompany' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Company' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'CompanyFields' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'ErrorResult' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CompanyFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Company' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'ancestorIds' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'children' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'defaultShippingAddress' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'streetLine1' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'members' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'customerId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<UpdateCompanyMutation, UpdateCompanyMutationVariables>;
export const DeleteCompanyDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'DeleteCompany' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deleteCompany' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'result' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<DeleteCompanyMutation, DeleteCompanyMutationVariables>;
export const MoveCompanyDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MoveCompany' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'parentId' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'moveCompany' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'parentId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'parentId' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Company' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'ancestorIds' } },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'ErrorResult' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MoveCompanyMutation, MoveCompanyMutationVariables>;
export const AddCompanyMemberDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AddCompanyMember' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddCompanyMemberInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'addCompanyMember' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'CompanyMember' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'customerId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'ErrorResult' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AddCompanyMemberMutation, AddCompanyMemberMutationVariables>;
export const RemoveCompanyMemberDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RemoveCompanyMember' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'companyId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'customerId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'removeCompanyMember' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'companyId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'companyId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'customerId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'customerId' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'result' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RemoveCompanyMemberMutation, RemoveCompanyMemberMutationVariables>;
export const UpdateCompanyMemberRoleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'UpdateCompanyMemberRole' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'UpdateCompanyMemberRoleInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateCompanyMemberRole' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<UpdateCompanyMemberRoleMutation, UpdateCompanyMemberRoleMutationVariables>;
export const CustomerCompanyDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'CustomerCompany' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'customer' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'companyMembership' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'company' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'id' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'code' },
                                                        },
                                                    ],
                                                },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CustomerCompanyQuery, CustomerCompanyQueryVariables>;
export const CompanyCountDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'CompanyCount' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'companies' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CompanyCountQuery, CompanyCountQueryVariables>;
export const B2bCreateChannelDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'B2bCreateChannel' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateChannelInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createChannel' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Channel' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'ErrorResult' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<B2bCreateChannelMutation, B2bCreateChannelMutationVariables>;
export const CreditSetupCompanyDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreditSetupCompany' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateCompanyInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createCompany' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Company' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'ErrorResult' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditSetupCompanyMutation, CreditSetupCompanyMutationVariables>;
export const CreditSetupMemberDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreditSetupMember' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddCompanyMemberInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'addCompanyMember' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'CompanyMember' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'ErrorResult' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditSetupMemberMutation, CreditSetupMemberMutationVariables>;
export const CreditSetCompanyStatusDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreditSetCompanyStatus' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateCompanyInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateCompany' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Company' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'ErrorResult' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditSetCompanyStatusMutation, CreditSetCompanyStatusMutationVariables>;
export const CreditSetMemberRoleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreditSetMemberRole' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'UpdateCompanyMemberRoleInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateCompanyMemberRole' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditSetMemberRoleMutation, CreditSetMemberRoleMutationVariables>;
export const CreditCreatePaymentMethodDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreditCreatePaymentMethod' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'CreatePaymentMethodInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createPaymentMethod' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditCreatePaymentMethodMutation, CreditCreatePaymentMethodMutationVariables>;
export const CreditAccountsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'CreditAccounts' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditAccountListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'creditAccounts' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'options' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'CreditAccountFields' },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CreditAccountFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditAccount' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'company' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'paymentTermsDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'graceDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sharedWithSubsidiaries' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'allowExceedLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'holdReason' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'availableCredit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'utilisation' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdueAmount' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditAccountsQuery, CreditAccountsQueryVariables>;
export const CreditAccountDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'CreditAccount' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'creditAccount' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CreditAccountFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CreditAccountFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditAccount' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'company' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'paymentTermsDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'graceDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sharedWithSubsidiaries' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'allowExceedLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'holdReason' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'availableCredit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'utilisation' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdueAmount' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditAccountQuery, CreditAccountQueryVariables>;
export const CreditAccountForCompanyDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'CreditAccountForCompany' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'companyId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'creditAccountForCompany' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'companyId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'companyId' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CreditAccountFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CreditAccountFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditAccount' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'company' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'paymentTermsDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'graceDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sharedWithSubsidiaries' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'allowExceedLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'holdReason' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'availableCredit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'utilisation' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdueAmount' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditAccountForCompanyQuery, CreditAccountForCompanyQueryVariables>;
export const CreditStatementDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'CreditStatement' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'accountId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: {
                        kind: 'NamedType',
                        name: { kind: 'Name', value: 'CreditLedgerEntryListOptions' },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'creditStatement' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'accountId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'accountId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'options' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'CreditLedgerEntryFields' },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CreditLedgerEntryFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditLedgerEntry' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'balanceAfter' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reversesEntryId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'settledAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'releasedAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'openAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unallocatedAmount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'allocations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'entryId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'excessAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createdBy' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditStatementQuery, CreditStatementQueryVariables>;
export const CreateCreditAccountDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreateCreditAccount' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'CreateCreditAccountInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createCreditAccount' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CreditAccountFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CreditAccountFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditAccount' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'company' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'paymentTermsDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'graceDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sharedWithSubsidiaries' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'allowExceedLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'holdReason' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'availableCredit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'utilisation' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdueAmount' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreateCreditAccountMutation, CreateCreditAccountMutationVariables>;
export const UpdateCreditAccountDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'UpdateCreditAccount' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'UpdateCreditAccountInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateCreditAccount' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CreditAccountFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CreditAccountFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditAccount' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'company' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'paymentTermsDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'graceDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sharedWithSubsidiaries' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'allowExceedLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'holdReason' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'availableCredit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'utilisation' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdueAmount' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<UpdateCreditAccountMutation, UpdateCreditAccountMutationVariables>;
export const DeleteCreditAccountDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'DeleteCreditAccount' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deleteCreditAccount' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'result' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<DeleteCreditAccountMutation, DeleteCreditAccountMutationVariables>;
export const RecordCreditPaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RecordCreditPayment' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'RecordCreditPaymentInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'recordCreditPayment' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CreditLedgerEntryFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CreditLedgerEntryFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditLedgerEntry' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'balanceAfter' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reversesEntryId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'settledAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'releasedAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'openAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unallocatedAmount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'allocations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'entryId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'excessAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createdBy' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RecordCreditPaymentMutation, RecordCreditPaymentMutationVariables>;
export const IssueCreditNoteDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'IssueCreditNote' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'RecordCreditPaymentInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'issueCreditNote' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CreditLedgerEntryFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CreditLedgerEntryFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditLedgerEntry' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'balanceAfter' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reversesEntryId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'settledAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'releasedAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'openAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unallocatedAmount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'allocations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'entryId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'excessAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createdBy' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<IssueCreditNoteMutation, IssueCreditNoteMutationVariables>;
export const AdjustCreditBalanceDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AdjustCreditBalance' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'AdjustCreditBalanceInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'adjustCreditBalance' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CreditLedgerEntryFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CreditLedgerEntryFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditLedgerEntry' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'balanceAfter' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reversesEntryId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'settledAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'releasedAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'openAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unallocatedAmount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'allocations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'entryId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'excessAmount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createdBy' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AdjustCreditBalanceMutation, AdjustCreditBalanceMutationVariables>;
export const PlaceCreditHoldDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'PlaceCreditHold' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'accountId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'placeCreditHold' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'accountId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'accountId' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CreditAccountFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CreditAccountFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditAccount' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'company' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'paymentTermsDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'graceDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sharedWithSubsidiaries' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'allowExceedLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'holdReason' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'availableCredit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'utilisation' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdueAmount' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PlaceCreditHoldMutation, PlaceCreditHoldMutationVariables>;
export const ReleaseCreditHoldDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'ReleaseCreditHold' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'accountId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'releaseCreditHold' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'accountId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'accountId' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CreditAccountFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CreditAccountFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditAccount' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'company' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'paymentTermsDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'graceDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sharedWithSubsidiaries' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'allowExceedLimit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'holdReason' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'availableCredit' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'utilisation' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdueAmount' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<ReleaseCreditHoldMutation, ReleaseCreditHoldMutationVariables>;
export const RunCreditOverdueCheckDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RunCreditOverdueCheck' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'runCreditOverdueCheck' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'accountsChecked' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'holdsPlaced' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'holdsReleased' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RunCreditOverdueCheckMutation, RunCreditOverdueCheckMutationVariables>;
export const CreditOrderPaymentsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'CreditOrderPayments' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'order' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'totalWithTax' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'payments' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'metadata' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditOrderPaymentsQuery, CreditOrderPaymentsQueryVariables>;
export const CreditSettlePaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreditSettlePayment' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'settlePayment' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Payment' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'ErrorResult' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditSettlePaymentMutation, CreditSettlePaymentMutationVariables>;
export const CreditCancelPaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreditCancelPayment' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cancelPayment' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Payment' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'ErrorResult' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditCancelPaymentMutation, CreditCancelPaymentMutationVariables>;
export const CreditCancelOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreditCancelOrder' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CancelOrderInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cancelOrder' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Order' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'ErrorResult' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditCancelOrderMutation, CreditCancelOrderMutationVariables>;
export const CreditRefundOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreditRefundOrder' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'RefundOrderInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'refundOrder' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Refund' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'ErrorResult' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditRefundOrderMutation, CreditRefundOrderMutationVariables>;
export const CreditOrdersByCodeDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'CreditOrdersByCode' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'orders' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'options' },
                                value: {
                                    kind: 'ObjectValue',
                                    fields: [
                                        {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'filter' },
                                            value: {
                                                kind: 'ObjectValue',
                                                fields: [
                                                    {
                                                        kind: 'ObjectField',
                                                        name: { kind: 'Name', value: 'code' },
                                                        value: {
                                                            kind: 'ObjectValue',
                                                            fields: [
                                                                {
                                                                    kind: 'ObjectField',
                                                                    name: { kind: 'Name', value: 'eq' },
                                                                    value: {
                                                                        kind: 'Variable',
                                                                        name: { kind: 'Name', value: 'code' },
                                                                    },
                                                                },
                                                            ],
                                                        },
                                                    },
                                                ],
                                            },
                                        },
                                    ],
                                },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditOrdersByCodeQuery, CreditOrdersByCodeQueryVariables>;
export const HardeningStatementDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'HardeningStatement' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'accountId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: {
                        kind: 'NamedType',
                        name: { kind: 'Name', value: 'CreditLedgerEntryListOptions' },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'creditStatement' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'accountId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'accountId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'options' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'accountId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'balanceAfter' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'reversesEntryId' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'releasedAmount' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'unallocatedAmount' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'excessAmount' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'orderCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'purchaseOrderNumber' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'openAmount' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'settledAmount' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<HardeningStatementQuery, HardeningStatementQueryVariables>;
export const HardeningOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'HardeningOrder' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'orders' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'options' },
                                value: {
                                    kind: 'ObjectValue',
                                    fields: [
                                        {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'filter' },
                                            value: {
                                                kind: 'ObjectValue',
                                                fields: [
                                                    {
                                                        kind: 'ObjectField',
                                                        name: { kind: 'Name', value: 'code' },
                                                        value: {
                                                            kind: 'ObjectValue',
                                                            fields: [
                                                                {
                                                                    kind: 'ObjectField',
                                                                    name: { kind: 'Name', value: 'eq' },
                                                                    value: {
                                                                        kind: 'Variable',
                                                                        name: { kind: 'Name', value: 'code' },
                                                                    },
                                                                },
                                                            ],
                                                        },
                                                    },
                                                ],
                                            },
                                        },
                                    ],
                                },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'creditCharge' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: {
                                                                kind: 'Name',
                                                                value: 'purchaseOrderNumber',
                                                            },
                                                        },
                                                    ],
                                                },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<HardeningOrderQuery, HardeningOrderQueryVariables>;
export const HardeningTaxRatesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'HardeningTaxRates' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'taxRates' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'options' },
                                value: {
                                    kind: 'ObjectValue',
                                    fields: [
                                        {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'take' },
                                            value: { kind: 'IntValue', value: '100' },
                                        },
                                    ],
                                },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'zone' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'id' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'name' },
                                                        },
                                                    ],
                                                },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'category' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'id' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'name' },
                                                        },
                                                    ],
                                                },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<HardeningTaxRatesQuery, HardeningTaxRatesQueryVariables>;
export const HardeningUpdateTaxRateDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'HardeningUpdateTaxRate' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateTaxRateInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateTaxRate' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<HardeningUpdateTaxRateMutation, HardeningUpdateTaxRateMutationVariables>;
export const HardeningUpdateChannelDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'HardeningUpdateChannel' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateChannelInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateChannel' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Channel' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'pricesIncludeTax' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'ErrorResult' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<HardeningUpdateChannelMutation, HardeningUpdateChannelMutationVariables>;
export const HardeningCreateAgreementDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'HardeningCreateAgreement' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'CreateDealerAgreementInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createDealerAgreement' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<HardeningCreateAgreementMutation, HardeningCreateAgreementMutationVariables>;
export const HardeningReindexDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'HardeningReindex' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reindex' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<HardeningReindexMutation, HardeningReindexMutationVariables>;
export const HardeningJobDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'HardeningJob' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'job' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'jobId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<HardeningJobQuery, HardeningJobQueryVariables>;
export const PriceListListDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'PriceListList' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'PriceListListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'priceLists' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'options' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PriceListListQuery, PriceListListQueryVariables>;
export const PriceListCountDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'PriceListCount' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'priceLists' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PriceListCountQuery, PriceListCountQueryVariables>;
export const PriceListDetailDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'PriceListDetail' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'priceList' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PriceListFields' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PriceListFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PriceList' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'tiers' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'companies' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'customerGroups' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'entryCount' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PriceListDetailQuery, PriceListDetailQueryVariables>;
export const PriceListEntriesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'PriceListEntries' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'priceListId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'PriceListEntryListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'priceListEntries' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'priceListId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'priceListId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'options' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'productVariantId' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'productVariant' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'sku' },
                                                        },
                                                    ],
                                                },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'minQuantity' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'percentOff' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PriceListEntriesQuery, PriceListEntriesQueryVariables>;
export const ExportPriceListCsvDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'ExportPriceListCsv' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'priceListId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'exportPriceListCsv' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'priceListId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'priceListId' } },
                            },
                        ],
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<ExportPriceListCsvQuery, ExportPriceListCsvQueryVariables>;
export const CreatePriceListDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreatePriceList' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePriceListInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createPriceList' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PriceListFields' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PriceListFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PriceList' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'tiers' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'companies' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'customerGroups' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'entryCount' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreatePriceListMutation, CreatePriceListMutationVariables>;
export const UpdatePriceListDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'UpdatePriceList' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePriceListInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updatePriceList' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PriceListFields' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PriceListFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PriceList' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'tiers' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'companies' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'customerGroups' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'entryCount' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<UpdatePriceListMutation, UpdatePriceListMutationVariables>;
export const DeletePriceListDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'DeletePriceList' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deletePriceList' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'result' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<DeletePriceListMutation, DeletePriceListMutationVariables>;
export const AssignPriceListTargetsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AssignPriceListTargets' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'PriceListTargetsInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assignPriceListTargets' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PriceListFields' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PriceListFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PriceList' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'tiers' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'companies' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'customerGroups' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'entryCount' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AssignPriceListTargetsMutation, AssignPriceListTargetsMutationVariables>;
export const UnassignPriceListTargetsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'UnassignPriceListTargets' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'PriceListTargetsInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'unassignPriceListTargets' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PriceListFields' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PriceListFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PriceList' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'tiers' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'companies' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'customerGroups' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'entryCount' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<UnassignPriceListTargetsMutation, UnassignPriceListTargetsMutationVariables>;
export const UpsertPriceListEntriesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'UpsertPriceListEntries' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'priceListId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'entries' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'ListType',
                            type: {
                                kind: 'NonNullType',
                                type: {
                                    kind: 'NamedType',
                                    name: { kind: 'Name', value: 'PriceListEntryInput' },
                                },
                            },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'upsertPriceListEntries' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'priceListId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'priceListId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'entries' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'entries' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'minQuantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'percentOff' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<UpsertPriceListEntriesMutation, UpsertPriceListEntriesMutationVariables>;
export const RemovePriceListEntriesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RemovePriceListEntries' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'priceListId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'ListType',
                            type: {
                                kind: 'NonNullType',
                                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                            },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'removePriceListEntries' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'priceListId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'priceListId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'ids' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'result' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RemovePriceListEntriesMutation, RemovePriceListEntriesMutationVariables>;
export const ImportPriceListCsvDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'ImportPriceListCsv' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'priceListId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'mode' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'PriceListImportMode' } },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'languageCode' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'LanguageCode' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'importPriceListCsv' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'priceListId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'priceListId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'csv' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'mode' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'mode' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'languageCode' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'languageCode' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'PriceListImportReport' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'accepted' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'rejected' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'line' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'sku' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'reason' },
                                                        },
                                                    ],
                                                },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'MalformedPriceListCsvError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<ImportPriceListCsvMutation, ImportPriceListCsvMutationVariables>;
export const PlCreateCustomerGroupDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'PlCreateCustomerGroup' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'CreateCustomerGroupInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createCustomerGroup' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PlCreateCustomerGroupMutation, PlCreateCustomerGroupMutationVariables>;
export const CompanyPriceListsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'CompanyPriceLists' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'company' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'priceLists' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CompanyPriceListsQuery, CompanyPriceListsQueryVariables>;
export const UploadPriceListCsvDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'UploadPriceListCsv' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'priceListId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'file' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'Upload' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'mode' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'PriceListImportMode' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'importPriceListCsv' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'priceListId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'priceListId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'file' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'file' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'mode' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'mode' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'PriceListImportReport' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'accepted' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'rejected' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'line' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'sku' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'reason' },
                                                        },
                                                    ],
                                                },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'MalformedPriceListCsvError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<UploadPriceListCsvMutation, UploadPriceListCsvMutationVariables>;
