import * as Types from '../../../../src/testing/graphql/schema-types-admin';

import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type LgCarrierFragment = {
    __typename?: 'Carrier';
    id: string;
    code: string;
    name: string;
    trackingUrlTemplate: string;
    adapterCode: string;
    enabled: boolean;
    webhookPath: string;
    webhookSecret?: string | null;
    previousSecretValidUntil?: string | null;
};

export type LgShipmentFragment = {
    __typename?: 'Shipment';
    id: string;
    fulfillmentId: string;
    orderId: string;
    trackingNumber: string;
    trackingUrl?: string | null;
    status: Types.TrackingStatus;
    subStatus?: string | null;
    lastEventAt?: string | null;
    stalledAt?: string | null;
    packages: Array<{
        __typename?: 'ShipmentPackage';
        weight?: number | null;
        length?: number | null;
        width?: number | null;
        height?: number | null;
    }>;
    carrier: { __typename?: 'Carrier'; id: string; code: string };
    events: Array<{
        __typename?: 'TrackingEvent';
        id: string;
        status: Types.TrackingStatus;
        subStatus?: string | null;
        carrierStatusCode?: string | null;
        carrierStatusText?: string | null;
        location?: string | null;
        occurredAt: string;
        carrierEventId: string;
        rawPayload?: any | null;
    }>;
};

export type LgCreateCarrierMutationVariables = Types.Exact<{
    input: Types.CreateCarrierInput;
}>;

export type LgCreateCarrierMutation = {
    __typename?: 'Mutation';
    createCarrier:
        | {
              __typename: 'Carrier';
              id: string;
              code: string;
              name: string;
              trackingUrlTemplate: string;
              adapterCode: string;
              enabled: boolean;
              webhookPath: string;
              webhookSecret?: string | null;
              previousSecretValidUntil?: string | null;
          }
        | { __typename: 'CarrierCodeInUseError'; errorCode: Types.ErrorCode; message: string };
};

export type LgUpdateCarrierMutationVariables = Types.Exact<{
    input: Types.UpdateCarrierInput;
}>;

export type LgUpdateCarrierMutation = {
    __typename?: 'Mutation';
    updateCarrier: {
        __typename?: 'Carrier';
        id: string;
        code: string;
        name: string;
        trackingUrlTemplate: string;
        adapterCode: string;
        enabled: boolean;
        webhookPath: string;
        webhookSecret?: string | null;
        previousSecretValidUntil?: string | null;
    };
};

export type LgDeleteCarrierMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type LgDeleteCarrierMutation = {
    __typename?: 'Mutation';
    deleteCarrier: { __typename?: 'DeletionResponse'; result: Types.DeletionResult; message?: string | null };
};

export type LgRotateSecretMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
    graceHours?: Types.InputMaybe<Types.Scalars['Int']['input']>;
}>;

export type LgRotateSecretMutation = {
    __typename?: 'Mutation';
    rotateCarrierWebhookSecret: {
        __typename?: 'Carrier';
        id: string;
        code: string;
        name: string;
        trackingUrlTemplate: string;
        adapterCode: string;
        enabled: boolean;
        webhookPath: string;
        webhookSecret?: string | null;
        previousSecretValidUntil?: string | null;
    };
};

export type LgCarriersQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.CarrierListOptions>;
}>;

export type LgCarriersQuery = {
    __typename?: 'Query';
    carriers: {
        __typename?: 'CarrierList';
        totalItems: number;
        items: Array<{
            __typename?: 'Carrier';
            id: string;
            code: string;
            name: string;
            trackingUrlTemplate: string;
            adapterCode: string;
            enabled: boolean;
            webhookPath: string;
            webhookSecret?: string | null;
            previousSecretValidUntil?: string | null;
        }>;
    };
};

export type LgCarrierQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type LgCarrierQuery = {
    __typename?: 'Query';
    carrier?: {
        __typename?: 'Carrier';
        id: string;
        code: string;
        name: string;
        trackingUrlTemplate: string;
        adapterCode: string;
        enabled: boolean;
        webhookPath: string;
        webhookSecret?: string | null;
        previousSecretValidUntil?: string | null;
    } | null;
};

export type LgCarrierAdaptersQueryVariables = Types.Exact<{ [key: string]: never }>;

export type LgCarrierAdaptersQuery = {
    __typename?: 'Query';
    carrierAdapters: Array<{
        __typename?: 'CarrierAdapterInfo';
        code: string;
        description: string;
        acceptsWebhooks: boolean;
    }>;
};

export type LgShipmentsQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.ShipmentListOptions>;
}>;

export type LgShipmentsQuery = {
    __typename?: 'Query';
    shipments: {
        __typename?: 'ShipmentList';
        totalItems: number;
        items: Array<{
            __typename?: 'Shipment';
            id: string;
            fulfillmentId: string;
            orderId: string;
            trackingNumber: string;
            trackingUrl?: string | null;
            status: Types.TrackingStatus;
            subStatus?: string | null;
            lastEventAt?: string | null;
            stalledAt?: string | null;
            packages: Array<{
                __typename?: 'ShipmentPackage';
                weight?: number | null;
                length?: number | null;
                width?: number | null;
                height?: number | null;
            }>;
            carrier: { __typename?: 'Carrier'; id: string; code: string };
            events: Array<{
                __typename?: 'TrackingEvent';
                id: string;
                status: Types.TrackingStatus;
                subStatus?: string | null;
                carrierStatusCode?: string | null;
                carrierStatusText?: string | null;
                location?: string | null;
                occurredAt: string;
                carrierEventId: string;
                rawPayload?: any | null;
            }>;
        }>;
    };
};

export type LgShipmentQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type LgShipmentQuery = {
    __typename?: 'Query';
    shipment?: {
        __typename?: 'Shipment';
        id: string;
        fulfillmentId: string;
        orderId: string;
        trackingNumber: string;
        trackingUrl?: string | null;
        status: Types.TrackingStatus;
        subStatus?: string | null;
        lastEventAt?: string | null;
        stalledAt?: string | null;
        packages: Array<{
            __typename?: 'ShipmentPackage';
            weight?: number | null;
            length?: number | null;
            width?: number | null;
            height?: number | null;
        }>;
        carrier: { __typename?: 'Carrier'; id: string; code: string };
        events: Array<{
            __typename?: 'TrackingEvent';
            id: string;
            status: Types.TrackingStatus;
            subStatus?: string | null;
            carrierStatusCode?: string | null;
            carrierStatusText?: string | null;
            location?: string | null;
            occurredAt: string;
            carrierEventId: string;
            rawPayload?: any | null;
        }>;
    } | null;
};

export type LgShipmentStatusQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type LgShipmentStatusQuery = {
    __typename?: 'Query';
    shipment?: {
        __typename?: 'Shipment';
        id: string;
        status: Types.TrackingStatus;
        lastEventAt?: string | null;
    } | null;
};

export type LgShipmentEventCountQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type LgShipmentEventCountQuery = {
    __typename?: 'Query';
    shipment?: {
        __typename?: 'Shipment';
        id: string;
        events: Array<{ __typename?: 'TrackingEvent'; id: string }>;
    } | null;
};

export type LgAddTrackingEventMutationVariables = Types.Exact<{
    input: Types.AddShipmentTrackingEventInput;
}>;

export type LgAddTrackingEventMutation = {
    __typename?: 'Mutation';
    addShipmentTrackingEvent: {
        __typename?: 'Shipment';
        id: string;
        fulfillmentId: string;
        orderId: string;
        trackingNumber: string;
        trackingUrl?: string | null;
        status: Types.TrackingStatus;
        subStatus?: string | null;
        lastEventAt?: string | null;
        stalledAt?: string | null;
        packages: Array<{
            __typename?: 'ShipmentPackage';
            weight?: number | null;
            length?: number | null;
            width?: number | null;
            height?: number | null;
        }>;
        carrier: { __typename?: 'Carrier'; id: string; code: string };
        events: Array<{
            __typename?: 'TrackingEvent';
            id: string;
            status: Types.TrackingStatus;
            subStatus?: string | null;
            carrierStatusCode?: string | null;
            carrierStatusText?: string | null;
            location?: string | null;
            occurredAt: string;
            carrierEventId: string;
            rawPayload?: any | null;
        }>;
    };
};

export type LgRunStalledCheckMutationVariables = Types.Exact<{ [key: string]: never }>;

export type LgRunStalledCheckMutation = {
    __typename?: 'Mutation';
    runShipmentStalledCheck: Array<{ __typename?: 'Shipment'; id: string; trackingNumber: string }>;
};

export type LgOrderQueryVariables = Types.Exact<{
    code: Types.Scalars['String']['input'];
}>;

export type LgOrderQuery = {
    __typename?: 'Query';
    orders: {
        __typename?: 'OrderList';
        items: Array<{
            __typename?: 'Order';
            id: string;
            code: string;
            state: string;
            lines: Array<{ __typename?: 'OrderLine'; id: string; quantity: number }>;
            payments?: Array<{ __typename?: 'Payment'; id: string; state: string }> | null;
            fulfillments?: Array<{
                __typename?: 'Fulfillment';
                id: string;
                state: string;
                method: string;
                trackingCode?: string | null;
            }> | null;
            shipments: Array<{
                __typename?: 'Shipment';
                id: string;
                status: Types.TrackingStatus;
                trackingNumber: string;
            }>;
        }>;
    };
};

export type LgSettlePaymentMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type LgSettlePaymentMutation = {
    __typename?: 'Mutation';
    settlePayment:
        | { __typename: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Payment' }
        | { __typename: 'PaymentStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'SettlePaymentError'; errorCode: Types.ErrorCode; message: string };
};

export type LgAddFulfillmentMutationVariables = Types.Exact<{
    input: Types.FulfillOrderInput;
}>;

export type LgAddFulfillmentMutation = {
    __typename?: 'Mutation';
    addFulfillmentToOrder:
        | {
              __typename: 'CreateFulfillmentError';
              errorCode: Types.ErrorCode;
              message: string;
              fulfillmentHandlerError: string;
          }
        | { __typename: 'EmptyOrderLineSelectionError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'Fulfillment';
              id: string;
              state: string;
              method: string;
              trackingCode?: string | null;
          }
        | { __typename: 'FulfillmentStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'InsufficientStockOnHandError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'InvalidFulfillmentHandlerError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'ItemsAlreadyFulfilledError'; errorCode: Types.ErrorCode; message: string };
};

export type LgCreateShippingMethodMutationVariables = Types.Exact<{
    input: Types.CreateShippingMethodInput;
}>;

export type LgCreateShippingMethodMutation = {
    __typename?: 'Mutation';
    createShippingMethod: { __typename?: 'ShippingMethod'; id: string; code: string };
};

export type LgSetVariantShippingMutationVariables = Types.Exact<{
    input: Array<Types.UpdateProductVariantInput> | Types.UpdateProductVariantInput;
}>;

export type LgSetVariantShippingMutation = {
    __typename?: 'Mutation';
    updateProductVariants: Array<{ __typename?: 'ProductVariant'; id: string } | null>;
};

export type LgOrderByIdQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type LgOrderByIdQuery = {
    __typename?: 'Query';
    order?: {
        __typename?: 'Order';
        id: string;
        code: string;
        state: string;
        customer?: {
            __typename?: 'Customer';
            id: string;
            emailAddress: string;
            customFields?: {
                __typename?: 'CustomerCustomFields';
                notificationLanguage?: string | null;
            } | null;
        } | null;
    } | null;
};

export type LgCustomerLanguageQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type LgCustomerLanguageQuery = {
    __typename?: 'Query';
    customer?: {
        __typename?: 'Customer';
        id: string;
        customFields?: { __typename?: 'CustomerCustomFields'; notificationLanguage?: string | null } | null;
    } | null;
};

export type LgImportRateTableCsvMutationVariables = Types.Exact<{
    csv: Types.Scalars['String']['input'];
    shippingMethodId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
    languageCode?: Types.InputMaybe<Types.LanguageCode>;
}>;

export type LgImportRateTableCsvMutation = {
    __typename?: 'Mutation';
    importShippingRateTableCsv:
        | {
              __typename: 'MalformedShippingRateTableCsvError';
              errorCode: Types.ErrorCode;
              message: string;
              line?: number | null;
          }
        | {
              __typename: 'ShippingRateTableImportReport';
              accepted: number;
              table?: string | null;
              updated: boolean;
              rejected: Array<{
                  __typename?: 'ShippingRateTableImportRejection';
                  line: number;
                  type: string;
                  reason: string;
              }>;
          };
};

export type LgExportRateTableCsvQueryVariables = Types.Exact<{
    table: Types.Scalars['String']['input'];
}>;

export type LgExportRateTableCsvQuery = { __typename?: 'Query'; exportShippingRateTableCsv: string };

export type LgShippingMethodArgsQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type LgShippingMethodArgsQuery = {
    __typename?: 'Query';
    shippingMethod?: {
        __typename?: 'ShippingMethod';
        id: string;
        code: string;
        checker: {
            __typename?: 'ConfigurableOperation';
            code: string;
            args: Array<{ __typename?: 'ConfigArg'; name: string; value: string }>;
        };
        calculator: {
            __typename?: 'ConfigurableOperation';
            code: string;
            args: Array<{ __typename?: 'ConfigArg'; name: string; value: string }>;
        };
    } | null;
};

export type LgRunTrackingPollMutationVariables = Types.Exact<{ [key: string]: never }>;

export type LgRunTrackingPollMutation = {
    __typename?: 'Mutation';
    runCarrierTrackingPoll: {
        __typename?: 'CarrierTrackingPollResult';
        shipments: number;
        events: number;
        failed: number;
    };
};

export type LgShipmentWarehouseFragment = {
    __typename?: 'Shipment';
    id: string;
    fromStockLocationId?: string | null;
    fromWarehouse?: {
        __typename?: 'ShipmentWarehouse';
        stockLocationId: string;
        name: string;
        code?: string | null;
    } | null;
};

export type LgShipmentWarehouseQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type LgShipmentWarehouseQuery = {
    __typename?: 'Query';
    shipment?: {
        __typename?: 'Shipment';
        id: string;
        fromStockLocationId?: string | null;
        fromWarehouse?: {
            __typename?: 'ShipmentWarehouse';
            stockLocationId: string;
            name: string;
            code?: string | null;
        } | null;
    } | null;
};

export type LgSetShipmentWarehouseMutationVariables = Types.Exact<{
    shipmentId: Types.Scalars['ID']['input'];
    stockLocationId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
}>;

export type LgSetShipmentWarehouseMutation = {
    __typename?: 'Mutation';
    setShipmentWarehouse: {
        __typename?: 'Shipment';
        id: string;
        fromStockLocationId?: string | null;
        fromWarehouse?: {
            __typename?: 'ShipmentWarehouse';
            stockLocationId: string;
            name: string;
            code?: string | null;
        } | null;
    };
};

export type LgVariantStockLevelsQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type LgVariantStockLevelsQuery = {
    __typename?: 'Query';
    productVariant?: {
        __typename?: 'ProductVariant';
        id: string;
        stockLevels: Array<{
            __typename?: 'StockLevel';
            stockLocationId: string;
            stockOnHand: number;
            stockAllocated: number;
        }>;
    } | null;
};

export type LgCreateWarehouseMutationVariables = Types.Exact<{
    input: Types.CreateWarehouseInput;
}>;

export type LgCreateWarehouseMutation = {
    __typename?: 'Mutation';
    createWarehouse:
        | { __typename: 'DuplicateCodeError' }
        | { __typename: 'Warehouse'; id: string; code: string; stockLocationId: string };
};

export type LgTrackInventoryMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type LgTrackInventoryMutation = {
    __typename?: 'Mutation';
    updateProductVariants: Array<{
        __typename?: 'ProductVariant';
        id: string;
        trackInventory: Types.GlobalFlag;
    } | null>;
};

export type LgReceiveGoodsMutationVariables = Types.Exact<{
    warehouseId: Types.Scalars['ID']['input'];
    productVariantId: Types.Scalars['ID']['input'];
    quantity: Types.Scalars['Int']['input'];
}>;

export type LgReceiveGoodsMutation = {
    __typename?: 'Mutation';
    receiveGoods:
        | { __typename: 'DocumentStateError'; message: string }
        | { __typename: 'EmptyDocumentError'; message: string }
        | { __typename: 'GoodsReceipt' }
        | { __typename: 'OverReceiptError'; message: string };
};

export type LgStockLocationsQueryVariables = Types.Exact<{ [key: string]: never }>;

export type LgStockLocationsQuery = {
    __typename?: 'Query';
    stockLocations: {
        __typename?: 'StockLocationList';
        items: Array<{ __typename?: 'StockLocation'; id: string; name: string }>;
    };
};

export type LgTrackingJobsQueryVariables = Types.Exact<{ [key: string]: never }>;

export type LgTrackingJobsQuery = {
    __typename?: 'Query';
    jobs: { __typename?: 'JobList'; items: Array<{ __typename?: 'Job'; id: string; data?: any | null }> };
};

export const LgCarrierFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'LgCarrier' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Carrier' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'trackingUrlTemplate' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'adapterCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'webhookPath' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'webhookSecret' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'previousSecretValidUntil' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgCarrierFragment, unknown>;
export const LgShipmentFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'LgShipment' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Shipment' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fulfillmentId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'trackingUrl' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subStatus' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'lastEventAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'stalledAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'packages' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'length' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'width' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'height' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'carrier' },
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
                        name: { kind: 'Name', value: 'events' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'subStatus' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'carrierStatusCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'carrierStatusText' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'carrierEventId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'rawPayload' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgShipmentFragment, unknown>;
export const LgShipmentWarehouseFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'LgShipmentWarehouse' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Shipment' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fromStockLocationId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fromWarehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'stockLocationId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgShipmentWarehouseFragment, unknown>;
export const LgCreateCarrierDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgCreateCarrier' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateCarrierInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createCarrier' },
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
                                        name: { kind: 'Name', value: 'Carrier' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'LgCarrier' },
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
            name: { kind: 'Name', value: 'LgCarrier' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Carrier' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'trackingUrlTemplate' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'adapterCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'webhookPath' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'webhookSecret' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'previousSecretValidUntil' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgCreateCarrierMutation, LgCreateCarrierMutationVariables>;
export const LgUpdateCarrierDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgUpdateCarrier' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateCarrierInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateCarrier' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LgCarrier' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'LgCarrier' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Carrier' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'trackingUrlTemplate' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'adapterCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'webhookPath' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'webhookSecret' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'previousSecretValidUntil' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgUpdateCarrierMutation, LgUpdateCarrierMutationVariables>;
export const LgDeleteCarrierDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgDeleteCarrier' },
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
                        name: { kind: 'Name', value: 'deleteCarrier' },
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
} as unknown as DocumentNode<LgDeleteCarrierMutation, LgDeleteCarrierMutationVariables>;
export const LgRotateSecretDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgRotateSecret' },
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
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'graceHours' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rotateCarrierWebhookSecret' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'graceHours' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'graceHours' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LgCarrier' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'LgCarrier' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Carrier' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'trackingUrlTemplate' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'adapterCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'webhookPath' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'webhookSecret' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'previousSecretValidUntil' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgRotateSecretMutation, LgRotateSecretMutationVariables>;
export const LgCarriersDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgCarriers' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'CarrierListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'carriers' },
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
                                                name: { kind: 'Name', value: 'LgCarrier' },
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
            name: { kind: 'Name', value: 'LgCarrier' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Carrier' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'trackingUrlTemplate' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'adapterCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'webhookPath' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'webhookSecret' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'previousSecretValidUntil' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgCarriersQuery, LgCarriersQueryVariables>;
export const LgCarrierDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgCarrier' },
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
                        name: { kind: 'Name', value: 'carrier' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LgCarrier' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'LgCarrier' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Carrier' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'trackingUrlTemplate' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'adapterCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'webhookPath' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'webhookSecret' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'previousSecretValidUntil' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgCarrierQuery, LgCarrierQueryVariables>;
export const LgCarrierAdaptersDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgCarrierAdapters' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'carrierAdapters' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'acceptsWebhooks' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgCarrierAdaptersQuery, LgCarrierAdaptersQueryVariables>;
export const LgShipmentsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgShipments' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'ShipmentListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'shipments' },
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
                                                name: { kind: 'Name', value: 'LgShipment' },
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
            name: { kind: 'Name', value: 'LgShipment' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Shipment' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fulfillmentId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'trackingUrl' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subStatus' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'lastEventAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'stalledAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'packages' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'length' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'width' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'height' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'carrier' },
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
                        name: { kind: 'Name', value: 'events' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'subStatus' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'carrierStatusCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'carrierStatusText' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'carrierEventId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'rawPayload' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgShipmentsQuery, LgShipmentsQueryVariables>;
export const LgShipmentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgShipment' },
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
                        name: { kind: 'Name', value: 'shipment' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LgShipment' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'LgShipment' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Shipment' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fulfillmentId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'trackingUrl' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subStatus' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'lastEventAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'stalledAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'packages' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'length' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'width' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'height' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'carrier' },
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
                        name: { kind: 'Name', value: 'events' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'subStatus' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'carrierStatusCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'carrierStatusText' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'carrierEventId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'rawPayload' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgShipmentQuery, LgShipmentQueryVariables>;
export const LgShipmentStatusDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgShipmentStatus' },
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
                        name: { kind: 'Name', value: 'shipment' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'lastEventAt' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgShipmentStatusQuery, LgShipmentStatusQueryVariables>;
export const LgShipmentEventCountDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgShipmentEventCount' },
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
                        name: { kind: 'Name', value: 'shipment' },
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
                                    name: { kind: 'Name', value: 'events' },
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
} as unknown as DocumentNode<LgShipmentEventCountQuery, LgShipmentEventCountQueryVariables>;
export const LgAddTrackingEventDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgAddTrackingEvent' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'AddShipmentTrackingEventInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'addShipmentTrackingEvent' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LgShipment' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'LgShipment' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Shipment' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fulfillmentId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'trackingUrl' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subStatus' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'lastEventAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'stalledAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'packages' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'length' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'width' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'height' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'carrier' },
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
                        name: { kind: 'Name', value: 'events' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'subStatus' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'carrierStatusCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'carrierStatusText' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'carrierEventId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'rawPayload' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgAddTrackingEventMutation, LgAddTrackingEventMutationVariables>;
export const LgRunStalledCheckDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgRunStalledCheck' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'runShipmentStalledCheck' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgRunStalledCheckMutation, LgRunStalledCheckMutationVariables>;
export const LgOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgOrder' },
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
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'payments' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'id' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'state' },
                                                        },
                                                    ],
                                                },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'fulfillments' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'id' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'state' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'method' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'trackingCode' },
                                                        },
                                                    ],
                                                },
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
                                                            name: { kind: 'Name', value: 'status' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'trackingNumber' },
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
} as unknown as DocumentNode<LgOrderQuery, LgOrderQueryVariables>;
export const LgSettlePaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgSettlePayment' },
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
} as unknown as DocumentNode<LgSettlePaymentMutation, LgSettlePaymentMutationVariables>;
export const LgAddFulfillmentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgAddFulfillment' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'FulfillOrderInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'addFulfillmentToOrder' },
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
                                        name: { kind: 'Name', value: 'Fulfillment' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'trackingCode' } },
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
                                        name: { kind: 'Name', value: 'CreateFulfillmentError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'fulfillmentHandlerError' },
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
} as unknown as DocumentNode<LgAddFulfillmentMutation, LgAddFulfillmentMutationVariables>;
export const LgCreateShippingMethodDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgCreateShippingMethod' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'CreateShippingMethodInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createShippingMethod' },
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
} as unknown as DocumentNode<LgCreateShippingMethodMutation, LgCreateShippingMethodMutationVariables>;
export const LgSetVariantShippingDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgSetVariantShipping' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'ListType',
                            type: {
                                kind: 'NonNullType',
                                type: {
                                    kind: 'NamedType',
                                    name: { kind: 'Name', value: 'UpdateProductVariantInput' },
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
                        name: { kind: 'Name', value: 'updateProductVariants' },
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
} as unknown as DocumentNode<LgSetVariantShippingMutation, LgSetVariantShippingMutationVariables>;
export const LgOrderByIdDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgOrderById' },
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
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'customer' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'emailAddress' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'customFields' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: {
                                                                kind: 'Name',
                                                                value: 'notificationLanguage',
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
} as unknown as DocumentNode<LgOrderByIdQuery, LgOrderByIdQueryVariables>;
export const LgCustomerLanguageDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgCustomerLanguage' },
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
                                    name: { kind: 'Name', value: 'customFields' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'notificationLanguage' },
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
} as unknown as DocumentNode<LgCustomerLanguageQuery, LgCustomerLanguageQueryVariables>;
export const LgImportRateTableCsvDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgImportRateTableCsv' },
            variableDefinitions: [
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
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'shippingMethodId' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
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
                        name: { kind: 'Name', value: 'importShippingRateTableCsv' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'csv' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'shippingMethodId' },
                                value: {
                                    kind: 'Variable',
                                    name: { kind: 'Name', value: 'shippingMethodId' },
                                },
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
                                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'ShippingRateTableImportReport' },
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
                                                            name: { kind: 'Name', value: 'type' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'reason' },
                                                        },
                                                    ],
                                                },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'table' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'MalformedShippingRateTableCsvError' },
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
} as unknown as DocumentNode<LgImportRateTableCsvMutation, LgImportRateTableCsvMutationVariables>;
export const LgExportRateTableCsvDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgExportRateTableCsv' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'table' } },
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
                        name: { kind: 'Name', value: 'exportShippingRateTableCsv' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'table' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'table' } },
                            },
                        ],
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgExportRateTableCsvQuery, LgExportRateTableCsvQueryVariables>;
export const LgShippingMethodArgsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgShippingMethodArgs' },
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
                        name: { kind: 'Name', value: 'shippingMethod' },
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
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'checker' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'args' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'name' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'value' },
                                                        },
                                                    ],
                                                },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'calculator' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'args' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'name' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'value' },
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
} as unknown as DocumentNode<LgShippingMethodArgsQuery, LgShippingMethodArgsQueryVariables>;
export const LgRunTrackingPollDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgRunTrackingPoll' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'runCarrierTrackingPoll' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'shipments' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'events' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgRunTrackingPollMutation, LgRunTrackingPollMutationVariables>;
export const LgShipmentWarehouseDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgShipmentWarehouse' },
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
                        name: { kind: 'Name', value: 'shipment' },
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
                                    name: { kind: 'Name', value: 'LgShipmentWarehouse' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'LgShipmentWarehouse' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Shipment' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fromStockLocationId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fromWarehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'stockLocationId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgShipmentWarehouseQuery, LgShipmentWarehouseQueryVariables>;
export const LgSetShipmentWarehouseDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgSetShipmentWarehouse' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'shipmentId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'stockLocationId' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'setShipmentWarehouse' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'shipmentId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'shipmentId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'stockLocationId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'stockLocationId' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'LgShipmentWarehouse' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'LgShipmentWarehouse' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Shipment' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fromStockLocationId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fromWarehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'stockLocationId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgSetShipmentWarehouseMutation, LgSetShipmentWarehouseMutationVariables>;
export const LgVariantStockLevelsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgVariantStockLevels' },
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
                        name: { kind: 'Name', value: 'productVariant' },
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
                                    name: { kind: 'Name', value: 'stockLevels' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'stockLocationId' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'stockOnHand' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'stockAllocated' },
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
} as unknown as DocumentNode<LgVariantStockLevelsQuery, LgVariantStockLevelsQueryVariables>;
export const LgCreateWarehouseDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgCreateWarehouse' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateWarehouseInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createWarehouse' },
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
                                        name: { kind: 'Name', value: 'Warehouse' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'stockLocationId' },
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
} as unknown as DocumentNode<LgCreateWarehouseMutation, LgCreateWarehouseMutationVariables>;
export const LgTrackInventoryDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgTrackInventory' },
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
                        name: { kind: 'Name', value: 'updateProductVariants' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: {
                                    kind: 'ListValue',
                                    values: [
                                        {
                                            kind: 'ObjectValue',
                                            fields: [
                                                {
                                                    kind: 'ObjectField',
                                                    name: { kind: 'Name', value: 'id' },
                                                    value: {
                                                        kind: 'Variable',
                                                        name: { kind: 'Name', value: 'id' },
                                                    },
                                                },
                                                {
                                                    kind: 'ObjectField',
                                                    name: { kind: 'Name', value: 'trackInventory' },
                                                    value: { kind: 'EnumValue', value: 'TRUE' },
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'trackInventory' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<LgTrackInventoryMutation, LgTrackInventoryMutationVariables>;
export const LgReceiveGoodsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'LgReceiveGoods' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'warehouseId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'productVariantId' } },
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
                        name: { kind: 'Name', value: 'receiveGoods' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: {
                                    kind: 'ObjectValue',
                                    fields: [
                                        {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'warehouseId' },
                                            value: {
                                                kind: 'Variable',
                                                name: { kind: 'Name', value: 'warehouseId' },
                                            },
                                        },
                                        {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'lines' },
                                            value: {
                                                kind: 'ListValue',
                                                values: [
                                                    {
                                                        kind: 'ObjectValue',
                                                        fields: [
                                                            {
                                                                kind: 'ObjectField',
                                                                name: {
                                                                    kind: 'Name',
                                                                    value: 'productVariantId',
                                                                },
                                                                value: {
                                                                    kind: 'Variable',
                                                                    name: {
                                                                        kind: 'Name',
                                                                        value: 'productVariantId',
                                                                    },
                                                                },
                                                            },
                                                            {
                                                                kind: 'ObjectField',
                                                                name: {
                                                                    kind: 'Name',
                                                                    value: 'quantityReceived',
                                                                },
                                                                value: {
                                                                    kind: 'Variable',
                                                                    name: { kind: 'Name', value: 'quantity' },
                                                                },
                                                            },
                                                        ],
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
} as unknown as DocumentNode<LgReceiveGoodsMutation, LgReceiveGoodsMutationVariables>;
export const LgStockLocationsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgStockLocations' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLocations' },
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
} as unknown as DocumentNode<LgStockLocationsQuery, LgStockLocationsQueryVariables>;
export const LgTrackingJobsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'LgTrackingJobs' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'jobs' },
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
                                                        name: { kind: 'Name', value: 'queueName' },
                                                        value: {
                                                            kind: 'ObjectValue',
                                                            fields: [
                                                                {
                                                                    kind: 'ObjectField',
                                                                    name: { kind: 'Name', value: 'eq' },
                                                                    value: {
                                                                        kind: 'StringValue',
                                                                        value: 'logistics-tracking-events',
                                                                        block: false,
                                                                    },
                                                                },
                                                            ],
                                                        },
                                                    },
                                                ],
                                            },
                                        },
                                        {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'take' },
                                            value: { kind: 'IntValue', value: '1000' },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'data' } },
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
} as unknown as DocumentNode<LgTrackingJobsQuery, LgTrackingJobsQueryVariables>;
