import * as Types from '../../../../src/testing/graphql/schema-types-shop';

import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ShopOfferFieldsFragment = {
    __typename?: 'Offer';
    id: string;
    price: number;
    currencyCode: Types.CurrencyCode;
    quantityAvailable: number;
    leadTimeDays: number;
    condition: Types.OfferCondition;
    minimumOrderQuantity: number;
    sellerSku?: string | null;
    productVariantId: string;
    seller: { __typename?: 'MarketplaceSeller'; id: string; name: string };
};

export type VariantOffersQueryVariables = Types.Exact<{
    productId: Types.Scalars['ID']['input'];
}>;

export type VariantOffersQuery = {
    __typename?: 'Query';
    product?: {
        __typename?: 'Product';
        id: string;
        offers: Array<{
            __typename?: 'Offer';
            id: string;
            price: number;
            currencyCode: Types.CurrencyCode;
            quantityAvailable: number;
            leadTimeDays: number;
            condition: Types.OfferCondition;
            minimumOrderQuantity: number;
            sellerSku?: string | null;
            productVariantId: string;
            seller: { __typename?: 'MarketplaceSeller'; id: string; name: string };
        }>;
        variants: Array<{
            __typename?: 'ProductVariant';
            id: string;
            offers: Array<{
                __typename?: 'Offer';
                id: string;
                price: number;
                currencyCode: Types.CurrencyCode;
                quantityAvailable: number;
                leadTimeDays: number;
                condition: Types.OfferCondition;
                minimumOrderQuantity: number;
                sellerSku?: string | null;
                productVariantId: string;
                seller: { __typename?: 'MarketplaceSeller'; id: string; name: string };
            }>;
            buyBox?: {
                __typename?: 'Offer';
                id: string;
                price: number;
                currencyCode: Types.CurrencyCode;
                quantityAvailable: number;
                leadTimeDays: number;
                condition: Types.OfferCondition;
                minimumOrderQuantity: number;
                sellerSku?: string | null;
                productVariantId: string;
                seller: { __typename?: 'MarketplaceSeller'; id: string; name: string };
            } | null;
        }>;
    } | null;
};

export type RegisterSellerMutationVariables = Types.Exact<{
    input: Types.RegisterSellerInput;
}>;

export type RegisterSellerMutation = {
    __typename?: 'Mutation';
    registerSeller:
        | { __typename: 'DuplicateSellerError'; errorCode: Types.ErrorCode; message: string; field: string }
        | { __typename: 'MarketplaceSeller'; id: string; name: string; status: Types.MarketplaceSellerStatus }
        | { __typename: 'SellerEmailAddressConflictError'; errorCode: Types.ErrorCode; message: string };
};

export const ShopOfferFieldsFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'ShopOfferFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Offer' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'quantityAvailable' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'minimumOrderQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
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
                ],
            },
        },
    ],
} as unknown as DocumentNode<ShopOfferFieldsFragment, unknown>;
export const VariantOffersDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'VariantOffers' },
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
                                    name: { kind: 'Name', value: 'offers' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'ShopOfferFields' },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'variants' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'offers' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'FragmentSpread',
                                                            name: { kind: 'Name', value: 'ShopOfferFields' },
                                                        },
                                                    ],
                                                },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'buyBox' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'FragmentSpread',
                                                            name: { kind: 'Name', value: 'ShopOfferFields' },
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
            name: { kind: 'Name', value: 'ShopOfferFields' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Offer' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'currencyCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'quantityAvailable' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'leadTimeDays' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'minimumOrderQuantity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'sellerSku' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
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
                ],
            },
        },
    ],
} as unknown as DocumentNode<VariantOffersQuery, VariantOffersQueryVariables>;
export const RegisterSellerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RegisterSeller' },
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
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'DuplicateSellerError' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'field' } },
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
} as unknown as DocumentNode<RegisterSellerMutation, RegisterSellerMutationVariables>;
