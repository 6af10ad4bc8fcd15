import * as Types from '../../src/testing/graphql/schema-types-shop';

import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type BurstOrderFragment = {
    __typename?: 'Order';
    id: string;
    code: string;
    state: string;
    totalWithTax: number;
};

export type BurstAddToCartMutationVariables = Types.Exact<{
    variantId: Types.Scalars['ID']['input'];
    quantity: Types.Scalars['Int']['input'];
}>;

export type BurstAddToCartMutation = {
    __typename?: 'Mutation';
    addItemToOrder:
        | { __typename?: 'InsufficientStockError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'NegativeQuantityError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'Order'; id: string; code: string; state: string; totalWithTax: number }
        | { __typename?: 'OrderInterceptorError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'OrderLimitError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string };
};

export type BurstSetCustomerMutationVariables = Types.Exact<{
    input: Types.CreateCustomerInput;
}>;

export type BurstSetCustomerMutation = {
    __typename?: 'Mutation';
    setCustomerForOrder:
        | { __typename?: 'AlreadyLoggedInError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'EmailAddressConflictError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'GuestCheckoutError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'Order'; id: string; code: string; state: string; totalWithTax: number };
};

export type BurstSetAddressAndShippingMutationVariables = Types.Exact<{
    address: Types.CreateAddressInput;
    shippingMethodId: Array<Types.Scalars['ID']['input']> | Types.Scalars['ID']['input'];
}>;

export type BurstSetAddressAndShippingMutation = {
    __typename?: 'Mutation';
    setOrderShippingAddress:
        | { __typename?: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'Order'; id: string; code: string; state: string; totalWithTax: number };
    setOrderShippingMethod:
        | { __typename?: 'IneligibleShippingMethodError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'Order'; id: string; code: string; state: string; totalWithTax: number }
        | { __typename?: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string };
};

export type BurstShippingMethodsQueryVariables = Types.Exact<{ [key: string]: never }>;

export type BurstShippingMethodsQuery = {
    __typename?: 'Query';
    eligibleShippingMethods: Array<{ __typename?: 'ShippingMethodQuote'; id: string; code: string }>;
};

export type BurstTransitionToArrangingPaymentMutationVariables = Types.Exact<{ [key: string]: never }>;

export type BurstTransitionToArrangingPaymentMutation = {
    __typename?: 'Mutation';
    transitionOrderToState?:
        | { __typename?: 'Order'; id: string; code: string; state: string; totalWithTax: number }
        | {
              __typename?: 'OrderStateTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              transitionError: string;
          }
        | null;
};

export type BurstAddPaymentMutationVariables = Types.Exact<{
    method: Types.Scalars['String']['input'];
}>;

export type BurstAddPaymentMutation = {
    __typename?: 'Mutation';
    addPaymentToOrder:
        | { __typename?: 'CouponRemovedDuringCheckoutError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'IneligiblePaymentMethodError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'Order'; id: string; code: string; state: string; totalWithTax: number }
        | { __typename?: 'OrderPaymentStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'PaymentDeclinedError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'PaymentFailedError'; errorCode: Types.ErrorCode; message: string };
};

export type BurstPlaceOrderOnAccountMutationVariables = Types.Exact<{ [key: string]: never }>;

export type BurstPlaceOrderOnAccountMutation = {
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
        | { __typename: 'Order'; id: string; code: string; state: string; totalWithTax: number }
        | { __typename: 'OrderPaymentStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'PaymentDeclinedError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'PaymentFailedError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'PurchaseOrderNumberRequiredError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'PurchaseOrderNumberTooLongError'; errorCode: Types.ErrorCode; message: string };
};

export type BurstActiveOrderStateQueryVariables = Types.Exact<{ [key: string]: never }>;

export type BurstActiveOrderStateQuery = {
    __typename?: 'Query';
    activeOrder?: { __typename?: 'Order'; id: string; code: string; state: string } | null;
};

export type PlatformShopProductsQueryVariables = Types.Exact<{ [key: string]: never }>;

export type PlatformShopProductsQuery = {
    __typename?: 'Query';
    products: { __typename?: 'ProductList'; totalItems: number };
};

export type PlatformActiveCustomerQueryVariables = Types.Exact<{ [key: string]: never }>;

export type PlatformActiveCustomerQuery = {
    __typename?: 'Query';
    activeCustomer?: { __typename?: 'Customer'; id: string; emailAddress: string } | null;
};

export type PlatformAddToCartMutationVariables = Types.Exact<{
    variantId: Types.Scalars['ID']['input'];
    quantity: Types.Scalars['Int']['input'];
}>;

export type PlatformAddToCartMutation = {
    __typename?: 'Mutation';
    addItemToOrder:
        | { __typename?: 'InsufficientStockError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'NegativeQuantityError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename?: 'Order';
              code: string;
              totalQuantity: number;
              lines: Array<{ __typename?: 'OrderLine'; unitPriceWithTax: number; quantity: number }>;
          }
        | { __typename?: 'OrderInterceptorError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'OrderLimitError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string };
};

export const BurstOrderFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'BurstOrder' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalWithTax' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<BurstOrderFragment, unknown>;
export const BurstAddToCartDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'BurstAddToCart' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BurstOrder' } },
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
            name: { kind: 'Name', value: 'BurstOrder' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalWithTax' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<BurstAddToCartMutation, BurstAddToCartMutationVariables>;
export const BurstSetCustomerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'BurstSetCustomer' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BurstOrder' } },
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
            name: { kind: 'Name', value: 'BurstOrder' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalWithTax' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<BurstSetCustomerMutation, BurstSetCustomerMutationVariables>;
export const BurstSetAddressAndShippingDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'BurstSetAddressAndShipping' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BurstOrder' } },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BurstOrder' } },
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
            name: { kind: 'Name', value: 'BurstOrder' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalWithTax' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<BurstSetAddressAndShippingMutation, BurstSetAddressAndShippingMutationVariables>;
export const BurstShippingMethodsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'BurstShippingMethods' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'eligibleShippingMethods' },
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
} as unknown as DocumentNode<BurstShippingMethodsQuery, BurstShippingMethodsQueryVariables>;
export const BurstTransitionToArrangingPaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'BurstTransitionToArrangingPayment' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BurstOrder' } },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'OrderStateTransitionError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'transitionError' },
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
            name: { kind: 'Name', value: 'BurstOrder' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalWithTax' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<
    BurstTransitionToArrangingPaymentMutation,
    BurstTransitionToArrangingPaymentMutationVariables
>;
export const BurstAddPaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'BurstAddPayment' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BurstOrder' } },
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
            name: { kind: 'Name', value: 'BurstOrder' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalWithTax' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<BurstAddPaymentMutation, BurstAddPaymentMutationVariables>;
export const BurstPlaceOrderOnAccountDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'BurstPlaceOrderOnAccount' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'placeOrderOnAccount' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BurstOrder' } },
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
            name: { kind: 'Name', value: 'BurstOrder' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalWithTax' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<BurstPlaceOrderOnAccountMutation, BurstPlaceOrderOnAccountMutationVariables>;
export const BurstActiveOrderStateDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'BurstActiveOrderState' },
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
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<BurstActiveOrderStateQuery, BurstActiveOrderStateQueryVariables>;
export const PlatformShopProductsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'PlatformShopProducts' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'products' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PlatformShopProductsQuery, PlatformShopProductsQueryVariables>;
export const PlatformActiveCustomerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'PlatformActiveCustomer' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'activeCustomer' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'emailAddress' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PlatformActiveCustomerQuery, PlatformActiveCustomerQueryVariables>;
export const PlatformAddToCartDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'PlatformAddToCart' },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'totalQuantity' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'lines' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'unitPriceWithTax' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'quantity' },
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
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PlatformAddToCartMutation, PlatformAddToCartMutationVariables>;
