import * as Types from '../../../../src/testing/graphql/schema-types-admin';

import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type WhSupplierFieldsFragment = {
    __typename?: 'Supplier';
    id: string;
    code: string;
    name: string;
    contactName?: string | null;
    emailAddress?: string | null;
    leadTimeDays: number;
    currencyCode: Types.CurrencyCode;
    allowOverReceipt: boolean;
    active: boolean;
};

export type WhCreateSupplierMutationVariables = Types.Exact<{
    input: Types.CreateSupplierInput;
}>;

export type WhCreateSupplierMutation = {
    __typename?: 'Mutation';
    createSupplier:
        | { __typename: 'DuplicateCodeError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'Supplier';
              id: string;
              code: string;
              name: string;
              contactName?: string | null;
              emailAddress?: string | null;
              leadTimeDays: number;
              currencyCode: Types.CurrencyCode;
              allowOverReceipt: boolean;
              active: boolean;
          };
};

export type WhUpdateSupplierMutationVariables = Types.Exact<{
    input: Types.UpdateSupplierInput;
}>;

export type WhUpdateSupplierMutation = {
    __typename?: 'Mutation';
    updateSupplier:
        | { __typename: 'DuplicateCodeError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'Supplier';
              id: string;
              code: string;
              name: string;
              contactName?: string | null;
              emailAddress?: string | null;
              leadTimeDays: number;
              currencyCode: Types.CurrencyCode;
              allowOverReceipt: boolean;
              active: boolean;
          };
};

export type WhDeleteSupplierMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type WhDeleteSupplierMutation = {
    __typename?: 'Mutation';
    deleteSupplier: {
        __typename?: 'DeletionResponse';
        result: Types.DeletionResult;
        message?: string | null;
    };
};

export type WhSuppliersQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.SupplierListOptions>;
}>;

export type WhSuppliersQuery = {
    __typename?: 'Query';
    suppliers: {
        __typename?: 'SupplierList';
        totalItems: number;
        items: Array<{
            __typename?: 'Supplier';
            id: string;
            code: string;
            name: string;
            contactName?: string | null;
            emailAddress?: string | null;
            leadTimeDays: number;
            currencyCode: Types.CurrencyCode;
            allowOverReceipt: boolean;
            active: boolean;
        }>;
    };
};

export type WhPurchaseOrderFieldsFragment = {
    __typename?: 'PurchaseOrder';
    id: string;
    code: string;
    state: Types.PurchaseOrderState;
    currencyCode: Types.CurrencyCode;
    expectedDate?: string | null;
    overdue: boolean;
    autoDrafted: boolean;
    totalQuantity: number;
    total: number;
    supplier: { __typename?: 'Supplier'; id: string; code: string };
    warehouse: { __typename?: 'Warehouse'; id: string; code: string };
    lines: Array<{
        __typename?: 'PurchaseOrderLine';
        id: string;
        productVariantId: string;
        quantity: number;
        unitPrice: number;
        lineTotal: number;
        quantityReceived: number;
        quantityRejected: number;
        quantityOutstanding: number;
    }>;
    receipts: Array<{
        __typename?: 'GoodsReceipt';
        id: string;
        code: string;
        state: Types.GoodsReceiptState;
    }>;
};

export type WhCreatePurchaseOrderMutationVariables = Types.Exact<{
    input: Types.CreatePurchaseOrderInput;
}>;

export type WhCreatePurchaseOrderMutation = {
    __typename?: 'Mutation';
    createPurchaseOrder: {
        __typename?: 'PurchaseOrder';
        id: string;
        code: string;
        state: Types.PurchaseOrderState;
        currencyCode: Types.CurrencyCode;
        expectedDate?: string | null;
        overdue: boolean;
        autoDrafted: boolean;
        totalQuantity: number;
        total: number;
        supplier: { __typename?: 'Supplier'; id: string; code: string };
        warehouse: { __typename?: 'Warehouse'; id: string; code: string };
        lines: Array<{
            __typename?: 'PurchaseOrderLine';
            id: string;
            productVariantId: string;
            quantity: number;
            unitPrice: number;
            lineTotal: number;
            quantityReceived: number;
            quantityRejected: number;
            quantityOutstanding: number;
        }>;
        receipts: Array<{
            __typename?: 'GoodsReceipt';
            id: string;
            code: string;
            state: Types.GoodsReceiptState;
        }>;
    };
};

export type WhUpdatePurchaseOrderMutationVariables = Types.Exact<{
    input: Types.UpdatePurchaseOrderInput;
}>;

export type WhUpdatePurchaseOrderMutation = {
    __typename?: 'Mutation';
    updatePurchaseOrder:
        | { __typename: 'DocumentStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'EmptyDocumentError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'PurchaseOrder';
              id: string;
              code: string;
              state: Types.PurchaseOrderState;
              currencyCode: Types.CurrencyCode;
              expectedDate?: string | null;
              overdue: boolean;
              autoDrafted: boolean;
              totalQuantity: number;
              total: number;
              supplier: { __typename?: 'Supplier'; id: string; code: string };
              warehouse: { __typename?: 'Warehouse'; id: string; code: string };
              lines: Array<{
                  __typename?: 'PurchaseOrderLine';
                  id: string;
                  productVariantId: string;
                  quantity: number;
                  unitPrice: number;
                  lineTotal: number;
                  quantityReceived: number;
                  quantityRejected: number;
                  quantityOutstanding: number;
              }>;
              receipts: Array<{
                  __typename?: 'GoodsReceipt';
                  id: string;
                  code: string;
                  state: Types.GoodsReceiptState;
              }>;
          };
};

export type WhSendPurchaseOrderMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type WhSendPurchaseOrderMutation = {
    __typename?: 'Mutation';
    sendPurchaseOrder:
        | { __typename: 'DocumentStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'EmptyDocumentError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'PurchaseOrder';
              id: string;
              code: string;
              state: Types.PurchaseOrderState;
              currencyCode: Types.CurrencyCode;
              expectedDate?: string | null;
              overdue: boolean;
              autoDrafted: boolean;
              totalQuantity: number;
              total: number;
              supplier: { __typename?: 'Supplier'; id: string; code: string };
              warehouse: { __typename?: 'Warehouse'; id: string; code: string };
              lines: Array<{
                  __typename?: 'PurchaseOrderLine';
                  id: string;
                  productVariantId: string;
                  quantity: number;
                  unitPrice: number;
                  lineTotal: number;
                  quantityReceived: number;
                  quantityRejected: number;
                  quantityOutstanding: number;
              }>;
              receipts: Array<{
                  __typename?: 'GoodsReceipt';
                  id: string;
                  code: string;
                  state: Types.GoodsReceiptState;
              }>;
          };
};

export type WhCancelPurchaseOrderMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type WhCancelPurchaseOrderMutation = {
    __typename?: 'Mutation';
    cancelPurchaseOrder:
        | { __typename: 'DocumentStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'EmptyDocumentError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'PurchaseOrder'; id: string; state: Types.PurchaseOrderState };
};

export type WhDeletePurchaseOrderMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type WhDeletePurchaseOrderMutation = {
    __typename?: 'Mutation';
    deletePurchaseOrder: {
        __typename?: 'DeletionResponse';
        result: Types.DeletionResult;
        message?: string | null;
    };
};

export type WhPurchaseOrdersQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.PurchaseOrderListOptions>;
}>;

export type WhPurchaseOrdersQuery = {
    __typename?: 'Query';
    purchaseOrders: {
        __typename?: 'PurchaseOrderList';
        totalItems: number;
        items: Array<{
            __typename?: 'PurchaseOrder';
            id: string;
            code: string;
            state: Types.PurchaseOrderState;
            currencyCode: Types.CurrencyCode;
            expectedDate?: string | null;
            overdue: boolean;
            autoDrafted: boolean;
            totalQuantity: number;
            total: number;
            supplier: { __typename?: 'Supplier'; id: string; code: string };
            warehouse: { __typename?: 'Warehouse'; id: string; code: string };
            lines: Array<{
                __typename?: 'PurchaseOrderLine';
                id: string;
                productVariantId: string;
                quantity: number;
                unitPrice: number;
                lineTotal: number;
                quantityReceived: number;
                quantityRejected: number;
                quantityOutstanding: number;
            }>;
            receipts: Array<{
                __typename?: 'GoodsReceipt';
                id: string;
                code: string;
                state: Types.GoodsReceiptState;
            }>;
        }>;
    };
};

export type WhPurchaseOrderQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type WhPurchaseOrderQuery = {
    __typename?: 'Query';
    purchaseOrder?: {
        __typename?: 'PurchaseOrder';
        id: string;
        code: string;
        state: Types.PurchaseOrderState;
        currencyCode: Types.CurrencyCode;
        expectedDate?: string | null;
        overdue: boolean;
        autoDrafted: boolean;
        totalQuantity: number;
        total: number;
        supplier: { __typename?: 'Supplier'; id: string; code: string };
        warehouse: { __typename?: 'Warehouse'; id: string; code: string };
        lines: Array<{
            __typename?: 'PurchaseOrderLine';
            id: string;
            productVariantId: string;
            quantity: number;
            unitPrice: number;
            lineTotal: number;
            quantityReceived: number;
            quantityRejected: number;
            quantityOutstanding: number;
        }>;
        receipts: Array<{
            __typename?: 'GoodsReceipt';
            id: string;
            code: string;
            state: Types.GoodsReceiptState;
        }>;
    } | null;
};

export type WhRunPurchaseOrderOverdueCheckMutationVariables = Types.Exact<{ [key: string]: never }>;

export type WhRunPurchaseOrderOverdueCheckMutation = {
    __typename?: 'Mutation';
    runPurchaseOrderOverdueCheck: {
        __typename?: 'PurchaseOrderOverdueCheckResult';
        checked: number;
        newlyOverdue: number;
    };
};

export type WhGoodsReceiptFieldsFragment = {
    __typename?: 'GoodsReceipt';
    id: string;
    code: string;
    state: Types.GoodsReceiptState;
    source: Types.GoodsReceiptSource;
    reference?: string | null;
    note?: string | null;
    hasDiscrepancy: boolean;
    warehouse: { __typename?: 'Warehouse'; code: string };
    purchaseOrder?: { __typename?: 'PurchaseOrder'; code: string; state: Types.PurchaseOrderState } | null;
    stockTransfer?: { __typename?: 'StockTransfer'; code: string; state: Types.StockTransferState } | null;
    lines: Array<{
        __typename?: 'GoodsReceiptLine';
        productVariantId: string;
        purchaseOrderLineId?: string | null;
        stockTransferLineId?: string | null;
        quantityReceived: number;
        quantityRejected: number;
        quantityAccepted: number;
        note?: string | null;
    }>;
};

export type WhCreateGoodsReceiptMutationVariables = Types.Exact<{
    input: Types.CreateGoodsReceiptInput;
}>;

export type WhCreateGoodsReceiptMutation = {
    __typename?: 'Mutation';
    createGoodsReceipt:
        | { __typename: 'DocumentStateError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'GoodsReceipt';
              id: string;
              code: string;
              state: Types.GoodsReceiptState;
              source: Types.GoodsReceiptSource;
              reference?: string | null;
              note?: string | null;
              hasDiscrepancy: boolean;
              warehouse: { __typename?: 'Warehouse'; code: string };
              purchaseOrder?: {
                  __typename?: 'PurchaseOrder';
                  code: string;
                  state: Types.PurchaseOrderState;
              } | null;
              stockTransfer?: {
                  __typename?: 'StockTransfer';
                  code: string;
                  state: Types.StockTransferState;
              } | null;
              lines: Array<{
                  __typename?: 'GoodsReceiptLine';
                  productVariantId: string;
                  purchaseOrderLineId?: string | null;
                  stockTransferLineId?: string | null;
                  quantityReceived: number;
                  quantityRejected: number;
                  quantityAccepted: number;
                  note?: string | null;
              }>;
          };
};

export type WhUpdateGoodsReceiptMutationVariables = Types.Exact<{
    input: Types.UpdateGoodsReceiptInput;
}>;

export type WhUpdateGoodsReceiptMutation = {
    __typename?: 'Mutation';
    updateGoodsReceipt:
        | { __typename: 'DocumentStateError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'GoodsReceipt';
              id: string;
              code: string;
              state: Types.GoodsReceiptState;
              source: Types.GoodsReceiptSource;
              reference?: string | null;
              note?: string | null;
              hasDiscrepancy: boolean;
              warehouse: { __typename?: 'Warehouse'; code: string };
              purchaseOrder?: {
                  __typename?: 'PurchaseOrder';
                  code: string;
                  state: Types.PurchaseOrderState;
              } | null;
              stockTransfer?: {
                  __typename?: 'StockTransfer';
                  code: string;
                  state: Types.StockTransferState;
              } | null;
              lines: Array<{
                  __typename?: 'GoodsReceiptLine';
                  productVariantId: string;
                  purchaseOrderLineId?: string | null;
                  stockTransferLineId?: string | null;
                  quantityReceived: number;
                  quantityRejected: number;
                  quantityAccepted: number;
                  note?: string | null;
              }>;
          };
};

export type WhPostGoodsReceiptMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type WhPostGoodsReceiptMutation = {
    __typename?: 'Mutation';
    postGoodsReceipt:
        | { __typename: 'DocumentStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'EmptyDocumentError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'GoodsReceipt';
              id: string;
              code: string;
              state: Types.GoodsReceiptState;
              source: Types.GoodsReceiptSource;
              reference?: string | null;
              note?: string | null;
              hasDiscrepancy: boolean;
              warehouse: { __typename?: 'Warehouse'; code: string };
              purchaseOrder?: {
                  __typename?: 'PurchaseOrder';
                  code: string;
                  state: Types.PurchaseOrderState;
              } | null;
              stockTransfer?: {
                  __typename?: 'StockTransfer';
                  code: string;
                  state: Types.StockTransferState;
              } | null;
              lines: Array<{
                  __typename?: 'GoodsReceiptLine';
                  productVariantId: string;
                  purchaseOrderLineId?: string | null;
                  stockTransferLineId?: string | null;
                  quantityReceived: number;
                  quantityRejected: number;
                  quantityAccepted: number;
                  note?: string | null;
              }>;
          }
        | {
              __typename: 'OverReceiptError';
              errorCode: Types.ErrorCode;
              message: string;
              sku: string;
              quantityOutstanding: number;
              quantityAccepted: number;
          };
};

export type WhReceiveGoodsMutationVariables = Types.Exact<{
    input: Types.CreateGoodsReceiptInput;
}>;

export type WhReceiveGoodsMutation = {
    __typename?: 'Mutation';
    receiveGoods:
        | { __typename: 'DocumentStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'EmptyDocumentError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'GoodsReceipt';
              id: string;
              code: string;
              state: Types.GoodsReceiptState;
              source: Types.GoodsReceiptSource;
              reference?: string | null;
              note?: string | null;
              hasDiscrepancy: boolean;
              warehouse: { __typename?: 'Warehouse'; code: string };
              purchaseOrder?: {
                  __typename?: 'PurchaseOrder';
                  code: string;
                  state: Types.PurchaseOrderState;
              } | null;
              stockTransfer?: {
                  __typename?: 'StockTransfer';
                  code: string;
                  state: Types.StockTransferState;
              } | null;
              lines: Array<{
                  __typename?: 'GoodsReceiptLine';
                  productVariantId: string;
                  purchaseOrderLineId?: string | null;
                  stockTransferLineId?: string | null;
                  quantityReceived: number;
                  quantityRejected: number;
                  quantityAccepted: number;
                  note?: string | null;
              }>;
          }
        | {
              __typename: 'OverReceiptError';
              errorCode: Types.ErrorCode;
              message: string;
              sku: string;
              quantityOutstanding: number;
              quantityAccepted: number;
          };
};

export type WhCancelGoodsReceiptMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type WhCancelGoodsReceiptMutation = {
    __typename?: 'Mutation';
    cancelGoodsReceipt:
        | { __typename: 'DocumentStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'GoodsReceipt'; id: string; state: Types.GoodsReceiptState };
};

export type WhGoodsReceiptsQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.GoodsReceiptListOptions>;
}>;

export type WhGoodsReceiptsQuery = {
    __typename?: 'Query';
    goodsReceipts: {
        __typename?: 'GoodsReceiptList';
        totalItems: number;
        items: Array<{
            __typename?: 'GoodsReceipt';
            id: string;
            code: string;
            state: Types.GoodsReceiptState;
            source: Types.GoodsReceiptSource;
            reference?: string | null;
            note?: string | null;
            hasDiscrepancy: boolean;
            warehouse: { __typename?: 'Warehouse'; code: string };
            purchaseOrder?: {
                __typename?: 'PurchaseOrder';
                code: string;
                state: Types.PurchaseOrderState;
            } | null;
            stockTransfer?: {
                __typename?: 'StockTransfer';
                code: string;
                state: Types.StockTransferState;
            } | null;
            lines: Array<{
                __typename?: 'GoodsReceiptLine';
                productVariantId: string;
                purchaseOrderLineId?: string | null;
                stockTransferLineId?: string | null;
                quantityReceived: number;
                quantityRejected: number;
                quantityAccepted: number;
                note?: string | null;
            }>;
        }>;
    };
};

export type WhStockTransferFieldsFragment = {
    __typename?: 'StockTransfer';
    id: string;
    code: string;
    state: Types.StockTransferState;
    totalQuantity: number;
    dispatchedAt?: string | null;
    receivedAt?: string | null;
    sourceWarehouse: { __typename?: 'Warehouse'; code: string };
    destinationWarehouse: { __typename?: 'Warehouse'; code: string };
    lines: Array<{
        __typename?: 'StockTransferLine';
        productVariantId: string;
        quantity: number;
        quantityReceived: number;
        quantityRejected: number;
        discrepancy?: number | null;
        note?: string | null;
    }>;
    receipt?: { __typename?: 'GoodsReceipt'; code: string; state: Types.GoodsReceiptState } | null;
};

export type WhCreateStockTransferMutationVariables = Types.Exact<{
    input: Types.CreateStockTransferInput;
}>;

export type WhCreateStockTransferMutation = {
    __typename?: 'Mutation';
    createStockTransfer: {
        __typename?: 'StockTransfer';
        id: string;
        code: string;
        state: Types.StockTransferState;
        totalQuantity: number;
        dispatchedAt?: string | null;
        receivedAt?: string | null;
        sourceWarehouse: { __typename?: 'Warehouse'; code: string };
        destinationWarehouse: { __typename?: 'Warehouse'; code: string };
        lines: Array<{
            __typename?: 'StockTransferLine';
            productVariantId: string;
            quantity: number;
            quantityReceived: number;
            quantityRejected: number;
            discrepancy?: number | null;
            note?: string | null;
        }>;
        receipt?: { __typename?: 'GoodsReceipt'; code: string; state: Types.GoodsReceiptState } | null;
    };
};

export type WhUpdateStockTransferMutationVariables = Types.Exact<{
    input: Types.UpdateStockTransferInput;
}>;

export type WhUpdateStockTransferMutation = {
    __typename?: 'Mutation';
    updateStockTransfer:
        | { __typename: 'DocumentStateError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'StockTransfer';
              id: string;
              code: string;
              state: Types.StockTransferState;
              totalQuantity: number;
              dispatchedAt?: string | null;
              receivedAt?: string | null;
              sourceWarehouse: { __typename?: 'Warehouse'; code: string };
              destinationWarehouse: { __typename?: 'Warehouse'; code: string };
              lines: Array<{
                  __typename?: 'StockTransferLine';
                  productVariantId: string;
                  quantity: number;
                  quantityReceived: number;
                  quantityRejected: number;
                  discrepancy?: number | null;
                  note?: string | null;
              }>;
              receipt?: { __typename?: 'GoodsReceipt'; code: string; state: Types.GoodsReceiptState } | null;
          };
};

export type WhDispatchStockTransferMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type WhDispatchStockTransferMutation = {
    __typename?: 'Mutation';
    dispatchStockTransfer:
        | { __typename: 'DocumentStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'EmptyDocumentError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'InsufficientWarehouseStockError';
              errorCode: Types.ErrorCode;
              message: string;
              sku: string;
              quantityAvailable: number;
              quantityRequested: number;
          }
        | {
              __typename: 'StockTransfer';
              id: string;
              code: string;
              state: Types.StockTransferState;
              totalQuantity: number;
              dispatchedAt?: string | null;
              receivedAt?: string | null;
              sourceWarehouse: { __typename?: 'Warehouse'; code: string };
              destinationWarehouse: { __typename?: 'Warehouse'; code: string };
              lines: Array<{
                  __typename?: 'StockTransferLine';
                  productVariantId: string;
                  quantity: number;
                  quantityReceived: number;
                  quantityRejected: number;
                  discrepancy?: number | null;
                  note?: string | null;
              }>;
              receipt?: { __typename?: 'GoodsReceipt'; code: string; state: Types.GoodsReceiptState } | null;
          };
};

export type WhCancelStockTransferMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type WhCancelStockTransferMutation = {
    __typename?: 'Mutation';
    cancelStockTransfer:
        | { __typename: 'DocumentStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'StockTransfer'; id: string; state: Types.StockTransferState };
};

export type WhStockTransfersQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.StockTransferListOptions>;
}>;

export type WhStockTransfersQuery = {
    __typename?: 'Query';
    stockTransfers: {
        __typename?: 'StockTransferList';
        totalItems: number;
        items: Array<{
            __typename?: 'StockTransfer';
            id: string;
            code: string;
            state: Types.StockTransferState;
            totalQuantity: number;
            dispatchedAt?: string | null;
            receivedAt?: string | null;
            sourceWarehouse: { __typename?: 'Warehouse'; code: string };
            destinationWarehouse: { __typename?: 'Warehouse'; code: string };
            lines: Array<{
                __typename?: 'StockTransferLine';
                productVariantId: string;
                quantity: number;
                quantityReceived: number;
                quantityRejected: number;
                discrepancy?: number | null;
                note?: string | null;
            }>;
            receipt?: { __typename?: 'GoodsReceipt'; code: string; state: Types.GoodsReceiptState } | null;
        }>;
    };
};

export type WhStockCountFieldsFragment = {
    __typename?: 'StockCount';
    id: string;
    code: string;
    state: Types.StockCountState;
    fullCount: boolean;
    countedLines: number;
    totalLines: number;
    warehouse: { __typename?: 'Warehouse'; code: string };
};

export type WhStockCountLineFieldsFragment = {
    __typename?: 'StockCountLine';
    id: string;
    productVariantId: string;
    countedQuantity?: number | null;
    stockOnHandAtCount?: number | null;
    currentStockOnHand: number;
    difference?: number | null;
    postedAdjustment?: number | null;
};

export type WhOpenStockCountMutationVariables = Types.Exact<{
    input: Types.OpenStockCountInput;
}>;

export type WhOpenStockCountMutation = {
    __typename?: 'Mutation';
    openStockCount: {
        __typename?: 'StockCount';
        id: string;
        code: string;
        state: Types.StockCountState;
        fullCount: boolean;
        countedLines: number;
        totalLines: number;
        warehouse: { __typename?: 'Warehouse'; code: string };
    };
};

export type WhScanStockCountMutationVariables = Types.Exact<{
    input: Types.ScanStockCountInput;
}>;

export type WhScanStockCountMutation = {
    __typename?: 'Mutation';
    scanStockCount:
        | { __typename: 'DocumentStateError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'StockCountLine';
              id: string;
              productVariantId: string;
              countedQuantity?: number | null;
              stockOnHandAtCount?: number | null;
              currentStockOnHand: number;
              difference?: number | null;
              postedAdjustment?: number | null;
          }
        | { __typename: 'UnknownBarcodeError'; errorCode: Types.ErrorCode; message: string; code: string };
};

export type WhSetStockCountQuantityMutationVariables = Types.Exact<{
    input: Types.SetStockCountQuantityInput;
}>;

export type WhSetStockCountQuantityMutation = {
    __typename?: 'Mutation';
    setStockCountQuantity:
        | { __typename: 'DocumentStateError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'StockCountLine';
              id: string;
              productVariantId: string;
              countedQuantity?: number | null;
              stockOnHandAtCount?: number | null;
              currentStockOnHand: number;
              difference?: number | null;
              postedAdjustment?: number | null;
          };
};

export type WhPostStockCountMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type WhPostStockCountMutation = {
    __typename?: 'Mutation';
    postStockCount:
        | { __typename: 'DocumentStateError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'StockCount';
              postedAt?: string | null;
              id: string;
              code: string;
              state: Types.StockCountState;
              fullCount: boolean;
              countedLines: number;
              totalLines: number;
              warehouse: { __typename?: 'Warehouse'; code: string };
          };
};

export type WhCancelStockCountMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type WhCancelStockCountMutation = {
    __typename?: 'Mutation';
    cancelStockCount:
        | { __typename: 'DocumentStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'StockCount'; id: string; state: Types.StockCountState };
};

export type WhStockCountLinesQueryVariables = Types.Exact<{
    stockCountId: Types.Scalars['ID']['input'];
}>;

export type WhStockCountLinesQuery = {
    __typename?: 'Query';
    stockCountLines: {
        __typename?: 'StockCountLineList';
        totalItems: number;
        items: Array<{
            __typename?: 'StockCountLine';
            id: string;
            productVariantId: string;
            countedQuantity?: number | null;
            stockOnHandAtCount?: number | null;
            currentStockOnHand: number;
            difference?: number | null;
            postedAdjustment?: number | null;
        }>;
    };
};

export type WhStockCountsQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.StockCountListOptions>;
}>;

export type WhStockCountsQuery = {
    __typename?: 'Query';
    stockCounts: {
        __typename?: 'StockCountList';
        totalItems: number;
        items: Array<{
            __typename?: 'StockCount';
            id: string;
            code: string;
            state: Types.StockCountState;
            fullCount: boolean;
            countedLines: number;
            totalLines: number;
            warehouse: { __typename?: 'Warehouse'; code: string };
        }>;
    };
};

export type WhReorderPointFieldsFragment = {
    __typename?: 'ReorderPoint';
    id: string;
    productVariantId: string;
    minQuantity: number;
    reorderQuantity: number;
    autoDraftPurchaseOrder: boolean;
    belowMinimum: boolean;
    available: number;
    warehouse: { __typename?: 'Warehouse'; code: string };
    preferredSupplier?: { __typename?: 'Supplier'; code: string } | null;
};

export type WhCreateReorderPointMutationVariables = Types.Exact<{
    input: Types.CreateReorderPointInput;
}>;

export type WhCreateReorderPointMutation = {
    __typename?: 'Mutation';
    createReorderPoint: {
        __typename?: 'ReorderPoint';
        id: string;
        productVariantId: string;
        minQuantity: number;
        reorderQuantity: number;
        autoDraftPurchaseOrder: boolean;
        belowMinimum: boolean;
        available: number;
        warehouse: { __typename?: 'Warehouse'; code: string };
        preferredSupplier?: { __typename?: 'Supplier'; code: string } | null;
    };
};

export type WhUpdateReorderPointMutationVariables = Types.Exact<{
    input: Types.UpdateReorderPointInput;
}>;

export type WhUpdateReorderPointMutation = {
    __typename?: 'Mutation';
    updateReorderPoint: {
        __typename?: 'ReorderPoint';
        id: string;
        productVariantId: string;
        minQuantity: number;
        reorderQuantity: number;
        autoDraftPurchaseOrder: boolean;
        belowMinimum: boolean;
        available: number;
        warehouse: { __typename?: 'Warehouse'; code: string };
        preferredSupplier?: { __typename?: 'Supplier'; code: string } | null;
    };
};

export type WhReorderPointsQueryVariables = Types.Exact<{
    belowMinimumOnly?: Types.InputMaybe<Types.Scalars['Boolean']['input']>;
    warehouseId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
}>;

export type WhReorderPointsQuery = {
    __typename?: 'Query';
    reorderPoints: {
        __typename?: 'ReorderPointList';
        totalItems: number;
        items: Array<{
            __typename?: 'ReorderPoint';
            id: string;
            productVariantId: string;
            minQuantity: number;
            reorderQuantity: number;
            autoDraftPurchaseOrder: boolean;
            belowMinimum: boolean;
            available: number;
            warehouse: { __typename?: 'Warehouse'; code: string };
            preferredSupplier?: { __typename?: 'Supplier'; code: string } | null;
        }>;
    };
};

export type WhDemoCountsQueryVariables = Types.Exact<{ [key: string]: never }>;

export type WhDemoCountsQuery = {
    __typename?: 'Query';
    warehouses: {
        __typename?: 'WarehouseList';
        totalItems: number;
        items: Array<{ __typename?: 'Warehouse'; code: string; name: string; pickupPoint: boolean }>;
    };
    suppliers: { __typename?: 'SupplierList'; totalItems: number };
    purchaseOrders: {
        __typename?: 'PurchaseOrderList';
        items: Array<{ __typename?: 'PurchaseOrder'; state: Types.PurchaseOrderState }>;
    };
    stockTransfers: {
        __typename?: 'StockTransferList';
        items: Array<{ __typename?: 'StockTransfer'; state: Types.StockTransferState }>;
    };
    reorderPoints: {
        __typename?: 'ReorderPointList';
        items: Array<{ __typename?: 'ReorderPoint'; belowMinimum: boolean }>;
    };
};

export type WhDemoPickupOrderQueryVariables = Types.Exact<{
    lastName: Types.Scalars['String']['input'];
}>;

export type WhDemoPickupOrderQuery = {
    __typename?: 'Query';
    orders: {
        __typename?: 'OrderList';
        items: Array<{
            __typename?: 'Order';
            id: string;
            state: string;
            customer?: { __typename?: 'Customer'; emailAddress: string } | null;
            shippingLines: Array<{
                __typename?: 'ShippingLine';
                shippingMethod: { __typename?: 'ShippingMethod'; code: string };
            }>;
        }>;
    };
    shippingMethods: {
        __typename?: 'ShippingMethodList';
        items: Array<{
            __typename?: 'ShippingMethod';
            code: string;
            name: string;
            translations: Array<{
                __typename?: 'ShippingMethodTranslation';
                languageCode: Types.LanguageCode;
                name: string;
            }>;
        }>;
    };
};

export type WhLinkSupplierSellerMutationVariables = Types.Exact<{
    input: Types.UpdateSupplierInput;
}>;

export type WhLinkSupplierSellerMutation = {
    __typename?: 'Mutation';
    updateSupplier:
        | { __typename: 'DuplicateCodeError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'Supplier';
              id: string;
              marketplaceSellerId?: string | null;
              marketplaceSeller?: {
                  __typename?: 'SupplierMarketplaceSeller';
                  id: string;
                  code: string;
                  name: string;
              } | null;
          };
};

export type WhCreateSupplierWithSellerMutationVariables = Types.Exact<{
    input: Types.CreateSupplierInput;
}>;

export type WhCreateSupplierWithSellerMutation = {
    __typename?: 'Mutation';
    createSupplier:
        | { __typename: 'DuplicateCodeError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'Supplier';
              id: string;
              marketplaceSellerId?: string | null;
              marketplaceSeller?: {
                  __typename?: 'SupplierMarketplaceSeller';
                  id: string;
                  name: string;
              } | null;
          };
};

export type WhSupplierSellerQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type WhSupplierSellerQuery = {
    __typename?: 'Query';
    supplier?: {
        __typename?: 'Supplier';
        id: string;
        marketplaceSellerId?: string | null;
        marketplaceSeller?: {
            __typename?: 'SupplierMarketplaceSeller';
            id: string;
            code: string;
            name: string;
        } | null;
    } | null;
};

export type WhWarehouseFieldsFragment = {
    __typename?: 'Warehouse';
    id: string;
    createdAt: string;
    updatedAt: string;
    code: string;
    name: string;
    type: Types.WarehouseType;
    active: boolean;
    priority: number;
    pickupPoint: boolean;
    pickupInstructions?: string | null;
    stockLocationId: string;
    stockLocation: { __typename?: 'StockLocation'; id: string; name: string; createdAt: string };
    address?: {
        __typename?: 'WarehouseAddress';
        streetLine1: string;
        city?: string | null;
        countryCode: string;
    } | null;
    zones: Array<{ __typename?: 'Zone'; id: string; name: string }>;
    channels: Array<{ __typename?: 'Channel'; id: string; code: string }>;
};

export type WhCreateWarehouseMutationVariables = Types.Exact<{
    input: Types.CreateWarehouseInput;
}>;

export type WhCreateWarehouseMutation = {
    __typename?: 'Mutation';
    createWarehouse:
        | { __typename: 'DuplicateCodeError'; errorCode: Types.ErrorCode; message: string; code: string }
        | {
              __typename: 'Warehouse';
              id: string;
              createdAt: string;
              updatedAt: string;
              code: string;
              name: string;
              type: Types.WarehouseType;
              active: boolean;
              priority: number;
              pickupPoint: boolean;
              pickupInstructions?: string | null;
              stockLocationId: string;
              stockLocation: { __typename?: 'StockLocation'; id: string; name: string; createdAt: string };
              address?: {
                  __typename?: 'WarehouseAddress';
                  streetLine1: string;
                  city?: string | null;
                  countryCode: string;
              } | null;
              zones: Array<{ __typename?: 'Zone'; id: string; name: string }>;
              channels: Array<{ __typename?: 'Channel'; id: string; code: string }>;
          };
};

export type WhUpdateWarehouseMutationVariables = Types.Exact<{
    input: Types.UpdateWarehouseInput;
}>;

export type WhUpdateWarehouseMutation = {
    __typename?: 'Mutation';
    updateWarehouse:
        | { __typename: 'DuplicateCodeError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'Warehouse';
              id: string;
              createdAt: string;
              updatedAt: string;
              code: string;
              name: string;
              type: Types.WarehouseType;
              active: boolean;
              priority: number;
              pickupPoint: boolean;
              pickupInstructions?: string | null;
              stockLocationId: string;
              stockLocation: { __typename?: 'StockLocation'; id: string; name: string; createdAt: string };
              address?: {
                  __typename?: 'WarehouseAddress';
                  streetLine1: string;
                  city?: string | null;
                  countryCode: string;
              } | null;
              zones: Array<{ __typename?: 'Zone'; id: string; name: string }>;
              channels: Array<{ __typename?: 'Channel'; id: string; code: string }>;
          };
};

export type WhDeleteWarehouseMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type WhDeleteWarehouseMutation = {
    __typename?: 'Mutation';
    deleteWarehouse: {
        __typename?: 'DeletionResponse';
        result: Types.DeletionResult;
        message?: string | null;
    };
};

export type WhWarehousesQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.WarehouseListOptions>;
}>;

export type WhWarehousesQuery = {
    __typename?: 'Query';
    warehouses: {
        __typename?: 'WarehouseList';
        totalItems: number;
        items: Array<{
            __typename?: 'Warehouse';
            id: string;
            createdAt: string;
            updatedAt: string;
            code: string;
            name: string;
            type: Types.WarehouseType;
            active: boolean;
            priority: number;
            pickupPoint: boolean;
            pickupInstructions?: string | null;
            stockLocationId: string;
            stockLocation: { __typename?: 'StockLocation'; id: string; name: string; createdAt: string };
            address?: {
                __typename?: 'WarehouseAddress';
                streetLine1: string;
                city?: string | null;
                countryCode: string;
            } | null;
            zones: Array<{ __typename?: 'Zone'; id: string; name: string }>;
            channels: Array<{ __typename?: 'Channel'; id: string; code: string }>;
        }>;
    };
};

export type WhWarehouseQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type WhWarehouseQuery = {
    __typename?: 'Query';
    warehouse?: {
        __typename?: 'Warehouse';
        id: string;
        createdAt: string;
        updatedAt: string;
        code: string;
        name: string;
        type: Types.WarehouseType;
        active: boolean;
        priority: number;
        pickupPoint: boolean;
        pickupInstructions?: string | null;
        stockLocationId: string;
        stockLocation: { __typename?: 'StockLocation'; id: string; name: string; createdAt: string };
        address?: {
            __typename?: 'WarehouseAddress';
            streetLine1: string;
            city?: string | null;
            countryCode: string;
        } | null;
        zones: Array<{ __typename?: 'Zone'; id: string; name: string }>;
        channels: Array<{ __typename?: 'Channel'; id: string; code: string }>;
    } | null;
};

export type WhVariantWarehouseStockQueryVariables = Types.Exact<{
    productVariantId: Types.Scalars['ID']['input'];
}>;

export type WhVariantWarehouseStockQuery = {
    __typename?: 'Query';
    variantWarehouseStock: Array<{
        __typename?: 'WarehouseStockLevel';
        stockOnHand: number;
        stockAllocated: number;
        available: number;
        inTransit: number;
        onOrder: number;
        warehouse: {
            __typename?: 'Warehouse';
            id: string;
            createdAt: string;
            updatedAt: string;
            code: string;
            name: string;
            type: Types.WarehouseType;
            active: boolean;
            priority: number;
            pickupPoint: boolean;
            pickupInstructions?: string | null;
            stockLocationId: string;
            stockLocation: { __typename?: 'StockLocation'; id: string; name: string; createdAt: string };
            address?: {
                __typename?: 'WarehouseAddress';
                streetLine1: string;
                city?: string | null;
                countryCode: string;
            } | null;
            zones: Array<{ __typename?: 'Zone'; id: string; name: string }>;
            channels: Array<{ __typename?: 'Channel'; id: string; code: string }>;
        };
    }>;
};

export type WhWarehouseStockLevelsQueryVariables = Types.Exact<{
    warehouseId: Types.Scalars['ID']['input'];
    term?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;

export type WhWarehouseStockLevelsQuery = {
    __typename?: 'Query';
    warehouseStockLevels: {
        __typename?: 'WarehouseStockLevelList';
        totalItems: number;
        items: Array<{
            __typename?: 'WarehouseStockLevel';
            stockOnHand: number;
            stockAllocated: number;
            available: number;
            productVariant: { __typename?: 'ProductVariant'; id: string; sku: string };
        }>;
    };
};

export type WhStockLedgerQueryVariables = Types.Exact<{
    productVariantId: Types.Scalars['ID']['input'];
    warehouseId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
    dateRange?: Types.InputMaybe<Types.DateRange>;
    options?: Types.InputMaybe<Types.StockLedgerEntryListOptions>;
}>;

export type WhStockLedgerQuery = {
    __typename?: 'Query';
    stockLedger: {
        __typename?: 'StockLedgerEntryList';
        totalItems: number;
        items: Array<{
            __typename?: 'StockLedgerEntry';
            id: string;
            createdAt: string;
            type: Types.StockLedgerEntryType;
            stockLocationId: string;
            quantity: number;
            stockOnHandBefore: number;
            stockOnHandAfter: number;
            allocatedChange: number;
            stockAllocatedBefore: number;
            stockAllocatedAfter: number;
            documentType?: Types.StockDocumentType | null;
            documentId?: string | null;
            documentCode?: string | null;
            orderLineId?: string | null;
            userIdentifier?: string | null;
            warehouse?: { __typename?: 'Warehouse'; code: string } | null;
        }>;
    };
};

export type WhZonesQueryVariables = Types.Exact<{ [key: string]: never }>;

export type WhZonesQuery = {
    __typename?: 'Query';
    zones: { __typename?: 'ZoneList'; items: Array<{ __typename?: 'Zone'; id: string; name: string }> };
};

export type WhStockLocationsQueryVariables = Types.Exact<{ [key: string]: never }>;

export type WhStockLocationsQuery = {
    __typename?: 'Query';
    stockLocations: {
        __typename?: 'StockLocationList';
        items: Array<{ __typename?: 'StockLocation'; id: string; name: string }>;
    };
};

export type WhCreateStockLocationMutationVariables = Types.Exact<{
    input: Types.CreateStockLocationInput;
}>;

export type WhCreateStockLocationMutation = {
    __typename?: 'Mutation';
    createStockLocation: { __typename?: 'StockLocation'; id: string; name: string };
};

export type WhCreateProductMutationVariables = Types.Exact<{
    input: Types.CreateProductInput;
}>;

export type WhCreateProductMutation = {
    __typename?: 'Mutation';
    createProduct: { __typename?: 'Product'; id: string };
};

export type WhCreateVariantsMutationVariables = Types.Exact<{
    input: Array<Types.CreateProductVariantInput> | Types.CreateProductVariantInput;
}>;

export type WhCreateVariantsMutation = {
    __typename?: 'Mutation';
    createProductVariants: Array<{
        __typename?: 'ProductVariant';
        id: string;
        sku: string;
        stockOnHand: number;
    } | null>;
};

export type WhUpdateVariantsMutationVariables = Types.Exact<{
    input: Array<Types.UpdateProductVariantInput> | Types.UpdateProductVariantInput;
}>;

export type WhUpdateVariantsMutation = {
    __typename?: 'Mutation';
    updateProductVariants: Array<{ __typename?: 'ProductVariant'; id: string; stockOnHand: number } | null>;
};

export type WhUpdateGlobalSettingsMutationVariables = Types.Exact<{
    input: Types.UpdateGlobalSettingsInput;
}>;

export type WhUpdateGlobalSettingsMutation = {
    __typename?: 'Mutation';
    updateGlobalSettings:
        | { __typename: 'ChannelDefaultLanguageError' }
        | { __typename: 'GlobalSettings'; id: string; trackInventory: boolean; outOfStockThreshold: number };
};

export type WhUpdateChannelMutationVariables = Types.Exact<{
    input: Types.UpdateChannelInput;
}>;

export type WhUpdateChannelMutation = {
    __typename?: 'Mutation';
    updateChannel:
        | {
              __typename: 'Channel';
              id: string;
              customFields?: {
                  __typename?: 'ChannelCustomFields';
                  warehouseAllocationRule?: string | null;
                  warehousePickupAvailability?: boolean | null;
              } | null;
          }
        | { __typename: 'LanguageNotAvailableError' };
};

export type WhCreateChannelMutationVariables = Types.Exact<{
    input: Types.CreateChannelInput;
}>;

export type WhCreateChannelMutation = {
    __typename?: 'Mutation';
    createChannel:
        | { __typename: 'Channel'; id: string; code: string; token: string }
        | { __typename: 'LanguageNotAvailableError' };
};

export type WhOrderByCodeQueryVariables = Types.Exact<{
    code: Types.Scalars['String']['input'];
}>;

export type WhOrderByCodeQuery = {
    __typename?: 'Query';
    orders: {
        __typename?: 'OrderList';
        items: Array<{
            __typename?: 'Order';
            id: string;
            code: string;
            state: string;
            lines: Array<{
                __typename?: 'OrderLine';
                id: string;
                quantity: number;
                productVariant: { __typename?: 'ProductVariant'; id: string };
            }>;
            payments?: Array<{ __typename?: 'Payment'; id: string; state: string }> | null;
            fulfillments?: Array<{ __typename?: 'Fulfillment'; id: string; state: string }> | null;
        }>;
    };
};

export type WhSettlePaymentMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type WhSettlePaymentMutation = {
    __typename?: 'Mutation';
    settlePayment:
        | { __typename: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Payment'; id: string; state: string }
        | { __typename: 'PaymentStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'SettlePaymentError'; errorCode: Types.ErrorCode; message: string };
};

export type WhAddFulfillmentMutationVariables = Types.Exact<{
    input: Types.FulfillOrderInput;
}>;

export type WhAddFulfillmentMutation = {
    __typename?: 'Mutation';
    addFulfillmentToOrder:
        | {
              __typename: 'CreateFulfillmentError';
              errorCode: Types.ErrorCode;
              message: string;
              fulfillmentHandlerError: string;
          }
        | { __typename: 'EmptyOrderLineSelectionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Fulfillment'; id: string; state: string }
        | { __typename: 'FulfillmentStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'InsufficientStockOnHandError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'InvalidFulfillmentHandlerError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'ItemsAlreadyFulfilledError'; errorCode: Types.ErrorCode; message: string };
};

export type WhCancelOrderMutationVariables = Types.Exact<{
    input: Types.CancelOrderInput;
}>;

export type WhCancelOrderMutation = {
    __typename?: 'Mutation';
    cancelOrder:
        | { __typename: 'CancelActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'EmptyOrderLineSelectionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'MultipleOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Order'; id: string; state: string }
        | { __typename: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'QuantityTooGreatError'; errorCode: Types.ErrorCode; message: string };
};

export type WhAdminVariantStockQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type WhAdminVariantStockQuery = {
    __typename?: 'Query';
    productVariant?: {
        __typename?: 'ProductVariant';
        id: string;
        sku: string;
        stockOnHand: number;
        stockAllocated: number;
    } | null;
};

export type WhSetBarcodeMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
    barcode?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;

export type WhSetBarcodeMutation = {
    __typename?: 'Mutation';
    updateProductVariants: Array<{
        __typename?: 'ProductVariant';
        id: string;
        customFields?: { __typename?: 'ProductVariantCustomFields'; barcode?: string | null } | null;
    } | null>;
};

export type WhDeleteStockLocationMutationVariables = Types.Exact<{
    input: Types.DeleteStockLocationInput;
}>;

export type WhDeleteStockLocationMutation = {
    __typename?: 'Mutation';
    deleteStockLocation: {
        __typename?: 'DeletionResponse';
        result: Types.DeletionResult;
        message?: string | null;
    };
};

export type WhCreateShippingMethodMutationVariables = Types.Exact<{
    input: Types.CreateShippingMethodInput;
}>;

export type WhCreateShippingMethodMutation = {
    __typename?: 'Mutation';
    createShippingMethod: { __typename?: 'ShippingMethod'; id: string; code: string };
};

export type WhOrderPickupWarehouseQueryVariables = Types.Exact<{
    orderId: Types.Scalars['ID']['input'];
}>;

export type WhOrderPickupWarehouseQuery = {
    __typename?: 'Query';
    orderPickupWarehouse?: { __typename?: 'Warehouse'; id: string; code: string } | null;
};

export const WhSupplierFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'WhSupplierFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Supplier' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'emailAddress' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'allowOverReceipt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhSupplierFieldsFragment, unknown>;
export const WhPurchaseOrderFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'WhPurchaseOrderFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'expectedDate' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'autoDrafted' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'supplier' },
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
                        name: { kind: 'Name', value: 'warehouse' },
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
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'lineTotal' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityRejected' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityOutstanding' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'receipts' },
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
} as unknown as DocumentNode<WhPurchaseOrderFieldsFragment, unknown>;
export const WhGoodsReceiptFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'WhGoodsReceiptFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoodsReceipt' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasDiscrepancy' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'purchaseOrder' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockTransfer' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'purchaseOrderLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'stockTransferLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityRejected' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityAccepted' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhGoodsReceiptFieldsFragment, unknown>;
export const WhStockTransferFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'WhStockTransferFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockTransfer' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dispatchedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sourceWarehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'destinationWarehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityRejected' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'discrepancy' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'receipt' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhStockTransferFieldsFragment, unknown>;
export const WhStockCountFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'WhStockCountFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockCount' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fullCount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'countedLines' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalLines' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhStockCountFieldsFragment, unknown>;
export const WhStockCountLineFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'WhStockCountLineFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockCountLine' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'countedQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'stockOnHandAtCount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currentStockOnHand' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'difference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'postedAdjustment' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhStockCountLineFieldsFragment, unknown>;
export const WhReorderPointFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'WhReorderPointFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReorderPoint' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'minQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reorderQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'autoDraftPurchaseOrder' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'belowMinimum' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'preferredSupplier' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhReorderPointFieldsFragment, unknown>;
export const WhWarehouseFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'WhWarehouseFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Warehouse' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'pickupPoint' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'pickupInstructions' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'stockLocationId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLocation' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'address' },
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
                        name: { kind: 'Name', value: 'zones' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channels' },
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
} as unknown as DocumentNode<WhWarehouseFieldsFragment, unknown>;
export const WhCreateSupplierDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhCreateSupplier' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateSupplierInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createSupplier' },
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
                                        name: { kind: 'Name', value: 'Supplier' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'WhSupplierFields' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'DuplicateCodeError' },
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
            name: { kind: 'Name', value: 'WhSupplierFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Supplier' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'emailAddress' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'allowOverReceipt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhCreateSupplierMutation, WhCreateSupplierMutationVariables>;
export const WhUpdateSupplierDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhUpdateSupplier' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateSupplierInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateSupplier' },
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
                                        name: { kind: 'Name', value: 'Supplier' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'WhSupplierFields' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'DuplicateCodeError' },
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
            name: { kind: 'Name', value: 'WhSupplierFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Supplier' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'emailAddress' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'allowOverReceipt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhUpdateSupplierMutation, WhUpdateSupplierMutationVariables>;
export const WhDeleteSupplierDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhDeleteSupplier' },
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
                        name: { kind: 'Name', value: 'deleteSupplier' },
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
} as unknown as DocumentNode<WhDeleteSupplierMutation, WhDeleteSupplierMutationVariables>;
export const WhSuppliersDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhSuppliers' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'SupplierListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'suppliers' },
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
                                                name: { kind: 'Name', value: 'WhSupplierFields' },
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
            name: { kind: 'Name', value: 'WhSupplierFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Supplier' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'emailAddress' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'allowOverReceipt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhSuppliersQuery, WhSuppliersQueryVariables>;
export const WhCreatePurchaseOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhCreatePurchaseOrder' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'CreatePurchaseOrderInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createPurchaseOrder' },
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
                                    name: { kind: 'Name', value: 'WhPurchaseOrderFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'WhPurchaseOrderFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'expectedDate' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'autoDrafted' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'supplier' },
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
                        name: { kind: 'Name', value: 'warehouse' },
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
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'lineTotal' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityRejected' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityOutstanding' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'receipts' },
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
} as unknown as DocumentNode<WhCreatePurchaseOrderMutation, WhCreatePurchaseOrderMutationVariables>;
export const WhUpdatePurchaseOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhUpdatePurchaseOrder' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'UpdatePurchaseOrderInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updatePurchaseOrder' },
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
                                        name: { kind: 'Name', value: 'PurchaseOrder' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'WhPurchaseOrderFields' },
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
            name: { kind: 'Name', value: 'WhPurchaseOrderFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'expectedDate' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'autoDrafted' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'supplier' },
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
                        name: { kind: 'Name', value: 'warehouse' },
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
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'lineTotal' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityRejected' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityOutstanding' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'receipts' },
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
} as unknown as DocumentNode<WhUpdatePurchaseOrderMutation, WhUpdatePurchaseOrderMutationVariables>;
export const WhSendPurchaseOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhSendPurchaseOrder' },
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
                        name: { kind: 'Name', value: 'sendPurchaseOrder' },
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
                                        name: { kind: 'Name', value: 'PurchaseOrder' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'WhPurchaseOrderFields' },
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
            name: { kind: 'Name', value: 'WhPurchaseOrderFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'expectedDate' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'autoDrafted' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'supplier' },
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
                        name: { kind: 'Name', value: 'warehouse' },
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
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'lineTotal' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityRejected' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityOutstanding' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'receipts' },
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
} as unknown as DocumentNode<WhSendPurchaseOrderMutation, WhSendPurchaseOrderMutationVariables>;
export const WhCancelPurchaseOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhCancelPurchaseOrder' },
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
                        name: { kind: 'Name', value: 'cancelPurchaseOrder' },
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
                                        name: { kind: 'Name', value: 'PurchaseOrder' },
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
} as unknown as DocumentNode<WhCancelPurchaseOrderMutation, WhCancelPurchaseOrderMutationVariables>;
export const WhDeletePurchaseOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhDeletePurchaseOrder' },
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
                        name: { kind: 'Name', value: 'deletePurchaseOrder' },
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
} as unknown as DocumentNode<WhDeletePurchaseOrderMutation, WhDeletePurchaseOrderMutationVariables>;
export const WhPurchaseOrdersDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhPurchaseOrders' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrderListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'purchaseOrders' },
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
                                                name: { kind: 'Name', value: 'WhPurchaseOrderFields' },
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
            name: { kind: 'Name', value: 'WhPurchaseOrderFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'expectedDate' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'autoDrafted' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'supplier' },
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
                        name: { kind: 'Name', value: 'warehouse' },
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
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'lineTotal' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityRejected' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityOutstanding' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'receipts' },
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
} as unknown as DocumentNode<WhPurchaseOrdersQuery, WhPurchaseOrdersQueryVariables>;
export const WhPurchaseOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhPurchaseOrder' },
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
                        name: { kind: 'Name', value: 'purchaseOrder' },
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
                                    name: { kind: 'Name', value: 'WhPurchaseOrderFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'WhPurchaseOrderFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'expectedDate' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'autoDrafted' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'supplier' },
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
                        name: { kind: 'Name', value: 'warehouse' },
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
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'lineTotal' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityRejected' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityOutstanding' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'receipts' },
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
} as unknown as DocumentNode<WhPurchaseOrderQuery, WhPurchaseOrderQueryVariables>;
export const WhRunPurchaseOrderOverdueCheckDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhRunPurchaseOrderOverdueCheck' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'runPurchaseOrderOverdueCheck' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'newlyOverdue' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<
    WhRunPurchaseOrderOverdueCheckMutation,
    WhRunPurchaseOrderOverdueCheckMutationVariables
>;
export const WhCreateGoodsReceiptDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhCreateGoodsReceipt' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateGoodsReceiptInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createGoodsReceipt' },
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
                                        name: { kind: 'Name', value: 'GoodsReceipt' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'WhGoodsReceiptFields' },
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
            name: { kind: 'Name', value: 'WhGoodsReceiptFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoodsReceipt' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasDiscrepancy' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'purchaseOrder' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockTransfer' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'purchaseOrderLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'stockTransferLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityRejected' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityAccepted' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhCreateGoodsReceiptMutation, WhCreateGoodsReceiptMutationVariables>;
export const WhUpdateGoodsReceiptDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhUpdateGoodsReceipt' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateGoodsReceiptInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateGoodsReceipt' },
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
                                        name: { kind: 'Name', value: 'GoodsReceipt' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'WhGoodsReceiptFields' },
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
            name: { kind: 'Name', value: 'WhGoodsReceiptFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoodsReceipt' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasDiscrepancy' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'purchaseOrder' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockTransfer' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'purchaseOrderLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'stockTransferLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityRejected' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityAccepted' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhUpdateGoodsReceiptMutation, WhUpdateGoodsReceiptMutationVariables>;
export const WhPostGoodsReceiptDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhPostGoodsReceipt' },
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
                        name: { kind: 'Name', value: 'postGoodsReceipt' },
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
                                        name: { kind: 'Name', value: 'GoodsReceipt' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'WhGoodsReceiptFields' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'OverReceiptError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'quantityOutstanding' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'quantityAccepted' },
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
            name: { kind: 'Name', value: 'WhGoodsReceiptFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoodsReceipt' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasDiscrepancy' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'purchaseOrder' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockTransfer' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'purchaseOrderLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'stockTransferLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityRejected' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityAccepted' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhPostGoodsReceiptMutation, WhPostGoodsReceiptMutationVariables>;
export const WhReceiveGoodsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhReceiveGoods' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateGoodsReceiptInput' } },
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
                                        name: { kind: 'Name', value: 'GoodsReceipt' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'WhGoodsReceiptFields' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'OverReceiptError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'quantityOutstanding' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'quantityAccepted' },
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
            name: { kind: 'Name', value: 'WhGoodsReceiptFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoodsReceipt' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasDiscrepancy' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'purchaseOrder' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockTransfer' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'purchaseOrderLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'stockTransferLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityRejected' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityAccepted' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhReceiveGoodsMutation, WhReceiveGoodsMutationVariables>;
export const WhCancelGoodsReceiptDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhCancelGoodsReceipt' },
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
                        name: { kind: 'Name', value: 'cancelGoodsReceipt' },
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
                                        name: { kind: 'Name', value: 'GoodsReceipt' },
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
} as unknown as DocumentNode<WhCancelGoodsReceiptMutation, WhCancelGoodsReceiptMutationVariables>;
export const WhGoodsReceiptsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhGoodsReceipts' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'GoodsReceiptListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'goodsReceipts' },
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
                                                name: { kind: 'Name', value: 'WhGoodsReceiptFields' },
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
            name: { kind: 'Name', value: 'WhGoodsReceiptFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoodsReceipt' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasDiscrepancy' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'purchaseOrder' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockTransfer' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'purchaseOrderLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'stockTransferLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityRejected' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityAccepted' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhGoodsReceiptsQuery, WhGoodsReceiptsQueryVariables>;
export const WhCreateStockTransferDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhCreateStockTransfer' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'CreateStockTransferInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createStockTransfer' },
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
                                    name: { kind: 'Name', value: 'WhStockTransferFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'WhStockTransferFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockTransfer' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dispatchedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sourceWarehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'destinationWarehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityRejected' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'discrepancy' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'receipt' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhCreateStockTransferMutation, WhCreateStockTransferMutationVariables>;
export const WhUpdateStockTransferDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhUpdateStockTransfer' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'UpdateStockTransferInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateStockTransfer' },
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
                                        name: { kind: 'Name', value: 'StockTransfer' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'WhStockTransferFields' },
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
            name: { kind: 'Name', value: 'WhStockTransferFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockTransfer' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dispatchedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sourceWarehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'destinationWarehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityRejected' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'discrepancy' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'receipt' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhUpdateStockTransferMutation, WhUpdateStockTransferMutationVariables>;
export const WhDispatchStockTransferDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhDispatchStockTransfer' },
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
                        name: { kind: 'Name', value: 'dispatchStockTransfer' },
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
                                        name: { kind: 'Name', value: 'StockTransfer' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'WhStockTransferFields' },
                                            },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
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
            name: { kind: 'Name', value: 'WhStockTransferFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockTransfer' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dispatchedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sourceWarehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'destinationWarehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityRejected' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'discrepancy' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'receipt' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhDispatchStockTransferMutation, WhDispatchStockTransferMutationVariables>;
export const WhCancelStockTransferDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhCancelStockTransfer' },
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
                        name: { kind: 'Name', value: 'cancelStockTransfer' },
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
                                        name: { kind: 'Name', value: 'StockTransfer' },
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
} as unknown as DocumentNode<WhCancelStockTransferMutation, WhCancelStockTransferMutationVariables>;
export const WhStockTransfersDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhStockTransfers' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockTransferListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockTransfers' },
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
                                                name: { kind: 'Name', value: 'WhStockTransferFields' },
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
            name: { kind: 'Name', value: 'WhStockTransferFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockTransfer' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dispatchedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sourceWarehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'destinationWarehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityRejected' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'discrepancy' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'receipt' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhStockTransfersQuery, WhStockTransfersQueryVariables>;
export const WhOpenStockCountDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhOpenStockCount' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'OpenStockCountInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'openStockCount' },
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
                                    name: { kind: 'Name', value: 'WhStockCountFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'WhStockCountFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockCount' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fullCount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'countedLines' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalLines' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhOpenStockCountMutation, WhOpenStockCountMutationVariables>;
export const WhScanStockCountDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhScanStockCount' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScanStockCountInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scanStockCount' },
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
                                        name: { kind: 'Name', value: 'StockCountLine' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'WhStockCountLineFields' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'UnknownBarcodeError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
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
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'WhStockCountLineFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockCountLine' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'countedQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'stockOnHandAtCount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currentStockOnHand' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'difference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'postedAdjustment' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhScanStockCountMutation, WhScanStockCountMutationVariables>;
export const WhSetStockCountQuantityDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhSetStockCountQuantity' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'SetStockCountQuantityInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'setStockCountQuantity' },
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
                                        name: { kind: 'Name', value: 'StockCountLine' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'WhStockCountLineFields' },
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
            name: { kind: 'Name', value: 'WhStockCountLineFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockCountLine' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'countedQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'stockOnHandAtCount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currentStockOnHand' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'difference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'postedAdjustment' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhSetStockCountQuantityMutation, WhSetStockCountQuantityMutationVariables>;
export const WhPostStockCountDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhPostStockCount' },
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
                        name: { kind: 'Name', value: 'postStockCount' },
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
                                        name: { kind: 'Name', value: 'StockCount' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'WhStockCountFields' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'postedAt' } },
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
            name: { kind: 'Name', value: 'WhStockCountFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockCount' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fullCount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'countedLines' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalLines' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhPostStockCountMutation, WhPostStockCountMutationVariables>;
export const WhCancelStockCountDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhCancelStockCount' },
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
                        name: { kind: 'Name', value: 'cancelStockCount' },
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
                                        name: { kind: 'Name', value: 'StockCount' },
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
} as unknown as DocumentNode<WhCancelStockCountMutation, WhCancelStockCountMutationVariables>;
export const WhStockCountLinesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhStockCountLines' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'stockCountId' } },
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
                        name: { kind: 'Name', value: 'stockCountLines' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'stockCountId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'stockCountId' } },
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
                                                name: { kind: 'Name', value: 'WhStockCountLineFields' },
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
            name: { kind: 'Name', value: 'WhStockCountLineFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockCountLine' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'countedQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'stockOnHandAtCount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currentStockOnHand' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'difference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'postedAdjustment' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhStockCountLinesQuery, WhStockCountLinesQueryVariables>;
export const WhStockCountsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhStockCounts' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockCountListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockCounts' },
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
                                                name: { kind: 'Name', value: 'WhStockCountFields' },
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
            name: { kind: 'Name', value: 'WhStockCountFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StockCount' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fullCount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'countedLines' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalLines' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhStockCountsQuery, WhStockCountsQueryVariables>;
export const WhCreateReorderPointDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhCreateReorderPoint' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateReorderPointInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createReorderPoint' },
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
                                    name: { kind: 'Name', value: 'WhReorderPointFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'WhReorderPointFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReorderPoint' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'minQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reorderQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'autoDraftPurchaseOrder' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'belowMinimum' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'preferredSupplier' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhCreateReorderPointMutation, WhCreateReorderPointMutationVariables>;
export const WhUpdateReorderPointDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhUpdateReorderPoint' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateReorderPointInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateReorderPoint' },
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
                                    name: { kind: 'Name', value: 'WhReorderPointFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'WhReorderPointFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReorderPoint' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'minQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reorderQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'autoDraftPurchaseOrder' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'belowMinimum' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'preferredSupplier' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhUpdateReorderPointMutation, WhUpdateReorderPointMutationVariables>;
export const WhReorderPointsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhReorderPoints' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'belowMinimumOnly' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'warehouseId' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reorderPoints' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'belowMinimumOnly' },
                                value: {
                                    kind: 'Variable',
                                    name: { kind: 'Name', value: 'belowMinimumOnly' },
                                },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'warehouseId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'warehouseId' } },
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
                                                name: { kind: 'Name', value: 'WhReorderPointFields' },
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
            name: { kind: 'Name', value: 'WhReorderPointFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReorderPoint' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'minQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reorderQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'autoDraftPurchaseOrder' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'belowMinimum' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warehouse' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'preferredSupplier' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhReorderPointsQuery, WhReorderPointsQueryVariables>;
export const WhDemoCountsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhDemoCounts' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warehouses' },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'pickupPoint' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'suppliers' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'purchaseOrders' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockTransfers' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reorderPoints' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'belowMinimum' } },
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
} as unknown as DocumentNode<WhDemoCountsQuery, WhDemoCountsQueryVariables>;
export const WhDemoPickupOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhDemoPickupOrder' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'lastName' } },
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
                                                        name: { kind: 'Name', value: 'customerLastName' },
                                                        value: {
                                                            kind: 'ObjectValue',
                                                            fields: [
                                                                {
                                                                    kind: 'ObjectField',
                                                                    name: { kind: 'Name', value: 'eq' },
                                                                    value: {
                                                                        kind: 'Variable',
                                                                        name: {
                                                                            kind: 'Name',
                                                                            value: 'lastName',
                                                                        },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'customer' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'emailAddress' },
                                                        },
                                                    ],
                                                },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'shippingLines' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'shippingMethod' },
                                                            selectionSet: {
                                                                kind: 'SelectionSet',
                                                                selections: [
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
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'shippingMethods' },
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
                                                                        kind: 'StringValue',
                                                                        value: 'click-and-collect',
                                                                        block: false,
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'translations' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'languageCode' },
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
} as unknown as DocumentNode<WhDemoPickupOrderQuery, WhDemoPickupOrderQueryVariables>;
export const WhLinkSupplierSellerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhLinkSupplierSeller' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateSupplierInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateSupplier' },
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
                                        name: { kind: 'Name', value: 'Supplier' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'marketplaceSellerId' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'marketplaceSeller' },
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
} as unknown as DocumentNode<WhLinkSupplierSellerMutation, WhLinkSupplierSellerMutationVariables>;
export const WhCreateSupplierWithSellerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhCreateSupplierWithSeller' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateSupplierInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createSupplier' },
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
                                        name: { kind: 'Name', value: 'Supplier' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'marketplaceSellerId' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'marketplaceSeller' },
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
} as unknown as DocumentNode<WhCreateSupplierWithSellerMutation, WhCreateSupplierWithSellerMutationVariables>;
export const WhSupplierSellerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhSupplierSeller' },
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
                        name: { kind: 'Name', value: 'supplier' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'marketplaceSellerId' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'marketplaceSeller' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
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
} as unknown as DocumentNode<WhSupplierSellerQuery, WhSupplierSellerQueryVariables>;
export const WhCreateWarehouseDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhCreateWarehouse' },
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
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'WhWarehouseFields' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'DuplicateCodeError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
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
            name: { kind: 'Name', value: 'WhWarehouseFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Warehouse' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'pickupPoint' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'pickupInstructions' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'stockLocationId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLocation' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'address' },
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
                        name: { kind: 'Name', value: 'zones' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channels' },
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
} as unknown as DocumentNode<WhCreateWarehouseMutation, WhCreateWarehouseMutationVariables>;
export const WhUpdateWarehouseDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhUpdateWarehouse' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateWarehouseInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateWarehouse' },
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
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'WhWarehouseFields' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'DuplicateCodeError' },
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
            name: { kind: 'Name', value: 'WhWarehouseFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Warehouse' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'pickupPoint' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'pickupInstructions' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'stockLocationId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLocation' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'address' },
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
                        name: { kind: 'Name', value: 'zones' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channels' },
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
} as unknown as DocumentNode<WhUpdateWarehouseMutation, WhUpdateWarehouseMutationVariables>;
export const WhDeleteWarehouseDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhDeleteWarehouse' },
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
                        name: { kind: 'Name', value: 'deleteWarehouse' },
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
} as unknown as DocumentNode<WhDeleteWarehouseMutation, WhDeleteWarehouseMutationVariables>;
export const WhWarehousesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhWarehouses' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'WarehouseListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warehouses' },
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
                                                name: { kind: 'Name', value: 'WhWarehouseFields' },
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
            name: { kind: 'Name', value: 'WhWarehouseFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Warehouse' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'pickupPoint' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'pickupInstructions' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'stockLocationId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLocation' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'address' },
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
                        name: { kind: 'Name', value: 'zones' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channels' },
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
} as unknown as DocumentNode<WhWarehousesQuery, WhWarehousesQueryVariables>;
export const WhWarehouseDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhWarehouse' },
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
                        name: { kind: 'Name', value: 'warehouse' },
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
                                    name: { kind: 'Name', value: 'WhWarehouseFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'WhWarehouseFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Warehouse' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'pickupPoint' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'pickupInstructions' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'stockLocationId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLocation' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'address' },
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
                        name: { kind: 'Name', value: 'zones' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channels' },
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
} as unknown as DocumentNode<WhWarehouseQuery, WhWarehouseQueryVariables>;
export const WhVariantWarehouseStockDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhVariantWarehouseStock' },
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
                        name: { kind: 'Name', value: 'variantWarehouseStock' },
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
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'warehouse' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'WhWarehouseFields' },
                                            },
                                        ],
                                    },
                                },
                                { kind: 'Field', name: { kind: 'Name', value: 'stockOnHand' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'stockAllocated' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'inTransit' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'onOrder' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'WhWarehouseFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Warehouse' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'pickupPoint' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'pickupInstructions' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'stockLocationId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLocation' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'address' },
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
                        name: { kind: 'Name', value: 'zones' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channels' },
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
} as unknown as DocumentNode<WhVariantWarehouseStockQuery, WhVariantWarehouseStockQueryVariables>;
export const WhWarehouseStockLevelsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhWarehouseStockLevels' },
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
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'term' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warehouseStockLevels' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'warehouseId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'warehouseId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'term' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'term' } },
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
                                                name: { kind: 'Name', value: 'productVariant' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'id' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'sku' },
                                                        },
                                                    ],
                                                },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'stockOnHand' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'stockAllocated' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'available' } },
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
} as unknown as DocumentNode<WhWarehouseStockLevelsQuery, WhWarehouseStockLevelsQueryVariables>;
export const WhStockLedgerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhStockLedger' },
            variableDefinitions: [
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
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'warehouseId' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'dateRange' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateRange' } },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'StockLedgerEntryListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLedger' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'productVariantId' },
                                value: {
                                    kind: 'Variable',
                                    name: { kind: 'Name', value: 'productVariantId' },
                                },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'warehouseId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'warehouseId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'dateRange' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'dateRange' } },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'stockLocationId' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'warehouse' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'code' },
                                                        },
                                                    ],
                                                },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'stockOnHandBefore' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'stockOnHandAfter' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'allocatedChange' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'stockAllocatedBefore' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'stockAllocatedAfter' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'documentType' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'documentCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'orderLineId' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'userIdentifier' },
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
} as unknown as DocumentNode<WhStockLedgerQuery, WhStockLedgerQueryVariables>;
export const WhZonesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhZones' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'zones' },
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
} as unknown as DocumentNode<WhZonesQuery, WhZonesQueryVariables>;
export const WhStockLocationsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhStockLocations' },
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
} as unknown as DocumentNode<WhStockLocationsQuery, WhStockLocationsQueryVariables>;
export const WhCreateStockLocationDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhCreateStockLocation' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'CreateStockLocationInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createStockLocation' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhCreateStockLocationMutation, WhCreateStockLocationMutationVariables>;
export const WhCreateProductDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhCreateProduct' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateProductInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createProduct' },
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
} as unknown as DocumentNode<WhCreateProductMutation, WhCreateProductMutationVariables>;
export const WhCreateVariantsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhCreateVariants' },
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
                                    name: { kind: 'Name', value: 'CreateProductVariantInput' },
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
                        name: { kind: 'Name', value: 'createProductVariants' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'stockOnHand' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhCreateVariantsMutation, WhCreateVariantsMutationVariables>;
export const WhUpdateVariantsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhUpdateVariants' },
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
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'stockOnHand' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhUpdateVariantsMutation, WhUpdateVariantsMutationVariables>;
export const WhUpdateGlobalSettingsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhUpdateGlobalSettings' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'UpdateGlobalSettingsInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateGlobalSettings' },
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
                                        name: { kind: 'Name', value: 'GlobalSettings' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'trackInventory' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'outOfStockThreshold' },
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
} as unknown as DocumentNode<WhUpdateGlobalSettingsMutation, WhUpdateGlobalSettingsMutationVariables>;
export const WhUpdateChannelDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhUpdateChannel' },
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
                                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
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
                                                name: { kind: 'Name', value: 'customFields' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: {
                                                                kind: 'Name',
                                                                value: 'warehouseAllocationRule',
                                                            },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: {
                                                                kind: 'Name',
                                                                value: 'warehousePickupAvailability',
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
} as unknown as DocumentNode<WhUpdateChannelMutation, WhUpdateChannelMutationVariables>;
export const WhCreateChannelDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhCreateChannel' },
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
                                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'token' } },
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
} as unknown as DocumentNode<WhCreateChannelMutation, WhCreateChannelMutationVariables>;
export const WhOrderByCodeDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhOrderByCode' },
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
} as unknown as DocumentNode<WhOrderByCodeQuery, WhOrderByCodeQueryVariables>;
export const WhSettlePaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhSettlePayment' },
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
} as unknown as DocumentNode<WhSettlePaymentMutation, WhSettlePaymentMutationVariables>;
export const WhAddFulfillmentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhAddFulfillment' },
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
} as unknown as DocumentNode<WhAddFulfillmentMutation, WhAddFulfillmentMutationVariables>;
export const WhCancelOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhCancelOrder' },
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
} as unknown as DocumentNode<WhCancelOrderMutation, WhCancelOrderMutationVariables>;
export const WhAdminVariantStockDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhAdminVariantStock' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'stockOnHand' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'stockAllocated' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhAdminVariantStockQuery, WhAdminVariantStockQueryVariables>;
export const WhSetBarcodeDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhSetBarcode' },
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
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'barcode' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
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
                                                    name: { kind: 'Name', value: 'customFields' },
                                                    value: {
                                                        kind: 'ObjectValue',
                                                        fields: [
                                                            {
                                                                kind: 'ObjectField',
                                                                name: { kind: 'Name', value: 'barcode' },
                                                                value: {
                                                                    kind: 'Variable',
                                                                    name: { kind: 'Name', value: 'barcode' },
                                                                },
                                                            },
                                                        ],
                                                    },
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
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'customFields' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'barcode' } },
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
} as unknown as DocumentNode<WhSetBarcodeMutation, WhSetBarcodeMutationVariables>;
export const WhDeleteStockLocationDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhDeleteStockLocation' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'DeleteStockLocationInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deleteStockLocation' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'result' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<WhDeleteStockLocationMutation, WhDeleteStockLocationMutationVariables>;
export const WhCreateShippingMethodDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'WhCreateShippingMethod' },
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
} as unknown as DocumentNode<WhCreateShippingMethodMutation, WhCreateShippingMethodMutationVariables>;
export const WhOrderPickupWarehouseDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'WhOrderPickupWarehouse' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
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
                        name: { kind: 'Name', value: 'orderPickupWarehouse' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'orderId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
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
} as unknown as DocumentNode<WhOrderPickupWarehouseQuery, WhOrderPickupWarehouseQueryVariables>;
