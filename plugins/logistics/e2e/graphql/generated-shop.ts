import * as Types from '../../../../src/testing/graphql/schema-types-shop';

import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type LgAddItemMutationVariables = Types.Exact<{
    variantId: Types.Scalars['ID']['input'];
    quantity: Types.Scalars['Int']['input'];
}>;

export type LgAddItemMutation = {
    __typename?: 'Mutation';
    addItemToOrder:
        | { __typename: 'InsufficientStockError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'NegativeQuantityError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Order'; id: string; code: string }
        | { __typename: 'OrderInterceptorError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderLimitError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string };
};

export type LgSetAddressMutationVariables = Types.Exact<{
    address: Types.CreateAddressInput;
}>;

export type LgSetAddressMutation = {
    __typename?: 'Mutation';
    setOrderShippingAddress:
        | { __typename: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Order' };
};

export type LgSetCustomerMutationVariables = Types.Exact<{
    customer: Types.CreateCustomerInput;
}>;

export type LgSetCustomerMutation = {
    __typename?: 'Mutation';
    setCustomerForOrder:
        | { __typename: 'AlreadyLoggedInError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'EmailAddressConflictError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'GuestCheckoutError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Order' };
};

export type LgEligibleShippingMethodsQueryVariables = Types.Exact<{ [key: string]: never }>;

export type LgEligibleShippingMethodsQuery = {
    __typename?: 'Query';
    eligibleShippingMethods: Array<{
        __typename?: 'ShippingMethodQuote';
        id: string;
        name: string;
        price: number;
    }>;
};

export type LgSetShippingMethodMutationVariables = Types.Exact<{
    ids: Array<Types.Scalars['ID']['input']> | Types.Scalars['ID']['input'];
}>;

export type LgSetShippingMethodMutation = {
    __typename?: 'Mutation';
    setOrderShippingMethod:
        | { __typename: 'IneligibleShippingMethodError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Order' }
        | { __typename: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string };
};

export type LgToArrangingPaymentMutationVariables = Types.Exact<{ [key: string]: never }>;

export type LgToArrangingPaymentMutation = {
    __typename?: 'Mutation';
    transitionOrderToState?:
        | { __typename: 'Order' }
        | {
              __typename: 'OrderStateTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              transitionError: string;
          }
        | null;
};

export type LgAddPaymentMutationVariables = Types.Exact<{ [key: string]: never }>;

export type LgAddPaymentMutation = {
    __typename?: 'Mutation';
    addPaymentToOrder:
        | { __typename: 'CouponRemovedDuringCheckoutError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'IneligiblePaymentMethodError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'NoActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Order'; id: string; code: string; state: string }
        | { __typename: 'OrderPaymentStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'PaymentDeclinedError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'PaymentFailedError'; errorCode: Types.ErrorCode; message: string };
};

export type LgMyOrderShipmentsQueryVariables = Types.Exact<{
    code: Types.Scalars['String']['input'];
}>;

export type LgMyOrderShipmentsQuery = {
    __typename?: 'Query';
    orderByCode?: {
        __typename?: 'Order';
        id: string;
        code: string;
        shipments: Array<{
            __typename?: 'Shipment';
            id: string;
            carrierName: string;
            trackingNumber: string;
            trackingUrl?: string | null;
            status: Types.TrackingStatus;
            events: Array<{
                __typename?: 'TrackingEvent';
                status: Types.TrackingStatus;
                location?: string | null;
                occurredAt: string;
            }>;
        }>;
    } | null;
};

export type LgMyOrdersQueryVariables = Types.Exact<{ [key: string]: never }>;

export type LgMyOrdersQuery = {
    __typename?: 'Query';
    activeCustomer?: {
        __typename?: 'Customer';
        id: string;
        orders: {
            __typename?: 'OrderList';
            items: Array<{
                __typename?: 'Order';
                code: string;
                shipments: Array<{
                    __typename?: 'Shipment';
                    id: string;
                    trackingNumber: string;
                    status: Types.TrackingStatus;
                }>;
            }>;
        };
    } | null;
};

export type LgTrackOrderQueryVariables = Types.Exact<{
    orderCode: Types.Scalars['String']['input'];
    emailAddress?: Types.InputMaybe<Types.Scalars['String']['input']>;
    postalCode?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;

export type LgTrackOrderQuery = {
    __typename?: 'Query';
    trackOrder:
        | {
              __typename: 'OrderTracking';
              orderCode: string;
              orderState: string;
              shipments: Array<{
                  __typename?: 'Shipment';
                  carrierName: string;
                  trackingNumber: string;
                  trackingUrl?: string | null;
                  status: Types.TrackingStatus;
                  events: Array<{
                      __typename?: 'TrackingEvent';
                      status: Types.TrackingStatus;
                      subStatus?: string | null;
                      carrierStatusText?: string | null;
                      location?: string | null;
                      occurredAt: string;
                  }>;
              }>;
          }
        | { __typename: 'OrderTrackingNotFoundError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'TrackingRateLimitError';
              errorCode: Types.ErrorCode;
              message: string;
              retryAfterSeconds: number;
          };
};

export const LgAddItemDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgAddItem' },
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
} as unknown as DocumentNode<LgAddItemMutation, LgAddItemMutationVariables>;
export const LgSetAddressDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgSetAddress' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'address' } },
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
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgSetAddressMutation, LgSetAddressMutationVariables>;
export const LgSetCustomerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgSetCustomer' },
            variableDefinitions: [
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
} as unknown as DocumentNode<LgSetCustomerMutation, LgSetCustomerMutationVariables>;
export const LgEligibleShippingMethodsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgEligibleShippingMethods' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgEligibleShippingMethodsQuery, LgEligibleShippingMethodsQueryVariables>;
export const LgSetShippingMethodDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgSetShippingMethod' },
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
} as unknown as DocumentNode<LgSetShippingMethodMutation, LgSetShippingMethodMutationVariables>;
export const LgToArrangingPaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgToArrangingPayment' },
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
} as unknown as DocumentNode<LgToArrangingPaymentMutation, LgToArrangingPaymentMutationVariables>;
export const LgAddPaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgAddPayment' },
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
} as unknown as DocumentNode<LgAddPaymentMutation, LgAddPaymentMutationVariables>;
export const LgMyOrderShipmentsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgMyOrderShipments' },
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
                                    name: { kind: 'Name', value: 'shipments' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'carrierName' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'trackingNumber' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'trackingUrl' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'events' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'status' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'location' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'occurredAt' },
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
} as unknown as DocumentNode<LgMyOrderShipmentsQuery, LgMyOrderShipmentsQueryVariables>;
export const LgMyOrdersDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgMyOrders' },
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
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'orders' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
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
                                                            name: { kind: 'Name', value: 'shipments' },
                                                            selectionSet: {
                                                                kind: 'SelectionSet',
                                                                selections: [
                                                                    {
                                                                        kind: 'Field',
                                                                        name: { kind: 'Name', value: 'id' },
                                                                    },
                                                                    {
                                                                        kind: 'Field',
                                                                        name: {
                                                                            kind: 'Name',
                                                                            value: 'trackingNumber',
                                                                        },
                                                                    },
                                                                    {
                                                                        kind: 'Field',
                                                                        name: {
                                                                            kind: 'Name',
                                                                            value: 'status',
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
} as unknown as DocumentNode<LgMyOrdersQuery, LgMyOrdersQueryVariables>;
export const LgTrackOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgTrackOrder' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderCode' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'emailAddress' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'postalCode' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'trackOrder' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'orderCode' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderCode' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'emailAddress' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'emailAddress' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'postalCode' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'postalCode' } },
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
                                        name: { kind: 'Name', value: 'OrderTracking' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'orderCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'orderState' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'shipments' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'carrierName' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'trackingNumber' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'trackingUrl' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'status' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'events' },
                                                            selectionSet: {
                                                                kind: 'SelectionSet',
                                                                selections: [
                                                                    {
                                                                        kind: 'Field',
                                                                        name: {
                                                                            kind: 'Name',
                                                                            value: 'status',
                                                                        },
                                                                    },
                                                                    {
                                                                        kind: 'Field',
                                                                        name: {
                                                                            kind: 'Name',
                                                                            value: 'subStatus',
                                                                        },
                                                                    },
                                                                    {
                                                                        kind: 'Field',
                                                                        name: {
                                                                            kind: 'Name',
                                                                            value: 'carrierStatusText',
                                                                        },
                                                                    },
                                                                    {
                                                                        kind: 'Field',
                                                                        name: {
                                                                            kind: 'Name',
                                                                            value: 'location',
                                                                        },
                                                                    },
                                                                    {
                                                                        kind: 'Field',
                                                                        name: {
                                                                            kind: 'Name',
                                                                            value: 'occurredAt',
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
                                        name: { kind: 'Name', value: 'TrackingRateLimitError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'retryAfterSeconds' },
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
} as unknown as DocumentNode<LgTrackOrderQuery, LgTrackOrderQueryVariables>;
