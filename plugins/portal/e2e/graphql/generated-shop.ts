import * as Types from '../../../../src/testing/graphql/schema-types-shop';

import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ShopArticleFragment = {
    __typename?: 'Article';
    id: string;
    title: string;
    slug: string;
    summary: string;
    body: string;
    languageCode: Types.LanguageCode;
    publishedAt: string;
    unpublishAt?: string | null;
    authorName?: string | null;
    url: string;
    seoTitle: string;
    seoDescription: string;
    tags: Array<string>;
    topics: Array<{ __typename?: 'Topic'; id: string; slug: string; name: string }>;
    relatedProducts: Array<{ __typename?: 'Product'; id: string; name: string }>;
    translations: Array<{
        __typename?: 'ArticleTranslation';
        languageCode: Types.LanguageCode;
        slug: string;
        title: string;
    }>;
};

export type ShopArticlesQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.ArticleQueryOptions>;
}>;

export type ShopArticlesQuery = {
    __typename?: 'Query';
    articles: {
        __typename?: 'ArticleList';
        totalItems: number;
        items: Array<{
            __typename?: 'Article';
            id: string;
            title: string;
            slug: string;
            summary: string;
            body: string;
            languageCode: Types.LanguageCode;
            publishedAt: string;
            unpublishAt?: string | null;
            authorName?: string | null;
            url: string;
            seoTitle: string;
            seoDescription: string;
            tags: Array<string>;
            topics: Array<{ __typename?: 'Topic'; id: string; slug: string; name: string }>;
            relatedProducts: Array<{ __typename?: 'Product'; id: string; name: string }>;
            translations: Array<{
                __typename?: 'ArticleTranslation';
                languageCode: Types.LanguageCode;
                slug: string;
                title: string;
            }>;
        }>;
    };
};

export type ShopArticleBySlugQueryVariables = Types.Exact<{
    slug: Types.Scalars['String']['input'];
}>;

export type ShopArticleBySlugQuery = {
    __typename?: 'Query';
    article?: {
        __typename?: 'Article';
        id: string;
        title: string;
        slug: string;
        summary: string;
        body: string;
        languageCode: Types.LanguageCode;
        publishedAt: string;
        unpublishAt?: string | null;
        authorName?: string | null;
        url: string;
        seoTitle: string;
        seoDescription: string;
        tags: Array<string>;
        topics: Array<{ __typename?: 'Topic'; id: string; slug: string; name: string }>;
        relatedProducts: Array<{ __typename?: 'Product'; id: string; name: string }>;
        translations: Array<{
            __typename?: 'ArticleTranslation';
            languageCode: Types.LanguageCode;
            slug: string;
            title: string;
        }>;
    } | null;
};

export type ShopArticleByIdQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type ShopArticleByIdQuery = {
    __typename?: 'Query';
    article?: {
        __typename?: 'Article';
        id: string;
        title: string;
        slug: string;
        summary: string;
        body: string;
        languageCode: Types.LanguageCode;
        publishedAt: string;
        unpublishAt?: string | null;
        authorName?: string | null;
        url: string;
        seoTitle: string;
        seoDescription: string;
        tags: Array<string>;
        topics: Array<{ __typename?: 'Topic'; id: string; slug: string; name: string }>;
        relatedProducts: Array<{ __typename?: 'Product'; id: string; name: string }>;
        translations: Array<{
            __typename?: 'ArticleTranslation';
            languageCode: Types.LanguageCode;
            slug: string;
            title: string;
        }>;
    } | null;
};

export type ShopTopicsQueryVariables = Types.Exact<{ [key: string]: never }>;

export type ShopTopicsQuery = {
    __typename?: 'Query';
    topics: Array<{
        __typename?: 'Topic';
        id: string;
        name: string;
        slug: string;
        parentId?: string | null;
        position: number;
        children: Array<{ __typename?: 'Topic'; id: string; slug: string }>;
    }>;
};

export type ShopProductArticlesQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type ShopProductArticlesQuery = {
    __typename?: 'Query';
    product?: {
        __typename?: 'Product';
        id: string;
        articles: Array<{ __typename?: 'Article'; id: string; title: string }>;
    } | null;
};

export type PortalRegisterSellerMutationVariables = Types.Exact<{
    input: Types.RegisterSellerInput;
}>;

export type PortalRegisterSellerMutation = {
    __typename?: 'Mutation';
    registerSeller:
        | { __typename: 'DuplicateSellerError'; message: string }
        | { __typename: 'MarketplaceSeller'; id: string }
        | { __typename: 'SellerEmailAddressConflictError'; message: string };
};

export const ShopArticleFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'ShopArticle' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unpublishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'seoTitle' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'seoDescription' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'relatedProducts' },
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
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<ShopArticleFragment, unknown>;
export const ShopArticlesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'ShopArticles' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'ArticleQueryOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'articles' },
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
                                                name: { kind: 'Name', value: 'ShopArticle' },
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
            name: { kind: 'Name', value: 'ShopArticle' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unpublishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'seoTitle' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'seoDescription' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'relatedProducts' },
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
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<ShopArticlesQuery, ShopArticlesQueryVariables>;
export const ShopArticleBySlugDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'ShopArticleBySlug' },
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
                        name: { kind: 'Name', value: 'article' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ShopArticle' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'ShopArticle' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unpublishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'seoTitle' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'seoDescription' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'relatedProducts' },
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
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<ShopArticleBySlugQuery, ShopArticleBySlugQueryVariables>;
export const ShopArticleByIdDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'ShopArticleById' },
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
                        name: { kind: 'Name', value: 'article' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ShopArticle' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'ShopArticle' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unpublishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'seoTitle' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'seoDescription' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'relatedProducts' },
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
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<ShopArticleByIdQuery, ShopArticleByIdQueryVariables>;
export const ShopTopicsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'ShopTopics' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'children' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
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
} as unknown as DocumentNode<ShopTopicsQuery, ShopTopicsQueryVariables>;
export const ShopProductArticlesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'ShopProductArticles' },
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
                                    name: { kind: 'Name', value: 'articles' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
} as unknown as DocumentNode<ShopProductArticlesQuery, ShopProductArticlesQueryVariables>;
export const PortalRegisterSellerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'PortalRegisterSeller' },
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
} as unknown as DocumentNode<PortalRegisterSellerMutation, PortalRegisterSellerMutationVariables>;
