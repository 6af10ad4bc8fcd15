import * as Types from '../../../../src/testing/graphql/schema-types-admin';

import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type PortalArticleFragment = {
    __typename?: 'Article';
    id: string;
    status: Types.ArticleStatus;
    title: string;
    slug: string;
    summary: string;
    body: string;
    languageCode: Types.LanguageCode;
    authorName?: string | null;
    url: string;
    isLive: boolean;
    publishedAt?: string | null;
    publishAt?: string | null;
    unpublishAt?: string | null;
    hasUnpublishedChanges: boolean;
    approved: boolean;
    reviewComment?: string | null;
    revisionCount: number;
    tags: Array<string>;
    translations: Array<{
        __typename?: 'ArticleTranslation';
        languageCode: Types.LanguageCode;
        title: string;
        slug: string;
        summary: string;
        body: string;
        seoTitle: string;
        seoDescription: string;
    }>;
    topics: Array<{ __typename?: 'Topic'; id: string; name: string }>;
    featuredAsset?: { __typename?: 'Asset'; id: string } | null;
    assets: Array<{ __typename?: 'Asset'; id: string }>;
    relatedProducts: Array<{ __typename?: 'Product'; id: string; name: string }>;
    relatedCollections: Array<{ __typename?: 'Collection'; id: string; name: string }>;
    audiences: Array<{
        __typename?: 'ArticleAudience';
        type: string;
        value: string;
        typeLabel: string;
        label: string;
    }>;
};

type PortalWorkflowResult_Article_Fragment = {
    __typename?: 'Article';
    id: string;
    status: Types.ArticleStatus;
    title: string;
    slug: string;
    summary: string;
    body: string;
    languageCode: Types.LanguageCode;
    authorName?: string | null;
    url: string;
    isLive: boolean;
    publishedAt?: string | null;
    publishAt?: string | null;
    unpublishAt?: string | null;
    hasUnpublishedChanges: boolean;
    approved: boolean;
    reviewComment?: string | null;
    revisionCount: number;
    tags: Array<string>;
    translations: Array<{
        __typename?: 'ArticleTranslation';
        languageCode: Types.LanguageCode;
        title: string;
        slug: string;
        summary: string;
        body: string;
        seoTitle: string;
        seoDescription: string;
    }>;
    topics: Array<{ __typename?: 'Topic'; id: string; name: string }>;
    featuredAsset?: { __typename?: 'Asset'; id: string } | null;
    assets: Array<{ __typename?: 'Asset'; id: string }>;
    relatedProducts: Array<{ __typename?: 'Product'; id: string; name: string }>;
    relatedCollections: Array<{ __typename?: 'Collection'; id: string; name: string }>;
    audiences: Array<{
        __typename?: 'ArticleAudience';
        type: string;
        value: string;
        typeLabel: string;
        label: string;
    }>;
};

type PortalWorkflowResult_ArticleStateTransitionError_Fragment = {
    __typename?: 'ArticleStateTransitionError';
    errorCode: Types.ErrorCode;
    message: string;
    fromState: string;
    transition: string;
};

export type PortalWorkflowResultFragment =
    PortalWorkflowResult_Article_Fragment | PortalWorkflowResult_ArticleStateTransitionError_Fragment;

export type CreateArticleMutationVariables = Types.Exact<{
    input: Types.CreateArticleInput;
}>;

export type CreateArticleMutation = {
    __typename?: 'Mutation';
    createArticle: {
        __typename?: 'Article';
        id: string;
        status: Types.ArticleStatus;
        title: string;
        slug: string;
        summary: string;
        body: string;
        languageCode: Types.LanguageCode;
        authorName?: string | null;
        url: string;
        isLive: boolean;
        publishedAt?: string | null;
        publishAt?: string | null;
        unpublishAt?: string | null;
        hasUnpublishedChanges: boolean;
        approved: boolean;
        reviewComment?: string | null;
        revisionCount: number;
        tags: Array<string>;
        translations: Array<{
            __typename?: 'ArticleTranslation';
            languageCode: Types.LanguageCode;
            title: string;
            slug: string;
            summary: string;
            body: string;
            seoTitle: string;
            seoDescription: string;
        }>;
        topics: Array<{ __typename?: 'Topic'; id: string; name: string }>;
        featuredAsset?: { __typename?: 'Asset'; id: string } | null;
        assets: Array<{ __typename?: 'Asset'; id: string }>;
        relatedProducts: Array<{ __typename?: 'Product'; id: string; name: string }>;
        relatedCollections: Array<{ __typename?: 'Collection'; id: string; name: string }>;
        audiences: Array<{
            __typename?: 'ArticleAudience';
            type: string;
            value: string;
            typeLabel: string;
            label: string;
        }>;
    };
};

export type UpdateArticleMutationVariables = Types.Exact<{
    input: Types.UpdateArticleInput;
}>;

export type UpdateArticleMutation = {
    __typename?: 'Mutation';
    updateArticle:
        | {
              __typename?: 'Article';
              id: string;
              status: Types.ArticleStatus;
              title: string;
              slug: string;
              summary: string;
              body: string;
              languageCode: Types.LanguageCode;
              authorName?: string | null;
              url: string;
              isLive: boolean;
              publishedAt?: string | null;
              publishAt?: string | null;
              unpublishAt?: string | null;
              hasUnpublishedChanges: boolean;
              approved: boolean;
              reviewComment?: string | null;
              revisionCount: number;
              tags: Array<string>;
              translations: Array<{
                  __typename?: 'ArticleTranslation';
                  languageCode: Types.LanguageCode;
                  title: string;
                  slug: string;
                  summary: string;
                  body: string;
                  seoTitle: string;
                  seoDescription: string;
              }>;
              topics: Array<{ __typename?: 'Topic'; id: string; name: string }>;
              featuredAsset?: { __typename?: 'Asset'; id: string } | null;
              assets: Array<{ __typename?: 'Asset'; id: string }>;
              relatedProducts: Array<{ __typename?: 'Product'; id: string; name: string }>;
              relatedCollections: Array<{ __typename?: 'Collection'; id: string; name: string }>;
              audiences: Array<{
                  __typename?: 'ArticleAudience';
                  type: string;
                  value: string;
                  typeLabel: string;
                  label: string;
              }>;
          }
        | {
              __typename?: 'ArticleStateTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              fromState: string;
              transition: string;
          };
};

export type DeleteArticleMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type DeleteArticleMutation = {
    __typename?: 'Mutation';
    deleteArticle: { __typename?: 'DeletionResponse'; result: Types.DeletionResult };
};

export type ArticleDetailQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type ArticleDetailQuery = {
    __typename?: 'Query';
    article?: {
        __typename?: 'Article';
        id: string;
        status: Types.ArticleStatus;
        title: string;
        slug: string;
        summary: string;
        body: string;
        languageCode: Types.LanguageCode;
        authorName?: string | null;
        url: string;
        isLive: boolean;
        publishedAt?: string | null;
        publishAt?: string | null;
        unpublishAt?: string | null;
        hasUnpublishedChanges: boolean;
        approved: boolean;
        reviewComment?: string | null;
        revisionCount: number;
        tags: Array<string>;
        translations: Array<{
            __typename?: 'ArticleTranslation';
            languageCode: Types.LanguageCode;
            title: string;
            slug: string;
            summary: string;
            body: string;
            seoTitle: string;
            seoDescription: string;
        }>;
        topics: Array<{ __typename?: 'Topic'; id: string; name: string }>;
        featuredAsset?: { __typename?: 'Asset'; id: string } | null;
        assets: Array<{ __typename?: 'Asset'; id: string }>;
        relatedProducts: Array<{ __typename?: 'Product'; id: string; name: string }>;
        relatedCollections: Array<{ __typename?: 'Collection'; id: string; name: string }>;
        audiences: Array<{
            __typename?: 'ArticleAudience';
            type: string;
            value: string;
            typeLabel: string;
            label: string;
        }>;
    } | null;
};

export type ArticleListQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.ArticleListOptions>;
}>;

export type ArticleListQuery = {
    __typename?: 'Query';
    articles: {
        __typename?: 'ArticleList';
        totalItems: number;
        items: Array<{
            __typename?: 'Article';
            id: string;
            title: string;
            status: Types.ArticleStatus;
            publishedAt?: string | null;
        }>;
    };
};

export type SubmitArticleMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
    comment?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;

export type SubmitArticleMutation = {
    __typename?: 'Mutation';
    submitArticleForReview:
        | {
              __typename?: 'Article';
              id: string;
              status: Types.ArticleStatus;
              title: string;
              slug: string;
              summary: string;
              body: string;
              languageCode: Types.LanguageCode;
              authorName?: string | null;
              url: string;
              isLive: boolean;
              publishedAt?: string | null;
              publishAt?: string | null;
              unpublishAt?: string | null;
              hasUnpublishedChanges: boolean;
              approved: boolean;
              reviewComment?: string | null;
              revisionCount: number;
              tags: Array<string>;
              translations: Array<{
                  __typename?: 'ArticleTranslation';
                  languageCode: Types.LanguageCode;
                  title: string;
                  slug: string;
                  summary: string;
                  body: string;
                  seoTitle: string;
                  seoDescription: string;
              }>;
              topics: Array<{ __typename?: 'Topic'; id: string; name: string }>;
              featuredAsset?: { __typename?: 'Asset'; id: string } | null;
              assets: Array<{ __typename?: 'Asset'; id: string }>;
              relatedProducts: Array<{ __typename?: 'Product'; id: string; name: string }>;
              relatedCollections: Array<{ __typename?: 'Collection'; id: string; name: string }>;
              audiences: Array<{
                  __typename?: 'ArticleAudience';
                  type: string;
                  value: string;
                  typeLabel: string;
                  label: string;
              }>;
          }
        | {
              __typename?: 'ArticleStateTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              fromState: string;
              transition: string;
          };
};

export type ApproveArticleMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
    comment?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;

export type ApproveArticleMutation = {
    __typename?: 'Mutation';
    approveArticle:
        | {
              __typename?: 'Article';
              id: string;
              status: Types.ArticleStatus;
              title: string;
              slug: string;
              summary: string;
              body: string;
              languageCode: Types.LanguageCode;
              authorName?: string | null;
              url: string;
              isLive: boolean;
              publishedAt?: string | null;
              publishAt?: string | null;
              unpublishAt?: string | null;
              hasUnpublishedChanges: boolean;
              approved: boolean;
              reviewComment?: string | null;
              revisionCount: number;
              tags: Array<string>;
              translations: Array<{
                  __typename?: 'ArticleTranslation';
                  languageCode: Types.LanguageCode;
                  title: string;
                  slug: string;
                  summary: string;
                  body: string;
                  seoTitle: string;
                  seoDescription: string;
              }>;
              topics: Array<{ __typename?: 'Topic'; id: string; name: string }>;
              featuredAsset?: { __typename?: 'Asset'; id: string } | null;
              assets: Array<{ __typename?: 'Asset'; id: string }>;
              relatedProducts: Array<{ __typename?: 'Product'; id: string; name: string }>;
              relatedCollections: Array<{ __typename?: 'Collection'; id: string; name: string }>;
              audiences: Array<{
                  __typename?: 'ArticleAudience';
                  type: string;
                  value: string;
                  typeLabel: string;
                  label: string;
              }>;
          }
        | {
              __typename?: 'ArticleStateTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              fromState: string;
              transition: string;
          };
};

export type RequestArticleChangesMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
    comment?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;

export type RequestArticleChangesMutation = {
    __typename?: 'Mutation';
    requestArticleChanges:
        | {
              __typename?: 'Article';
              id: string;
              status: Types.ArticleStatus;
              title: string;
              slug: string;
              summary: string;
              body: string;
              languageCode: Types.LanguageCode;
              authorName?: string | null;
              url: string;
              isLive: boolean;
              publishedAt?: string | null;
              publishAt?: string | null;
              unpublishAt?: string | null;
              hasUnpublishedChanges: boolean;
              approved: boolean;
              reviewComment?: string | null;
              revisionCount: number;
              tags: Array<string>;
              translations: Array<{
                  __typename?: 'ArticleTranslation';
                  languageCode: Types.LanguageCode;
                  title: string;
                  slug: string;
                  summary: string;
                  body: string;
                  seoTitle: string;
                  seoDescription: string;
              }>;
              topics: Array<{ __typename?: 'Topic'; id: string; name: string }>;
              featuredAsset?: { __typename?: 'Asset'; id: string } | null;
              assets: Array<{ __typename?: 'Asset'; id: string }>;
              relatedProducts: Array<{ __typename?: 'Product'; id: string; name: string }>;
              relatedCollections: Array<{ __typename?: 'Collection'; id: string; name: string }>;
              audiences: Array<{
                  __typename?: 'ArticleAudience';
                  type: string;
                  value: string;
                  typeLabel: string;
                  label: string;
              }>;
          }
        | {
              __typename?: 'ArticleStateTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              fromState: string;
              transition: string;
          };
};

export type PublishArticleMutationVariables = Types.Exact<{
    input: Types.PublishArticleInput;
}>;

export type PublishArticleMutation = {
    __typename?: 'Mutation';
    publishArticle:
        | {
              __typename?: 'Article';
              id: string;
              status: Types.ArticleStatus;
              title: string;
              slug: string;
              summary: string;
              body: string;
              languageCode: Types.LanguageCode;
              authorName?: string | null;
              url: string;
              isLive: boolean;
              publishedAt?: string | null;
              publishAt?: string | null;
              unpublishAt?: string | null;
              hasUnpublishedChanges: boolean;
              approved: boolean;
              reviewComment?: string | null;
              revisionCount: number;
              tags: Array<string>;
              translations: Array<{
                  __typename?: 'ArticleTranslation';
                  languageCode: Types.LanguageCode;
                  title: string;
                  slug: string;
                  summary: string;
                  body: string;
                  seoTitle: string;
                  seoDescription: string;
              }>;
              topics: Array<{ __typename?: 'Topic'; id: string; name: string }>;
              featuredAsset?: { __typename?: 'Asset'; id: string } | null;
              assets: Array<{ __typename?: 'Asset'; id: string }>;
              relatedProducts: Array<{ __typename?: 'Product'; id: string; name: string }>;
              relatedCollections: Array<{ __typename?: 'Collection'; id: string; name: string }>;
              audiences: Array<{
                  __typename?: 'ArticleAudience';
                  type: string;
                  value: string;
                  typeLabel: string;
                  label: string;
              }>;
          }
        | {
              __typename?: 'ArticleStateTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              fromState: string;
              transition: string;
          };
};

export type UnpublishArticleMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type UnpublishArticleMutation = {
    __typename?: 'Mutation';
    unpublishArticle:
        | {
              __typename?: 'Article';
              id: string;
              status: Types.ArticleStatus;
              title: string;
              slug: string;
              summary: string;
              body: string;
              languageCode: Types.LanguageCode;
              authorName?: string | null;
              url: string;
              isLive: boolean;
              publishedAt?: string | null;
              publishAt?: string | null;
              unpublishAt?: string | null;
              hasUnpublishedChanges: boolean;
              approved: boolean;
              reviewComment?: string | null;
              revisionCount: number;
              tags: Array<string>;
              translations: Array<{
                  __typename?: 'ArticleTranslation';
                  languageCode: Types.LanguageCode;
                  title: string;
                  slug: string;
                  summary: string;
                  body: string;
                  seoTitle: string;
                  seoDescription: string;
              }>;
              topics: Array<{ __typename?: 'Topic'; id: string; name: string }>;
              featuredAsset?: { __typename?: 'Asset'; id: string } | null;
              assets: Array<{ __typename?: 'Asset'; id: string }>;
              relatedProducts: Array<{ __typename?: 'Product'; id: string; name: string }>;
              relatedCollections: Array<{ __typename?: 'Collection'; id: string; name: string }>;
              audiences: Array<{
                  __typename?: 'ArticleAudience';
                  type: string;
                  value: string;
                  typeLabel: string;
                  label: string;
              }>;
          }
        | {
              __typename?: 'ArticleStateTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              fromState: string;
              transition: string;
          };
};

export type CancelArticleScheduleMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type CancelArticleScheduleMutation = {
    __typename?: 'Mutation';
    cancelArticleSchedule:
        | {
              __typename?: 'Article';
              id: string;
              status: Types.ArticleStatus;
              title: string;
              slug: string;
              summary: string;
              body: string;
              languageCode: Types.LanguageCode;
              authorName?: string | null;
              url: string;
              isLive: boolean;
              publishedAt?: string | null;
              publishAt?: string | null;
              unpublishAt?: string | null;
              hasUnpublishedChanges: boolean;
              approved: boolean;
              reviewComment?: string | null;
              revisionCount: number;
              tags: Array<string>;
              translations: Array<{
                  __typename?: 'ArticleTranslation';
                  languageCode: Types.LanguageCode;
                  title: string;
                  slug: string;
                  summary: string;
                  body: string;
                  seoTitle: string;
                  seoDescription: string;
              }>;
              topics: Array<{ __typename?: 'Topic'; id: string; name: string }>;
              featuredAsset?: { __typename?: 'Asset'; id: string } | null;
              assets: Array<{ __typename?: 'Asset'; id: string }>;
              relatedProducts: Array<{ __typename?: 'Product'; id: string; name: string }>;
              relatedCollections: Array<{ __typename?: 'Collection'; id: string; name: string }>;
              audiences: Array<{
                  __typename?: 'ArticleAudience';
                  type: string;
                  value: string;
                  typeLabel: string;
                  label: string;
              }>;
          }
        | {
              __typename?: 'ArticleStateTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              fromState: string;
              transition: string;
          };
};

export type ArchiveArticleMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
    comment?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;

export type ArchiveArticleMutation = {
    __typename?: 'Mutation';
    archiveArticle:
        | {
              __typename?: 'Article';
              id: string;
              status: Types.ArticleStatus;
              title: string;
              slug: string;
              summary: string;
              body: string;
              languageCode: Types.LanguageCode;
              authorName?: string | null;
              url: string;
              isLive: boolean;
              publishedAt?: string | null;
              publishAt?: string | null;
              unpublishAt?: string | null;
              hasUnpublishedChanges: boolean;
              approved: boolean;
              reviewComment?: string | null;
              revisionCount: number;
              tags: Array<string>;
              translations: Array<{
                  __typename?: 'ArticleTranslation';
                  languageCode: Types.LanguageCode;
                  title: string;
                  slug: string;
                  summary: string;
                  body: string;
                  seoTitle: string;
                  seoDescription: string;
              }>;
              topics: Array<{ __typename?: 'Topic'; id: string; name: string }>;
              featuredAsset?: { __typename?: 'Asset'; id: string } | null;
              assets: Array<{ __typename?: 'Asset'; id: string }>;
              relatedProducts: Array<{ __typename?: 'Product'; id: string; name: string }>;
              relatedCollections: Array<{ __typename?: 'Collection'; id: string; name: string }>;
              audiences: Array<{
                  __typename?: 'ArticleAudience';
                  type: string;
                  value: string;
                  typeLabel: string;
                  label: string;
              }>;
          }
        | {
              __typename?: 'ArticleStateTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              fromState: string;
              transition: string;
          };
};

export type ReopenArticleMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type ReopenArticleMutation = {
    __typename?: 'Mutation';
    reopenArticle:
        | {
              __typename?: 'Article';
              id: string;
              status: Types.ArticleStatus;
              title: string;
              slug: string;
              summary: string;
              body: string;
              languageCode: Types.LanguageCode;
              authorName?: string | null;
              url: string;
              isLive: boolean;
              publishedAt?: string | null;
              publishAt?: string | null;
              unpublishAt?: string | null;
              hasUnpublishedChanges: boolean;
              approved: boolean;
              reviewComment?: string | null;
              revisionCount: number;
              tags: Array<string>;
              translations: Array<{
                  __typename?: 'ArticleTranslation';
                  languageCode: Types.LanguageCode;
                  title: string;
                  slug: string;
                  summary: string;
                  body: string;
                  seoTitle: string;
                  seoDescription: string;
              }>;
              topics: Array<{ __typename?: 'Topic'; id: string; name: string }>;
              featuredAsset?: { __typename?: 'Asset'; id: string } | null;
              assets: Array<{ __typename?: 'Asset'; id: string }>;
              relatedProducts: Array<{ __typename?: 'Product'; id: string; name: string }>;
              relatedCollections: Array<{ __typename?: 'Collection'; id: string; name: string }>;
              audiences: Array<{
                  __typename?: 'ArticleAudience';
                  type: string;
                  value: string;
                  typeLabel: string;
                  label: string;
              }>;
          }
        | {
              __typename?: 'ArticleStateTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              fromState: string;
              transition: string;
          };
};

export type ArticleRevisionsQueryVariables = Types.Exact<{
    articleId: Types.Scalars['ID']['input'];
    options?: Types.InputMaybe<Types.ArticleRevisionListOptions>;
    languageCode?: Types.InputMaybe<Types.LanguageCode>;
}>;

export type ArticleRevisionsQuery = {
    __typename?: 'Query';
    articleRevisions: {
        __typename?: 'ArticleRevisionList';
        totalItems: number;
        items: Array<{
            __typename?: 'ArticleRevision';
            id: string;
            version: number;
            kind: Types.ArticleRevisionKind;
            authorName: string;
            comment?: string | null;
            hasContent: boolean;
            restoredFromVersion?: number | null;
            administrator?: { __typename?: 'Administrator'; id: string } | null;
            changes: Array<{
                __typename?: 'ArticleRevisionChange';
                field: string;
                languageCode?: Types.LanguageCode | null;
                before?: string | null;
                after?: string | null;
                diff: Array<{ __typename?: 'ArticleTextDiffSegment'; op: string; text: string }>;
            }>;
        }>;
    };
};

export type ArticleRevisionDetailQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type ArticleRevisionDetailQuery = {
    __typename?: 'Query';
    articleRevision?: {
        __typename?: 'ArticleRevision';
        id: string;
        version: number;
        kind: Types.ArticleRevisionKind;
        content?: {
            __typename?: 'ArticleRevisionContent';
            authorName?: string | null;
            tags: Array<string>;
            topicIds: Array<string>;
            translations: Array<{
                __typename?: 'ArticleRevisionTranslation';
                languageCode: Types.LanguageCode;
                title: string;
                body: string;
            }>;
            audiences: Array<{ __typename?: 'ArticleAudience'; type: string; value: string }>;
        } | null;
    } | null;
};

export type RestoreArticleRevisionMutationVariables = Types.Exact<{
    revisionId: Types.Scalars['ID']['input'];
}>;

export type RestoreArticleRevisionMutation = {
    __typename?: 'Mutation';
    restoreArticleRevision:
        | {
              __typename?: 'Article';
              id: string;
              status: Types.ArticleStatus;
              title: string;
              slug: string;
              summary: string;
              body: string;
              languageCode: Types.LanguageCode;
              authorName?: string | null;
              url: string;
              isLive: boolean;
              publishedAt?: string | null;
              publishAt?: string | null;
              unpublishAt?: string | null;
              hasUnpublishedChanges: boolean;
              approved: boolean;
              reviewComment?: string | null;
              revisionCount: number;
              tags: Array<string>;
              translations: Array<{
                  __typename?: 'ArticleTranslation';
                  languageCode: Types.LanguageCode;
                  title: string;
                  slug: string;
                  summary: string;
                  body: string;
                  seoTitle: string;
                  seoDescription: string;
              }>;
              topics: Array<{ __typename?: 'Topic'; id: string; name: string }>;
              featuredAsset?: { __typename?: 'Asset'; id: string } | null;
              assets: Array<{ __typename?: 'Asset'; id: string }>;
              relatedProducts: Array<{ __typename?: 'Product'; id: string; name: string }>;
              relatedCollections: Array<{ __typename?: 'Collection'; id: string; name: string }>;
              audiences: Array<{
                  __typename?: 'ArticleAudience';
                  type: string;
                  value: string;
                  typeLabel: string;
                  label: string;
              }>;
          }
        | {
              __typename?: 'ArticleStateTransitionError';
              errorCode: Types.ErrorCode;
              message: string;
              fromState: string;
              transition: string;
          };
};

export type RunArticleScheduleMutationVariables = Types.Exact<{ [key: string]: never }>;

export type RunArticleScheduleMutation = {
    __typename?: 'Mutation';
    runArticleSchedule: {
        __typename?: 'ArticleScheduleRunResult';
        published: Array<string>;
        expired: Array<string>;
    };
};

export type ArticleAudienceTypesQueryVariables = Types.Exact<{
    languageCode?: Types.InputMaybe<Types.LanguageCode>;
}>;

export type ArticleAudienceTypesQuery = {
    __typename?: 'Query';
    articleAudienceTypes: Array<{
        __typename?: 'ArticleAudienceType';
        code: string;
        label: string;
        valueKind: Types.ArticleAudienceValueKind;
    }>;
};

export type ArticleAudienceOptionsQueryVariables = Types.Exact<{
    type: Types.Scalars['String']['input'];
    term?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;

export type ArticleAudienceOptionsQuery = {
    __typename?: 'Query';
    articleAudienceOptions: Array<{ __typename?: 'ArticleAudienceOption'; value: string; label: string }>;
};

export type PortalCreateChannelMutationVariables = Types.Exact<{
    input: Types.CreateChannelInput;
}>;

export type PortalCreateChannelMutation = {
    __typename?: 'Mutation';
    createChannel:
        | { __typename?: 'Channel'; id: string; token: string }
        | { __typename?: 'LanguageNotAvailableError'; message: string };
};

export type PortalCreateCustomerGroupMutationVariables = Types.Exact<{
    input: Types.CreateCustomerGroupInput;
}>;

export type PortalCreateCustomerGroupMutation = {
    __typename?: 'Mutation';
    createCustomerGroup: { __typename?: 'CustomerGroup'; id: string; name: string };
};

export type PortalCreateCompanyMutationVariables = Types.Exact<{
    input: Types.CreateCompanyInput;
}>;

export type PortalCreateCompanyMutation = {
    __typename?: 'Mutation';
    createCompany:
        | { __typename?: 'Company'; id: string; code: string; tier?: string | null }
        | { __typename?: 'DuplicateCompanyCodeError'; message: string };
};

export type PortalAddCompanyMemberMutationVariables = Types.Exact<{
    companyId: Types.Scalars['ID']['input'];
    customerId: Types.Scalars['ID']['input'];
}>;

export type PortalAddCompanyMemberMutation = {
    __typename?: 'Mutation';
    addCompanyMember:
        | { __typename?: 'CompanyMember'; id: string }
        | { __typename?: 'CustomerAlreadyInCompanyError'; message: string };
};

export type PortalUpdateProductMutationVariables = Types.Exact<{
    input: Types.UpdateProductInput;
}>;

export type PortalUpdateProductMutation = {
    __typename?: 'Mutation';
    updateProduct: { __typename?: 'Product'; id: string; enabled: boolean };
};

export type PortalUpdateCompanyMutationVariables = Types.Exact<{
    input: Types.UpdateCompanyInput;
}>;

export type PortalUpdateCompanyMutation = {
    __typename?: 'Mutation';
    updateCompany:
        | { __typename?: 'Company'; id: string; status: Types.CompanyStatus }
        | { __typename?: 'DuplicateCompanyCodeError'; message: string };
};

export type PortalDeleteCompanyMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type PortalDeleteCompanyMutation = {
    __typename?: 'Mutation';
    deleteCompany: { __typename?: 'DeletionResponse'; result: Types.DeletionResult; message?: string | null };
};

export type PortalReadableArticlesQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.ReadableArticleQueryOptions>;
}>;

export type PortalReadableArticlesQuery = {
    __typename?: 'Query';
    readableArticles: {
        __typename?: 'ReadableArticleList';
        totalItems: number;
        items: Array<{
            __typename?: 'ReadableArticle';
            id: string;
            slug: string;
            title: string;
            summary: string;
            body: string;
            languageCode: Types.LanguageCode;
            publishedAt: string;
            tags: Array<string>;
        }>;
    };
};

export type PortalReadableArticleQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type PortalReadableArticleQuery = {
    __typename?: 'Query';
    readableArticle?: { __typename?: 'ReadableArticle'; id: string; slug: string; title: string } | null;
};

export type PortalSellerChannelQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type PortalSellerChannelQuery = {
    __typename?: 'Query';
    marketplaceSeller?: {
        __typename?: 'MarketplaceSeller';
        id: string;
        channel: { __typename?: 'Channel'; token: string };
    } | null;
};

export type PortalApproveSellerMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type PortalApproveSellerMutation = {
    __typename?: 'Mutation';
    approveSeller: { __typename: 'MarketplaceSeller' } | { __typename: 'SellerStatusTransitionError' };
};

export type PortalSuspendSellerMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
    reason: Types.Scalars['String']['input'];
}>;

export type PortalSuspendSellerMutation = {
    __typename?: 'Mutation';
    suspendSeller: { __typename: 'MarketplaceSeller' } | { __typename: 'SellerStatusTransitionError' };
};

export type PortalAdminLoginMutationVariables = Types.Exact<{
    username: Types.Scalars['String']['input'];
    password: Types.Scalars['String']['input'];
}>;

export type PortalAdminLoginMutation = {
    __typename?: 'Mutation';
    login:
        | { __typename: 'CurrentUser' }
        | { __typename: 'InvalidCredentialsError' }
        | { __typename: 'NativeAuthStrategyError' };
};

export type PortalTopicFragment = {
    __typename?: 'Topic';
    id: string;
    name: string;
    slug: string;
    description: string;
    parentId?: string | null;
    position: number;
    translations: Array<{
        __typename?: 'TopicTranslation';
        languageCode: Types.LanguageCode;
        name: string;
        slug: string;
    }>;
};

export type CreateTopicMutationVariables = Types.Exact<{
    input: Types.CreateTopicInput;
}>;

export type CreateTopicMutation = {
    __typename?: 'Mutation';
    createTopic: {
        __typename?: 'Topic';
        id: string;
        name: string;
        slug: string;
        description: string;
        parentId?: string | null;
        position: number;
        translations: Array<{
            __typename?: 'TopicTranslation';
            languageCode: Types.LanguageCode;
            name: string;
            slug: string;
        }>;
    };
};

export type UpdateTopicMutationVariables = Types.Exact<{
    input: Types.UpdateTopicInput;
}>;

export type UpdateTopicMutation = {
    __typename?: 'Mutation';
    updateTopic: {
        __typename?: 'Topic';
        id: string;
        name: string;
        slug: string;
        description: string;
        parentId?: string | null;
        position: number;
        translations: Array<{
            __typename?: 'TopicTranslation';
            languageCode: Types.LanguageCode;
            name: string;
            slug: string;
        }>;
    };
};

export type MoveTopicMutationVariables = Types.Exact<{
    input: Types.MoveTopicInput;
}>;

export type MoveTopicMutation = {
    __typename?: 'Mutation';
    moveTopic:
        | {
              __typename?: 'Topic';
              id: string;
              name: string;
              slug: string;
              description: string;
              parentId?: string | null;
              position: number;
              translations: Array<{
                  __typename?: 'TopicTranslation';
                  languageCode: Types.LanguageCode;
                  name: string;
                  slug: string;
              }>;
          }
        | { __typename?: 'TopicHierarchyCycleError'; errorCode: Types.ErrorCode; message: string };
};

export type DeleteTopicMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type DeleteTopicMutation = {
    __typename?: 'Mutation';
    deleteTopic: { __typename?: 'DeletionResponse'; result: Types.DeletionResult; message?: string | null };
};

export type TopicListQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.TopicListOptions>;
}>;

export type TopicListQuery = {
    __typename?: 'Query';
    topics: {
        __typename?: 'TopicList';
        totalItems: number;
        items: Array<{
            __typename?: 'Topic';
            id: string;
            name: string;
            slug: string;
            description: string;
            parentId?: string | null;
            position: number;
            translations: Array<{
                __typename?: 'TopicTranslation';
                languageCode: Types.LanguageCode;
                name: string;
                slug: string;
            }>;
        }>;
    };
};

export type TopicDetailQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type TopicDetailQuery = {
    __typename?: 'Query';
    topic?: {
        __typename?: 'Topic';
        id: string;
        name: string;
        slug: string;
        description: string;
        parentId?: string | null;
        position: number;
        parent?: { __typename?: 'Topic'; id: string } | null;
        children: Array<{ __typename?: 'Topic'; id: string; name: string }>;
        translations: Array<{
            __typename?: 'TopicTranslation';
            languageCode: Types.LanguageCode;
            name: string;
            slug: string;
        }>;
    } | null;
};

export const PortalArticleFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalArticle' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'isLive' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unpublishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasUnpublishedChanges' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'approved' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'revisionCount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoTitle' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoDescription' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'featuredAsset' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assets' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
                        name: { kind: 'Name', value: 'relatedCollections' },
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
                        name: { kind: 'Name', value: 'audiences' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PortalArticleFragment, unknown>;
export const PortalWorkflowResultFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalWorkflowResult' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ArticleWorkflowResult' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortalArticle' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'ArticleStateTransitionError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'transition' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalArticle' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'isLive' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unpublishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasUnpublishedChanges' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'approved' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'revisionCount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoTitle' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoDescription' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'featuredAsset' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assets' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
                        name: { kind: 'Name', value: 'relatedCollections' },
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
                        name: { kind: 'Name', value: 'audiences' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PortalWorkflowResultFragment, unknown>;
export const PortalTopicFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalTopic' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Topic' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PortalTopicFragment, unknown>;
export const CreateArticleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreateArticle' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateArticleInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createArticle' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortalArticle' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalArticle' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'isLive' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unpublishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasUnpublishedChanges' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'approved' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'revisionCount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoTitle' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoDescription' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'featuredAsset' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assets' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
                        name: { kind: 'Name', value: 'relatedCollections' },
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
                        name: { kind: 'Name', value: 'audiences' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreateArticleMutation, CreateArticleMutationVariables>;
export const UpdateArticleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'UpdateArticle' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateArticleInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateArticle' },
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
                                    name: { kind: 'Name', value: 'PortalWorkflowResult' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalArticle' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'isLive' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unpublishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasUnpublishedChanges' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'approved' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'revisionCount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoTitle' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoDescription' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'featuredAsset' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assets' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
                        name: { kind: 'Name', value: 'relatedCollections' },
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
                        name: { kind: 'Name', value: 'audiences' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalWorkflowResult' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ArticleWorkflowResult' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortalArticle' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'ArticleStateTransitionError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'transition' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<UpdateArticleMutation, UpdateArticleMutationVariables>;
export const DeleteArticleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'DeleteArticle' },
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
                        name: { kind: 'Name', value: 'deleteArticle' },
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
} as unknown as DocumentNode<DeleteArticleMutation, DeleteArticleMutationVariables>;
export const ArticleDetailDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'ArticleDetail' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortalArticle' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalArticle' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'isLive' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unpublishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasUnpublishedChanges' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'approved' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'revisionCount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoTitle' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoDescription' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'featuredAsset' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assets' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
                        name: { kind: 'Name', value: 'relatedCollections' },
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
                        name: { kind: 'Name', value: 'audiences' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<ArticleDetailQuery, ArticleDetailQueryVariables>;
export const ArticleListDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'ArticleList' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'ArticleListOptions' } },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
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
} as unknown as DocumentNode<ArticleListQuery, ArticleListQueryVariables>;
export const SubmitArticleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'SubmitArticle' },
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
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'submitArticleForReview' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'comment' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'PortalWorkflowResult' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalArticle' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'isLive' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unpublishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasUnpublishedChanges' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'approved' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'revisionCount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoTitle' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoDescription' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'featuredAsset' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assets' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
                        name: { kind: 'Name', value: 'relatedCollections' },
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
                        name: { kind: 'Name', value: 'audiences' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalWorkflowResult' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ArticleWorkflowResult' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortalArticle' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'ArticleStateTransitionError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'transition' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<SubmitArticleMutation, SubmitArticleMutationVariables>;
export const ApproveArticleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'ApproveArticle' },
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
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'approveArticle' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'comment' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'PortalWorkflowResult' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalArticle' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'isLive' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unpublishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasUnpublishedChanges' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'approved' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'revisionCount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoTitle' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoDescription' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'featuredAsset' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assets' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
                        name: { kind: 'Name', value: 'relatedCollections' },
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
                        name: { kind: 'Name', value: 'audiences' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalWorkflowResult' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ArticleWorkflowResult' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortalArticle' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'ArticleStateTransitionError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'transition' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<ApproveArticleMutation, ApproveArticleMutationVariables>;
export const RequestArticleChangesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RequestArticleChanges' },
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
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'requestArticleChanges' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'comment' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'PortalWorkflowResult' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalArticle' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'isLive' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unpublishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasUnpublishedChanges' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'approved' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'revisionCount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoTitle' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoDescription' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'featuredAsset' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assets' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
                        name: { kind: 'Name', value: 'relatedCollections' },
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
                        name: { kind: 'Name', value: 'audiences' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalWorkflowResult' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ArticleWorkflowResult' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortalArticle' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'ArticleStateTransitionError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'transition' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RequestArticleChangesMutation, RequestArticleChangesMutationVariables>;
export const PublishArticleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'PublishArticle' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'PublishArticleInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'publishArticle' },
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
                                    name: { kind: 'Name', value: 'PortalWorkflowResult' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalArticle' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'isLive' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unpublishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasUnpublishedChanges' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'approved' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'revisionCount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoTitle' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoDescription' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'featuredAsset' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assets' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
                        name: { kind: 'Name', value: 'relatedCollections' },
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
                        name: { kind: 'Name', value: 'audiences' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalWorkflowResult' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ArticleWorkflowResult' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortalArticle' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'ArticleStateTransitionError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'transition' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PublishArticleMutation, PublishArticleMutationVariables>;
export const UnpublishArticleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'UnpublishArticle' },
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
                        name: { kind: 'Name', value: 'unpublishArticle' },
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
                                    name: { kind: 'Name', value: 'PortalWorkflowResult' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalArticle' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'isLive' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unpublishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasUnpublishedChanges' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'approved' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'revisionCount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoTitle' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoDescription' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'featuredAsset' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assets' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
                        name: { kind: 'Name', value: 'relatedCollections' },
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
                        name: { kind: 'Name', value: 'audiences' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalWorkflowResult' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ArticleWorkflowResult' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortalArticle' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'ArticleStateTransitionError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'transition' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<UnpublishArticleMutation, UnpublishArticleMutationVariables>;
export const CancelArticleScheduleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CancelArticleSchedule' },
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
                        name: { kind: 'Name', value: 'cancelArticleSchedule' },
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
                                    name: { kind: 'Name', value: 'PortalWorkflowResult' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalArticle' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'isLive' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unpublishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasUnpublishedChanges' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'approved' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'revisionCount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoTitle' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoDescription' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'featuredAsset' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assets' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
                        name: { kind: 'Name', value: 'relatedCollections' },
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
                        name: { kind: 'Name', value: 'audiences' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalWorkflowResult' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ArticleWorkflowResult' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortalArticle' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'ArticleStateTransitionError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'transition' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CancelArticleScheduleMutation, CancelArticleScheduleMutationVariables>;
export const ArchiveArticleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'ArchiveArticle' },
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
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'archiveArticle' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'comment' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'PortalWorkflowResult' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalArticle' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'isLive' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unpublishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasUnpublishedChanges' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'approved' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'revisionCount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoTitle' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoDescription' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'featuredAsset' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assets' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
                        name: { kind: 'Name', value: 'relatedCollections' },
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
                        name: { kind: 'Name', value: 'audiences' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalWorkflowResult' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ArticleWorkflowResult' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortalArticle' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'ArticleStateTransitionError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'transition' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<ArchiveArticleMutation, ArchiveArticleMutationVariables>;
export const ReopenArticleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'ReopenArticle' },
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
                        name: { kind: 'Name', value: 'reopenArticle' },
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
                                    name: { kind: 'Name', value: 'PortalWorkflowResult' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalArticle' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'isLive' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unpublishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasUnpublishedChanges' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'approved' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'revisionCount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoTitle' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoDescription' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'featuredAsset' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assets' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
                        name: { kind: 'Name', value: 'relatedCollections' },
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
                        name: { kind: 'Name', value: 'audiences' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalWorkflowResult' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ArticleWorkflowResult' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortalArticle' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'ArticleStateTransitionError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'transition' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<ReopenArticleMutation, ReopenArticleMutationVariables>;
export const ArticleRevisionsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'ArticleRevisions' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'articleId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'ArticleRevisionListOptions' } },
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
                        name: { kind: 'Name', value: 'articleRevisions' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'articleId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'articleId' } },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'hasContent' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'restoredFromVersion' },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'administrator' },
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
                                                name: { kind: 'Name', value: 'changes' },
                                                arguments: [
                                                    {
                                                        kind: 'Argument',
                                                        name: { kind: 'Name', value: 'languageCode' },
                                                        value: {
                                                            kind: 'Variable',
                                                            name: { kind: 'Name', value: 'languageCode' },
                                                        },
                                                    },
                                                ],
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'field' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'languageCode' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'before' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'after' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'diff' },
                                                            selectionSet: {
                                                                kind: 'SelectionSet',
                                                                selections: [
                                                                    {
                                                                        kind: 'Field',
                                                                        name: { kind: 'Name', value: 'op' },
                                                                    },
                                                                    {
                                                                        kind: 'Field',
                                                                        name: { kind: 'Name', value: 'text' },
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
} as unknown as DocumentNode<ArticleRevisionsQuery, ArticleRevisionsQueryVariables>;
export const ArticleRevisionDetailDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'ArticleRevisionDetail' },
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
                        name: { kind: 'Name', value: 'articleRevision' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'content' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'topicIds' } },
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
                                                            name: { kind: 'Name', value: 'title' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'body' },
                                                        },
                                                    ],
                                                },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'audiences' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'type' },
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
} as unknown as DocumentNode<ArticleRevisionDetailQuery, ArticleRevisionDetailQueryVariables>;
export const RestoreArticleRevisionDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RestoreArticleRevision' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'revisionId' } },
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
                        name: { kind: 'Name', value: 'restoreArticleRevision' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'revisionId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'revisionId' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'PortalWorkflowResult' },
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalArticle' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'isLive' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'publishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'unpublishAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'hasUnpublishedChanges' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'approved' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'revisionCount' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoTitle' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'seoDescription' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'featuredAsset' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assets' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
                        name: { kind: 'Name', value: 'relatedCollections' },
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
                        name: { kind: 'Name', value: 'audiences' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'typeLabel' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalWorkflowResult' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ArticleWorkflowResult' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Article' } },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortalArticle' } },
                            ],
                        },
                    },
                    {
                        kind: 'InlineFragment',
                        typeCondition: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'ArticleStateTransitionError' },
                        },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'transition' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RestoreArticleRevisionMutation, RestoreArticleRevisionMutationVariables>;
export const RunArticleScheduleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'RunArticleSchedule' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'runArticleSchedule' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'published' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'expired' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<RunArticleScheduleMutation, RunArticleScheduleMutationVariables>;
export const ArticleAudienceTypesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'ArticleAudienceTypes' },
            variableDefinitions: [
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
                        name: { kind: 'Name', value: 'articleAudienceTypes' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'languageCode' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'languageCode' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'valueKind' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<ArticleAudienceTypesQuery, ArticleAudienceTypesQueryVariables>;
export const ArticleAudienceOptionsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'ArticleAudienceOptions' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'type' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
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
                        name: { kind: 'Name', value: 'articleAudienceOptions' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'type' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'type' } },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<ArticleAudienceOptionsQuery, ArticleAudienceOptionsQueryVariables>;
export const PortalCreateChannelDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'PortalCreateChannel' },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'token' } },
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
} as unknown as DocumentNode<PortalCreateChannelMutation, PortalCreateChannelMutationVariables>;
export const PortalCreateCustomerGroupDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'PortalCreateCustomerGroup' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'CreateCustomerGroupInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createCustomerGroup' },
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
} as unknown as DocumentNode<PortalCreateCustomerGroupMutation, PortalCreateCustomerGroupMutationVariables>;
export const PortalCreateCompanyDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'PortalCreateCompany' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateCompanyInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createCompany' },
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
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Company' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'tier' } },
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
} as unknown as DocumentNode<PortalCreateCompanyMutation, PortalCreateCompanyMutationVariables>;
export const PortalAddCompanyMemberDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'PortalAddCompanyMember' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'companyId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'customerId' } },
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
                        name: { kind: 'Name', value: 'addCompanyMember' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: {
                                    kind: 'ObjectValue',
                                    fields: [
                                        {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'companyId' },
                                            value: {
                                                kind: 'Variable',
                                                name: { kind: 'Name', value: 'companyId' },
                                            },
                                        },
                                        {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'customerId' },
                                            value: {
                                                kind: 'Variable',
                                                name: { kind: 'Name', value: 'customerId' },
                                            },
                                        },
                                        {
                                            kind: 'ObjectField',
                                            name: { kind: 'Name', value: 'role' },
                                            value: { kind: 'EnumValue', value: 'buyer' },
                                        },
                                    ],
                                },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'CompanyMember' },
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
} as unknown as DocumentNode<PortalAddCompanyMemberMutation, PortalAddCompanyMemberMutationVariables>;
export const PortalUpdateProductDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'PortalUpdateProduct' },
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
} as unknown as DocumentNode<PortalUpdateProductMutation, PortalUpdateProductMutationVariables>;
export const PortalUpdateCompanyDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'PortalUpdateCompany' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateCompanyInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateCompany' },
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
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Company' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
} as unknown as DocumentNode<PortalUpdateCompanyMutation, PortalUpdateCompanyMutationVariables>;
export const PortalDeleteCompanyDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'PortalDeleteCompany' },
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
                        name: { kind: 'Name', value: 'deleteCompany' },
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
} as unknown as DocumentNode<PortalDeleteCompanyMutation, PortalDeleteCompanyMutationVariables>;
export const PortalReadableArticlesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'PortalReadableArticles' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReadableArticleQueryOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'readableArticles' },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
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
} as unknown as DocumentNode<PortalReadableArticlesQuery, PortalReadableArticlesQueryVariables>;
export const PortalReadableArticleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'PortalReadableArticle' },
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
                        name: { kind: 'Name', value: 'readableArticle' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PortalReadableArticleQuery, PortalReadableArticleQueryVariables>;
export const PortalSellerChannelDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'PortalSellerChannel' },
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
                                    name: { kind: 'Name', value: 'channel' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
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
} as unknown as DocumentNode<PortalSellerChannelQuery, PortalSellerChannelQueryVariables>;
export const PortalApproveSellerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'PortalApproveSeller' },
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
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PortalApproveSellerMutation, PortalApproveSellerMutationVariables>;
export const PortalSuspendSellerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'PortalSuspendSeller' },
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
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PortalSuspendSellerMutation, PortalSuspendSellerMutationVariables>;
export const PortalAdminLoginDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'PortalAdminLogin' },
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
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<PortalAdminLoginMutation, PortalAdminLoginMutationVariables>;
export const CreateTopicDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'CreateTopic' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateTopicInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createTopic' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortalTopic' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalTopic' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Topic' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<CreateTopicMutation, CreateTopicMutationVariables>;
export const UpdateTopicDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'UpdateTopic' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateTopicInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateTopic' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortalTopic' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalTopic' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Topic' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<UpdateTopicMutation, UpdateTopicMutationVariables>;
export const MoveTopicDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'MoveTopic' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'MoveTopicInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'moveTopic' },
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
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Topic' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'PortalTopic' },
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
            name: { kind: 'Name', value: 'PortalTopic' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Topic' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<MoveTopicMutation, MoveTopicMutationVariables>;
export const DeleteTopicDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'DeleteTopic' },
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
                        name: { kind: 'Name', value: 'deleteTopic' },
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
} as unknown as DocumentNode<DeleteTopicMutation, DeleteTopicMutationVariables>;
export const TopicListDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'TopicList' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'TopicListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topics' },
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
                                                name: { kind: 'Name', value: 'PortalTopic' },
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
            name: { kind: 'Name', value: 'PortalTopic' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Topic' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<TopicListQuery, TopicListQueryVariables>;
export const TopicDetailDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'TopicDetail' },
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
                        name: { kind: 'Name', value: 'topic' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortalTopic' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'parent' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                                    },
                                },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'children' },
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
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'PortalTopic' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Topic' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'languageCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<TopicDetailQuery, TopicDetailQueryVariables>;
