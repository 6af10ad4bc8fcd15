import * as Types from '../../../../src/testing/graphql/schema-types-shop';

import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type RfqAttachmentFragment = {
    __typename?: 'QuoteRequestAttachment';
    id: string;
    createdAt: string;
    fileName: string;
    mimeType: string;
    fileSize: number;
    url: string;
};

export type RfqAddAttachmentMutationVariables = Types.Exact<{
    requestId: Types.Scalars['ID']['input'];
    file: Types.Scalars['Upload']['input'];
}>;

export type RfqAddAttachmentMutation = {
    __typename?: 'Mutation';
    addQuoteRequestAttachment:
        | {
              __typename: 'QuoteRequestAttachment';
              id: string;
              createdAt: string;
              fileName: string;
              mimeType: string;
              fileSize: number;
              url: string;
          }
        | {
              __typename: 'QuoteRequestAttachmentLimitError';
              errorCode: Types.ErrorCode;
              message: string;
              maxCount: number;
          }
        | {
              __typename: 'QuoteRequestAttachmentTooLargeError';
              errorCode: Types.ErrorCode;
              message: string;
              maxFileSize: number;
          }
        | {
              __typename: 'QuoteRequestAttachmentTypeError';
              errorCode: Types.ErrorCode;
              message: string;
              fileName: string;
              allowedTypes: Array<string>;
          }
        | { __typename: 'QuoteRequestStateError'; errorCode: Types.ErrorCode; message: string };
};

export type RfqRemoveAttachmentMutationVariables = Types.Exact<{
    requestId: Types.Scalars['ID']['input'];
    attachmentId: Types.Scalars['ID']['input'];
}>;

export type RfqRemoveAttachmentMutation = {
    __typename?: 'Mutation';
    removeQuoteRequestAttachment:
        | { __typename: 'QuoteDeadlinePassedError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'QuoteRequest';
              id: string;
              attachments: Array<{
                  __typename?: 'QuoteRequestAttachment';
                  id: string;
                  createdAt: string;
                  fileName: string;
                  mimeType: string;
                  fileSize: number;
                  url: string;
              }>;
          }
        | { __typename: 'QuoteRequestStateError'; errorCode: Types.ErrorCode; message: string };
};

export type RfqMyRequestAttachmentsQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type RfqMyRequestAttachmentsQuery = {
    __typename?: 'Query';
    myQuoteRequest?: {
        __typename?: 'QuoteRequest';
        id: string;
        state: Types.QuoteRequestState;
        attachments: Array<{
            __typename?: 'QuoteRequestAttachment';
            id: string;
            createdAt: string;
            fileName: string;
            mimeType: string;
            fileSize: number;
            url: string;
        }>;
    } | null;
};

export type RfqRegisterSellerMutationVariables = Types.Exact<{
    input: Types.RegisterSellerInput;
}>;

export type RfqRegisterSellerMutation = {
    __typename?: 'Mutation';
    registerSeller:
        | { __typename: 'DuplicateSellerError'; message: string }
        | { __typename: 'MarketplaceSeller'; id: string }
        | { __typename: 'SellerEmailAddressConflictError'; message: string };
};

export type RfqShopRequestFragment = {
    __typename?: 'QuoteRequest';
    id: string;
    code: string;
    state: Types.QuoteRequestState;
    customerId: string;
    companyId?: string | null;
    currencyCode: Types.CurrencyCode;
    responseDeadline: string;
    submittedAt?: string | null;
    routedAt?: string | null;
    deliveryAddress?: { __typename?: 'QuoteRequestAddress'; streetLine1: string; countryCode: string } | null;
    lines: Array<{
        __typename?: 'QuoteRequestLine';
        id: string;
        position: number;
        productVariantId?: string | null;
        partNumber?: string | null;
        manufacturer?: string | null;
        quantity: number;
        routed: boolean;
    }>;
    unroutedLines: Array<{ __typename?: 'QuoteRequestLine'; id: string; position: number }>;
    quotes: Array<{
        __typename?: 'Quote';
        id: string;
        sellerId: string;
        sellerName: string;
        state: Types.QuoteState;
        revision: number;
        declineReason?: string | null;
        lines: Array<{
            __typename?: 'QuoteLine';
            id: string;
            requestLineId: string;
            unitPrice: number;
            quantity: number;
            quantityAvailable: number;
            leadTimeDays: number;
            acceptedQuantity: number;
        }>;
    }>;
    comparison: Array<{
        __typename?: 'QuoteLineComparison';
        requestLineId: string;
        bestPriceQuoteLineId?: string | null;
        shortestLeadTimeQuoteLineId?: string | null;
        enoughStockQuoteLineIds: Array<string>;
    }>;
};

export type RfqMyRequestsQueryVariables = Types.Exact<{ [key: string]: never }>;

export type RfqMyRequestsQuery = {
    __typename?: 'Query';
    myQuoteRequests: {
        __typename?: 'QuoteRequestList';
        totalItems: number;
        items: Array<{ __typename?: 'QuoteRequest'; id: string; code: string }>;
    };
};

export type RfqMyRequestQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type RfqMyRequestQuery = {
    __typename?: 'Query';
    myQuoteRequest?: {
        __typename?: 'QuoteRequest';
        id: string;
        code: string;
        state: Types.QuoteRequestState;
        customerId: string;
        companyId?: string | null;
        currencyCode: Types.CurrencyCode;
        responseDeadline: string;
        submittedAt?: string | null;
        routedAt?: string | null;
        deliveryAddress?: {
            __typename?: 'QuoteRequestAddress';
            streetLine1: string;
            countryCode: string;
        } | null;
        lines: Array<{
            __typename?: 'QuoteRequestLine';
            id: string;
            position: number;
            productVariantId?: string | null;
            partNumber?: string | null;
            manufacturer?: string | null;
            quantity: number;
            routed: boolean;
        }>;
        unroutedLines: Array<{ __typename?: 'QuoteRequestLine'; id: string; position: number }>;
        quotes: Array<{
            __typename?: 'Quote';
            id: string;
            sellerId: string;
            sellerName: string;
            state: Types.QuoteState;
            revision: number;
            declineReason?: string | null;
            lines: Array<{
                __typename?: 'QuoteLine';
                id: string;
                requestLineId: string;
                unitPrice: number;
                quantity: number;
                quantityAvailable: number;
                leadTimeDays: number;
                acceptedQuantity: number;
            }>;
        }>;
        comparison: Array<{
            __typename?: 'QuoteLineComparison';
            requestLineId: string;
            bestPriceQuoteLineId?: string | null;
            shortestLeadTimeQuoteLineId?: string | null;
            enoughStockQuoteLineIds: Array<string>;
        }>;
    } | null;
};

export type RfqCreateRequestMutationVariables = Types.Exact<{
    input: Types.CreateQuoteRequestInput;
}>;

export type RfqCreateRequestMutation = {
    __typename?: 'Mutation';
    createQuoteRequest: {
        __typename?: 'QuoteRequest';
        id: string;
        code: string;
        state: Types.QuoteRequestState;
        customerId: string;
        companyId?: string | null;
        currencyCode: Types.CurrencyCode;
        responseDeadline: string;
        submittedAt?: string | null;
        routedAt?: string | null;
        deliveryAddress?: {
            __typename?: 'QuoteRequestAddress';
            streetLine1: string;
            countryCode: string;
        } | null;
        lines: Array<{
            __typename?: 'QuoteRequestLine';
            id: string;
            position: number;
            productVariantId?: string | null;
            partNumber?: string | null;
            manufacturer?: string | null;
            quantity: number;
            routed: boolean;
        }>;
        unroutedLines: Array<{ __typename?: 'QuoteRequestLine'; id: string; position: number }>;
        quotes: Array<{
            __typename?: 'Quote';
            id: string;
            sellerId: string;
            sellerName: string;
            state: Types.QuoteState;
            revision: number;
            declineReason?: string | null;
            lines: Array<{
                __typename?: 'QuoteLine';
                id: string;
                requestLineId: string;
                unitPrice: number;
                quantity: number;
                quantityAvailable: number;
                leadTimeDays: number;
                acceptedQuantity: number;
            }>;
        }>;
        comparison: Array<{
            __typename?: 'QuoteLineComparison';
            requestLineId: string;
            bestPriceQuoteLineId?: string | null;
            shortestLeadTimeQuoteLineId?: string | null;
            enoughStockQuoteLineIds: Array<string>;
        }>;
    };
};

type RfqRequestResult_QuoteDeadlinePassedError_Fragment = {
    __typename: 'QuoteDeadlinePassedError';
    errorCode: Types.ErrorCode;
    message: string;
};

type RfqRequestResult_QuoteRequest_Fragment = {
    __typename: 'QuoteRequest';
    id: string;
    code: string;
    state: Types.QuoteRequestState;
    customerId: string;
    companyId?: string | null;
    currencyCode: Types.CurrencyCode;
    responseDeadline: string;
    submittedAt?: string | null;
    routedAt?: string | null;
    deliveryAddress?: { __typename?: 'QuoteRequestAddress'; streetLine1: string; countryCode: string } | null;
    lines: Array<{
        __typename?: 'QuoteRequestLine';
        id: string;
        position: number;
        productVariantId?: string | null;
        partNumber?: string | null;
        manufacturer?: string | null;
        quantity: number;
        routed: boolean;
    }>;
    unroutedLines: Array<{ __typename?: 'QuoteRequestLine'; id: string; position: number }>;
    quotes: Array<{
        __typename?: 'Quote';
        id: string;
        sellerId: string;
        sellerName: string;
        state: Types.QuoteState;
        revision: number;
        declineReason?: string | null;
        lines: Array<{
            __typename?: 'QuoteLine';
            id: string;
            requestLineId: string;
            unitPrice: number;
            quantity: number;
            quantityAvailable: number;
            leadTimeDays: number;
            acceptedQuantity: number;
        }>;
    }>;
    comparison: Array<{
        __typename?: 'QuoteLineComparison';
        requestLineId: string;
        bestPriceQuoteLineId?: string | null;
        shortestLeadTimeQuoteLineId?: string | null;
        enoughStockQuoteLineIds: Array<string>;
    }>;
};

type RfqRequestResult_QuoteRequestStateError_Fragment = {
    __typename: 'QuoteRequestStateError';
    errorCode: Types.ErrorCode;
    message: string;
};

export type RfqRequestResultFragment =
    | RfqRequestResult_QuoteDeadlinePassedError_Fragment
    | RfqRequestResult_QuoteRequest_Fragment
    | RfqRequestResult_QuoteRequestStateError_Fragment;

export type RfqUpdateRequestMutationVariables = Types.Exact<{
    input: Types.UpdateQuoteRequestInput;
}>;

export type RfqUpdateRequestMutation = {
    __typename?: 'Mutation';
    updateQuoteRequest:
        | { __typename: 'QuoteDeadlinePassedError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'QuoteRequest';
              id: string;
              code: string;
              state: Types.QuoteRequestState;
              customerId: string;
              companyId?: string | null;
              currencyCode: Types.CurrencyCode;
              responseDeadline: string;
              submittedAt?: string | null;
              routedAt?: string | null;
              deliveryAddress?: {
                  __typename?: 'QuoteRequestAddress';
                  streetLine1: string;
                  countryCode: string;
              } | null;
              lines: Array<{
                  __typename?: 'QuoteRequestLine';
                  id: string;
                  position: number;
                  productVariantId?: string | null;
                  partNumber?: string | null;
                  manufacturer?: string | null;
                  quantity: number;
                  routed: boolean;
              }>;
              unroutedLines: Array<{ __typename?: 'QuoteRequestLine'; id: string; position: number }>;
              quotes: Array<{
                  __typename?: 'Quote';
                  id: string;
                  sellerId: string;
                  sellerName: string;
                  state: Types.QuoteState;
                  revision: number;
                  declineReason?: string | null;
                  lines: Array<{
                      __typename?: 'QuoteLine';
                      id: string;
                      requestLineId: string;
                      unitPrice: number;
                      quantity: number;
                      quantityAvailable: number;
                      leadTimeDays: number;
                      acceptedQuantity: number;
                  }>;
              }>;
              comparison: Array<{
                  __typename?: 'QuoteLineComparison';
                  requestLineId: string;
                  bestPriceQuoteLineId?: string | null;
                  shortestLeadTimeQuoteLineId?: string | null;
                  enoughStockQuoteLineIds: Array<string>;
              }>;
          }
        | { __typename: 'QuoteRequestStateError'; errorCode: Types.ErrorCode; message: string };
};

export type RfqSubmitRequestMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type RfqSubmitRequestMutation = {
    __typename?: 'Mutation';
    submitQuoteRequest:
        | { __typename: 'QuoteDeadlinePassedError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'QuoteRequest';
              id: string;
              code: string;
              state: Types.QuoteRequestState;
              customerId: string;
              companyId?: string | null;
              currencyCode: Types.CurrencyCode;
              responseDeadline: string;
              submittedAt?: string | null;
              routedAt?: string | null;
              deliveryAddress?: {
                  __typename?: 'QuoteRequestAddress';
                  streetLine1: string;
                  countryCode: string;
              } | null;
              lines: Array<{
                  __typename?: 'QuoteRequestLine';
                  id: string;
                  position: number;
                  productVariantId?: string | null;
                  partNumber?: string | null;
                  manufacturer?: string | null;
                  quantity: number;
                  routed: boolean;
              }>;
              unroutedLines: Array<{ __typename?: 'QuoteRequestLine'; id: string; position: number }>;
              quotes: Array<{
                  __typename?: 'Quote';
                  id: string;
                  sellerId: string;
                  sellerName: string;
                  state: Types.QuoteState;
                  revision: number;
                  declineReason?: string | null;
                  lines: Array<{
                      __typename?: 'QuoteLine';
                      id: string;
                      requestLineId: string;
                      unitPrice: number;
                      quantity: number;
                      quantityAvailable: number;
                      leadTimeDays: number;
                      acceptedQuantity: number;
                  }>;
              }>;
              comparison: Array<{
                  __typename?: 'QuoteLineComparison';
                  requestLineId: string;
                  bestPriceQuoteLineId?: string | null;
                  shortestLeadTimeQuoteLineId?: string | null;
                  enoughStockQuoteLineIds: Array<string>;
              }>;
          }
        | { __typename: 'QuoteRequestStateError'; errorCode: Types.ErrorCode; message: string };
};

export type RfqCancelRequestMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type RfqCancelRequestMutation = {
    __typename?: 'Mutation';
    cancelQuoteRequest:
        | { __typename: 'QuoteDeadlinePassedError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'QuoteRequest';
              id: string;
              code: string;
              state: Types.QuoteRequestState;
              customerId: string;
              companyId?: string | null;
              currencyCode: Types.CurrencyCode;
              responseDeadline: string;
              submittedAt?: string | null;
              routedAt?: string | null;
              deliveryAddress?: {
                  __typename?: 'QuoteRequestAddress';
                  streetLine1: string;
                  countryCode: string;
              } | null;
              lines: Array<{
                  __typename?: 'QuoteRequestLine';
                  id: string;
                  position: number;
                  productVariantId?: string | null;
                  partNumber?: string | null;
                  manufacturer?: string | null;
                  quantity: number;
                  routed: boolean;
              }>;
              unroutedLines: Array<{ __typename?: 'QuoteRequestLine'; id: string; position: number }>;
              quotes: Array<{
                  __typename?: 'Quote';
                  id: string;
                  sellerId: string;
                  sellerName: string;
                  state: Types.QuoteState;
                  revision: number;
                  declineReason?: string | null;
                  lines: Array<{
                      __typename?: 'QuoteLine';
                      id: string;
                      requestLineId: string;
                      unitPrice: number;
                      quantity: number;
                      quantityAvailable: number;
                      leadTimeDays: number;
                      acceptedQuantity: number;
                  }>;
              }>;
              comparison: Array<{
                  __typename?: 'QuoteLineComparison';
                  requestLineId: string;
                  bestPriceQuoteLineId?: string | null;
                  shortestLeadTimeQuoteLineId?: string | null;
                  enoughStockQuoteLineIds: Array<string>;
              }>;
          }
        | { __typename: 'QuoteRequestStateError'; errorCode: Types.ErrorCode; message: string };
};

type RfqAcceptResult_InsufficientStockError_Fragment = {
    __typename: 'InsufficientStockError';
    errorCode: Types.ErrorCode;
    message: string;
};

type RfqAcceptResult_NegativeQuantityError_Fragment = {
    __typename: 'NegativeQuantityError';
    errorCode: Types.ErrorCode;
    message: string;
};

type RfqAcceptResult_Order_Fragment = {
    __typename: 'Order';
    id: string;
    code: string;
    lines: Array<{
        __typename?: 'OrderLine';
        id: string;
        quantity: number;
        unitPrice: number;
        productVariant: { __typename?: 'ProductVariant'; id: string };
        customFields?: {
            __typename?: 'OrderLineCustomFields';
            quoteLineId?: string | null;
            offerId?: string | null;
        } | null;
    }>;
};

type RfqAcceptResult_OrderInterceptorError_Fragment = {
    __typename: 'OrderInterceptorError';
    errorCode: Types.ErrorCode;
    message: string;
};

type RfqAcceptResult_OrderLimitError_Fragment = {
    __typename: 'OrderLimitError';
    errorCode: Types.ErrorCode;
    message: string;
};

type RfqAcceptResult_OrderModificationError_Fragment = {
    __typename: 'OrderModificationError';
    errorCode: Types.ErrorCode;
    message: string;
};

type RfqAcceptResult_QuoteAlreadyAcceptedError_Fragment = {
    __typename: 'QuoteAlreadyAcceptedError';
    errorCode: Types.ErrorCode;
    message: string;
};

type RfqAcceptResult_QuoteNotFoundError_Fragment = {
    __typename: 'QuoteNotFoundError';
    errorCode: Types.ErrorCode;
    message: string;
};

type RfqAcceptResult_QuoteQuantityExceededError_Fragment = {
    __typename: 'QuoteQuantityExceededError';
    errorCode: Types.ErrorCode;
    message: string;
    quotedQuantity: number;
};

type RfqAcceptResult_QuoteUnavailableError_Fragment = {
    __typename: 'QuoteUnavailableError';
    errorCode: Types.ErrorCode;
    message: string;
    reason: string;
};

export type RfqAcceptResultFragment =
    | RfqAcceptResult_InsufficientStockError_Fragment
    | RfqAcceptResult_NegativeQuantityError_Fragment
    | RfqAcceptResult_Order_Fragment
    | RfqAcceptResult_OrderInterceptorError_Fragment
    | RfqAcceptResult_OrderLimitError_Fragment
    | RfqAcceptResult_OrderModificationError_Fragment
    | RfqAcceptResult_QuoteAlreadyAcceptedError_Fragment
    | RfqAcceptResult_QuoteNotFoundError_Fragment
    | RfqAcceptResult_QuoteQuantityExceededError_Fragment
    | RfqAcceptResult_QuoteUnavailableError_Fragment;

export type RfqAcceptQuoteMutationVariables = Types.Exact<{
    quoteId: Types.Scalars['ID']['input'];
}>;

export type RfqAcceptQuoteMutation = {
    __typename?: 'Mutation';
    acceptQuote:
        | { __typename: 'InsufficientStockError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'NegativeQuantityError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'Order';
              id: string;
              code: string;
              lines: Array<{
                  __typename?: 'OrderLine';
                  id: string;
                  quantity: number;
                  unitPrice: number;
                  productVariant: { __typename?: 'ProductVariant'; id: string };
                  customFields?: {
                      __typename?: 'OrderLineCustomFields';
                      quoteLineId?: string | null;
                      offerId?: string | null;
                  } | null;
              }>;
          }
        | { __typename: 'OrderInterceptorError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderLimitError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'QuoteAlreadyAcceptedError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'QuoteNotFoundError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'QuoteQuantityExceededError';
              errorCode: Types.ErrorCode;
              message: string;
              quotedQuantity: number;
          }
        | {
              __typename: 'QuoteUnavailableError';
              errorCode: Types.ErrorCode;
              message: string;
              reason: string;
          };
};

export type RfqAcceptQuoteLinesMutationVariables = Types.Exact<{
    lines: Array<Types.AcceptQuoteLineInput> | Types.AcceptQuoteLineInput;
}>;

export type RfqAcceptQuoteLinesMutation = {
    __typename?: 'Mutation';
    acceptQuoteLines:
        | { __typename: 'InsufficientStockError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'NegativeQuantityError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'Order';
              id: string;
              code: string;
              lines: Array<{
                  __typename?: 'OrderLine';
                  id: string;
                  quantity: number;
                  unitPrice: number;
                  productVariant: { __typename?: 'ProductVariant'; id: string };
                  customFields?: {
                      __typename?: 'OrderLineCustomFields';
                      quoteLineId?: string | null;
                      offerId?: string | null;
                  } | null;
              }>;
          }
        | { __typename: 'OrderInterceptorError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderLimitError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'QuoteAlreadyAcceptedError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'QuoteNotFoundError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'QuoteQuantityExceededError';
              errorCode: Types.ErrorCode;
              message: string;
              quotedQuantity: number;
          }
        | {
              __typename: 'QuoteUnavailableError';
              errorCode: Types.ErrorCode;
              message: string;
              reason: string;
          };
};

export type RfqAddToCartMutationVariables = Types.Exact<{
    productVariantId: Types.Scalars['ID']['input'];
    quantity: Types.Scalars['Int']['input'];
}>;

export type RfqAddToCartMutation = {
    __typename?: 'Mutation';
    addItemToOrder:
        | { __typename: 'InsufficientStockError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'NegativeQuantityError'; errorCode: Types.ErrorCode; message: string }
        | {
              __typename: 'Order';
              id: string;
              lines: Array<{
                  __typename?: 'OrderLine';
                  id: string;
                  quantity: number;
                  unitPrice: number;
                  productVariant: { __typename?: 'ProductVariant'; id: string };
                  customFields?: {
                      __typename?: 'OrderLineCustomFields';
                      quoteLineId?: string | null;
                      offerId?: string | null;
                  } | null;
              }>;
          }
        | { __typename: 'OrderInterceptorError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderLimitError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string };
};

export type RfqAdjustLineMutationVariables = Types.Exact<{
    orderLineId: Types.Scalars['ID']['input'];
    quantity: Types.Scalars['Int']['input'];
}>;

export type RfqAdjustLineMutation = {
    __typename?: 'Mutation';
    adjustOrderLine:
        | { __typename: 'InsufficientStockError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'NegativeQuantityError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Order' }
        | {
              __typename: 'OrderInterceptorError';
              errorCode: Types.ErrorCode;
              message: string;
              interceptorError: string;
          }
        | { __typename: 'OrderLimitError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'OrderModificationError'; errorCode: Types.ErrorCode; message: string };
};

export type RfqSetShippingAddressMutationVariables = Types.Exact<{
    input: Types.CreateAddressInput;
}>;

export type RfqSetShippingAddressMutation = {
    __typename?: 'Mutation';
    setOrderShippingAddress: { __typename: 'NoActiveOrderError' } | { __typename: 'Order' };
};

export type RfqEligibleShippingQueryVariables = Types.Exact<{ [key: string]: never }>;

export type RfqEligibleShippingQuery = {
    __typename?: 'Query';
    eligibleShippingMethods: Array<{ __typename?: 'ShippingMethodQuote'; id: string; code: string }>;
};

export type RfqSetShippingMutationVariables = Types.Exact<{
    ids: Array<Types.Scalars['ID']['input']> | Types.Scalars['ID']['input'];
}>;

export type RfqSetShippingMutation = {
    __typename?: 'Mutation';
    setOrderShippingMethod:
        | { __typename: 'IneligibleShippingMethodError' }
        | { __typename: 'NoActiveOrderError' }
        | { __typename: 'Order' }
        | { __typename: 'OrderModificationError' };
};

export type RfqTransitionMutationVariables = Types.Exact<{
    state: Types.Scalars['String']['input'];
}>;

export type RfqTransitionMutation = {
    __typename?: 'Mutation';
    transitionOrderToState?:
        | { __typename: 'Order'; state: string }
        | { __typename: 'OrderStateTransitionError'; transitionError: string }
        | null;
};

export type RfqAddPaymentMutationVariables = Types.Exact<{ [key: string]: never }>;

export type RfqAddPaymentMutation = {
    __typename?: 'Mutation';
    addPaymentToOrder:
        | { __typename: 'CouponRemovedDuringCheckoutError'; message: string }
        | { __typename: 'IneligiblePaymentMethodError'; message: string }
        | { __typename: 'NoActiveOrderError'; message: string }
        | { __typename: 'Order'; id: string; code: string; state: string }
        | { __typename: 'OrderPaymentStateError'; message: string }
        | { __typename: 'OrderStateTransitionError'; message: string }
        | { __typename: 'PaymentDeclinedError'; message: string }
        | { __typename: 'PaymentFailedError'; message: string };
};

export const RfqAttachmentFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'RfqAttachment' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequestAttachment' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fileSize' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RfqAttachmentFragment, unknown>;
export const RfqShopRequestFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'RfqShopRequest' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequest' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'customerId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'responseDeadline' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'routedAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deliveryAddress' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'streetLine1' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'partNumber' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'manufacturer' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'routed' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'unroutedLines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'quotes' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sellerName' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'lines' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'requestLineId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'quantityAvailable' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'acceptedQuantity' },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'comparison' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'requestLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'bestPriceQuoteLineId' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'shortestLeadTimeQuoteLineId' },
                                },
                                { kind: 'Field', name: { kind: 'Name', value: 'enoughStockQuoteLineIds' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RfqShopRequestFragment, unknown>;
export const RfqRequestResultFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'RfqRequestResult' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequestResult' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequest' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RfqShopRequest' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ErrorResult' } },
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
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'RfqShopRequest' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequest' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'customerId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'responseDeadline' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'routedAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deliveryAddress' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'streetLine1' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'partNumber' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'manufacturer' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'routed' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'unroutedLines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'quotes' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sellerName' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'lines' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'requestLineId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'quantityAvailable' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'acceptedQuantity' },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'comparison' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'requestLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'bestPriceQuoteLineId' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'shortestLeadTimeQuoteLineId' },
                                },
                                { kind: 'Field', name: { kind: 'Name', value: 'enoughStockQuoteLineIds' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RfqRequestResultFragment, unknown>;
export const RfqAcceptResultFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'RfqAcceptResult' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AcceptQuoteResult' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
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
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'customFields' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'quoteLineId' },
                                                        },
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
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ErrorResult' } },
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
                            name: { kind: 'Name', value: 'QuoteQuantityExceededError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'quotedQuantity' } }],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'QuoteUnavailableError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'reason' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RfqAcceptResultFragment, unknown>;
export const RfqAddAttachmentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RfqAddAttachment' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'requestId' } },
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
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'addQuoteRequestAttachment' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'requestId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'requestId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'file' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'file' } },
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
                                        name: { kind: 'Name', value: 'QuoteRequestAttachment' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'RfqAttachment' },
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
                                        name: { kind: 'Name', value: 'QuoteRequestAttachmentTooLargeError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'maxFileSize' } },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'QuoteRequestAttachmentTypeError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'allowedTypes' } },
                                        ],
                                    },
                                },
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'QuoteRequestAttachmentLimitError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'maxCount' } },
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
            name: { kind: 'Name', value: 'RfqAttachment' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequestAttachment' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fileSize' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RfqAddAttachmentMutation, RfqAddAttachmentMutationVariables>;
export const RfqRemoveAttachmentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RfqRemoveAttachment' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'requestId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'attachmentId' } },
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
                        name: { kind: 'Name', value: 'removeQuoteRequestAttachment' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'requestId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'requestId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'attachmentId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'attachmentId' } },
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
                                        name: { kind: 'Name', value: 'QuoteRequest' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'attachments' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'FragmentSpread',
                                                            name: { kind: 'Name', value: 'RfqAttachment' },
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
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'RfqAttachment' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequestAttachment' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fileSize' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RfqRemoveAttachmentMutation, RfqRemoveAttachmentMutationVariables>;
export const RfqMyRequestAttachmentsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'RfqMyRequestAttachments' },
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
                        name: { kind: 'Name', value: 'myQuoteRequest' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'attachments' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'RfqAttachment' },
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
            name: { kind: 'Name', value: 'RfqAttachment' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequestAttachment' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'fileSize' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RfqMyRequestAttachmentsQuery, RfqMyRequestAttachmentsQueryVariables>;
export const RfqRegisterSellerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RfqRegisterSeller' },
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
} as unknown as DocumentNode<RfqRegisterSellerMutation, RfqRegisterSellerMutationVariables>;
export const RfqMyRequestsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'RfqMyRequests' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'myQuoteRequests' },
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
} as unknown as DocumentNode<RfqMyRequestsQuery, RfqMyRequestsQueryVariables>;
export const RfqMyRequestDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'RfqMyRequest' },
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
                        name: { kind: 'Name', value: 'myQuoteRequest' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RfqShopRequest' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'RfqShopRequest' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequest' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'customerId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'responseDeadline' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'routedAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deliveryAddress' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'streetLine1' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'partNumber' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'manufacturer' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'routed' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'unroutedLines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'quotes' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sellerName' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'lines' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'requestLineId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'quantityAvailable' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'acceptedQuantity' },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'comparison' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'requestLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'bestPriceQuoteLineId' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'shortestLeadTimeQuoteLineId' },
                                },
                                { kind: 'Field', name: { kind: 'Name', value: 'enoughStockQuoteLineIds' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RfqMyRequestQuery, RfqMyRequestQueryVariables>;
export const RfqCreateRequestDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RfqCreateRequest' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateQuoteRequestInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createQuoteRequest' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RfqShopRequest' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'RfqShopRequest' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequest' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'customerId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'responseDeadline' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'routedAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deliveryAddress' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'streetLine1' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'partNumber' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'manufacturer' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'routed' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'unroutedLines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'quotes' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sellerName' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'lines' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'requestLineId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'quantityAvailable' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'acceptedQuantity' },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'comparison' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'requestLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'bestPriceQuoteLineId' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'shortestLeadTimeQuoteLineId' },
                                },
                                { kind: 'Field', name: { kind: 'Name', value: 'enoughStockQuoteLineIds' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RfqCreateRequestMutation, RfqCreateRequestMutationVariables>;
export const RfqUpdateRequestDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RfqUpdateRequest' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateQuoteRequestInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateQuoteRequest' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RfqRequestResult' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'RfqShopRequest' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequest' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'customerId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'responseDeadline' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'routedAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deliveryAddress' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'streetLine1' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'partNumber' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'manufacturer' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'routed' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'unroutedLines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'quotes' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sellerName' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'lines' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'requestLineId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'quantityAvailable' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'acceptedQuantity' },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'comparison' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'requestLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'bestPriceQuoteLineId' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'shortestLeadTimeQuoteLineId' },
                                },
                                { kind: 'Field', name: { kind: 'Name', value: 'enoughStockQuoteLineIds' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'RfqRequestResult' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequestResult' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequest' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RfqShopRequest' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ErrorResult' } },
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
} as unknown as DocumentNode<RfqUpdateRequestMutation, RfqUpdateRequestMutationVariables>;
export const RfqSubmitRequestDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RfqSubmitRequest' },
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
                        name: { kind: 'Name', value: 'submitQuoteRequest' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RfqRequestResult' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'RfqShopRequest' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequest' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'customerId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'responseDeadline' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'routedAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deliveryAddress' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'streetLine1' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'partNumber' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'manufacturer' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'routed' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'unroutedLines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'quotes' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sellerName' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'lines' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'requestLineId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'quantityAvailable' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'acceptedQuantity' },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'comparison' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'requestLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'bestPriceQuoteLineId' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'shortestLeadTimeQuoteLineId' },
                                },
                                { kind: 'Field', name: { kind: 'Name', value: 'enoughStockQuoteLineIds' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'RfqRequestResult' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequestResult' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequest' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RfqShopRequest' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ErrorResult' } },
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
} as unknown as DocumentNode<RfqSubmitRequestMutation, RfqSubmitRequestMutationVariables>;
export const RfqCancelRequestDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RfqCancelRequest' },
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
                        name: { kind: 'Name', value: 'cancelQuoteRequest' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RfqRequestResult' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'RfqShopRequest' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequest' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'customerId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'companyId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'responseDeadline' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'routedAt' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deliveryAddress' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'streetLine1' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'partNumber' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'manufacturer' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'routed' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'unroutedLines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'quotes' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sellerId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'sellerName' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'lines' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'requestLineId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'quantityAvailable' },
                                            },
                                            { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'acceptedQuantity' },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'comparison' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'requestLineId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'bestPriceQuoteLineId' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'shortestLeadTimeQuoteLineId' },
                                },
                                { kind: 'Field', name: { kind: 'Name', value: 'enoughStockQuoteLineIds' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'RfqRequestResult' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequestResult' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteRequest' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RfqShopRequest' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ErrorResult' } },
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
} as unknown as DocumentNode<RfqCancelRequestMutation, RfqCancelRequestMutationVariables>;
export const RfqAcceptQuoteDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RfqAcceptQuote' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'quoteId' } },
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
                        name: { kind: 'Name', value: 'acceptQuote' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'quoteId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'quoteId' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RfqAcceptResult' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'RfqAcceptResult' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AcceptQuoteResult' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
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
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'customFields' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'quoteLineId' },
                                                        },
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
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ErrorResult' } },
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
                            name: { kind: 'Name', value: 'QuoteQuantityExceededError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'quotedQuantity' } }],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'QuoteUnavailableError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'reason' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RfqAcceptQuoteMutation, RfqAcceptQuoteMutationVariables>;
export const RfqAcceptQuoteLinesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RfqAcceptQuoteLines' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'lines' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'ListType',
                            type: {
                                kind: 'NonNullType',
                                type: {
                                    kind: 'NamedType',
                                    name: { kind: 'Name', value: 'AcceptQuoteLineInput' },
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
                        name: { kind: 'Name', value: 'acceptQuoteLines' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'lines' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'lines' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RfqAcceptResult' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'RfqAcceptResult' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AcceptQuoteResult' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Order' } },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'unitPrice' } },
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
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'customFields' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'quoteLineId' },
                                                        },
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
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ErrorResult' } },
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
                            name: { kind: 'Name', value: 'QuoteQuantityExceededError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'quotedQuantity' } }],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'QuoteUnavailableError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'reason' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RfqAcceptQuoteLinesMutation, RfqAcceptQuoteLinesMutationVariables>;
export const RfqAddToCartDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RfqAddToCart' },
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
                                value: {
                                    kind: 'Variable',
                                    name: { kind: 'Name', value: 'productVariantId' },
                                },
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
                                                            name: { kind: 'Name', value: 'unitPrice' },
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
                                                                            value: 'quoteLineId',
                                                                        },
                                                                    },
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
} as unknown as DocumentNode<RfqAddToCartMutation, RfqAddToCartMutationVariables>;
export const RfqAdjustLineDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RfqAdjustLine' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderLineId' } },
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
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderLineId' } },
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
                                        name: { kind: 'Name', value: 'OrderInterceptorError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'interceptorError' },
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
} as unknown as DocumentNode<RfqAdjustLineMutation, RfqAdjustLineMutationVariables>;
export const RfqSetShippingAddressDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RfqSetShippingAddress' },
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
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RfqSetShippingAddressMutation, RfqSetShippingAddressMutationVariables>;
export const RfqEligibleShippingDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'RfqEligibleShipping' },
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
} as unknown as DocumentNode<RfqEligibleShippingQuery, RfqEligibleShippingQueryVariables>;
export const RfqSetShippingDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RfqSetShipping' },
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
} as unknown as DocumentNode<RfqSetShippingMutation, RfqSetShippingMutationVariables>;
export const RfqTransitionDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RfqTransition' },
            variableDefinitions: [
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
                        name: { kind: 'Name', value: 'transitionOrderToState' },
                        arguments: [
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
                                        name: { kind: 'Name', value: 'Order' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
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
} as unknown as DocumentNode<RfqTransitionMutation, RfqTransitionMutationVariables>;
export const RfqAddPaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RfqAddPayment' },
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
} as unknown as DocumentNode<RfqAddPaymentMutation, RfqAddPaymentMutationVariables>;
