import * as Types from '../../../../src/testing/graphql/schema-types-shop';

import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActiveCompanyQueryVariables = Types.Exact<{ [key: string]: never }>;

export type ActiveCompanyQuery = {
    __typename?: 'Query';
    activeCompany?: {
        __typename?: 'Company';
        id: string;
        code: string;
        name: string;
        tier?: string | null;
        myRole: Types.CompanyRole;
        members: Array<{
            __typename?: 'CompanyMember';
            customerId: string;
            emailAddress: string;
            role: Types.CompanyRole;
        }>;
    } | null;
};

export type InviteCompanyMemberMutationVariables = Types.Exact<{
    input: Types.InviteCompanyMemberInput;
}>;

export type InviteCompanyMemberMutation = {
    __typename?: 'Mutation';
    inviteCompanyMember:
        | {
              __typename?: 'CompanyMember';
              id: string;
              customerId: string;
              emailAddress: string;
              role: Types.CompanyRole;
          }
        | { __typename?: 'CustomerAlreadyInCompanyError'; errorCode: Types.ErrorCode; message: string };
};

export type ShopRemoveCompanyMemberMutationVariables = Types.Exact<{
    customerId: Types.Scalars['ID']['input'];
}>;

export type ShopRemoveCompanyMemberMutation = {
    __typename?: 'Mutation';
    removeCompanyMember: { __typename?: 'DeletionResponse'; result: Types.DeletionResult };
};

export type ActiveCompanyOrdersQueryVariables = Types.Exact<{ [key: string]: never }>;

export type ActiveCompanyOrdersQuery = {
    __typename?: 'Query';
    activeCompany?: {
        __typename?: 'Company';
        id: string;
        orders: {
            __typename?: 'OrderList';
            totalItems: number;
            items: Array<{
                __typename?: 'Order';
                code: string;
                state: string;
                customer?: { __typename?: 'Customer'; emailAddress: string } | null;
            }>;
        };
    } | null;
};

export type CompanyCheckoutAddMutationVariables = Types.Exact<{
    variantId: Types.Scalars['ID']['input'];
    quantity: Types.Scalars['Int']['input'];
}>;

export type CompanyCheckoutAddMutation = {
    __typename?: 'Mutation';
    addItemToOrder:
        | { __typename?: 'InsufficientStockError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'NegativeQuantityError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'Order'; id: string; code: string }
        | { __typename?: 'OrderInterceptorError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'OrderLimitError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string };
};

export type CompanyCheckoutAddressMutationVariables = Types.Exact<{
    input: Types.CreateAddressInput;
}>;

export type CompanyCheckoutAddressMutation = {
    __typename?: 'Mutation';
    setOrderShippingAddress:
        | { __typename?: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'Order'; id: string };
};

export type CompanyCheckoutShippingMethodsQueryVariables = Types.Exact<{ [key: string]: never }>;

export type CompanyCheckoutShippingMethodsQuery = {
    __typename?: 'Query';
    eligibleShippingMethods: Array<{ __typename?: 'ShippingMethodQuote'; id: string }>;
};

export type CompanyCheckoutShippingMutationVariables = Types.Exact<{
    id: Array<Types.Scalars['ID']['input']> | Types.Scalars['ID']['input'];
}>;

export type CompanyCheckoutShippingMutation = {
    __typename?: 'Mutation';
    setOrderShippingMethod:
        | { __typename?: 'IneligibleShippingMethodError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'Order'; id: string }
        | { __typename?: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string };
};

export type CompanyCheckoutToPaymentMutationVariables = Types.Exact<{ [key: string]: never }>;

export type CompanyCheckoutToPaymentMutation = {
    __typename?: 'Mutation';
    transitionOrderToState?:
        | { __typename?: 'Order'; id: string; state: string }
        | { __typename?: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | null;
};

export type CompanyCheckoutPayMutationVariables = Types.Exact<{ [key: string]: never }>;

export type CompanyCheckoutPayMutation = {
    __typename?: 'Mutation';
    addPaymentToOrder:
        | { __typename?: 'CouponRemovedDuringCheckoutError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'IneligiblePaymentMethodError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'Order'; code: string; state: string }
        | { __typename?: 'OrderPaymentStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'PaymentDeclinedError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'PaymentFailedError'; errorCode: Types.ErrorCode; message: string };
};

export type CreditCheckoutOrderFragment = {
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
        errorMessage?: string | null;
    }> | null;
};

export type CreditAddToCartMutationVariables = Types.Exact<{
    variantId: Types.Scalars['ID']['input'];
    quantity: Types.Scalars['Int']['input'];
}>;

export type CreditAddToCartMutation = {
    __typename?: 'Mutation';
    addItemToOrder:
        | { __typename?: 'InsufficientStockError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'NegativeQuantityError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'Order'; id: string; code: string; totalWithTax: number }
        | { __typename?: 'OrderInterceptorError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'OrderLimitError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string };
};

export type CreditPrepareCheckoutMutationVariables = Types.Exact<{
    address: Types.CreateAddressInput;
    shippingMethodId: Array<Types.Scalars['ID']['input']> | Types.Scalars['ID']['input'];
}>;

export type CreditPrepareCheckoutMutation = {
    __typename?: 'Mutation';
    setOrderShippingAddress:
        | { __typename?: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'Order'; id: string };
    setOrderShippingMethod:
        | { __typename?: 'IneligibleShippingMethodError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'Order'; id: string; totalWithTax: number }
        | { __typename?: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string };
};

export type CreditTransitionToArrangingPaymentMutationVariables = Types.Exact<{ [key: string]: never }>;

export type CreditTransitionToArrangingPaymentMutation = {
    __typename?: 'Mutation';
    transitionOrderToState?:
        | { __typename?: 'Order'; id: string; state: string }
        | { __typename?: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | null;
};

export type CreditEligiblePaymentMethodsQueryVariables = Types.Exact<{ [key: string]: never }>;

export type CreditEligiblePaymentMethodsQuery = {
    __typename?: 'Query';
    eligiblePaymentMethods: Array<{
        __typename?: 'PaymentMethodQuote';
        code: string;
        isEligible: boolean;
        eligibilityMessage?: string | null;
    }>;
};

export type CreditActiveOrderQueryVariables = Types.Exact<{ [key: string]: never }>;

export type CreditActiveOrderQuery = {
    __typename?: 'Query';
    activeOrder?: {
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
            errorMessage?: string | null;
        }> | null;
    } | null;
};

export type PlaceOrderOnAccountMutationVariables = Types.Exact<{
    input?: Types.InputMaybe<Types.PlaceOrderOnAccountInput>;
}>;

export type PlaceOrderOnAccountMutation = {
    __typename?: 'Mutation';
    placeOrderOnAccount:
        | {
              __typename: 'CompanyRoleNotPermittedError';
              role: string;
              errorCode: Types.ErrorCode;
              message: string;
          }
        | { __typename: 'CouponRemovedDuringCheckoutError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'CreditCurrencyMismatchError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'CreditHoldError'; holdReason: string; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'CreditLimitExceededError';
              availableCredit: number;
              orderTotal: number;
              currencyCode: Types.CurrencyCode;
              errorCode: Types.ErrorCode;
              message: string;
          }
        | { __typename: 'IneligiblePaymentMethodError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'NoCreditAccountError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'Order';
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
                  errorMessage?: string | null;
              }> | null;
          }
        | { __typename: 'OrderPaymentStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'PaymentDeclinedError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'PaymentFailedError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'PurchaseOrderNumberRequiredError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'PurchaseOrderNumberTooLongError'; errorCode: Types.ErrorCode; message: string };
};

export type CreditAddPaymentToOrderMutationVariables = Types.Exact<{
    method: Types.Scalars['String']['input'];
}>;

export type CreditAddPaymentToOrderMutation = {
    __typename?: 'Mutation';
    addPaymentToOrder:
        | { __typename: 'CouponRemovedDuringCheckoutError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'IneligiblePaymentMethodError';
              eligibilityCheckerMessage?: string | null;
              errorCode: Types.ErrorCode;
              message: string;
          }
        | { __typename: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'Order';
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
                  errorMessage?: string | null;
              }> | null;
          }
        | { __typename: 'OrderPaymentStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'PaymentDeclinedError';
              paymentErrorMessage: string;
              errorCode: Types.ErrorCode;
              message: string;
          }
        | { __typename: 'PaymentFailedError'; errorCode: Types.ErrorCode; message: string };
};

export type ActiveCompanyCreditQueryVariables = Types.Exact<{ [key: string]: never }>;

export type ActiveCompanyCreditQuery = {
    __typename?: 'Query';
    activeCompanyCredit?: {
        __typename?: 'CompanyCreditSummary';
        creditLimit: number;
        balance: number;
        availableCredit: number;
        currencyCode: Types.CurrencyCode;
        status: Types.CreditAccountStatus;
        holdReason?: string | null;
        paymentTermsDays: number;
        graceDays: number;
        overdueAmount: number;
        sharedFromParent: boolean;
        canOrderOnAccount: boolean;
    } | null;
};

export type ActiveCompanyCreditStatementQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.CreditLedgerEntryListOptions>;
}>;

export type ActiveCompanyCreditStatementQuery = {
    __typename?: 'Query';
    activeCompanyCreditStatement: {
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
            reference?: string | null;
            dueDate?: string | null;
            openAmount: number;
            overdue: boolean;
        }>;
    };
};

type HardeningPrice_PriceRange_Fragment = { __typename?: 'PriceRange'; min: number; max: number };

type HardeningPrice_SinglePrice_Fragment = { __typename?: 'SinglePrice'; value: number };

export type HardeningPriceFragment = HardeningPrice_PriceRange_Fragment | HardeningPrice_SinglePrice_Fragment;

export type HardeningSearchQueryVariables = Types.Exact<{
    input: Types.SearchInput;
}>;

export type HardeningSearchQuery = {
    __typename?: 'Query';
    search: {
        __typename?: 'SearchResponse';
        totalItems: number;
        items: Array<{
            __typename?: 'SearchResult';
            productId: string;
            productVariantId: string;
            sku: string;
            price:
                | { __typename?: 'PriceRange'; min: number; max: number }
                | { __typename?: 'SinglePrice'; value: number };
            priceWithTax:
                | { __typename?: 'PriceRange'; min: number; max: number }
                | { __typename?: 'SinglePrice'; value: number };
        }>;
    };
};

export type HardeningProductQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type HardeningProductQuery = {
    __typename?: 'Query';
    product?: {
        __typename?: 'Product';
        id: string;
        variants: Array<{
            __typename?: 'ProductVariant';
            id: string;
            sku: string;
            price: number;
            priceWithTax: number;
        }>;
    } | null;
};

export type HardeningActiveOrderQueryVariables = Types.Exact<{ [key: string]: never }>;

export type HardeningActiveOrderQuery = {
    __typename?: 'Query';
    activeOrder?: {
        __typename?: 'Order';
        id: string;
        code: string;
        state: string;
        creditCharge?: { __typename?: 'OrderCreditCharge'; purchaseOrderNumber?: string | null } | null;
        lines: Array<{
            __typename?: 'OrderLine';
            unitPrice: number;
            unitPriceWithTax: number;
            productVariant: { __typename?: 'ProductVariant'; id: string };
        }>;
    } | null;
};

export type HardeningOrderByCodeQueryVariables = Types.Exact<{
    code: Types.Scalars['String']['input'];
}>;

export type HardeningOrderByCodeQuery = {
    __typename?: 'Query';
    orderByCode?: {
        __typename?: 'Order';
        id: string;
        code: string;
        creditCharge?: { __typename?: 'OrderCreditCharge'; purchaseOrderNumber?: string | null } | null;
    } | null;
};

export type HardeningSetCustomerMutationVariables = Types.Exact<{
    input: Types.CreateCustomerInput;
}>;

export type HardeningSetCustomerMutation = {
    __typename?: 'Mutation';
    setCustomerForOrder:
        | { __typename?: 'AlreadyLoggedInError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'EmailAddressConflictError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'GuestCheckoutError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'Order'; id: string };
};

export type HardeningPlaceOnAccountMutationVariables = Types.Exact<{
    input?: Types.InputMaybe<Types.PlaceOrderOnAccountInput>;
}>;

export type HardeningPlaceOnAccountMutation = {
    __typename?: 'Mutation';
    placeOrderOnAccount:
        | { __typename: 'CompanyRoleNotPermittedError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'CouponRemovedDuringCheckoutError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'CreditCurrencyMismatchError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'CreditHoldError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'CreditLimitExceededError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'IneligiblePaymentMethodError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'NoCreditAccountError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'Order';
              code: string;
              state: string;
              creditCharge?: { __typename?: 'OrderCreditCharge'; purchaseOrderNumber?: string | null } | null;
          }
        | { __typename: 'OrderPaymentStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'PaymentDeclinedError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'PaymentFailedError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'PurchaseOrderNumberRequiredError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'PurchaseOrderNumberTooLongError';
              errorCode: Types.ErrorCode;
              message: string;
              maxLength: number;
          };
};

export type HardeningAddPaymentMutationVariables = Types.Exact<{
    input: Types.PaymentInput;
}>;

export type HardeningAddPaymentMutation = {
    __typename?: 'Mutation';
    addPaymentToOrder:
        | { __typename: 'CouponRemovedDuringCheckoutError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'IneligiblePaymentMethodError';
              errorCode: Types.ErrorCode;
              message: string;
              eligibilityCheckerMessage?: string | null;
          }
        | { __typename: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'Order';
              code: string;
              state: string;
              creditCharge?: {
                  __typename?: 'OrderCreditCharge';
                  purchaseOrderNumber?: string | null;
                  amount: number;
                  openAmount: number;
              } | null;
          }
        | { __typename: 'OrderPaymentStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'PaymentDeclinedError';
              errorCode: Types.ErrorCode;
              message: string;
              paymentErrorMessage: string;
          }
        | { __typename: 'PaymentFailedError'; errorCode: Types.ErrorCode; message: string };
};

export type HardeningCompanyCreditQueryVariables = Types.Exact<{ [key: string]: never }>;

export type HardeningCompanyCreditQuery = {
    __typename?: 'Query';
    activeCompanyCredit?: {
        __typename?: 'CompanyCreditSummary';
        creditLimit: number;
        availableCredit: number;
        purchaseOrderNumberRequired: boolean;
    } | null;
};

export type HardeningShopStatementQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.CreditLedgerEntryListOptions>;
}>;

export type HardeningShopStatementQuery = {
    __typename?: 'Query';
    activeCompanyCreditStatement: {
        __typename?: 'CreditLedgerEntryList';
        totalItems: number;
        items: Array<{
            __typename?: 'CreditLedgerEntry';
            sequence: number;
            orderCode?: string | null;
            purchaseOrderNumber?: string | null;
            openAmount: number;
            overdue: boolean;
        }>;
    };
};

export type DealerCartFragment = {
    __typename?: 'Order';
    id: string;
    code: string;
    totalQuantity: number;
    lines: Array<{
        __typename?: 'OrderLine';
        id: string;
        quantity: number;
        unitPrice: number;
        unitPriceWithTax: number;
        productVariant: { __typename?: 'ProductVariant'; id: string; sku: string };
    }>;
};

export type DealerAddToCartMutationVariables = Types.Exact<{
    variantId: Types.Scalars['ID']['input'];
    quantity: Types.Scalars['Int']['input'];
}>;

export type DealerAddToCartMutation = {
    __typename?: 'Mutation';
    addItemToOrder:
        | { __typename?: 'InsufficientStockError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'NegativeQuantityError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename?: 'Order';
              id: string;
              code: string;
              totalQuantity: number;
              lines: Array<{
                  __typename?: 'OrderLine';
                  id: string;
                  quantity: number;
                  unitPrice: number;
                  unitPriceWithTax: number;
                  productVariant: { __typename?: 'ProductVariant'; id: string; sku: string };
              }>;
          }
        | { __typename?: 'OrderInterceptorError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'OrderLimitError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string };
};

export type DealerAdjustLineMutationVariables = Types.Exact<{
    lineId: Types.Scalars['ID']['input'];
    quantity: Types.Scalars['Int']['input'];
}>;

export type DealerAdjustLineMutation = {
    __typename?: 'Mutation';
    adjustOrderLine:
        | { __typename?: 'InsufficientStockError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'NegativeQuantityError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename?: 'Order';
              id: string;
              code: string;
              totalQuantity: number;
              lines: Array<{
                  __typename?: 'OrderLine';
                  id: string;
                  quantity: number;
                  unitPrice: number;
                  unitPriceWithTax: number;
                  productVariant: { __typename?: 'ProductVariant'; id: string; sku: string };
              }>;
          }
        | { __typename?: 'OrderInterceptorError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'OrderLimitError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string };
};

export type DealerEmptyCartMutationVariables = Types.Exact<{ [key: string]: never }>;

export type DealerEmptyCartMutation = {
    __typename?: 'Mutation';
    removeAllOrderLines:
        | { __typename?: 'Order'; id: string }
        | { __typename?: 'OrderInterceptorError'; errorCode: Types.ErrorCode }
        | { __typename?: 'OrderModificationError'; errorCode: Types.ErrorCode };
};

export type DealerVariantPricesQueryVariables = Types.Exact<{
    productId: Types.Scalars['ID']['input'];
}>;

export type DealerVariantPricesQuery = {
    __typename?: 'Query';
    product?: {
        __typename?: 'Product';
        id: string;
        variants: Array<{
            __typename?: 'ProductVariant';
            id: string;
            sku: string;
            price: number;
            priceWithTax: number;
            dealerPrices: Array<{
                __typename?: 'QuantityBreak';
                minQuantity: number;
                price: number;
                priceWithTax: number;
            }>;
        }>;
    } | null;
};

export const CreditCheckoutOrderFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CreditCheckoutOrder' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditCheckoutOrderFragment, unknown>;
export const HardeningPriceFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'HardeningPrice' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SearchResultPrice' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SinglePrice' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'value' } }],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PriceRange' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<HardeningPriceFragment, unknown>;
export const DealerCartFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'DealerCart' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalQuantity' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'unitPriceWithTax' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'productVariant' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
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
} as unknown as DocumentNode<DealerCartFragment, unknown>;
export const ActiveCompanyDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'ActiveCompany' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'activeCompany' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'myRole' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'members' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'customerId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'emailAddress' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
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
} as unknown as DocumentNode<ActiveCompanyQuery, ActiveCompanyQueryVariables>;
export const InviteCompanyMemberDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'InviteCompanyMember' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'InviteCompanyMemberInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'inviteCompanyMember' },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'emailAddress' } },
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
} as unknown as DocumentNode<InviteCompanyMemberMutation, InviteCompanyMemberMutationVariables>;
export const ShopRemoveCompanyMemberDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'ShopRemoveCompanyMember' },
            variableDefinitions: [
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
} as unknown as DocumentNode<ShopRemoveCompanyMemberMutation, ShopRemoveCompanyMemberMutationVariables>;
export const ActiveCompanyOrdersDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'ActiveCompanyOrders' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'activeCompany' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
                                                        name: { kind: 'Name', value: 'sort' },
                                                        value: {
                                                            kind: 'ObjectValue',
                                                            fields: [
                                                                {
                                                                    kind: 'ObjectField',
                                                                    name: { kind: 'Name', value: 'id' },
                                                                    value: {
                                                                        kind: 'EnumValue',
                                                                        value: 'ASC',
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'items' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'code' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'state' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'customer' },
                                                            selectionSet: {
                                                                kind: 'SelectionSet',
                                                                selections: [
                                                                    {
                                                                        kind: 'Field',
                                                                        name: {
                                                                            kind: 'Name',
                                                                            value: 'emailAddress',
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
            },
        },
    ],
} as unknown as DocumentNode<ActiveCompanyOrdersQuery, ActiveCompanyOrdersQueryVariables>;
export const CompanyCheckoutAddDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CompanyCheckoutAdd' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'variantId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'addItemToOrder' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'productVariantId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'variantId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'quantity' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
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
} as unknown as DocumentNode<CompanyCheckoutAddMutation, CompanyCheckoutAddMutationVariables>;
export const CompanyCheckoutAddressDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CompanyCheckoutAddress' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateAddressInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'setOrderShippingAddress' },
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
} as unknown as DocumentNode<CompanyCheckoutAddressMutation, CompanyCheckoutAddressMutationVariables>;
export const CompanyCheckoutShippingMethodsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'CompanyCheckoutShippingMethods' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'eligibleShippingMethods' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<
    CompanyCheckoutShippingMethodsQuery,
    CompanyCheckoutShippingMethodsQueryVariables
>;
export const CompanyCheckoutShippingDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CompanyCheckoutShipping' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
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
                        name: { kind: 'Name', value: 'setOrderShippingMethod' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'shippingMethodId' },
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
                                        name: { kind: 'Name', value: 'Order' },
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
} as unknown as DocumentNode<CompanyCheckoutShippingMutation, CompanyCheckoutShippingMutationVariables>;
export const CompanyCheckoutToPaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CompanyCheckoutToPayment' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'transitionOrderToState' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'state' },
                                value: { kind: 'StringValue', value: 'ArrangingPayment', block: false },
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
} as unknown as DocumentNode<CompanyCheckoutToPaymentMutation, CompanyCheckoutToPaymentMutationVariables>;
export const CompanyCheckoutPayDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CompanyCheckoutPay' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'addPaymentToOrder' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: {
                                    kind: 'ObjectValue',
                                    fields: [
                                        {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'method' },
                                            value: {
                                                kind: 'StringValue',
                                                value: 'standard-payment',
                                                block: false,
                                            },
                                        },
                                        {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'metadata' },
                                            value: { kind: 'ObjectValue', fields: [] },
                                        },
                                    ],
                                },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
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
} as unknown as DocumentNode<CompanyCheckoutPayMutation, CompanyCheckoutPayMutationVariables>;
export const CreditAddToCartDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreditAddToCart' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'variantId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'addItemToOrder' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'productVariantId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'variantId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'quantity' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'totalWithTax' } },
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
} as unknown as DocumentNode<CreditAddToCartMutation, CreditAddToCartMutationVariables>;
export const CreditPrepareCheckoutDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreditPrepareCheckout' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'address' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateAddressInput' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'shippingMethodId' } },
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
                        name: { kind: 'Name', value: 'setOrderShippingAddress' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'address' } },
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
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'setOrderShippingMethod' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'shippingMethodId' },
                                value: {
                                    kind: 'Variable',
                                    name: { kind: 'Name', value: 'shippingMethodId' },
                                },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'totalWithTax' } },
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
} as unknown as DocumentNode<CreditPrepareCheckoutMutation, CreditPrepareCheckoutMutationVariables>;
export const CreditTransitionToArrangingPaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreditTransitionToArrangingPayment' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'transitionOrderToState' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'state' },
                                value: { kind: 'StringValue', value: 'ArrangingPayment', block: false },
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
} as unknown as DocumentNode<
    CreditTransitionToArrangingPaymentMutation,
    CreditTransitionToArrangingPaymentMutationVariables
>;
export const CreditEligiblePaymentMethodsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'CreditEligiblePaymentMethods' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'eligiblePaymentMethods' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'isEligible' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'eligibilityMessage' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditEligiblePaymentMethodsQuery, CreditEligiblePaymentMethodsQueryVariables>;
export const CreditActiveOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'CreditActiveOrder' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'activeOrder' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CreditCheckoutOrder' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CreditCheckoutOrder' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditActiveOrderQuery, CreditActiveOrderQueryVariables>;
export const PlaceOrderOnAccountDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'PlaceOrderOnAccount' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlaceOrderOnAccountInput' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'placeOrderOnAccount' },
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
                                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Order' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'CreditCheckoutOrder' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'CreditLimitExceededError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'availableCredit' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'orderTotal' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'CreditHoldError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'holdReason' } },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'CompanyRoleNotPermittedError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
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
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'CreditCheckoutOrder' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PlaceOrderOnAccountMutation, PlaceOrderOnAccountMutationVariables>;
export const CreditAddPaymentToOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreditAddPaymentToOrder' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'method' } },
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
                        name: { kind: 'Name', value: 'addPaymentToOrder' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: {
                                    kind: 'ObjectValue',
                                    fields: [
                                        {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'method' },
                                            value: {
                                                kind: 'Variable',
                                                name: { kind: 'Name', value: 'method' },
                                            },
                                        },
                                        {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'metadata' },
                                            value: { kind: 'ObjectValue', fields: [] },
                                        },
                                    ],
                                },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Order' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'CreditCheckoutOrder' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'IneligiblePaymentMethodError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'eligibilityCheckerMessage' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'PaymentDeclinedError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'paymentErrorMessage' },
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
            name: { kind: 'Name', value: 'CreditCheckoutOrder' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreditAddPaymentToOrderMutation, CreditAddPaymentToOrderMutationVariables>;
export const ActiveCompanyCreditDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'ActiveCompanyCredit' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'activeCompanyCredit' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'availableCredit' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'holdReason' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'paymentTermsDays' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'graceDays' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'overdueAmount' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sharedFromParent' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'canOrderOnAccount' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<ActiveCompanyCreditQuery, ActiveCompanyCreditQueryVariables>;
export const ActiveCompanyCreditStatementDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'ActiveCompanyCreditStatement' },
            variableDefinitions: [
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
                        name: { kind: 'Name', value: 'activeCompanyCreditStatement' },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'balanceAfter' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'orderCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'openAmount' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
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
} as unknown as DocumentNode<ActiveCompanyCreditStatementQuery, ActiveCompanyCreditStatementQueryVariables>;
export const HardeningSearchDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'HardeningSearch' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'SearchInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'search' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'productVariantId' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'price' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'FragmentSpread',
                                                            name: { kind: 'Name', value: 'HardeningPrice' },
                                                        },
                                                    ],
                                                },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'priceWithTax' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'FragmentSpread',
                                                            name: { kind: 'Name', value: 'HardeningPrice' },
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
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'HardeningPrice' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SearchResultPrice' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SinglePrice' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'value' } }],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PriceRange' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<HardeningSearchQuery, HardeningSearchQueryVariables>;
export const HardeningProductDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'HardeningProduct' },
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
                        name: { kind: 'Name', value: 'product' },
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
                                    name: { kind: 'Name', value: 'variants' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'priceWithTax' } },
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
} as unknown as DocumentNode<HardeningProductQuery, HardeningProductQueryVariables>;
export const HardeningActiveOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'HardeningActiveOrder' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'activeOrder' },
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
                                                name: { kind: 'Name', value: 'purchaseOrderNumber' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'lines' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'unitPriceWithTax' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'productVariant' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'id' },
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
} as unknown as DocumentNode<HardeningActiveOrderQuery, HardeningActiveOrderQueryVariables>;
export const HardeningOrderByCodeDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'HardeningOrderByCode' },
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
                        name: { kind: 'Name', value: 'orderByCode' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'code' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'creditCharge' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'purchaseOrderNumber' },
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
} as unknown as DocumentNode<HardeningOrderByCodeQuery, HardeningOrderByCodeQueryVariables>;
export const HardeningSetCustomerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'HardeningSetCustomer' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateCustomerInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'setCustomerForOrder' },
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
} as unknown as DocumentNode<HardeningSetCustomerMutation, HardeningSetCustomerMutationVariables>;
export const HardeningPlaceOnAccountDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'HardeningPlaceOnAccount' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlaceOrderOnAccountInput' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'placeOrderOnAccount' },
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
                                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Order' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
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
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'PurchaseOrderNumberTooLongError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'maxLength' } },
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
} as unknown as DocumentNode<HardeningPlaceOnAccountMutation, HardeningPlaceOnAccountMutationVariables>;
export const HardeningAddPaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'HardeningAddPayment' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'PaymentInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'addPaymentToOrder' },
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
                                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Order' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
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
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'amount' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'openAmount' },
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
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'IneligiblePaymentMethodError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'eligibilityCheckerMessage' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'PaymentDeclinedError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'paymentErrorMessage' },
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
} as unknown as DocumentNode<HardeningAddPaymentMutation, HardeningAddPaymentMutationVariables>;
export const HardeningCompanyCreditDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'HardeningCompanyCredit' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'activeCompanyCredit' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'availableCredit' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'purchaseOrderNumberRequired' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<HardeningCompanyCreditQuery, HardeningCompanyCreditQueryVariables>;
export const HardeningShopStatementDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'HardeningShopStatement' },
            variableDefinitions: [
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
                        name: { kind: 'Name', value: 'activeCompanyCreditStatement' },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'orderCode' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'purchaseOrderNumber' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'openAmount' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
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
} as unknown as DocumentNode<HardeningShopStatementQuery, HardeningShopStatementQueryVariables>;
export const DealerAddToCartDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'DealerAddToCart' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'variantId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'addItemToOrder' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'productVariantId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'variantId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'quantity' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DealerCart' } },
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
            name: { kind: 'Name', value: 'DealerCart' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalQuantity' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'unitPriceWithTax' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'productVariant' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
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
} as unknown as DocumentNode<DealerAddToCartMutation, DealerAddToCartMutationVariables>;
export const DealerAdjustLineDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'DealerAdjustLine' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'lineId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'adjustOrderLine' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'orderLineId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'lineId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'quantity' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DealerCart' } },
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
            name: { kind: 'Name', value: 'DealerCart' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalQuantity' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'unitPriceWithTax' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'productVariant' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
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
} as unknown as DocumentNode<DealerAdjustLineMutation, DealerAdjustLineMutationVariables>;
export const DealerEmptyCartDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'DealerEmptyCart' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'removeAllOrderLines' },
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
} as unknown as DocumentNode<DealerEmptyCartMutation, DealerEmptyCartMutationVariables>;
export const DealerVariantPricesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'DealerVariantPrices' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
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
                        name: { kind: 'Name', value: 'product' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'productId' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'variants' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'priceWithTax' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'dealerPrices' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'minQuantity' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'price' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'priceWithTax' },
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
} as unknown as DocumentNode<DealerVariantPricesQuery, DealerVariantPricesQueryVariables>;
