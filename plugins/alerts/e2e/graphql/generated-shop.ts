import * as Types from '../../../../src/testing/graphql/schema-types-shop';

import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AlAddItemMutationVariables = Types.Exact<{
    variantId: Types.Scalars['ID']['input'];
    quantity: Types.Scalars['Int']['input'];
}>;

export type AlAddItemMutation = {
    __typename?: 'Mutation';
    addItemToOrder:
        | { __typename: 'InsufficientStockError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'NegativeQuantityError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Order'; id: string; code: string }
        | { __typename: 'OrderInterceptorError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderLimitError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string };
};

export type AlSetAddressAndCustomerMutationVariables = Types.Exact<{
    address: Types.CreateAddressInput;
    customer: Types.CreateCustomerInput;
}>;

export type AlSetAddressAndCustomerMutation = {
    __typename?: 'Mutation';
    setOrderShippingAddress: { __typename: 'NoActiveOrderError' } | { __typename: 'Order' };
    setCustomerForOrder:
        | { __typename: 'AlreadyLoggedInError' }
        | { __typename: 'EmailAddressConflictError' }
        | { __typename: 'GuestCheckoutError' }
        | { __typename: 'NoActiveOrderError' }
        | { __typename: 'Order' };
};

export type AlEligibleShippingMethodsQueryVariables = Types.Exact<{ [key: string]: never }>;

export type AlEligibleShippingMethodsQuery = {
    __typename?: 'Query';
    eligibleShippingMethods: Array<{ __typename?: 'ShippingMethodQuote'; id: string }>;
};

export type AlSetShippingMethodMutationVariables = Types.Exact<{
    ids: Array<Types.Scalars['ID']['input']> | Types.Scalars['ID']['input'];
}>;

export type AlSetShippingMethodMutation = {
    __typename?: 'Mutation';
    setOrderShippingMethod:
        | { __typename: 'IneligibleShippingMethodError' }
        | { __typename: 'NoActiveOrderError' }
        | { __typename: 'Order' }
        | { __typename: 'OrderModificationError' };
};

export type AlTransitionToArrangingPaymentMutationVariables = Types.Exact<{ [key: string]: never }>;

export type AlTransitionToArrangingPaymentMutation = {
    __typename?: 'Mutation';
    transitionOrderToState?:
        | { __typename: 'Order'; id: string; state: string }
        | { __typename: 'OrderStateTransitionError' }
        | null;
};

export type AlAddPaymentMutationVariables = Types.Exact<{
    metadata: Types.Scalars['JSON']['input'];
}>;

export type AlAddPaymentMutation = {
    __typename?: 'Mutation';
    addPaymentToOrder:
        | { __typename: 'CouponRemovedDuringCheckoutError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'IneligiblePaymentMethodError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Order'; id: string; code: string; state: string; totalWithTax: number }
        | { __typename: 'OrderPaymentStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'PaymentDeclinedError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'PaymentFailedError'; errorCode: Types.ErrorCode; message: string };
};

export const AlAddItemDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlAddItem' },
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
} as unknown as DocumentNode<AlAddItemMutation, AlAddItemMutationVariables>;
export const AlSetAddressAndCustomerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlSetAddressAndCustomer' },
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
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'customer' } },
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
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'setCustomerForOrder' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'customer' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlSetAddressAndCustomerMutation, AlSetAddressAndCustomerMutationVariables>;
export const AlEligibleShippingMethodsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlEligibleShippingMethods' },
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
} as unknown as DocumentNode<AlEligibleShippingMethodsQuery, AlEligibleShippingMethodsQueryVariables>;
export const AlSetShippingMethodDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlSetShippingMethod' },
            variableDefinitions: [
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
                        name: { kind: 'Name', value: 'setOrderShippingMethod' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'shippingMethodId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlSetShippingMethodMutation, AlSetShippingMethodMutationVariables>;
export const AlTransitionToArrangingPaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlTransitionToArrangingPayment' },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
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
    AlTransitionToArrangingPaymentMutation,
    AlTransitionToArrangingPaymentMutationVariables
>;
export const AlAddPaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlAddPayment' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'metadata' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
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
                                                kind: 'StringValue',
                                                value: 'standard-payment',
                                                block: false,
                                            },
                                        },
                                        {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'metadata' },
                                            value: {
                                                kind: 'Variable',
                                                name: { kind: 'Name', value: 'metadata' },
                                            },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
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
} as unknown as DocumentNode<AlAddPaymentMutation, AlAddPaymentMutationVariables>;
