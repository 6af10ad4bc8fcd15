import * as Types from '../../../../src/testing/graphql/schema-types-admin';

import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type MktCommissionRuleFieldsFragment = {
    __typename?: 'MarketplaceCommissionRule';
    id: string;
    collectionId: string;
    sellerId?: string | null;
    rateBps: number;
    collection: { __typename?: 'Collection'; id: string; name: string };
    seller?: { __typename?: 'MarketplaceSeller'; id: string; name: string } | null;
};

export type MktCommissionRulesQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.MarketplaceCommissionRuleListOptions>;
}>;

export type MktCommissionRulesQuery = {
    __typename?: 'Query';
    marketplaceCommissionRules: {
        __typename?: 'MarketplaceCommissionRuleList';
        totalItems: number;
        items: Array<{
            __typename?: 'MarketplaceCommissionRule';
            id: string;
            collectionId: string;
            sellerId?: string | null;
            rateBps: number;
            collection: { __typename?: 'Collection'; id: string; name: string };
            seller?: { __typename?: 'MarketplaceSeller'; id: string; name: string } | null;
        }>;
    };
};

export type MktCommissionRuleQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type MktCommissionRuleQuery = {
    __typename?: 'Query';
    marketplaceCommissionRule?: {
        __typename?: 'MarketplaceCommissionRule';
        id: string;
        collectionId: string;
        sellerId?: string | null;
        rateBps: number;
        collection: { __typename?: 'Collection'; id: string; name: string };
        seller?: { __typename?: 'MarketplaceSeller'; id: string; name: string } | null;
    } | null;
};

export type MktCreateCommissionRuleMutationVariables = Types.Exact<{
    input: Types.CreateMarketplaceCommissionRuleInput;
}>;

export type MktCreateCommissionRuleMutation = {
    __typename?: 'Mutation';
    createMarketplaceCommissionRule:
        | {
              __typename: 'DuplicateCommissionRuleError';
              errorCode: Types.ErrorCode;
              message: string;
              existingRuleId: string;
          }
        | {
              __typename: 'MarketplaceCommissionRule';
              id: string;
              collectionId: string;
              sellerId?: string | null;
              rateBps: number;
              collection: { __typename?: 'Collection'; id: string; name: string };
              seller?: { __typename?: 'MarketplaceSeller'; id: string; name: string } | null;
          };
};

export type MktUpdateCommissionRuleMutationVariables = Types.Exact<{
    input: Types.UpdateMarketplaceCommissionRuleInput;
}>;

export type MktUpdateCommissionRuleMutation = {
    __typename?: 'Mutation';
    updateMarketplaceCommissionRule:
        | {
              __typename: 'DuplicateCommissionRuleError';
              errorCode: Types.ErrorCode;
              message: string;
              existingRuleId: string;
          }
        | {
              __typename: 'MarketplaceCommissionRule';
              id: string;
              collectionId: string;
              sellerId?: string | null;
              rateBps: number;
              collection: { __typename?: 'Collection'; id: string; name: string };
              seller?: { __typename?: 'MarketplaceSeller'; id: string; name: string } | null;
          };
};

export type MktDeleteCommissionRuleMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type MktDeleteCommissionRuleMutation = {
    __typename?: 'Mutation';
    deleteMarketplaceCommissionRule: { __typename?: 'DeletionResponse'; result: Types.DeletionResult };
};

export type MktCreateCollectionMutationVariables = Types.Exact<{
    input: Types.CreateCollectionInput;
}>;

export type MktCreateCollectionMutation = {
    __typename?: 'Mutation';
    createCollection: { __typename?: 'Collection'; id: string; name: string };
};

export type MktCollectionBySlugQueryVariables = Types.Exact<{
    slug: Types.Scalars['String']['input'];
}>;

export type MktCollectionBySlugQuery = {
    __typename?: 'Query';
    collection?: { __typename?: 'Collection'; id: string; name: string } | null;
};

export type MktCollectionVariantsQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type MktCollectionVariantsQuery = {
    __typename?: 'Query';
    collection?: {
        __typename?: 'Collection';
        id: string;
        productVariants: {
            __typename?: 'ProductVariantList';
            totalItems: number;
            items: Array<{ __typename?: 'ProductVariant'; id: string }>;
        };
    } | null;
};

export type MktRootCollectionQueryVariables = Types.Exact<{ [key: string]: never }>;

export type MktRootCollectionQuery = {
    __typename?: 'Query';
    collections: {
        __typename?: 'CollectionList';
        items: Array<{ __typename?: 'Collection'; id: string; parentId: string }>;
    };
};

export type MarketplaceDemoCountsQueryVariables = Types.Exact<{ [key: string]: never }>;

export type MarketplaceDemoCountsQuery = {
    __typename?: 'Query';
    marketplaceSellers: {
        __typename?: 'MarketplaceSellerList';
        totalItems: number;
        items: Array<{
            __typename?: 'MarketplaceSeller';
            id: string;
            name: string;
            status: Types.MarketplaceSellerStatus;
            channel: { __typename?: 'Channel'; token: string };
        }>;
    };
    offers: {
        __typename?: 'OfferList';
        totalItems: number;
        items: Array<{
            __typename?: 'Offer';
            id: string;
            sellerId: string;
            productVariantId: string;
            price: number;
        }>;
    };
};

export type MktDemoCreateProductMutationVariables = Types.Exact<{
    input: Types.CreateProductInput;
}>;

export type MktDemoCreateProductMutation = {
    __typename?: 'Mutation';
    createProduct: { __typename?: 'Product'; id: string };
};

export type MktDemoCreateVariantsMutationVariables = Types.Exact<{
    input: Array<Types.CreateProductVariantInput> | Types.CreateProductVariantInput;
}>;

export type MktDemoCreateVariantsMutation = {
    __typename?: 'Mutation';
    createProductVariants: Array<{ __typename?: 'ProductVariant'; id: string; sku: string } | null>;
};

export type MktDemoShippingMethodsQueryVariables = Types.Exact<{
    codes: Array<Types.Scalars['String']['input']> | Types.Scalars['String']['input'];
}>;

export type MktDemoShippingMethodsQuery = {
    __typename?: 'Query';
    shippingMethods: {
        __typename?: 'ShippingMethodList';
        totalItems: number;
        items: Array<{
            __typename?: 'ShippingMethod';
            id: string;
            code: string;
            checker: { __typename?: 'ConfigurableOperation'; code: string };
            calculator: {
                __typename?: 'ConfigurableOperation';
                code: string;
                args: Array<{ __typename?: 'ConfigArg'; name: string; value: string }>;
            };
            translations: Array<{
                __typename?: 'ShippingMethodTranslation';
                languageCode: Types.LanguageCode;
                name: string;
            }>;
        }>;
    };
};

export type MktDemoOrdersOfQueryVariables = Types.Exact<{
    lastName: Types.Scalars['String']['input'];
}>;

export type MktDemoOrdersOfQuery = {
    __typename?: 'Query';
    orders: {
        __typename?: 'OrderList';
        totalItems: number;
        items: Array<{
            __typename?: 'Order';
            id: string;
            code: string;
            type: Types.OrderType;
            state: string;
            customer?: { __typename?: 'Customer'; emailAddress: string } | null;
            shippingLines: Array<{
                __typename?: 'ShippingLine';
                priceWithTax: number;
                shippingMethod: { __typename?: 'ShippingMethod'; code: string };
            }>;
            sellerOrders?: Array<{
                __typename?: 'Order';
                id: string;
                code: string;
                type: Types.OrderType;
                state: string;
                totalWithTax: number;
                channels: Array<{ __typename?: 'Channel'; code: string }>;
                lines: Array<{
                    __typename?: 'OrderLine';
                    quantity: number;
                    productVariant: { __typename?: 'ProductVariant'; sku: string };
                    customFields?: { __typename?: 'OrderLineCustomFields'; offerId?: string | null } | null;
                }>;
                shippingLines: Array<{
                    __typename?: 'ShippingLine';
                    priceWithTax: number;
                    shippingMethod: { __typename?: 'ShippingMethod'; code: string };
                }>;
            }> | null;
        }>;
    };
};

export type ImportOffersCsvMutationVariables = Types.Exact<{
    sellerId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
    csv?: Types.InputMaybe<Types.Scalars['String']['input']>;
    languageCode?: Types.InputMaybe<Types.LanguageCode>;
}>;

export type ImportOffersCsvMutation = {
    __typename?: 'Mutation';
    importOffersCsv:
        | {
              __typename: 'MalformedOfferCsvError';
              errorCode: Types.ErrorCode;
              message: string;
              line?: number | null;
          }
        | {
              __typename: 'OfferImportReport';
              created: number;
              updated: number;
              rejected: Array<{
                  __typename?: 'OfferImportRejection';
                  line: number;
                  sku: string;
                  reason: string;
              }>;
          };
};

export type ExportOffersCsvQueryVariables = Types.Exact<{
    sellerId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
}>;

export type ExportOffersCsvQuery = { __typename?: 'Query'; exportOffersCsv: string };

export type SellerOffersForCsvQueryVariables = Types.Exact<{
    sellerId: Types.Scalars['String']['input'];
}>;

export type SellerOffersForCsvQuery = {
    __typename?: 'Query';
    offers: {
        __typename?: 'OfferList';
        totalItems: number;
        items: Array<{
            __typename?: 'Offer';
            id: string;
            sellerId: string;
            price: number;
            currencyCode: Types.CurrencyCode;
            quantityAvailable: number;
            leadTimeDays: number;
            condition: Types.OfferCondition;
            minimumOrderQuantity: number;
            sellerSku?: string | null;
            manufacturerPartNumber?: string | null;
            active: boolean;
            productVariant: { __typename?: 'ProductVariant'; id: string; sku: string };
        }>;
    };
};

export type OfferFieldsFragment = {
    __typename?: 'Offer';
    id: string;
    sellerId: string;
    productVariantId: string;
    price: number;
    currencyCode: Types.CurrencyCode;
    quantityAvailable: number;
    leadTimeDays: number;
    condition: Types.OfferCondition;
    minimumOrderQuantity: number;
    sellerSku?: string | null;
    manufacturerPartNumber?: string | null;
    active: boolean;
    seller: { __typename?: 'MarketplaceSeller'; id: string; name: string };
    productVariant: { __typename?: 'ProductVariant'; id: string; name: string; sku: string };
};

export type OfferListQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.OfferListOptions>;
}>;

export type OfferListQuery = {
    __typename?: 'Query';
    offers: {
        __typename?: 'OfferList';
        totalItems: number;
        items: Array<{
            __typename?: 'Offer';
            id: string;
            sellerId: string;
            productVariantId: string;
            price: number;
        }>;
    };
};

export type OfferDetailQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type OfferDetailQuery = {
    __typename?: 'Query';
    offer?: {
        __typename?: 'Offer';
        id: string;
        sellerId: string;
        productVariantId: string;
        price: number;
        currencyCode: Types.CurrencyCode;
        quantityAvailable: number;
        leadTimeDays: number;
        condition: Types.OfferCondition;
        minimumOrderQuantity: number;
        sellerSku?: string | null;
        manufacturerPartNumber?: string | null;
        active: boolean;
        seller: { __typename?: 'MarketplaceSeller'; id: string; name: string };
        productVariant: { __typename?: 'ProductVariant'; id: string; name: string; sku: string };
    } | null;
};

export type CreateOfferMutationVariables = Types.Exact<{
    input: Types.CreateOfferInput;
}>;

export type CreateOfferMutation = {
    __typename?: 'Mutation';
    createOffer:
        | {
              __typename: 'DuplicateOfferError';
              errorCode: Types.ErrorCode;
              message: string;
              existingOfferId: string;
          }
        | {
              __typename: 'Offer';
              id: string;
              sellerId: string;
              productVariantId: string;
              price: number;
              currencyCode: Types.CurrencyCode;
              quantityAvailable: number;
              leadTimeDays: number;
              condition: Types.OfferCondition;
              minimumOrderQuantity: number;
              sellerSku?: string | null;
              manufacturerPartNumber?: string | null;
              active: boolean;
              seller: { __typename?: 'MarketplaceSeller'; id: string; name: string };
              productVariant: { __typename?: 'ProductVariant'; id: string; name: string; sku: string };
          };
};

export type UpdateOfferMutationVariables = Types.Exact<{
    input: Types.UpdateOfferInput;
}>;

export type UpdateOfferMutation = {
    __typename?: 'Mutation';
    updateOffer:
        | {
              __typename: 'DuplicateOfferError';
              errorCode: Types.ErrorCode;
              message: string;
              existingOfferId: string;
          }
        | {
              __typename: 'Offer';
              id: string;
              sellerId: string;
              productVariantId: string;
              price: number;
              currencyCode: Types.CurrencyCode;
              quantityAvailable: number;
              leadTimeDays: number;
              condition: Types.OfferCondition;
              minimumOrderQuantity: number;
              sellerSku?: string | null;
              manufacturerPartNumber?: string | null;
              active: boolean;
              seller: { __typename?: 'MarketplaceSeller'; id: string; name: string };
              productVariant: { __typename?: 'ProductVariant'; id: string; name: string; sku: string };
          };
};

export type DeleteOfferMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type DeleteOfferMutation = {
    __typename?: 'Mutation';
    deleteOffer: { __typename?: 'DeletionResponse'; result: Types.DeletionResult };
};

export type OfferableVariantsQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.ProductVariantListOptions>;
}>;

export type OfferableVariantsQuery = {
    __typename?: 'Query';
    offerableProductVariants: {
        __typename?: 'ProductVariantList';
        totalItems: number;
        items: Array<{ __typename?: 'ProductVariant'; id: string; name: string; sku: string }>;
    };
};

export type MktSetTrackedVariantStockMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
    stockOnHand: Types.Scalars['Int']['input'];
}>;

export type MktSetTrackedVariantStockMutation = {
    __typename?: 'Mutation';
    updateProductVariants: Array<{
        __typename?: 'ProductVariant';
        id: string;
        sku: string;
        trackInventory: Types.GlobalFlag;
        stockOnHand: number;
        stockAllocated: number;
    } | null>;
};

export type MktVariantStockQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type MktVariantStockQuery = {
    __typename?: 'Query';
    productVariant?: {
        __typename?: 'ProductVariant';
        id: string;
        sku: string;
        stockOnHand: number;
        stockAllocated: number;
        stockLevels: Array<{
            __typename?: 'StockLevel';
            stockLocationId: string;
            stockOnHand: number;
            stockAllocated: number;
        }>;
        product: { __typename?: 'Product'; id: string; name: string };
    } | null;
};

export type MktStockLedgerQueryVariables = Types.Exact<{
    productVariantId: Types.Scalars['ID']['input'];
}>;

export type MktStockLedgerQuery = {
    __typename?: 'Query';
    stockLedger: {
        __typename?: 'StockLedgerEntryList';
        items: Array<{
            __typename?: 'StockLedgerEntry';
            stockLocationId: string;
            type: Types.StockLedgerEntryType;
            quantity: number;
            allocatedChange: number;
            documentCode?: string | null;
            orderLineId?: string | null;
        }>;
    };
};

export type MktOrderSellersQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type MktOrderSellersQuery = {
    __typename?: 'Query';
    order?: {
        __typename?: 'Order';
        id: string;
        code: string;
        type: Types.OrderType;
        active: boolean;
        currencyCode: Types.CurrencyCode;
        lines: Array<{
            __typename?: 'OrderLine';
            id: string;
            customFields?: { __typename?: 'OrderLineCustomFields'; offerId?: string | null } | null;
        }>;
        channels: Array<{
            __typename?: 'Channel';
            id: string;
            code: string;
            seller?: { __typename?: 'Seller'; id: string; name: string } | null;
        }>;
        aggregateOrder?: { __typename?: 'Order'; id: string; code: string } | null;
        sellerOrders?: Array<{
            __typename?: 'Order';
            id: string;
            code: string;
            state: string;
            currencyCode: Types.CurrencyCode;
            totalWithTax: number;
            lines: Array<{ __typename?: 'OrderLine'; id: string }>;
            channels: Array<{
                __typename?: 'Channel';
                id: string;
                code: string;
                seller?: { __typename?: 'Seller'; id: string; name: string } | null;
            }>;
        }> | null;
    } | null;
};

export type MktOrderSellerSettlementsQueryVariables = Types.Exact<{
    orderId: Types.Scalars['String']['input'];
}>;

export type MktOrderSellerSettlementsQuery = {
    __typename?: 'Query';
    sellerOrderSettlements: {
        __typename?: 'SellerOrderSettlementList';
        items: Array<{
            __typename?: 'SellerOrderSettlement';
            id: string;
            orderId: string;
            currencyCode: Types.CurrencyCode;
            commissionRateBps: number;
            saleAmount: number;
            commissionAmount: number;
            refundedAmount: number;
            seller: { __typename?: 'MarketplaceSeller'; id: string; name: string };
        }>;
    };
};

export type MktOwnCreateProductMutationVariables = Types.Exact<{
    input: Types.CreateProductInput;
}>;

export type MktOwnCreateProductMutation = {
    __typename?: 'Mutation';
    createProduct: {
        __typename?: 'Product';
        id: string;
        channels: Array<{ __typename?: 'Channel'; id: string; code: string }>;
    };
};

export type MktOwnCreateVariantsMutationVariables = Types.Exact<{
    input: Array<Types.CreateProductVariantInput> | Types.CreateProductVariantInput;
}>;

export type MktOwnCreateVariantsMutation = {
    __typename?: 'Mutation';
    createProductVariants: Array<{
        __typename?: 'ProductVariant';
        id: string;
        sku: string;
        price: number;
    } | null>;
};

export type MktOwnUpdateVariantsMutationVariables = Types.Exact<{
    input: Array<Types.UpdateProductVariantInput> | Types.UpdateProductVariantInput;
}>;

export type MktOwnUpdateVariantsMutation = {
    __typename?: 'Mutation';
    updateProductVariants: Array<{ __typename?: 'ProductVariant'; id: string; price: number } | null>;
};

export type MktOwnDeleteVariantMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type MktOwnDeleteVariantMutation = {
    __typename?: 'Mutation';
    deleteProductVariant: {
        __typename?: 'DeletionResponse';
        result: Types.DeletionResult;
        message?: string | null;
    };
};

export type MktOwnUpdateProductMutationVariables = Types.Exact<{
    input: Types.UpdateProductInput;
}>;

export type MktOwnUpdateProductMutation = {
    __typename?: 'Mutation';
    updateProduct: { __typename?: 'Product'; id: string; enabled: boolean };
};

export type MktOwnOffersQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.OfferListOptions>;
}>;

export type MktOwnOffersQuery = {
    __typename?: 'Query';
    offers: {
        __typename?: 'OfferList';
        totalItems: number;
        items: Array<{
            __typename?: 'Offer';
            id: string;
            sellerId: string;
            productVariantId: string;
            price: number;
            currencyCode: Types.CurrencyCode;
            quantityAvailable: number;
            leadTimeDays: number;
            condition: Types.OfferCondition;
            minimumOrderQuantity: number;
            sellerSku?: string | null;
            manufacturerPartNumber?: string | null;
            active: boolean;
            seller: { __typename?: 'MarketplaceSeller'; id: string; name: string };
            productVariant: { __typename?: 'ProductVariant'; id: string; name: string; sku: string };
        }>;
    };
};

export type MktOwnVariantStockQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type MktOwnVariantStockQuery = {
    __typename?: 'Query';
    productVariant?: {
        __typename?: 'ProductVariant';
        id: string;
        stockOnHand: number;
        stockAllocated: number;
    } | null;
};

export type MktLedgerEntryFieldsFragment = {
    __typename?: 'SellerLedgerEntry';
    id: string;
    sellerId: string;
    type: Types.SellerLedgerEntryType;
    amount: number;
    currencyCode: Types.CurrencyCode;
    orderId?: string | null;
    orderCode?: string | null;
    orderLineId?: string | null;
    commissionRateBps?: number | null;
    description?: string | null;
    payoutBatchId?: string | null;
};

export type MktPayoutBatchFieldsFragment = {
    __typename?: 'SellerPayoutBatch';
    id: string;
    sellerId: string;
    currencyCode: Types.CurrencyCode;
    amount: number;
    entryCount: number;
    state: Types.SellerPayoutBatchState;
    reference?: string | null;
    paidAt?: string | null;
};

export type MktSetSellerFinanceMutationVariables = Types.Exact<{
    input: Types.SetSellerFinanceInput;
}>;

export type MktSetSellerFinanceMutation = {
    __typename?: 'Mutation';
    setSellerFinance: {
        __typename?: 'MarketplaceSeller';
        id: string;
        commissionRateBps?: number | null;
        payoutHoldingDays?: number | null;
        effectiveCommissionRateBps: number;
        effectivePayoutHoldingDays: number;
    };
};

export type MktSellerLedgerQueryVariables = Types.Exact<{
    sellerId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
    options?: Types.InputMaybe<Types.SellerLedgerEntryListOptions>;
}>;

export type MktSellerLedgerQuery = {
    __typename?: 'Query';
    sellerLedgerEntries: {
        __typename?: 'SellerLedgerEntryList';
        totalItems: number;
        items: Array<{
            __typename?: 'SellerLedgerEntry';
            id: string;
            sellerId: string;
            type: Types.SellerLedgerEntryType;
            amount: number;
            currencyCode: Types.CurrencyCode;
            orderId?: string | null;
            orderCode?: string | null;
            orderLineId?: string | null;
            commissionRateBps?: number | null;
            description?: string | null;
            payoutBatchId?: string | null;
        }>;
    };
};

export type MktSettlementsQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.SellerOrderSettlementListOptions>;
}>;

export type MktSettlementsQuery = {
    __typename?: 'Query';
    sellerOrderSettlements: {
        __typename?: 'SellerOrderSettlementList';
        totalItems: number;
        items: Array<{
            __typename?: 'SellerOrderSettlement';
            id: string;
            sellerId: string;
            orderId: string;
            orderCode: string;
            aggregateOrderId: string;
            commissionRateBps: number;
            saleAmount: number;
            commissionAmount: number;
            refundedAmount: number;
        }>;
    };
};

export type MktRecordRefundMutationVariables = Types.Exact<{
    input: Types.RecordSellerRefundInput;
}>;

export type MktRecordRefundMutation = {
    __typename?: 'Mutation';
    recordSellerRefund:
        | {
              __typename: 'SellerLedgerEntry';
              id: string;
              sellerId: string;
              type: Types.SellerLedgerEntryType;
              amount: number;
              currencyCode: Types.CurrencyCode;
              orderId?: string | null;
              orderCode?: string | null;
              orderLineId?: string | null;
              commissionRateBps?: number | null;
              description?: string | null;
              payoutBatchId?: string | null;
          }
        | {
              __typename: 'SellerRefundExceedsSaleError';
              errorCode: Types.ErrorCode;
              message: string;
              refundableAmount: number;
          };
};

export type MktCreateAdjustmentMutationVariables = Types.Exact<{
    input: Types.CreateSellerLedgerAdjustmentInput;
}>;

export type MktCreateAdjustmentMutation = {
    __typename?: 'Mutation';
    createSellerLedgerAdjustment: {
        __typename?: 'SellerLedgerEntry';
        id: string;
        sellerId: string;
        type: Types.SellerLedgerEntryType;
        amount: number;
        currencyCode: Types.CurrencyCode;
        orderId?: string | null;
        orderCode?: string | null;
        orderLineId?: string | null;
        commissionRateBps?: number | null;
        description?: string | null;
        payoutBatchId?: string | null;
    };
};

export type MktBuildPayoutBatchesMutationVariables = Types.Exact<{ [key: string]: never }>;

export type MktBuildPayoutBatchesMutation = {
    __typename?: 'Mutation';
    buildPayoutBatches: Array<{
        __typename?: 'SellerPayoutBatch';
        id: string;
        sellerId: string;
        currencyCode: Types.CurrencyCode;
        amount: number;
        entryCount: number;
        state: Types.SellerPayoutBatchState;
        reference?: string | null;
        paidAt?: string | null;
    }>;
};

export type MktPayoutBatchesQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.SellerPayoutBatchListOptions>;
}>;

export type MktPayoutBatchesQuery = {
    __typename?: 'Query';
    sellerPayoutBatches: {
        __typename?: 'SellerPayoutBatchList';
        totalItems: number;
        items: Array<{
            __typename?: 'SellerPayoutBatch';
            id: string;
            sellerId: string;
            currencyCode: Types.CurrencyCode;
            amount: number;
            entryCount: number;
            state: Types.SellerPayoutBatchState;
            reference?: string | null;
            paidAt?: string | null;
        }>;
    };
};

export type MktPayoutBatchQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type MktPayoutBatchQuery = {
    __typename?: 'Query';
    sellerPayoutBatch?: {
        __typename?: 'SellerPayoutBatch';
        id: string;
        sellerId: string;
        currencyCode: Types.CurrencyCode;
        amount: number;
        entryCount: number;
        state: Types.SellerPayoutBatchState;
        reference?: string | null;
        paidAt?: string | null;
        entries: {
            __typename?: 'SellerLedgerEntryList';
            totalItems: number;
            items: Array<{
                __typename?: 'SellerLedgerEntry';
                id: string;
                sellerId: string;
                type: Types.SellerLedgerEntryType;
                amount: number;
                currencyCode: Types.CurrencyCode;
                orderId?: string | null;
                orderCode?: string | null;
                orderLineId?: string | null;
                commissionRateBps?: number | null;
                description?: string | null;
                payoutBatchId?: string | null;
            }>;
        };
    } | null;
};

export type MktMarkPaidMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
    reference: Types.Scalars['String']['input'];
}>;

export type MktMarkPaidMutation = {
    __typename?: 'Mutation';
    markPayoutBatchPaid:
        | {
              __typename: 'PayoutBatchStateError';
              errorCode: Types.ErrorCode;
              message: string;
              state: Types.SellerPayoutBatchState;
          }
        | {
              __typename: 'SellerPayoutBatch';
              id: string;
              sellerId: string;
              currencyCode: Types.CurrencyCode;
              amount: number;
              entryCount: number;
              state: Types.SellerPayoutBatchState;
              reference?: string | null;
              paidAt?: string | null;
          };
};

export type MktStatementCsvQueryVariables = Types.Exact<{
    sellerId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
}>;

export type MktStatementCsvQuery = { __typename?: 'Query'; sellerStatementCsv: string };

export type MktSettlePaymentMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type MktSettlePaymentMutation = {
    __typename?: 'Mutation';
    settlePayment:
        | { __typename?: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'Payment'; id: string; state: string }
        | { __typename?: 'PaymentStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename?: 'SettlePaymentError'; errorCode: Types.ErrorCode; message: string };
};

export type MktRefundOrderMutationVariables = Types.Exact<{
    input: Types.RefundOrderInput;
}>;

export type MktRefundOrderMutation = {
    __typename?: 'Mutation';
    refundOrder:
        | { __typename: 'AlreadyRefundedError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'MultipleOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'NothingToRefundError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'PaymentOrderMismatchError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'QuantityTooGreatError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Refund'; id: string; state: string; total: number }
        | { __typename: 'RefundAmountError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'RefundOrderStateError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'RefundStateTransitionError'; errorCode: Types.ErrorCode; message: string };
};

export type MktSettleRefundMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
    transactionId: Types.Scalars['String']['input'];
}>;

export type MktSettleRefundMutation = {
    __typename?: 'Mutation';
    settleRefund:
        | { __typename: 'Refund'; id: string; state: string }
        | { __typename: 'RefundStateTransitionError'; errorCode: Types.ErrorCode; message: string };
};

export type UpdateSellerProfileMutationVariables = Types.Exact<{
    input: Types.UpdateMarketplaceSellerProfileInput;
}>;

export type UpdateSellerProfileMutation = {
    __typename?: 'Mutation';
    updateMarketplaceSellerProfile: {
        __typename?: 'MarketplaceSeller';
        id: string;
        description?: string | null;
        location?: string | null;
        countryCode?: string | null;
        logo?: { __typename?: 'Asset'; id: string } | null;
        rating: { __typename?: 'SellerRatingSummary'; average?: number | null; count: number };
    };
};

export type MktCreateAssetMutationVariables = Types.Exact<{
    file: Types.Scalars['Upload']['input'];
}>;

export type MktCreateAssetMutation = {
    __typename?: 'Mutation';
    createAssets: Array<
        | { __typename: 'Asset'; id: string; name: string }
        | { __typename: 'MimeTypeError'; errorCode: Types.ErrorCode; message: string }
    >;
};

export type MktAdminVariantPriceQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type MktAdminVariantPriceQuery = {
    __typename?: 'Query';
    productVariant?: {
        __typename?: 'ProductVariant';
        id: string;
        price: number;
        priceWithTax: number;
    } | null;
};

export type MktOrderFieldsFragment = {
    __typename?: 'Order';
    id: string;
    code: string;
    type: Types.OrderType;
    state: string;
    total: number;
    totalWithTax: number;
    shipping: number;
    shippingWithTax: number;
    channels: Array<{ __typename?: 'Channel'; id: string; code: string }>;
    lines: Array<{
        __typename?: 'OrderLine';
        id: string;
        quantity: number;
        linePriceWithTax: number;
        productVariant: { __typename?: 'ProductVariant'; id: string };
        customFields?: { __typename?: 'OrderLineCustomFields'; offerId?: string | null } | null;
    }>;
    shippingLines: Array<{
        __typename?: 'ShippingLine';
        id: string;
        priceWithTax: number;
        shippingMethod: { __typename?: 'ShippingMethod'; id: string; name: string };
    }>;
    payments?: Array<{
        __typename?: 'Payment';
        id: string;
        state: string;
        amount: number;
        method: string;
        transactionId?: string | null;
    }> | null;
};

export type MktOrderByCodeQueryVariables = Types.Exact<{
    code: Types.Scalars['String']['input'];
}>;

export type MktOrderByCodeQuery = {
    __typename?: 'Query';
    orders: {
        __typename?: 'OrderList';
        items: Array<{
            __typename?: 'Order';
            id: string;
            code: string;
            type: Types.OrderType;
            state: string;
            total: number;
            totalWithTax: number;
            shipping: number;
            shippingWithTax: number;
            aggregateOrder?: { __typename?: 'Order'; id: string; code: string } | null;
            sellerOrders?: Array<{
                __typename?: 'Order';
                id: string;
                code: string;
                type: Types.OrderType;
                state: string;
                total: number;
                totalWithTax: number;
                shipping: number;
                shippingWithTax: number;
                channels: Array<{ __typename?: 'Channel'; id: string; code: string }>;
                lines: Array<{
                    __typename?: 'OrderLine';
                    id: string;
                    quantity: number;
                    linePriceWithTax: number;
                    productVariant: { __typename?: 'ProductVariant'; id: string };
                    customFields?: { __typename?: 'OrderLineCustomFields'; offerId?: string | null } | null;
                }>;
                shippingLines: Array<{
                    __typename?: 'ShippingLine';
                    id: string;
                    priceWithTax: number;
                    shippingMethod: { __typename?: 'ShippingMethod'; id: string; name: string };
                }>;
                payments?: Array<{
                    __typename?: 'Payment';
                    id: string;
                    state: string;
                    amount: number;
                    method: string;
                    transactionId?: string | null;
                }> | null;
            }> | null;
            channels: Array<{ __typename?: 'Channel'; id: string; code: string }>;
            lines: Array<{
                __typename?: 'OrderLine';
                id: string;
                quantity: number;
                linePriceWithTax: number;
                productVariant: { __typename?: 'ProductVariant'; id: string };
                customFields?: { __typename?: 'OrderLineCustomFields'; offerId?: string | null } | null;
            }>;
            shippingLines: Array<{
                __typename?: 'ShippingLine';
                id: string;
                priceWithTax: number;
                shippingMethod: { __typename?: 'ShippingMethod'; id: string; name: string };
            }>;
            payments?: Array<{
                __typename?: 'Payment';
                id: string;
                state: string;
                amount: number;
                method: string;
                transactionId?: string | null;
            }> | null;
        }>;
    };
};

export type MktOrdersQueryVariables = Types.Exact<{ [key: string]: never }>;

export type MktOrdersQuery = {
    __typename?: 'Query';
    orders: {
        __typename?: 'OrderList';
        totalItems: number;
        items: Array<{ __typename?: 'Order'; id: string; code: string; type: Types.OrderType }>;
    };
};

export type MktOrderQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type MktOrderQuery = {
    __typename?: 'Query';
    order?: {
        __typename?: 'Order';
        id: string;
        code: string;
        type: Types.OrderType;
        state: string;
        total: number;
        totalWithTax: number;
        shipping: number;
        shippingWithTax: number;
        channels: Array<{ __typename?: 'Channel'; id: string; code: string }>;
        lines: Array<{
            __typename?: 'OrderLine';
            id: string;
            quantity: number;
            linePriceWithTax: number;
            productVariant: { __typename?: 'ProductVariant'; id: string };
            customFields?: { __typename?: 'OrderLineCustomFields'; offerId?: string | null } | null;
        }>;
        shippingLines: Array<{
            __typename?: 'ShippingLine';
            id: string;
            priceWithTax: number;
            shippingMethod: { __typename?: 'ShippingMethod'; id: string; name: string };
        }>;
        payments?: Array<{
            __typename?: 'Payment';
            id: string;
            state: string;
            amount: number;
            method: string;
            transactionId?: string | null;
        }> | null;
    } | null;
};

export type MktCreateShippingMethodMutationVariables = Types.Exact<{
    input: Types.CreateShippingMethodInput;
}>;

export type MktCreateShippingMethodMutation = {
    __typename?: 'Mutation';
    createShippingMethod: { __typename?: 'ShippingMethod'; id: string; code: string };
};

export type MktAssignShippingMethodsToChannelMutationVariables = Types.Exact<{
    input: Types.AssignShippingMethodsToChannelInput;
}>;

export type MktAssignShippingMethodsToChannelMutation = {
    __typename?: 'Mutation';
    assignShippingMethodsToChannel: Array<{ __typename?: 'ShippingMethod'; id: string }>;
};

export type MktAddFulfillmentMutationVariables = Types.Exact<{
    input: Types.FulfillOrderInput;
}>;

export type MktAddFulfillmentMutation = {
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
              lines: Array<{ __typename?: 'FulfillmentLine'; orderLineId: string; quantity: number }>;
          }
        | { __typename: 'FulfillmentStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'InsufficientStockOnHandError';
              errorCode: Types.ErrorCode;
              message: string;
              stockOnHand: number;
          }
        | { __typename: 'InvalidFulfillmentHandlerError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'ItemsAlreadyFulfilledError'; errorCode: Types.ErrorCode; message: string };
};

export type MktTransitionFulfillmentMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
    state: Types.Scalars['String']['input'];
}>;

export type MktTransitionFulfillmentMutation = {
    __typename?: 'Mutation';
    transitionFulfillmentToState:
        | { __typename: 'Fulfillment'; id: string; state: string }
        | { __typename: 'FulfillmentStateTransitionError'; errorCode: Types.ErrorCode; message: string };
};

export type MktCancelOrderMutationVariables = Types.Exact<{
    input: Types.CancelOrderInput;
}>;

export type MktCancelOrderMutation = {
    __typename?: 'Mutation';
    cancelOrder:
        | { __typename: 'CancelActiveOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'EmptyOrderLineSelectionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'MultipleOrderError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Order'; id: string; state: string }
        | {
              __typename: 'OrderStateTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              transitionError: string;
          }
        | { __typename: 'QuantityTooGreatError'; errorCode: Types.ErrorCode; message: string };
};

export type MktSellerRoleQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type MktSellerRoleQuery = {
    __typename?: 'Query';
    marketplaceSeller?: {
        __typename?: 'MarketplaceSeller';
        id: string;
        role?: { __typename?: 'Role'; id: string; permissions: Array<Types.Permission> } | null;
    } | null;
};

export type MktUpdateRoleMutationVariables = Types.Exact<{
    input: Types.UpdateRoleInput;
}>;

export type MktUpdateRoleMutation = {
    __typename?: 'Mutation';
    updateRole: { __typename?: 'Role'; id: string; permissions: Array<Types.Permission> };
};

export type MarketplaceSellerFieldsFragment = {
    __typename?: 'MarketplaceSeller';
    id: string;
    name: string;
    code: string;
    status: Types.MarketplaceSellerStatus;
    statusReason?: string | null;
    contactEmail: string;
    taxId: string;
    description?: string | null;
    sellerId: string;
    channelId: string;
    seller: { __typename?: 'Seller'; id: string; name: string };
    channel: {
        __typename?: 'Channel';
        id: string;
        code: string;
        token: string;
        seller?: { __typename?: 'Seller'; id: string } | null;
    };
    stockLocation?: { __typename?: 'StockLocation'; id: string; name: string } | null;
    role?: {
        __typename?: 'Role';
        id: string;
        code: string;
        permissions: Array<Types.Permission>;
        channels: Array<{ __typename?: 'Channel'; id: string }>;
    } | null;
    administrators: Array<{ __typename?: 'Administrator'; id: string; emailAddress: string }>;
};

export type MarketplaceSellerListQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.MarketplaceSellerListOptions>;
}>;

export type MarketplaceSellerListQuery = {
    __typename?: 'Query';
    marketplaceSellers: {
        __typename?: 'MarketplaceSellerList';
        totalItems: number;
        items: Array<{
            __typename?: 'MarketplaceSeller';
            id: string;
            name: string;
            status: Types.MarketplaceSellerStatus;
        }>;
    };
};

export type MarketplaceSellerDetailQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type MarketplaceSellerDetailQuery = {
    __typename?: 'Query';
    marketplaceSeller?: {
        __typename?: 'MarketplaceSeller';
        id: string;
        name: string;
        code: string;
        status: Types.MarketplaceSellerStatus;
        statusReason?: string | null;
        contactEmail: string;
        taxId: string;
        description?: string | null;
        sellerId: string;
        channelId: string;
        seller: { __typename?: 'Seller'; id: string; name: string };
        channel: {
            __typename?: 'Channel';
            id: string;
            code: string;
            token: string;
            seller?: { __typename?: 'Seller'; id: string } | null;
        };
        stockLocation?: { __typename?: 'StockLocation'; id: string; name: string } | null;
        role?: {
            __typename?: 'Role';
            id: string;
            code: string;
            permissions: Array<Types.Permission>;
            channels: Array<{ __typename?: 'Channel'; id: string }>;
        } | null;
        administrators: Array<{ __typename?: 'Administrator'; id: string; emailAddress: string }>;
    } | null;
};

export type ActiveMarketplaceSellerQueryVariables = Types.Exact<{ [key: string]: never }>;

export type ActiveMarketplaceSellerQuery = {
    __typename?: 'Query';
    activeMarketplaceSeller?: { __typename?: 'MarketplaceSeller'; id: string; name: string } | null;
};

type SellerStatusResultFields_MarketplaceSeller_Fragment = {
    __typename: 'MarketplaceSeller';
    id: string;
    status: Types.MarketplaceSellerStatus;
    statusReason?: string | null;
};

type SellerStatusResultFields_SellerStatusTransitionError_Fragment = {
    __typename: 'SellerStatusTransitionError';
    errorCode: Types.ErrorCode;
    message: string;
    fromStatus: Types.MarketplaceSellerStatus;
    toStatus: Types.MarketplaceSellerStatus;
};

export type SellerStatusResultFieldsFragment =
    | SellerStatusResultFields_MarketplaceSeller_Fragment
    | SellerStatusResultFields_SellerStatusTransitionError_Fragment;

export type ApproveSellerMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type ApproveSellerMutation = {
    __typename?: 'Mutation';
    approveSeller:
        | {
              __typename: 'MarketplaceSeller';
              id: string;
              status: Types.MarketplaceSellerStatus;
              statusReason?: string | null;
          }
        | {
              __typename: 'SellerStatusTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              fromStatus: Types.MarketplaceSellerStatus;
              toStatus: Types.MarketplaceSellerStatus;
          };
};

export type RejectSellerMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
    reason: Types.Scalars['String']['input'];
}>;

export type RejectSellerMutation = {
    __typename?: 'Mutation';
    rejectSeller:
        | {
              __typename: 'MarketplaceSeller';
              id: string;
              status: Types.MarketplaceSellerStatus;
              statusReason?: string | null;
          }
        | {
              __typename: 'SellerStatusTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              fromStatus: Types.MarketplaceSellerStatus;
              toStatus: Types.MarketplaceSellerStatus;
          };
};

export type SuspendSellerMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
    reason: Types.Scalars['String']['input'];
}>;

export type SuspendSellerMutation = {
    __typename?: 'Mutation';
    suspendSeller:
        | {
              __typename: 'MarketplaceSeller';
              id: string;
              status: Types.MarketplaceSellerStatus;
              statusReason?: string | null;
          }
        | {
              __typename: 'SellerStatusTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              fromStatus: Types.MarketplaceSellerStatus;
              toStatus: Types.MarketplaceSellerStatus;
          };
};

export type ReinstateSellerMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type ReinstateSellerMutation = {
    __typename?: 'Mutation';
    reinstateSeller:
        | {
              __typename: 'MarketplaceSeller';
              id: string;
              status: Types.MarketplaceSellerStatus;
              statusReason?: string | null;
          }
        | {
              __typename: 'SellerStatusTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              fromStatus: Types.MarketplaceSellerStatus;
              toStatus: Types.MarketplaceSellerStatus;
          };
};

export type MarketplaceLoginMutationVariables = Types.Exact<{
    username: Types.Scalars['String']['input'];
    password: Types.Scalars['String']['input'];
}>;

export type MarketplaceLoginMutation = {
    __typename?: 'Mutation';
    login:
        | { __typename: 'CurrentUser'; id: string; identifier: string }
        | {
              __typename: 'InvalidCredentialsError';
              errorCode: Types.ErrorCode;
              message: string;
              authenticationError: string;
          }
        | { __typename: 'NativeAuthStrategyError'; errorCode: Types.ErrorCode; message: string };
};

export type MarketplaceMeQueryVariables = Types.Exact<{ [key: string]: never }>;

export type MarketplaceMeQuery = {
    __typename?: 'Query';
    me?: { __typename?: 'CurrentUser'; id: string; identifier: string } | null;
};

export type MarketplaceVendureCountsQueryVariables = Types.Exact<{ [key: string]: never }>;

export type MarketplaceVendureCountsQuery = {
    __typename?: 'Query';
    sellers: { __typename?: 'SellerList'; totalItems: number };
    channels: { __typename?: 'ChannelList'; totalItems: number };
    roles: { __typename?: 'RoleList'; totalItems: number };
    administrators: { __typename?: 'AdministratorList'; totalItems: number };
};

export const MktCommissionRuleFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'MktCommissionRuleFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MarketplaceCommissionRule' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'collectionId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'collection' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'seller' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'rateBps' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktCommissionRuleFieldsFragment, unknown>;
export const OfferFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'OfferFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Offer' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'seller' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'productVariant' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'quantityAvailable' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'minimumOrderQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'manufacturerPartNumber' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<OfferFieldsFragment, unknown>;
export const MktLedgerEntryFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'MktLedgerEntryFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerLedgerEntry' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderLineId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'commissionRateBps' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'payoutBatchId' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktLedgerEntryFieldsFragment, unknown>;
export const MktPayoutBatchFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'MktPayoutBatchFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerPayoutBatch' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'entryCount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktPayoutBatchFieldsFragment, unknown>;
export const MktOrderFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'MktOrderFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalWithTax' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'shipping' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'shippingWithTax' } },
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
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'linePriceWithTax' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'productVariant' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                                    },
                                },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'customFields' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'offerId' } },
                                        ],
                                    },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'priceWithTax' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'shippingMethod' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'transactionId' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktOrderFieldsFragment, unknown>;
export const MarketplaceSellerFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'MarketplaceSellerFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MarketplaceSeller' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'seller' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channel' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'seller' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLocation' },
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
                        name: { kind: 'Name', value: 'role' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'channels' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'administrators' },
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
} as unknown as DocumentNode<MarketplaceSellerFieldsFragment, unknown>;
export const SellerStatusResultFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'SellerStatusResultFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerStatusResult' } },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'SellerStatusTransitionError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<SellerStatusResultFieldsFragment, unknown>;
export const MktCommissionRulesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktCommissionRules' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: {
                        kind: 'NamedType',
                        name: { kind: 'Name', value: 'MarketplaceCommissionRuleListOptions' },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'marketplaceCommissionRules' },
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
                                                name: { kind: 'Name', value: 'MktCommissionRuleFields' },
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
            name: { kind: 'Name', value: 'MktCommissionRuleFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MarketplaceCommissionRule' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'collectionId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'collection' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'seller' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'rateBps' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktCommissionRulesQuery, MktCommissionRulesQueryVariables>;
export const MktCommissionRuleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktCommissionRule' },
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
                        name: { kind: 'Name', value: 'marketplaceCommissionRule' },
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
                                    name: { kind: 'Name', value: 'MktCommissionRuleFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'MktCommissionRuleFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MarketplaceCommissionRule' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'collectionId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'collection' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'seller' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'rateBps' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktCommissionRuleQuery, MktCommissionRuleQueryVariables>;
export const MktCreateCommissionRuleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktCreateCommissionRule' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'CreateMarketplaceCommissionRuleInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createMarketplaceCommissionRule' },
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
                                        name: { kind: 'Name', value: 'MarketplaceCommissionRule' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'MktCommissionRuleFields' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'DuplicateCommissionRuleError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'existingRuleId' },
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
            name: { kind: 'Name', value: 'MktCommissionRuleFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MarketplaceCommissionRule' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'collectionId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'collection' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'seller' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'rateBps' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktCreateCommissionRuleMutation, MktCreateCommissionRuleMutationVariables>;
export const MktUpdateCommissionRuleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktUpdateCommissionRule' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'UpdateMarketplaceCommissionRuleInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateMarketplaceCommissionRule' },
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
                                        name: { kind: 'Name', value: 'MarketplaceCommissionRule' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'MktCommissionRuleFields' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'DuplicateCommissionRuleError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'existingRuleId' },
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
            name: { kind: 'Name', value: 'MktCommissionRuleFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MarketplaceCommissionRule' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'collectionId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'collection' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'seller' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'rateBps' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktUpdateCommissionRuleMutation, MktUpdateCommissionRuleMutationVariables>;
export const MktDeleteCommissionRuleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktDeleteCommissionRule' },
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
                        name: { kind: 'Name', value: 'deleteMarketplaceCommissionRule' },
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
} as unknown as DocumentNode<MktDeleteCommissionRuleMutation, MktDeleteCommissionRuleMutationVariables>;
export const MktCreateCollectionDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktCreateCollection' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateCollectionInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createCollection' },
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
} as unknown as DocumentNode<MktCreateCollectionMutation, MktCreateCollectionMutationVariables>;
export const MktCollectionBySlugDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktCollectionBySlug' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
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
                        name: { kind: 'Name', value: 'collection' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'slug' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
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
} as unknown as DocumentNode<MktCollectionBySlugQuery, MktCollectionBySlugQueryVariables>;
export const MktCollectionVariantsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktCollectionVariants' },
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
                        name: { kind: 'Name', value: 'collection' },
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
                                    name: { kind: 'Name', value: 'productVariants' },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'items' },
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
} as unknown as DocumentNode<MktCollectionVariantsQuery, MktCollectionVariantsQueryVariables>;
export const MktRootCollectionDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktRootCollection' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'collections' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'options' },
                                value: {
                                    kind: 'ObjectValue',
                                    fields: [
                                        {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'topLevelOnly' },
                                            value: { kind: 'BooleanValue', value: true },
                                        },
                                        {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'take' },
                                            value: { kind: 'IntValue', value: '1' },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
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
} as unknown as DocumentNode<MktRootCollectionQuery, MktRootCollectionQueryVariables>;
export const MarketplaceDemoCountsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MarketplaceDemoCounts' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'marketplaceSellers' },
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
                                                        value: { kind: 'EnumValue', value: 'ASC' },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'channel' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'token' },
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
                        name: { kind: 'Name', value: 'offers' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'productVariantId' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'price' } },
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
} as unknown as DocumentNode<MarketplaceDemoCountsQuery, MarketplaceDemoCountsQueryVariables>;
export const MktDemoCreateProductDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktDemoCreateProduct' },
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
} as unknown as DocumentNode<MktDemoCreateProductMutation, MktDemoCreateProductMutationVariables>;
export const MktDemoCreateVariantsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktDemoCreateVariants' },
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
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktDemoCreateVariantsMutation, MktDemoCreateVariantsMutationVariables>;
export const MktDemoShippingMethodsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktDemoShippingMethods' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'codes' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'ListType',
                            type: {
                                kind: 'NonNullType',
                                type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
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
                                                                    name: { kind: 'Name', value: 'in' },
                                                                    value: {
                                                                        kind: 'Variable',
                                                                        name: {
                                                                            kind: 'Name',
                                                                            value: 'codes',
                                                                        },
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
                                            name: { kind: 'Name', value: 'sort' },
                                            value: {
                                                kind: 'ObjectValue',
                                                fields: [
                                                    {
                                                        kind: 'ObjectField',
                                                        name: { kind: 'Name', value: 'id' },
                                                        value: { kind: 'EnumValue', value: 'ASC' },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'checker' },
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
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'calculator' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'code' },
                                                        },
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
                                                                        name: {
                                                                            kind: 'Name',
                                                                            value: 'value',
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
} as unknown as DocumentNode<MktDemoShippingMethodsQuery, MktDemoShippingMethodsQueryVariables>;
export const MktDemoOrdersOfDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktDemoOrdersOf' },
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
                                                    {
                                                        kind: 'ObjectField',
                                                        name: { kind: 'Name', value: 'type' },
                                                        value: {
                                                            kind: 'ObjectValue',
                                                            fields: [
                                                                {
                                                                    kind: 'ObjectField',
                                                                    name: { kind: 'Name', value: 'eq' },
                                                                    value: {
                                                                        kind: 'StringValue',
                                                                        value: 'Aggregate',
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
                                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
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
                                                            name: { kind: 'Name', value: 'priceWithTax' },
                                                        },
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
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'sellerOrders' },
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
                                                            name: { kind: 'Name', value: 'type' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'state' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'totalWithTax' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'channels' },
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
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'lines' },
                                                            selectionSet: {
                                                                kind: 'SelectionSet',
                                                                selections: [
                                                                    {
                                                                        kind: 'Field',
                                                                        name: {
                                                                            kind: 'Name',
                                                                            value: 'quantity',
                                                                        },
                                                                    },
                                                                    {
                                                                        kind: 'Field',
                                                                        name: {
                                                                            kind: 'Name',
                                                                            value: 'productVariant',
                                                                        },
                                                                        selectionSet: {
                                                                            kind: 'SelectionSet',
                                                                            selections: [
                                                                                {
                                                                                    kind: 'Field',
                                                                                    name: {
                                                                                        kind: 'Name',
                                                                                        value: 'sku',
                                                                                    },
                                                                                },
                                                                            ],
                                                                        },
                                                                    },
                                                                    {
                                                                        kind: 'Field',
                                                                        name: {
                                                                            kind: 'Name',
                                                                            value: 'customFields',
                                                                        },
                                                                        selectionSet: {
                                                                            kind: 'SelectionSet',
                                                                            selections: [
                                                                                {
                                                                                    kind: 'Field',
                                                                                    name: {
                                                                                        kind: 'Name',
                                                                                        value: 'offerId',
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
                                                            name: { kind: 'Name', value: 'shippingLines' },
                                                            selectionSet: {
                                                                kind: 'SelectionSet',
                                                                selections: [
                                                                    {
                                                                        kind: 'Field',
                                                                        name: {
                                                                            kind: 'Name',
                                                                            value: 'priceWithTax',
                                                                        },
                                                                    },
                                                                    {
                                                                        kind: 'Field',
                                                                        name: {
                                                                            kind: 'Name',
                                                                            value: 'shippingMethod',
                                                                        },
                                                                        selectionSet: {
                                                                            kind: 'SelectionSet',
                                                                            selections: [
                                                                                {
                                                                                    kind: 'Field',
                                                                                    name: {
                                                                                        kind: 'Name',
                                                                                        value: 'code',
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
            },
        },
    ],
} as unknown as DocumentNode<MktDemoOrdersOfQuery, MktDemoOrdersOfQueryVariables>;
export const ImportOffersCsvDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'ImportOffersCsv' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'sellerId' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
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
                        name: { kind: 'Name', value: 'importOffersCsv' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'sellerId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'sellerId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'csv' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
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
                                        name: { kind: 'Name', value: 'OfferImportReport' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
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
                                        name: { kind: 'Name', value: 'MalformedOfferCsvError' },
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
} as unknown as DocumentNode<ImportOffersCsvMutation, ImportOffersCsvMutationVariables>;
export const ExportOffersCsvDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'ExportOffersCsv' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'sellerId' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'exportOffersCsv' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'sellerId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'sellerId' } },
                            },
                        ],
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<ExportOffersCsvQuery, ExportOffersCsvQueryVariables>;
export const SellerOffersForCsvDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'SellerOffersForCsv' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'sellerId' } },
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
                        name: { kind: 'Name', value: 'offers' },
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
                                                        name: { kind: 'Name', value: 'sellerId' },
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
                                                                            value: 'sellerId',
                                                                        },
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
                                            name: { kind: 'Name', value: 'sort' },
                                            value: {
                                                kind: 'ObjectValue',
                                                fields: [
                                                    {
                                                        kind: 'ObjectField',
                                                        name: { kind: 'Name', value: 'id' },
                                                        value: { kind: 'EnumValue', value: 'ASC' },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'quantityAvailable' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'minimumOrderQuantity' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'manufacturerPartNumber' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'active' } },
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
} as unknown as DocumentNode<SellerOffersForCsvQuery, SellerOffersForCsvQueryVariables>;
export const OfferListDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'OfferList' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'OfferListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'offers' },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'productVariantId' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'price' } },
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
} as unknown as DocumentNode<OfferListQuery, OfferListQueryVariables>;
export const OfferDetailDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'OfferDetail' },
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
                        name: { kind: 'Name', value: 'offer' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OfferFields' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'OfferFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Offer' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'seller' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'productVariant' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'quantityAvailable' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'minimumOrderQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'manufacturerPartNumber' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<OfferDetailQuery, OfferDetailQueryVariables>;
export const CreateOfferDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreateOffer' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateOfferInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createOffer' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OfferFields' } },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'DuplicateOfferError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'existingOfferId' },
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
            name: { kind: 'Name', value: 'OfferFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Offer' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'seller' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'productVariant' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'quantityAvailable' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'minimumOrderQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'manufacturerPartNumber' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreateOfferMutation, CreateOfferMutationVariables>;
export const UpdateOfferDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'UpdateOffer' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateOfferInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateOffer' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OfferFields' } },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'DuplicateOfferError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'existingOfferId' },
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
            name: { kind: 'Name', value: 'OfferFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Offer' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'seller' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'productVariant' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'quantityAvailable' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'minimumOrderQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'manufacturerPartNumber' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<UpdateOfferMutation, UpdateOfferMutationVariables>;
export const DeleteOfferDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'DeleteOffer' },
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
                        name: { kind: 'Name', value: 'deleteOffer' },
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
} as unknown as DocumentNode<DeleteOfferMutation, DeleteOfferMutationVariables>;
export const OfferableVariantsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'OfferableVariants' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductVariantListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'offerableProductVariants' },
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
} as unknown as DocumentNode<OfferableVariantsQuery, OfferableVariantsQueryVariables>;
export const MktSetTrackedVariantStockDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktSetTrackedVariantStock' },
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
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'stockOnHand' } },
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
                                                {
                                                    kind: 'ObjectField',
                                                    name: { kind: 'Name', value: 'stockOnHand' },
                                                    value: {
                                                        kind: 'Variable',
                                                        name: { kind: 'Name', value: 'stockOnHand' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'trackInventory' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'stockOnHand' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'stockAllocated' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktSetTrackedVariantStockMutation, MktSetTrackedVariantStockMutationVariables>;
export const MktVariantStockDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktVariantStock' },
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
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'product' },
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
} as unknown as DocumentNode<MktVariantStockQuery, MktVariantStockQueryVariables>;
export const MktStockLedgerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktStockLedger' },
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
                                                        value: { kind: 'EnumValue', value: 'ASC' },
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
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'stockLocationId' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'allocatedChange' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'documentCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'orderLineId' } },
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
} as unknown as DocumentNode<MktStockLedgerQuery, MktStockLedgerQueryVariables>;
export const MktOrderSellersDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktOrderSellers' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'lines' },
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
                                                            name: { kind: 'Name', value: 'offerId' },
                                                        },
                                                    ],
                                                },
                                            },
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
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'seller' },
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
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'aggregateOrder' },
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
                                    name: { kind: 'Name', value: 'sellerOrders' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'totalWithTax' } },
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
                                                    ],
                                                },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'channels' },
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
                                                            name: { kind: 'Name', value: 'seller' },
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
            },
        },
    ],
} as unknown as DocumentNode<MktOrderSellersQuery, MktOrderSellersQueryVariables>;
export const MktOrderSellerSettlementsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktOrderSellerSettlements' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderId' } },
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
                        name: { kind: 'Name', value: 'sellerOrderSettlements' },
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
                                                        name: { kind: 'Name', value: 'aggregateOrderId' },
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
                                                                            value: 'orderId',
                                                                        },
                                                                    },
                                                                },
                                                            ],
                                                        },
                                                    },
                                                    {
                                                        kind: 'ObjectField',
                                                        name: { kind: 'Name', value: 'orderId' },
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
                                                                            value: 'orderId',
                                                                        },
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
                                            name: { kind: 'Name', value: 'filterOperator' },
                                            value: { kind: 'EnumValue', value: 'OR' },
                                        },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'commissionRateBps' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'saleAmount' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'commissionAmount' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'refundedAmount' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'seller' },
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
} as unknown as DocumentNode<MktOrderSellerSettlementsQuery, MktOrderSellerSettlementsQueryVariables>;
export const MktOwnCreateProductDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktOwnCreateProduct' },
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
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
            },
        },
    ],
} as unknown as DocumentNode<MktOwnCreateProductMutation, MktOwnCreateProductMutationVariables>;
export const MktOwnCreateVariantsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktOwnCreateVariants' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktOwnCreateVariantsMutation, MktOwnCreateVariantsMutationVariables>;
export const MktOwnUpdateVariantsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktOwnUpdateVariants' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktOwnUpdateVariantsMutation, MktOwnUpdateVariantsMutationVariables>;
export const MktOwnDeleteVariantDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktOwnDeleteVariant' },
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
                        name: { kind: 'Name', value: 'deleteProductVariant' },
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
} as unknown as DocumentNode<MktOwnDeleteVariantMutation, MktOwnDeleteVariantMutationVariables>;
export const MktOwnUpdateProductDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktOwnUpdateProduct' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateProductInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateProduct' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktOwnUpdateProductMutation, MktOwnUpdateProductMutationVariables>;
export const MktOwnOffersDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktOwnOffers' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'OfferListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'offers' },
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
                                                name: { kind: 'Name', value: 'OfferFields' },
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
            name: { kind: 'Name', value: 'OfferFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Offer' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'seller' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'productVariant' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sku' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'quantityAvailable' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'minimumOrderQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'manufacturerPartNumber' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktOwnOffersQuery, MktOwnOffersQueryVariables>;
export const MktOwnVariantStockDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktOwnVariantStock' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'stockOnHand' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'stockAllocated' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktOwnVariantStockQuery, MktOwnVariantStockQueryVariables>;
export const MktSetSellerFinanceDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktSetSellerFinance' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetSellerFinanceInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'setSellerFinance' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'commissionRateBps' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'payoutHoldingDays' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'effectiveCommissionRateBps' },
                                },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'effectivePayoutHoldingDays' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktSetSellerFinanceMutation, MktSetSellerFinanceMutationVariables>;
export const MktSellerLedgerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktSellerLedger' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'sellerId' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: {
                        kind: 'NamedType',
                        name: { kind: 'Name', value: 'SellerLedgerEntryListOptions' },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sellerLedgerEntries' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'sellerId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'sellerId' } },
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
                                                name: { kind: 'Name', value: 'MktLedgerEntryFields' },
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
            name: { kind: 'Name', value: 'MktLedgerEntryFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerLedgerEntry' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderLineId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'commissionRateBps' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'payoutBatchId' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktSellerLedgerQuery, MktSellerLedgerQueryVariables>;
export const MktSettlementsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktSettlements' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: {
                        kind: 'NamedType',
                        name: { kind: 'Name', value: 'SellerOrderSettlementListOptions' },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sellerOrderSettlements' },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'orderCode' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'aggregateOrderId' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'commissionRateBps' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'saleAmount' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'commissionAmount' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'refundedAmount' },
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
} as unknown as DocumentNode<MktSettlementsQuery, MktSettlementsQueryVariables>;
export const MktRecordRefundDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktRecordRefund' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordSellerRefundInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'recordSellerRefund' },
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
                                        name: { kind: 'Name', value: 'SellerLedgerEntry' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'MktLedgerEntryFields' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'SellerRefundExceedsSaleError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'refundableAmount' },
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
            name: { kind: 'Name', value: 'MktLedgerEntryFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerLedgerEntry' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderLineId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'commissionRateBps' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'payoutBatchId' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktRecordRefundMutation, MktRecordRefundMutationVariables>;
export const MktCreateAdjustmentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktCreateAdjustment' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'CreateSellerLedgerAdjustmentInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createSellerLedgerAdjustment' },
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
                                    name: { kind: 'Name', value: 'MktLedgerEntryFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'MktLedgerEntryFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerLedgerEntry' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderLineId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'commissionRateBps' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'payoutBatchId' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktCreateAdjustmentMutation, MktCreateAdjustmentMutationVariables>;
export const MktBuildPayoutBatchesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktBuildPayoutBatches' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'buildPayoutBatches' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'MktPayoutBatchFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'MktPayoutBatchFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerPayoutBatch' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'entryCount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktBuildPayoutBatchesMutation, MktBuildPayoutBatchesMutationVariables>;
export const MktPayoutBatchesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktPayoutBatches' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: {
                        kind: 'NamedType',
                        name: { kind: 'Name', value: 'SellerPayoutBatchListOptions' },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sellerPayoutBatches' },
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
                                                name: { kind: 'Name', value: 'MktPayoutBatchFields' },
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
            name: { kind: 'Name', value: 'MktPayoutBatchFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerPayoutBatch' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'entryCount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktPayoutBatchesQuery, MktPayoutBatchesQueryVariables>;
export const MktPayoutBatchDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktPayoutBatch' },
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
                        name: { kind: 'Name', value: 'sellerPayoutBatch' },
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
                                    name: { kind: 'Name', value: 'MktPayoutBatchFields' },
                                },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'entries' },
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
                                                            name: {
                                                                kind: 'Name',
                                                                value: 'MktLedgerEntryFields',
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
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'MktPayoutBatchFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerPayoutBatch' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'entryCount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'MktLedgerEntryFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerLedgerEntry' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'orderLineId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'commissionRateBps' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'payoutBatchId' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktPayoutBatchQuery, MktPayoutBatchQueryVariables>;
export const MktMarkPaidDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktMarkPaid' },
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
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
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
                        name: { kind: 'Name', value: 'markPayoutBatchPaid' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'reference' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
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
                                        name: { kind: 'Name', value: 'SellerPayoutBatch' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'MktPayoutBatchFields' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'PayoutBatchStateError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
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
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'MktPayoutBatchFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerPayoutBatch' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'entryCount' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktMarkPaidMutation, MktMarkPaidMutationVariables>;
export const MktStatementCsvDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktStatementCsv' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'sellerId' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sellerStatementCsv' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'sellerId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'sellerId' } },
                            },
                        ],
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktStatementCsvQuery, MktStatementCsvQueryVariables>;
export const MktSettlePaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktSettlePayment' },
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
} as unknown as DocumentNode<MktSettlePaymentMutation, MktSettlePaymentMutationVariables>;
export const MktRefundOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktRefundOrder' },
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
                                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
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
} as unknown as DocumentNode<MktRefundOrderMutation, MktRefundOrderMutationVariables>;
export const MktSettleRefundDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktSettleRefund' },
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
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'transactionId' } },
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
                        name: { kind: 'Name', value: 'settleRefund' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: {
                                    kind: 'ObjectValue',
                                    fields: [
                                        {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'id' },
                                            value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                                        },
                                        {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'transactionId' },
                                            value: {
                                                kind: 'Variable',
                                                name: { kind: 'Name', value: 'transactionId' },
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
                                        name: { kind: 'Name', value: 'Refund' },
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
} as unknown as DocumentNode<MktSettleRefundMutation, MktSettleRefundMutationVariables>;
export const UpdateSellerProfileDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'UpdateSellerProfile' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'UpdateMarketplaceSellerProfileInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateMarketplaceSellerProfile' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'logo' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                                    },
                                },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'rating' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'average' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
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
} as unknown as DocumentNode<UpdateSellerProfileMutation, UpdateSellerProfileMutationVariables>;
export const MktCreateAssetDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktCreateAsset' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'file' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'Upload' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createAssets' },
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
                                                    name: { kind: 'Name', value: 'file' },
                                                    value: {
                                                        kind: 'Variable',
                                                        name: { kind: 'Name', value: 'file' },
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
                                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Asset' },
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
} as unknown as DocumentNode<MktCreateAssetMutation, MktCreateAssetMutationVariables>;
export const MktAdminVariantPriceDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktAdminVariantPrice' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'priceWithTax' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktAdminVariantPriceQuery, MktAdminVariantPriceQueryVariables>;
export const MktOrderByCodeDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktOrderByCode' },
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
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'MktOrderFields' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'aggregateOrder' },
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
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'sellerOrders' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'FragmentSpread',
                                                            name: { kind: 'Name', value: 'MktOrderFields' },
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
            name: { kind: 'Name', value: 'MktOrderFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalWithTax' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'shipping' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'shippingWithTax' } },
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
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'linePriceWithTax' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'productVariant' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                                    },
                                },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'customFields' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'offerId' } },
                                        ],
                                    },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'priceWithTax' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'shippingMethod' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'transactionId' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktOrderByCodeQuery, MktOrderByCodeQueryVariables>;
export const MktOrdersDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktOrders' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
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
} as unknown as DocumentNode<MktOrdersQuery, MktOrdersQueryVariables>;
export const MktOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktOrder' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MktOrderFields' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'MktOrderFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'totalWithTax' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'shipping' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'shippingWithTax' } },
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
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'linePriceWithTax' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'productVariant' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                                    },
                                },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'customFields' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'offerId' } },
                                        ],
                                    },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'priceWithTax' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'shippingMethod' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'transactionId' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktOrderQuery, MktOrderQueryVariables>;
export const MktCreateShippingMethodDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktCreateShippingMethod' },
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
} as unknown as DocumentNode<MktCreateShippingMethodMutation, MktCreateShippingMethodMutationVariables>;
export const MktAssignShippingMethodsToChannelDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktAssignShippingMethodsToChannel' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'AssignShippingMethodsToChannelInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assignShippingMethodsToChannel' },
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
} as unknown as DocumentNode<
    MktAssignShippingMethodsToChannelMutation,
    MktAssignShippingMethodsToChannelMutationVariables
>;
export const MktAddFulfillmentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktAddFulfillment' },
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
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'lines' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'orderLineId' },
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
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'InsufficientStockOnHandError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'stockOnHand' } },
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
} as unknown as DocumentNode<MktAddFulfillmentMutation, MktAddFulfillmentMutationVariables>;
export const MktTransitionFulfillmentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktTransitionFulfillment' },
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
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
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
                        name: { kind: 'Name', value: 'transitionFulfillmentToState' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'state' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
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
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktTransitionFulfillmentMutation, MktTransitionFulfillmentMutationVariables>;
export const MktCancelOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktCancelOrder' },
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
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'OrderStateTransitionError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
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
} as unknown as DocumentNode<MktCancelOrderMutation, MktCancelOrderMutationVariables>;
export const MktSellerRoleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MktSellerRole' },
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
                        name: { kind: 'Name', value: 'marketplaceSeller' },
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
                                    name: { kind: 'Name', value: 'role' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
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
} as unknown as DocumentNode<MktSellerRoleQuery, MktSellerRoleQueryVariables>;
export const MktUpdateRoleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MktUpdateRole' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateRoleInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateRole' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MktUpdateRoleMutation, MktUpdateRoleMutationVariables>;
export const MarketplaceSellerListDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MarketplaceSellerList' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: {
                        kind: 'NamedType',
                        name: { kind: 'Name', value: 'MarketplaceSellerListOptions' },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'marketplaceSellers' },
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
} as unknown as DocumentNode<MarketplaceSellerListQuery, MarketplaceSellerListQueryVariables>;
export const MarketplaceSellerDetailDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MarketplaceSellerDetail' },
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
                        name: { kind: 'Name', value: 'marketplaceSeller' },
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
                                    name: { kind: 'Name', value: 'MarketplaceSellerFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'MarketplaceSellerFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MarketplaceSeller' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'seller' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channel' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'seller' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stockLocation' },
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
                        name: { kind: 'Name', value: 'role' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'channels' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'administrators' },
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
} as unknown as DocumentNode<MarketplaceSellerDetailQuery, MarketplaceSellerDetailQueryVariables>;
export const ActiveMarketplaceSellerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'ActiveMarketplaceSeller' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'activeMarketplaceSeller' },
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
} as unknown as DocumentNode<ActiveMarketplaceSellerQuery, ActiveMarketplaceSellerQueryVariables>;
export const ApproveSellerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'ApproveSeller' },
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
                        name: { kind: 'Name', value: 'approveSeller' },
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
                                    name: { kind: 'Name', value: 'SellerStatusResultFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'SellerStatusResultFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerStatusResult' } },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'SellerStatusTransitionError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<ApproveSellerMutation, ApproveSellerMutationVariables>;
export const RejectSellerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RejectSeller' },
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
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
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
                        name: { kind: 'Name', value: 'rejectSeller' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'reason' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'SellerStatusResultFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'SellerStatusResultFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerStatusResult' } },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'SellerStatusTransitionError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RejectSellerMutation, RejectSellerMutationVariables>;
export const SuspendSellerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'SuspendSeller' },
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
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
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
                        name: { kind: 'Name', value: 'suspendSeller' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'reason' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'SellerStatusResultFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'SellerStatusResultFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerStatusResult' } },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'SellerStatusTransitionError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<SuspendSellerMutation, SuspendSellerMutationVariables>;
export const ReinstateSellerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'ReinstateSeller' },
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
                        name: { kind: 'Name', value: 'reinstateSeller' },
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
                                    name: { kind: 'Name', value: 'SellerStatusResultFields' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'SellerStatusResultFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SellerStatusResult' } },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'SellerStatusTransitionError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<ReinstateSellerMutation, ReinstateSellerMutationVariables>;
export const MarketplaceLoginDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MarketplaceLogin' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'username' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
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
                        name: { kind: 'Name', value: 'login' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'username' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'username' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'password' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
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
                                        name: { kind: 'Name', value: 'CurrentUser' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'identifier' } },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'InvalidCredentialsError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'authenticationError' },
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
} as unknown as DocumentNode<MarketplaceLoginMutation, MarketplaceLoginMutationVariables>;
export const MarketplaceMeDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MarketplaceMe' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'me' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'identifier' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MarketplaceMeQuery, MarketplaceMeQueryVariables>;
export const MarketplaceVendureCountsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'MarketplaceVendureCounts' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sellers' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channels' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'roles' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'administrators' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalItems' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MarketplaceVendureCountsQuery, MarketplaceVendureCountsQueryVariables>;
