import * as Types from '../../../../src/testing/graphql/schema-types-shop';

import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type WhAddItemMutationVariables = Types.Exact<{
    variantId: Types.Scalars['ID']['input'];
    quantity: Types.Scalars['Int']['input'];
}>;

export type WhAddItemMutation = {
    __typename?: 'Mutation';
    addItemToOrder:
        | {
              __typename: 'InsufficientStockError';
              errorCode: Types.ErrorCode;
              message: string;
              quantityAvailable: number;
          }
        | { __typename: 'NegativeQuantityError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'Order';
              id: string;
              code: string;
              lines: Array<{ __typename?: 'OrderLine'; id: string; quantity: number }>;
          }
        | { __typename: 'OrderInterceptorError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderLimitError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string };
};

export type WhSetAddressAndCustomerMutationVariables = Types.Exact<{
    address: Types.CreateAddressInput;
    customer: Types.CreateCustomerInput;
}>;

export type WhSetAddressAndCustomerMutation = {
    __typename?: 'Mutation';
    setOrderShippingAddress:
        | { __typename: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Order' };
    setCustomerForOrder:
        | { __typename: 'AlreadyLoggedInError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'EmailAddressConflictError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'GuestCheckoutError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Order' };
};

export type WhEligibleShippingMethodsQueryVariables = Types.Exact<{ [key: string]: never }>;

export type WhEligibleShippingMethodsQuery = {
    __typename?: 'Query';
    eligibleShippingMethods: Array<{ __typename?: 'ShippingMethodQuote'; id: string; name: string }>;
};

export type WhSetShippingMethodMutationVariables = Types.Exact<{
    ids: Array<Types.Scalars['ID']['input']> | Types.Scalars['ID']['input'];
}>;

export type WhSetShippingMethodMutation = {
    __typename?: 'Mutation';
    setOrderShippingMethod:
        | { __typename: 'IneligibleShippingMethodError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Order' }
        | { __typename: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string };
};

export type WhTransitionToArrangingPaymentMutationVariables = Types.Exact<{ [key: string]: never }>;

export type WhTransitionToArrangingPaymentMutation = {
    __typename?: 'Mutation';
    transitionOrderToState?:
        | { __typename: 'Order'; id: string; state: string }
        | {
              __typename: 'OrderStateTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              transitionError: string;
          }
        | null;
};

export type WhAddPaymentMutationVariables = Types.Exact<{ [key: string]: never }>;

export type WhAddPaymentMutation = {
    __typename?: 'Mutation';
    addPaymentToOrder:
        | { __typename: 'CouponRemovedDuringCheckoutError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'IneligiblePaymentMethodError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Order'; id: string; code: string; state: string }
        | { __typename: 'OrderPaymentStateError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'OrderStateTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              transitionError: string;
          }
        | { __typename: 'PaymentDeclinedError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'PaymentFailedError'; errorCode: Types.ErrorCode; message: string };
};

export type WhActiveOrderQueryVariables = Types.Exact<{ [key: string]: never }>;

export type WhActiveOrderQuery = {
    __typename?: 'Query';
    activeOrder?: {
        __typename?: 'Order';
        id: string;
        code: string;
        state: string;
        payments?: Array<{ __typename?: 'Payment'; id: string; state: string }> | null;
    } | null;
};

export type WhPickupAvailabilityQueryVariables = Types.Exact<{
    productVariantId: Types.Scalars['ID']['input'];
}>;

export type WhPickupAvailabilityQuery = {
    __typename?: 'Query';
    pickupAvailability: Array<{
        __typename?: 'PickupAvailability';
        warehouseId: string;
        code: string;
        name: string;
        stockLevel: string;
        available: boolean;
        pickupInstructions?: string | null;
        address?: { __typename?: 'WarehouseAddress'; city?: string | null; countryCode: string } | null;
    }>;
};

export type WhShopProductQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type WhShopProductQuery = {
    __typename?: 'Query';
    product?: {
        __typename?: 'Product';
        id: string;
        variants: Array<{
            __typename?: 'ProductVariant';
            id: string;
            sku: string;
            stockLevel: string;
            pickupAvailability: Array<{
                __typename?: 'PickupAvailability';
                code: string;
                stockLevel: string;
                available: boolean;
            }>;
        }>;
    } | null;
};

export type WhActiveOrderPickupPointsQueryVariables = Types.Exact<{ [key: string]: never }>;

export type WhActiveOrderPickupPointsQuery = {
    __typename?: 'Query';
    activeOrderPickupPoints: Array<{
        __typename?: 'OrderPickupPoint';
        warehouseId: string;
        code: string;
        name: string;
        pickupInstructions?: string | null;
        available: boolean;
        selected: boolean;
        address?: { __typename?: 'WarehouseAddress'; city?: string | null; countryCode: string } | null;
    }>;
};

export type WhSetOrderPickupWarehouseMutationVariables = Types.Exact<{
    warehouseId: Types.Scalars['ID']['input'];
}>;

export type WhSetOrderPickupWarehouseMutation = {
    __typename?: 'Mutation';
    setOrderPickupWarehouse:
        | {
              __typename: 'InsufficientWarehouseStockError';
              errorCode: Types.ErrorCode;
              message: string;
              sku: string;
              warehouseCode: string;
              quantityAvailable: number;
              quantityRequested: number;
          }
        | { __typename: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Order'; id: string; code: string }
        | { __typename: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'PickupPointUnavailableError';
              errorCode: Types.ErrorCode;
              message: string;
              warehouseId: string;
          };
};

export type WhUnsetOrderPickupWarehouseMutationVariables = Types.Exact<{ [key: string]: never }>;

export type WhUnsetOrderPickupWarehouseMutation = {
    __typename?: 'Mutation';
    unsetOrderPickupWarehouse:
        | { __typename: 'NoActiveOrderError'; errorCode: Types.ErrorCode }
        | { __typename: 'Order' }
        | { __typename: 'OrderModificationError'; errorCode: Types.ErrorCode };
};

export type WhRegisterSellerMutationVariables = Types.Exact<{
    input: Types.RegisterSellerInput;
}>;

export type WhRegisterSellerMutation = {
    __typename?: 'Mutation';
    registerSeller:
        | { __typename: 'DuplicateSellerError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'MarketplaceSeller'; id: string; name: string }
        | { __typename: 'SellerEmailAddressConflictError'; errorCode: Types.ErrorCode; message: string };
};

export const WhAddItemDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhAddItem' },
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
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'lines' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'id' },
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
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'InsufficientStockError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'quantityAvailable' },
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
} as unknown as DocumentNode<WhAddItemMutation, WhAddItemMutationVariables>;
export const WhSetAddressAndCustomerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhSetAddressAndCustomer' },
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
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
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
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
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
} as unknown as DocumentNode<WhSetAddressAndCustomerMutation, WhSetAddressAndCustomerMutationVariables>;
export const WhEligibleShippingMethodsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhEligibleShippingMethods' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhEligibleShippingMethodsQuery, WhEligibleShippingMethodsQueryVariables>;
export const WhSetShippingMethodDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhSetShippingMethod' },
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
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
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
} as unknown as DocumentNode<WhSetShippingMethodMutation, WhSetShippingMethodMutationVariables>;
export const WhTransitionToArrangingPaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhTransitionToArrangingPayment' },
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
    ],
} as unknown as DocumentNode<
    WhTransitionToArrangingPaymentMutation,
    WhTransitionToArrangingPaymentMutationVariables
>;
export const WhAddPaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhAddPayment' },
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
                                        ],
                                    },
                                },
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
} as unknown as DocumentNode<WhAddPaymentMutation, WhAddPaymentMutationVariables>;
export const WhActiveOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhActiveOrder' },
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
                                    name: { kind: 'Name', value: 'payments' },
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
} as unknown as DocumentNode<WhActiveOrderQuery, WhActiveOrderQueryVariables>;
export const WhPickupAvailabilityDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhPickupAvailability' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'productVariantId' } },
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
                        name: { kind: 'Name', value: 'pickupAvailability' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'productVariantId' },
                                value: {
                                    kind: 'Variable',
                                    name: { kind: 'Name', value: 'productVariantId' },
                                },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'warehouseId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'stockLevel' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'pickupInstructions' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'address' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
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
} as unknown as DocumentNode<WhPickupAvailabilityQuery, WhPickupAvailabilityQueryVariables>;
export const WhShopProductDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhShopProduct' },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'stockLevel' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'pickupAvailability' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'code' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'stockLevel' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'available' },
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
} as unknown as DocumentNode<WhShopProductQuery, WhShopProductQueryVariables>;
export const WhActiveOrderPickupPointsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhActiveOrderPickupPoints' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'activeOrderPickupPoints' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'warehouseId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'address' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                                        ],
                                    },
                                },
                                { kind: 'Field', name: { kind: 'Name', value: 'pickupInstructions' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'selected' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhActiveOrderPickupPointsQuery, WhActiveOrderPickupPointsQueryVariables>;
export const WhSetOrderPickupWarehouseDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhSetOrderPickupWarehouse' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'warehouseId' } },
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
                        name: { kind: 'Name', value: 'setOrderPickupWarehouse' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'warehouseId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'warehouseId' } },
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
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'InsufficientWarehouseStockError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'warehouseCode' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'quantityAvailable' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'quantityRequested' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'PickupPointUnavailableError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'warehouseId' } },
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
} as unknown as DocumentNode<WhSetOrderPickupWarehouseMutation, WhSetOrderPickupWarehouseMutationVariables>;
export const WhUnsetOrderPickupWarehouseDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhUnsetOrderPickupWarehouse' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'unsetOrderPickupWarehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
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
} as unknown as DocumentNode<
    WhUnsetOrderPickupWarehouseMutation,
    WhUnsetOrderPickupWarehouseMutationVariables
>;
export const WhRegisterSellerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhRegisterSeller' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterSellerInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'registerSeller' },
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
                                        name: { kind: 'Name', value: 'MarketplaceSeller' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<WhRegisterSellerMutation, WhRegisterSellerMutationVariables>;
