import { graphql } from '@/gql';

export const articleListQuery = graphql(`
    query PortalDashboardArticles($options: ArticleListOptions) {
        articles(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                title
                slug
                status
                authorName
                publishedAt
                publishAt
                unpublishAt
            }
        }
    }
`);

export const articleDetailQuery = graphql(`
    query PortalDashboardArticle($id: ID!) {
        article(id: $id) {
            id
            createdAt
            updatedAt
            languageCode
            title
            slug
            status
            authorName
            url
            isLive
            publishedAt
            publishAt
            unpublishAt
            hasUnpublishedChanges
            approved
            approvedAt
            approvedBy {
                id
                firstName
                lastName
            }
            reviewComment
            revisionCount
            translations {
                id
                languageCode
                title
                slug
                summary
                body
                seoTitle
                seoDescription
            }
            featuredAsset {
                id
                createdAt
                updatedAt
                languageCode
                name
                fileSize
                mimeType
                type
                preview
                source
                width
                height
                focalPoint {
                    x
                    y
                }
                translations {
                    id
                    languageCode
                    name
                }
            }
            assets {
                id
                createdAt
                updatedAt
                languageCode
                name
                fileSize
                mimeType
                type
                preview
                source
                width
                height
                focalPoint {
                    x
                    y
                }
                translations {
                    id
                    languageCode
                    name
                }
            }
            topics {
                id
                name
            }
            tags
            relatedProducts {
                id
                name
            }
            relatedCollections {
                id
                name
            }
            audiences {
                type
                value
                typeLabel
                label
            }
        }
    }
`);

export const createArticleDocument = graphql(`
    mutation PortalDashboardCreateArticle($input: CreateArticleInput!) {
        createArticle(input: $input) {
            id
        }
    }
`);

export const updateArticleDocument = graphql(`
    mutation PortalDashboardUpdateArticle($input: UpdateArticleInput!) {
        updateArticle(input: $input) {
            ... on Article {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const deleteArticleDocument = graphql(`
    mutation PortalDashboardDeleteArticle($id: ID!) {
        deleteArticle(id: $id) {
            result
            message
        }
    }
`);

export const submitArticleDocument = graphql(`
    mutation PortalDashboardSubmitArticle($id: ID!, $comment: String) {
        submitArticleForReview(id: $id, comment: $comment) {
            ... on Article {
                id
                status
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const approveArticleDocument = graphql(`
    mutation PortalDashboardApproveArticle($id: ID!, $comment: String) {
        approveArticle(id: $id, comment: $comment) {
            ... on Article {
                id
                status
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const requestArticleChangesDocument = graphql(`
    mutation PortalDashboardRequestArticleChanges($id: ID!, $comment: String) {
        requestArticleChanges(id: $id, comment: $comment) {
            ... on Article {
                id
                status
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const publishArticleDocument = graphql(`
    mutation PortalDashboardPublishArticle($input: PublishArticleInput!) {
        publishArticle(input: $input) {
            ... on Article {
                id
                status
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const unpublishArticleDocument = graphql(`
    mutation PortalDashboardUnpublishArticle($id: ID!) {
        unpublishArticle(id: $id) {
            ... on Article {
                id
                status
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const cancelArticleScheduleDocument = graphql(`
    mutation PortalDashboardCancelArticleSchedule($id: ID!) {
        cancelArticleSchedule(id: $id) {
            ... on Article {
                id
                status
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const archiveArticleDocument = graphql(`
    mutation PortalDashboardArchiveArticle($id: ID!, $comment: String) {
        archiveArticle(id: $id, comment: $comment) {
            ... on Article {
                id
                status
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const reopenArticleDocument = graphql(`
    mutation PortalDashboardReopenArticle($id: ID!) {
        reopenArticle(id: $id) {
            ... on Article {
                id
                status
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const articleRevisionsQuery = graphql(`
    query PortalDashboardArticleRevisions(
        $articleId: ID!
        $options: ArticleRevisionListOptions
        $languageCode: LanguageCode
    ) {
        articleRevisions(articleId: $articleId, options: $options) {
            totalItems
            items {
                id
                createdAt
                version
                kind
                authorName
                comment
                hasContent
                restoredFromVersion
                changes(languageCode: $languageCode) {
                    field
                    languageCode
                    before
                    after
                    diff {
                        op
                        text
                    }
                }
            }
        }
    }
`);

export const articleRevisionContentQuery = graphql(`
    query PortalDashboardArticleRevision($id: ID!) {
        articleRevision(id: $id) {
            id
            version
            content {
                authorName
                tags
                translations {
                    languageCode
                    title
                    slug
                    summary
                    body
                }
                audiences {
                    type
                    value
                    typeLabel
                    label
                }
            }
        }
    }
`);

export const restoreArticleRevisionDocument = graphql(`
    mutation PortalDashboardRestoreArticleRevision($revisionId: ID!) {
        restoreArticleRevision(revisionId: $revisionId) {
            ... on Article {
                id
                status
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const articleAudienceTypesQuery = graphql(`
    query PortalDashboardAudienceTypes($languageCode: LanguageCode) {
        articleAudienceTypes(languageCode: $languageCode) {
            code
            label
            description
            valueKind
        }
    }
`);

export const articleAudienceOptionsQuery = graphql(`
    query PortalDashboardAudienceOptions($type: String!, $term: String) {
        articleAudienceOptions(type: $type, term: $term, take: 20) {
            value
            label
        }
    }
`);

export const topicListQuery = graphql(`
    query PortalDashboardTopics($options: TopicListOptions) {
        topics(options: $options) {
            totalItems
            items {
                id
                name
                slug
                parentId
                position
            }
        }
    }
`);

export const topicDetailQuery = graphql(`
    query PortalDashboardTopic($id: ID!) {
        topic(id: $id) {
            id
            createdAt
            updatedAt
            name
            slug
            description
            parentId
            position
            translations {
                id
                languageCode
                name
                slug
                description
            }
        }
    }
`);

export const createTopicDocument = graphql(`
    mutation PortalDashboardCreateTopic($input: CreateTopicInput!) {
        createTopic(input: $input) {
            id
        }
    }
`);

export const updateTopicDocument = graphql(`
    mutation PortalDashboardUpdateTopic($input: UpdateTopicInput!) {
        updateTopic(input: $input) {
            id
        }
    }
`);

export const moveTopicDocument = graphql(`
    mutation PortalDashboardMoveTopic($input: MoveTopicInput!) {
        moveTopic(input: $input) {
            ... on Topic {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const deleteTopicDocument = graphql(`
    mutation PortalDashboardDeleteTopic($id: ID!) {
        deleteTopic(id: $id) {
            result
            message
        }
    }
`);

export const productPickerQuery = graphql(`
    query PortalDashboardProductPicker($options: ProductListOptions) {
        products(options: $options) {
            totalItems
            items {
                id
                name
            }
        }
    }
`);

export const collectionPickerQuery = graphql(`
    query PortalDashboardCollectionPicker($options: CollectionListOptions) {
        collections(options: $options) {
            totalItems
            items {
                id
                name
            }
        }
    }
`);

export const readableArticlesQuery = graphql(`
    query PortalDashboardReadableArticles($options: ReadableArticleQueryOptions) {
        readableArticles(options: $options) {
            totalItems
            items {
                id
                title
                summary
                publishedAt
                tags
            }
        }
    }
`);

export const readableArticleQuery = graphql(`
    query PortalDashboardReadableArticle($id: ID!) {
        readableArticle(id: $id) {
            id
            title
            summary
            body
            authorName
            publishedAt
            unpublishAt
            tags
            featuredAsset {
                id
                preview
            }
        }
    }
`);
