import gql from 'graphql-tag';

const articleTranslationType = gql`
    """
    An article in one language.
    """
    type ArticleTranslation {
        "Id."
        id: ID!
        "When it was created."
        createdAt: DateTime!
        "When it was last updated."
        updatedAt: DateTime!
        "Language."
        languageCode: LanguageCode!
        "Title."
        title: String!
        "URL slug, unique among articles."
        slug: String!
        "Summary (plain text), for lists and previews."
        summary: String!
        "Body: sanitised HTML."
        body: String!
        "Title for search engines (the title when empty)."
        seoTitle: String!
        "Description for search engines."
        seoDescription: String!
    }
`;

export const articleAdminApiExtensions = gql`
    ${articleTranslationType}

    """
    Where an article's working copy stands in the editorial workflow.
    """
    enum ArticleStatus {
        "Being written."
        draft
        "Submitted; a reviewer approves it or requests changes."
        in_review
        "A publication is scheduled for a future time (a live version may be online until then)."
        scheduled
        "Readers see it (within its audiences and unpublish time)."
        published
        "Offline; reopen it to edit."
        archived
    }

    """
    How an editor picks an audience's value.
    """
    enum ArticleAudienceValueKind {
        "No value: the type alone is the audience."
        none
        "One value from the type's options."
        select
        "A code, with the type's options as suggestions."
        code
    }

    """
    One audience of an article: a reader sees the article when they belong to any of its audiences.
    """
    type ArticleAudience {
        "Audience type code (public, customer, customer-group, dealer-tier, dealer-company, …)."
        type: String!
        "Value of the type (a group or company id, a tier code); empty for types without values."
        value: String!
        "Name of the type, in the request's language."
        typeLabel: String!
        "Name of the value (a group's or company's name), or of the type for types without values."
        label: String!
    }

    """
    A kind of audience articles can target, as registered by the portal and other plugins.
    """
    type ArticleAudienceType {
        "Code stored with each audience."
        code: String!
        "Name, in the request's language."
        label: String!
        "What it means."
        description: String
        "How the value is picked."
        valueKind: ArticleAudienceValueKind!
    }

    """
    A value an editor can choose for an audience type.
    """
    type ArticleAudienceOption {
        "The value to store."
        value: String!
        "What editors see."
        label: String!
    }

    """
    An article of the information portal (its working copy). Readers see its publications, not this.
    """
    type Article implements Node {
        "Id."
        id: ID!
        "When it was created."
        createdAt: DateTime!
        "When the working copy was last saved."
        updatedAt: DateTime!
        "Language of the translated fields."
        languageCode: LanguageCode!
        "Title."
        title: String!
        "URL slug."
        slug: String!
        "Summary (plain text)."
        summary: String!
        "Body: sanitised HTML."
        body: String!
        "Title for search engines."
        seoTitle: String!
        "Description for search engines."
        seoDescription: String!
        "All translations."
        translations: [ArticleTranslation!]!
        "Workflow status."
        status: ArticleStatus!
        "Byline shown to readers."
        authorName: String
        "The administrator who created it."
        createdBy: Administrator
        "Featured image."
        featuredAsset: Asset
        "Gallery, in order."
        assets: [Asset!]!
        "Topics it belongs to."
        topics: [Topic!]!
        "Tags."
        tags: [String!]!
        "Related products."
        relatedProducts: [Product!]!
        "Related collections."
        relatedCollections: [Collection!]!
        "Who may read it."
        audiences: [ArticleAudience!]!
        "The storefront's canonical URL (plugin option articleUrlPattern)."
        url: String!
        "Readers see a publication of it now (ignoring audiences)."
        isLive: Boolean!
        "Since when the current live version is online; null when nothing is live."
        publishedAt: DateTime
        "When the scheduled publication goes online; null when none is scheduled."
        publishAt: DateTime
        "When readers stop seeing it; null for never."
        unpublishAt: DateTime
        "The working copy differs from the live (or scheduled) version."
        hasUnpublishedChanges: Boolean!
        "A reviewer approved the current content."
        approved: Boolean!
        "When the current content was approved."
        approvedAt: DateTime
        "Who approved the current content."
        approvedBy: Administrator
        "The last reviewer's comment."
        reviewComment: String
        "Number of entries in its history."
        revisionCount: Int!
    }

    """
    A page of articles.
    """
    type ArticleList implements PaginatedList {
        "Articles on this page."
        items: [Article!]!
        "All matches, across pages."
        totalItems: Int!
    }

    """
    Sort, filter and paging for articles (fields generated by Vendure, plus topicId and tag).
    """
    input ArticleListOptions

    """
    Extra article filters: by topic and by tag.
    """
    input ArticleFilterParameter {
        "Articles in this topic."
        topicId: IDOperators
        "Articles with this tag."
        tag: StringOperators
    }

    """
    What happened in an entry of an article's history.
    """
    enum ArticleRevisionKind {
        "Created."
        created
        "Content saved."
        saved
        "An earlier revision was restored."
        restored
        "Submitted for review."
        submitted
        "Approved by a reviewer."
        approved
        "A reviewer requested changes."
        changes_requested
        "Published."
        published
        "Scheduled for later."
        scheduled
        "A scheduled publication was cancelled."
        schedule_cancelled
        "Unpublished by an editor."
        unpublished
        "Taken offline at its unpublish time."
        expired
        "Archived."
        archived
        "Reopened from the archive."
        reopened
    }

    """
    A piece of a text diff.
    """
    type ArticleTextDiffSegment {
        "equal, insert or delete."
        op: String!
        "The text."
        text: String!
    }

    """
    One field that differs from the previous revision.
    """
    type ArticleRevisionChange {
        "Field name (title, body, tags, topics, audiences, …)."
        field: String!
        "Language, for translated fields."
        languageCode: LanguageCode
        "Value before (null when the field or language was added)."
        before: String
        "Value after (null when the language was removed)."
        after: String
        "Word-level diff of before and after."
        diff: [ArticleTextDiffSegment!]!
    }

    """
    The content of an article in one language, as a revision recorded it.
    """
    type ArticleRevisionTranslation {
        "Language."
        languageCode: LanguageCode!
        "Title."
        title: String!
        "Slug."
        slug: String!
        "Summary."
        summary: String!
        "Body (sanitised HTML)."
        body: String!
        "SEO title."
        seoTitle: String!
        "SEO description."
        seoDescription: String!
    }

    """
    The content of an article at a revision: what a restore puts back.
    """
    type ArticleRevisionContent {
        "Translations."
        translations: [ArticleRevisionTranslation!]!
        "Byline."
        authorName: String
        "Featured asset id."
        featuredAssetId: ID
        "Gallery asset ids."
        assetIds: [ID!]!
        "Topic ids."
        topicIds: [ID!]!
        "Tags."
        tags: [String!]!
        "Related product ids."
        relatedProductIds: [ID!]!
        "Related collection ids."
        relatedCollectionIds: [ID!]!
        "Audiences."
        audiences: [ArticleAudience!]!
    }

    """
    An entry of an article's history: who did what when, with the content for saves and publications.
    """
    type ArticleRevision implements Node {
        "Id."
        id: ID!
        "When it happened."
        createdAt: DateTime!
        "When it was last updated."
        updatedAt: DateTime!
        "Id of the article."
        articleId: ID!
        "1, 2, 3… per article."
        version: Int!
        "What happened."
        kind: ArticleRevisionKind!
        "Who did it; null for the scheduler or a deleted administrator."
        administrator: Administrator
        "Name of who did it at the time ('system' for the scheduler)."
        authorName: String!
        "Comment given with a workflow step."
        comment: String
        "For a restore: the version restored."
        restoredFromVersion: Int
        "It carries content that can be restored."
        hasContent: Boolean!
        """
        Fields changed against the previous content revision; audience types named in languageCode (the Dashboard
        passes its interface language), by default in the request's language.
        """
        changes(languageCode: LanguageCode): [ArticleRevisionChange!]!
        "The content at this revision (null for workflow steps)."
        content: ArticleRevisionContent
    }

    """
    A page of an article's history.
    """
    type ArticleRevisionList implements PaginatedList {
        "Entries on this page."
        items: [ArticleRevision!]!
        "All entries."
        totalItems: Int!
    }

    """
    Sort, filter and paging for an article's history (fields generated by Vendure).
    """
    input ArticleRevisionListOptions

    """
    A workflow step the article's status does not allow, or publishing content no reviewer approved.
    """
    type ArticleStateTransitionError implements ErrorResult {
        "ARTICLE_STATE_TRANSITION_ERROR"
        errorCode: ErrorCode!
        "What went wrong."
        message: String!
        "The status the article is in."
        fromState: String!
        "The step that was refused."
        transition: String!
    }

    "Result of a workflow step or an update."
    union ArticleWorkflowResult = Article | ArticleStateTransitionError

    """
    What a run of the publishing schedule did.
    """
    type ArticleScheduleRunResult {
        "Articles whose scheduled publication was completed."
        published: [ID!]!
        "Articles taken offline at their unpublish time."
        expired: [ID!]!
    }

    """
    An audience to give an article.
    """
    input ArticleAudienceInput {
        "Audience type code (see articleAudienceTypes)."
        type: String!
        "Value, for types that have one (see articleAudienceOptions)."
        value: String
    }

    """
    An article's fields in one language. A new translation needs a title; the slug defaults to the title.
    """
    input ArticleTranslationInput {
        "Id of an existing translation (optional; languages are matched by code)."
        id: ID
        "Language."
        languageCode: LanguageCode!
        "Title."
        title: String
        "URL slug; made unique among articles."
        slug: String
        "Summary (plain text)."
        summary: String
        "Body as HTML; sanitised on save (script and event handlers are removed)."
        body: String
        "Title for search engines."
        seoTitle: String
        "Description for search engines."
        seoDescription: String
    }

    """
    A new article (a draft).
    """
    input CreateArticleInput {
        "At least one translation."
        translations: [ArticleTranslationInput!]!
        "Byline; defaults to the creating administrator's name."
        authorName: String
        "Featured image."
        featuredAssetId: ID
        "Gallery, in order."
        assetIds: [ID!]
        "Topics."
        topicIds: [ID!]
        "Tags (created when new)."
        tags: [String!]
        "Related products."
        relatedProductIds: [ID!]
        "Related collections."
        relatedCollectionIds: [ID!]
        "Audiences; none means everyone."
        audiences: [ArticleAudienceInput!]
    }

    """
    Changes to an article's working copy; omitted fields stay as they are. Readers keep seeing the published
    version until it is published again.
    """
    input UpdateArticleInput {
        "The article."
        id: ID!
        "Translations to add or change."
        translations: [ArticleTranslationInput!]
        "Byline."
        authorName: String
        "Featured image; null removes it."
        featuredAssetId: ID
        "Gallery, in order (replaces it)."
        assetIds: [ID!]
        "Topics (replaces them)."
        topicIds: [ID!]
        "Tags (replaces them)."
        tags: [String!]
        "Related products (replaces them)."
        relatedProductIds: [ID!]
        "Related collections (replaces them)."
        relatedCollectionIds: [ID!]
        "Audiences (replaces them); an empty list means everyone."
        audiences: [ArticleAudienceInput!]
    }

    """
    Publish an article now or later.
    """
    input PublishArticleInput {
        "The article."
        id: ID!
        "Publish at this time; null, omitted or past: now."
        publishAt: DateTime
        "Take it offline at this time; null or omitted: never."
        unpublishAt: DateTime
    }

    """
    A published article as a reader in the Dashboard sees it (a seller's staff reading the operator's notices).
    """
    type ReadableArticle {
        "Id of the article (stable across publications)."
        id: ID!
        "Since when this version is online."
        publishedAt: DateTime!
        "When readers stop seeing it; null for never."
        unpublishAt: DateTime
        "Language of the translated fields."
        languageCode: LanguageCode!
        "Title."
        title: String!
        "URL slug."
        slug: String!
        "Summary (plain text)."
        summary: String!
        "Body: sanitised HTML."
        body: String!
        "Byline."
        authorName: String
        "Featured image."
        featuredAsset: Asset
        "Tags."
        tags: [String!]!
    }

    """
    A page of readable articles.
    """
    type ReadableArticleList {
        "Articles on this page, newest first (best match first with a search)."
        items: [ReadableArticle!]!
        "All matches, across pages."
        totalItems: Int!
    }

    """
    Which readable articles to list.
    """
    input ReadableArticleQueryOptions {
        "Only articles in this topic or its sub-topics (slug in any language)."
        topicSlug: String
        "Only articles with this tag."
        tag: String
        "Full-text search over title, summary and body, in Chinese and English; every word must match."
        search: String
        "Page size (default 20, at most 100)."
        take: Int
        "Articles to skip."
        skip: Int
    }

    extend type Query {
        "Articles (working copies) of this channel, with filter, sort and paging."
        articles(options: ArticleListOptions): ArticleList!
        "An article of this channel."
        article(id: ID!): Article
        "An article's history, newest first by default."
        articleRevisions(articleId: ID!, options: ArticleRevisionListOptions): ArticleRevisionList!
        "One entry of an article's history."
        articleRevision(id: ID!): ArticleRevision
        """
        The audience types articles can target, named in languageCode (the Dashboard passes its interface
        language, which may differ from the content language it sends with each request); the request's language
        by default.
        """
        articleAudienceTypes(languageCode: LanguageCode): [ArticleAudienceType!]!
        "Values an editor can choose for an audience type, filtered by a search term."
        articleAudienceOptions(type: String!, term: String, take: Int): [ArticleAudienceOption!]!
        """
        Published articles of the operator's channel that the logged-in administrator may read as a reader, by the
        same audience rules as the shop API: a seller's staff read what is published for all sellers or for their
        seller (and for everyone), from any channel. Needs only a login.
        """
        readableArticles(options: ReadableArticleQueryOptions): ReadableArticleList!
        "One readable article by id (the id readers see), or null."
        readableArticle(id: ID!): ReadableArticle
    }

    extend type Mutation {
        "Creates an article (a draft) in this channel."
        createArticle(input: CreateArticleInput!): Article!
        "Saves the working copy; readers see the change only once it is published again."
        updateArticle(input: UpdateArticleInput!): ArticleWorkflowResult!
        "Deletes an article, its publications and its history."
        deleteArticle(id: ID!): DeletionResponse!
        "Draft → in review."
        submitArticleForReview(id: ID!, comment: String): ArticleWorkflowResult!
        "Approves the current content of an article in review (needs ReviewArticle)."
        approveArticle(id: ID!, comment: String): ArticleWorkflowResult!
        "Sends an article in review back to its authors (needs ReviewArticle)."
        requestArticleChanges(id: ID!, comment: String): ArticleWorkflowResult!
        "Publishes now or at publishAt, until unpublishAt (needs PublishArticle)."
        publishArticle(input: PublishArticleInput!): ArticleWorkflowResult!
        "Takes the live and any scheduled publication offline (needs PublishArticle)."
        unpublishArticle(id: ID!): ArticleWorkflowResult!
        "Drops a scheduled publication; a live version stays (needs PublishArticle)."
        cancelArticleSchedule(id: ID!): ArticleWorkflowResult!
        "Archives an article: offline, read-only until reopened (needs PublishArticle)."
        archiveArticle(id: ID!, comment: String): ArticleWorkflowResult!
        "Archived → draft."
        reopenArticle(id: ID!): ArticleWorkflowResult!
        "Restores the content of an earlier revision into the working copy."
        restoreArticleRevision(revisionId: ID!): ArticleWorkflowResult!
        "Applies the publishing schedule now for this channel (the scheduled task does it every minute)."
        runArticleSchedule: ArticleScheduleRunResult!
    }
`;

export const articleShopApiExtensions = gql`
    ${articleTranslationType}

    """
    A published article, as readers see it.
    """
    type Article implements Node {
        "Id of the article (stable across publications)."
        id: ID!
        "Since when this version is online."
        publishedAt: DateTime!
        "When readers stop seeing it; null for never."
        unpublishAt: DateTime
        "Language of the translated fields."
        languageCode: LanguageCode!
        "Title."
        title: String!
        "URL slug."
        slug: String!
        "Summary (plain text)."
        summary: String!
        "Body: sanitised HTML."
        body: String!
        "Title for search engines (falls back to the title)."
        seoTitle: String!
        "Description for search engines (falls back to the summary)."
        seoDescription: String!
        "All translations (for language switchers and hreflang links)."
        translations: [ArticleTranslation!]!
        "Byline."
        authorName: String
        "Featured image."
        featuredAsset: Asset
        "Gallery, in order."
        assets: [Asset!]!
        "Topics it belongs to."
        topics: [Topic!]!
        "Tags."
        tags: [String!]!
        "Related products (enabled ones of this channel)."
        relatedProducts: [Product!]!
        "Related collections (public ones of this channel)."
        relatedCollections: [Collection!]!
        "The storefront's canonical URL."
        url: String!
    }

    """
    A page of articles.
    """
    type ArticleList {
        "Articles on this page."
        items: [Article!]!
        "All matches, across pages."
        totalItems: Int!
    }

    """
    How a list of articles is ordered.
    """
    enum ArticleSortOrder {
        "Best search match first (title above summary above body); without a search, newest first."
        RELEVANCE
        "Newest publication first (the default without a search)."
        NEWEST
        "Oldest publication first."
        OLDEST
    }

    """
    Which articles to list.
    """
    input ArticleQueryOptions {
        "Only articles in this topic or its sub-topics (slug in any language)."
        topicSlug: String
        "Only articles with this tag."
        tag: String
        "Full-text search over title, summary and body, in Chinese and English; every word must match."
        search: String
        "Page size (default 20, at most 100)."
        take: Int
        "Articles to skip."
        skip: Int
        "Order (default RELEVANCE with a search, NEWEST without)."
        sort: ArticleSortOrder
    }

    extend type Query {
        "Published articles the visitor may read, filtered, searched, sorted and paged."
        articles(options: ArticleQueryOptions): ArticleList!
        "A published article the visitor may read, by slug (in any language) or id; null otherwise."
        article(slug: String, id: ID): Article
    }

    extend type Product {
        "Published articles about this product that the visitor may read, newest first."
        articles(take: Int): [Article!]!
    }
`;
