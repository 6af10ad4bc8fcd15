export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> =
    T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
    ID: { input: string; output: string };
    String: { input: string; output: string };
    Boolean: { input: boolean; output: boolean };
    Int: { input: number; output: number };
    Float: { input: number; output: number };
    DateTime: { input: string; output: string };
    JSON: { input: any; output: any };
    Money: { input: number; output: number };
    Upload: { input: any; output: any };
};

/** Makes a customer a member of a company. */
export type AddCompanyMemberInput = {
    /** The company. */
    companyId: Scalars['ID']['input'];
    /** The customer (of this channel). */
    customerId: Scalars['ID']['input'];
    /** Their role. */
    role: CompanyRole;
};

export type AddItemInput = {
    customFields?: InputMaybe<OrderLineCustomFieldsInput>;
    productVariantId: Scalars['ID']['input'];
    quantity: Scalars['Int']['input'];
};

export type AddItemToDraftOrderInput = {
    customFields?: InputMaybe<OrderLineCustomFieldsInput>;
    productVariantId: Scalars['ID']['input'];
    quantity: Scalars['Int']['input'];
};

export type AddNoteToCustomerInput = {
    id: Scalars['ID']['input'];
    isPublic: Scalars['Boolean']['input'];
    note: Scalars['String']['input'];
};

export type AddNoteToOrderInput = {
    id: Scalars['ID']['input'];
    isPublic: Scalars['Boolean']['input'];
    note: Scalars['String']['input'];
};

/** A tracking event entered by staff. */
export type AddShipmentTrackingEventInput = {
    /** What happened. */
    description?: InputMaybe<Scalars['String']['input']>;
    /** Where. */
    location?: InputMaybe<Scalars['String']['input']>;
    /** When (default: now). */
    occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
    /** The shipment. */
    shipmentId: Scalars['ID']['input'];
    /** Normalized status. */
    status: TrackingStatus;
    /** Finer status. */
    subStatus?: InputMaybe<Scalars['String']['input']>;
};

/** A manual correction of the balance. */
export type AdjustCreditBalanceInput = {
    /** The account. */
    accountId: Scalars['ID']['input'];
    /** Signed, minor units: positive increases the amount outstanding. */
    amount: Scalars['Money']['input'];
    /** Why (required). */
    note: Scalars['String']['input'];
    /** Optional reference. */
    reference?: InputMaybe<Scalars['String']['input']>;
};

export type AdjustDraftOrderLineInput = {
    customFields?: InputMaybe<OrderLineCustomFieldsInput>;
    orderLineId: Scalars['ID']['input'];
    quantity: Scalars['Int']['input'];
};

export type AdjustmentType = 'DISTRIBUTED_ORDER_PROMOTION' | 'OTHER' | 'PROMOTION';

export type AdministratorFilterParameter = {
    _and?: InputMaybe<Array<AdministratorFilterParameter>>;
    _or?: InputMaybe<Array<AdministratorFilterParameter>>;
    createdAt?: InputMaybe<DateOperators>;
    emailAddress?: InputMaybe<StringOperators>;
    firstName?: InputMaybe<StringOperators>;
    id?: InputMaybe<IdOperators>;
    lastName?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type AdministratorListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<AdministratorFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<AdministratorSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type AdministratorPaymentInput = {
    metadata?: InputMaybe<Scalars['JSON']['input']>;
    paymentMethod?: InputMaybe<Scalars['String']['input']>;
};

export type AdministratorRefundInput = {
    /**
     * The amount to be refunded to this particular Payment. This was introduced in
     * v2.2.0 as the preferred way to specify the refund amount. The `lines`, `shipping` and `adjustment`
     * fields will be removed in a future version.
     */
    amount?: InputMaybe<Scalars['Money']['input']>;
    paymentId: Scalars['ID']['input'];
    reason?: InputMaybe<Scalars['String']['input']>;
};

export type AdministratorSortParameter = {
    createdAt?: InputMaybe<SortOrder>;
    emailAddress?: InputMaybe<SortOrder>;
    firstName?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    lastName?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

/** Where a dealer agreement stands with respect to renewal. */
export type AgreementRenewalStatus = 'in_negotiation' | 'not_renewing' | 'open' | 'renewed';

export type AlertFilterParameter = {
    _and?: InputMaybe<Array<AlertFilterParameter>>;
    _or?: InputMaybe<Array<AlertFilterParameter>>;
    /** When someone acted last. */
    actedAt?: InputMaybe<DateOperators>;
    /** The administrator who acted last; null for the system (auto-resolve, snooze expiry). */
    actedByAdministratorId?: InputMaybe<IdOperators>;
    /** Administrator who owns it. */
    assigneeAdministratorId?: InputMaybe<IdOperators>;
    /** Role that owns it. */
    assigneeRoleId?: InputMaybe<IdOperators>;
    /** When it was first raised. */
    createdAt?: InputMaybe<DateOperators>;
    /** When it is due. */
    dueAt?: InputMaybe<DateOperators>;
    /** First occurrence. */
    firstSeenAt?: InputMaybe<DateOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** When it was last notified. */
    lastNotifiedAt?: InputMaybe<DateOperators>;
    /** Last occurrence. */
    lastSeenAt?: InputMaybe<DateOperators>;
    /** The message in the request's language (English or Simplified Chinese). */
    message?: InputMaybe<StringOperators>;
    /** The message in English. */
    messageEn?: InputMaybe<StringOperators>;
    /** The message in Simplified Chinese. */
    messageZh?: InputMaybe<StringOperators>;
    /** How often the condition was met while the alert was active. */
    occurrences?: InputMaybe<NumberOperators>;
    /** When it was resolved. */
    resolvedAt?: InputMaybe<DateOperators>;
    /** Id of the rule. */
    ruleId?: InputMaybe<IdOperators>;
    /** Severity. */
    severity?: InputMaybe<StringOperators>;
    /** Until when it is snoozed. */
    snoozedUntil?: InputMaybe<DateOperators>;
    /** Status. */
    status?: InputMaybe<StringOperators>;
    /** Id of the subject. */
    subjectId?: InputMaybe<StringOperators>;
    /** How people recognise the subject, e.g. the order code. */
    subjectLabel?: InputMaybe<StringOperators>;
    /** Dashboard path of the subject. */
    subjectLink?: InputMaybe<StringOperators>;
    /** Entity type of the subject, e.g. Order. */
    subjectType?: InputMaybe<StringOperators>;
    /** When it last changed. */
    updatedAt?: InputMaybe<DateOperators>;
};

export type AlertListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<AlertFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<AlertSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type AlertRuleFilterParameter = {
    _and?: InputMaybe<Array<AlertRuleFilterParameter>>;
    _or?: InputMaybe<Array<AlertRuleFilterParameter>>;
    /** Administrator who owns its alerts. */
    assigneeAdministratorId?: InputMaybe<IdOperators>;
    /** Role that owns its alerts. */
    assigneeRoleId?: InputMaybe<IdOperators>;
    /** The channel it watches. */
    channelId?: InputMaybe<IdOperators>;
    /** When it was created. */
    createdAt?: InputMaybe<DateOperators>;
    /** Hours from the first occurrence until an alert is due. */
    dueInHours?: InputMaybe<NumberOperators>;
    /** Disabled rules raise nothing. */
    enabled?: InputMaybe<BooleanOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Name. */
    name?: InputMaybe<StringOperators>;
    /** End of quiet hours, HH:MM UTC. */
    quietHoursEnd?: InputMaybe<StringOperators>;
    /** Start of quiet hours, HH:MM UTC. */
    quietHoursStart?: InputMaybe<StringOperators>;
    /** Minutes after which an open, unacknowledged alert is notified again. */
    renotifyIntervalMinutes?: InputMaybe<NumberOperators>;
    /** Severity of the alerts it raises. */
    severity?: InputMaybe<StringOperators>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<DateOperators>;
};

export type AlertRuleListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<AlertRuleFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<AlertRuleSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type AlertRuleSortParameter = {
    /** Administrator who owns its alerts. */
    assigneeAdministratorId?: InputMaybe<SortOrder>;
    /** Role that owns its alerts. */
    assigneeRoleId?: InputMaybe<SortOrder>;
    /** The channel it watches. */
    channelId?: InputMaybe<SortOrder>;
    /** When it was created. */
    createdAt?: InputMaybe<SortOrder>;
    /** Hours from the first occurrence until an alert is due. */
    dueInHours?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Name. */
    name?: InputMaybe<SortOrder>;
    /** End of quiet hours, HH:MM UTC. */
    quietHoursEnd?: InputMaybe<SortOrder>;
    /** Start of quiet hours, HH:MM UTC. */
    quietHoursStart?: InputMaybe<SortOrder>;
    /** Minutes after which an open, unacknowledged alert is notified again. */
    renotifyIntervalMinutes?: InputMaybe<SortOrder>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<SortOrder>;
};

/** How urgent an alert is; critical alerts are notified during quiet hours too. */
export type AlertSeverity = 'critical' | 'info' | 'warning';

export type AlertSortParameter = {
    /** When someone acted last. */
    actedAt?: InputMaybe<SortOrder>;
    /** The administrator who acted last; null for the system (auto-resolve, snooze expiry). */
    actedByAdministratorId?: InputMaybe<SortOrder>;
    /** Administrator who owns it. */
    assigneeAdministratorId?: InputMaybe<SortOrder>;
    /** Role that owns it. */
    assigneeRoleId?: InputMaybe<SortOrder>;
    /** When it was first raised. */
    createdAt?: InputMaybe<SortOrder>;
    /** When it is due. */
    dueAt?: InputMaybe<SortOrder>;
    /** First occurrence. */
    firstSeenAt?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** When it was last notified. */
    lastNotifiedAt?: InputMaybe<SortOrder>;
    /** Last occurrence. */
    lastSeenAt?: InputMaybe<SortOrder>;
    /** The message in the request's language (English or Simplified Chinese). */
    message?: InputMaybe<SortOrder>;
    /** The message in English. */
    messageEn?: InputMaybe<SortOrder>;
    /** The message in Simplified Chinese. */
    messageZh?: InputMaybe<SortOrder>;
    /** How often the condition was met while the alert was active. */
    occurrences?: InputMaybe<SortOrder>;
    /** When it was resolved. */
    resolvedAt?: InputMaybe<SortOrder>;
    /** Id of the rule. */
    ruleId?: InputMaybe<SortOrder>;
    /** Until when it is snoozed. */
    snoozedUntil?: InputMaybe<SortOrder>;
    /** Id of the subject. */
    subjectId?: InputMaybe<SortOrder>;
    /** How people recognise the subject, e.g. the order code. */
    subjectLabel?: InputMaybe<SortOrder>;
    /** Dashboard path of the subject. */
    subjectLink?: InputMaybe<SortOrder>;
    /** Entity type of the subject, e.g. Order. */
    subjectType?: InputMaybe<SortOrder>;
    /** When it last changed. */
    updatedAt?: InputMaybe<SortOrder>;
};

/** Where an alert stands. Open, acknowledged and snoozed alerts are active: one per rule and subject. */
export type AlertStatus = 'acknowledged' | 'open' | 'resolved' | 'snoozed';

export type ApiKeyFilterParameter = {
    _and?: InputMaybe<Array<ApiKeyFilterParameter>>;
    _or?: InputMaybe<Array<ApiKeyFilterParameter>>;
    createdAt?: InputMaybe<DateOperators>;
    id?: InputMaybe<IdOperators>;
    /** Helps you identify unused keys */
    lastUsedAt?: InputMaybe<DateOperators>;
    /**
     * ID by which we can look up the API-Key.
     * Also helps you identify keys without leaking the underlying secret API-Key.
     */
    lookupId?: InputMaybe<StringOperators>;
    /** A descriptive name so you can remind yourself where the API-Key gets used */
    name?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type ApiKeyListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<ApiKeyFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<ApiKeySortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type ApiKeySortParameter = {
    createdAt?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    /** Helps you identify unused keys */
    lastUsedAt?: InputMaybe<SortOrder>;
    /**
     * ID by which we can look up the API-Key.
     * Also helps you identify keys without leaking the underlying secret API-Key.
     */
    lookupId?: InputMaybe<SortOrder>;
    /** A descriptive name so you can remind yourself where the API-Key gets used */
    name?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

/** An audience to give an article. */
export type ArticleAudienceInput = {
    /** Audience type code (see articleAudienceTypes). */
    type: Scalars['String']['input'];
    /** Value, for types that have one (see articleAudienceOptions). */
    value?: InputMaybe<Scalars['String']['input']>;
};

/** How an editor picks an audience's value. */
export type ArticleAudienceValueKind =
    /** A code, with the type's options as suggestions. */
    | 'code'
    /** No value: the type alone is the audience. */
    | 'none'
    /** One value from the type's options. */
    | 'select';

export type ArticleFilterParameter = {
    _and?: InputMaybe<Array<ArticleFilterParameter>>;
    _or?: InputMaybe<Array<ArticleFilterParameter>>;
    /** A reviewer approved the current content. */
    approved?: InputMaybe<BooleanOperators>;
    /** When the current content was approved. */
    approvedAt?: InputMaybe<DateOperators>;
    /** Byline shown to readers. */
    authorName?: InputMaybe<StringOperators>;
    /** Body: sanitised HTML. */
    body?: InputMaybe<StringOperators>;
    /** When it was created. */
    createdAt?: InputMaybe<DateOperators>;
    /** The working copy differs from the live (or scheduled) version. */
    hasUnpublishedChanges?: InputMaybe<BooleanOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Readers see a publication of it now (ignoring audiences). */
    isLive?: InputMaybe<BooleanOperators>;
    /** Language of the translated fields. */
    languageCode?: InputMaybe<StringOperators>;
    /** When the scheduled publication goes online; null when none is scheduled. */
    publishAt?: InputMaybe<DateOperators>;
    /** Since when the current live version is online; null when nothing is live. */
    publishedAt?: InputMaybe<DateOperators>;
    /** The last reviewer's comment. */
    reviewComment?: InputMaybe<StringOperators>;
    /** Number of entries in its history. */
    revisionCount?: InputMaybe<NumberOperators>;
    /** Description for search engines. */
    seoDescription?: InputMaybe<StringOperators>;
    /** Title for search engines. */
    seoTitle?: InputMaybe<StringOperators>;
    /** URL slug. */
    slug?: InputMaybe<StringOperators>;
    /** Workflow status. */
    status?: InputMaybe<StringOperators>;
    /** Summary (plain text). */
    summary?: InputMaybe<StringOperators>;
    /** Articles with this tag. */
    tag?: InputMaybe<StringOperators>;
    /** Title. */
    title?: InputMaybe<StringOperators>;
    /** Articles in this topic. */
    topicId?: InputMaybe<IdOperators>;
    /** When readers stop seeing it; null for never. */
    unpublishAt?: InputMaybe<DateOperators>;
    /** When the working copy was last saved. */
    updatedAt?: InputMaybe<DateOperators>;
    /** The storefront's canonical URL (plugin option articleUrlPattern). */
    url?: InputMaybe<StringOperators>;
};

export type ArticleListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<ArticleFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<ArticleSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type ArticleRevisionFilterParameter = {
    _and?: InputMaybe<Array<ArticleRevisionFilterParameter>>;
    _or?: InputMaybe<Array<ArticleRevisionFilterParameter>>;
    /** Id of the article. */
    articleId?: InputMaybe<IdOperators>;
    /** Name of who did it at the time ('system' for the scheduler). */
    authorName?: InputMaybe<StringOperators>;
    /** Comment given with a workflow step. */
    comment?: InputMaybe<StringOperators>;
    /** When it happened. */
    createdAt?: InputMaybe<DateOperators>;
    /** It carries content that can be restored. */
    hasContent?: InputMaybe<BooleanOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** What happened. */
    kind?: InputMaybe<StringOperators>;
    /** For a restore: the version restored. */
    restoredFromVersion?: InputMaybe<NumberOperators>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<DateOperators>;
    /** 1, 2, 3… per article. */
    version?: InputMaybe<NumberOperators>;
};

/** What happened in an entry of an article's history. */
export type ArticleRevisionKind =
    /** Approved by a reviewer. */
    | 'approved'
    /** Archived. */
    | 'archived'
    /** A reviewer requested changes. */
    | 'changes_requested'
    /** Created. */
    | 'created'
    /** Taken offline at its unpublish time. */
    | 'expired'
    /** Published. */
    | 'published'
    /** Reopened from the archive. */
    | 'reopened'
    /** An earlier revision was restored. */
    | 'restored'
    /** Content saved. */
    | 'saved'
    /** A scheduled publication was cancelled. */
    | 'schedule_cancelled'
    /** Scheduled for later. */
    | 'scheduled'
    /** Submitted for review. */
    | 'submitted'
    /** Unpublished by an editor. */
    | 'unpublished';

export type ArticleRevisionListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<ArticleRevisionFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<ArticleRevisionSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type ArticleRevisionSortParameter = {
    /** Id of the article. */
    articleId?: InputMaybe<SortOrder>;
    /** Name of who did it at the time ('system' for the scheduler). */
    authorName?: InputMaybe<SortOrder>;
    /** Comment given with a workflow step. */
    comment?: InputMaybe<SortOrder>;
    /** When it happened. */
    createdAt?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** For a restore: the version restored. */
    restoredFromVersion?: InputMaybe<SortOrder>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<SortOrder>;
    /** 1, 2, 3… per article. */
    version?: InputMaybe<SortOrder>;
};

export type ArticleSortParameter = {
    /** When the current content was approved. */
    approvedAt?: InputMaybe<SortOrder>;
    /** Byline shown to readers. */
    authorName?: InputMaybe<SortOrder>;
    /** Body: sanitised HTML. */
    body?: InputMaybe<SortOrder>;
    /** When it was created. */
    createdAt?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** When the scheduled publication goes online; null when none is scheduled. */
    publishAt?: InputMaybe<SortOrder>;
    /** Since when the current live version is online; null when nothing is live. */
    publishedAt?: InputMaybe<SortOrder>;
    /** The last reviewer's comment. */
    reviewComment?: InputMaybe<SortOrder>;
    /** Number of entries in its history. */
    revisionCount?: InputMaybe<SortOrder>;
    /** Description for search engines. */
    seoDescription?: InputMaybe<SortOrder>;
    /** Title for search engines. */
    seoTitle?: InputMaybe<SortOrder>;
    /** URL slug. */
    slug?: InputMaybe<SortOrder>;
    /** Summary (plain text). */
    summary?: InputMaybe<SortOrder>;
    /** Title. */
    title?: InputMaybe<SortOrder>;
    /** When readers stop seeing it; null for never. */
    unpublishAt?: InputMaybe<SortOrder>;
    /** When the working copy was last saved. */
    updatedAt?: InputMaybe<SortOrder>;
    /** The storefront's canonical URL (plugin option articleUrlPattern). */
    url?: InputMaybe<SortOrder>;
};

/** Where an article's working copy stands in the editorial workflow. */
export type ArticleStatus =
    /** Offline; reopen it to edit. */
    | 'archived'
    /** Being written. */
    | 'draft'
    /** Submitted; a reviewer approves it or requests changes. */
    | 'in_review'
    /** Readers see it (within its audiences and unpublish time). */
    | 'published'
    /** A publication is scheduled for a future time (a live version may be online until then). */
    | 'scheduled';

/** An article's fields in one language. A new translation needs a title; the slug defaults to the title. */
export type ArticleTranslationInput = {
    /** Body as HTML; sanitised on save (script and event handlers are removed). */
    body?: InputMaybe<Scalars['String']['input']>;
    /** Id of an existing translation (optional; languages are matched by code). */
    id?: InputMaybe<Scalars['ID']['input']>;
    /** Language. */
    languageCode: LanguageCode;
    /** Description for search engines. */
    seoDescription?: InputMaybe<Scalars['String']['input']>;
    /** Title for search engines. */
    seoTitle?: InputMaybe<Scalars['String']['input']>;
    /** URL slug; made unique among articles. */
    slug?: InputMaybe<Scalars['String']['input']>;
    /** Summary (plain text). */
    summary?: InputMaybe<Scalars['String']['input']>;
    /** Title. */
    title?: InputMaybe<Scalars['String']['input']>;
};

export type AssetFilterParameter = {
    _and?: InputMaybe<Array<AssetFilterParameter>>;
    _or?: InputMaybe<Array<AssetFilterParameter>>;
    createdAt?: InputMaybe<DateOperators>;
    fileSize?: InputMaybe<NumberOperators>;
    height?: InputMaybe<NumberOperators>;
    id?: InputMaybe<IdOperators>;
    languageCode?: InputMaybe<StringOperators>;
    mimeType?: InputMaybe<StringOperators>;
    name?: InputMaybe<StringOperators>;
    preview?: InputMaybe<StringOperators>;
    source?: InputMaybe<StringOperators>;
    type?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
    width?: InputMaybe<NumberOperators>;
};

export type AssetListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<AssetFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<AssetSortParameter>;
    tags?: InputMaybe<Array<Scalars['String']['input']>>;
    tagsOperator?: InputMaybe<LogicalOperator>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type AssetSortParameter = {
    createdAt?: InputMaybe<SortOrder>;
    fileSize?: InputMaybe<SortOrder>;
    height?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    mimeType?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    preview?: InputMaybe<SortOrder>;
    source?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
    width?: InputMaybe<SortOrder>;
};

export type AssetTranslationInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    id?: InputMaybe<Scalars['ID']['input']>;
    languageCode: LanguageCode;
    name?: InputMaybe<Scalars['String']['input']>;
};

export type AssetType = 'BINARY' | 'IMAGE' | 'VIDEO';

/** Who owns alerts from now on: an administrator, a role, or nobody (both null). */
export type AssignAlertsInput = {
    /** Administrator. */
    administratorId?: InputMaybe<Scalars['ID']['input']>;
    /** The alerts. */
    ids: Array<Scalars['ID']['input']>;
    /** Role. */
    roleId?: InputMaybe<Scalars['ID']['input']>;
};

export type AssignAssetsToChannelInput = {
    assetIds: Array<Scalars['ID']['input']>;
    channelId: Scalars['ID']['input'];
};

export type AssignCollectionsToChannelInput = {
    channelId: Scalars['ID']['input'];
    collectionIds: Array<Scalars['ID']['input']>;
};

export type AssignFacetsToChannelInput = {
    channelId: Scalars['ID']['input'];
    facetIds: Array<Scalars['ID']['input']>;
};

export type AssignPaymentMethodsToChannelInput = {
    channelId: Scalars['ID']['input'];
    paymentMethodIds: Array<Scalars['ID']['input']>;
};

export type AssignProductOptionGroupsToChannelInput = {
    channelId: Scalars['ID']['input'];
    productOptionGroupIds: Array<Scalars['ID']['input']>;
};

export type AssignProductVariantsToChannelInput = {
    channelId: Scalars['ID']['input'];
    priceFactor?: InputMaybe<Scalars['Float']['input']>;
    productVariantIds: Array<Scalars['ID']['input']>;
};

export type AssignProductsToChannelInput = {
    channelId: Scalars['ID']['input'];
    priceFactor?: InputMaybe<Scalars['Float']['input']>;
    productIds: Array<Scalars['ID']['input']>;
};

export type AssignPromotionsToChannelInput = {
    channelId: Scalars['ID']['input'];
    promotionIds: Array<Scalars['ID']['input']>;
};

export type AssignShippingMethodsToChannelInput = {
    channelId: Scalars['ID']['input'];
    shippingMethodIds: Array<Scalars['ID']['input']>;
};

export type AssignStockLocationsToChannelInput = {
    channelId: Scalars['ID']['input'];
    stockLocationIds: Array<Scalars['ID']['input']>;
};

export type AuthenticationInput = {
    native?: InputMaybe<NativeAuthInput>;
};

/** Operators for filtering on a list of Boolean fields */
export type BooleanListOperators = {
    inList: Scalars['Boolean']['input'];
};

/** Operators for filtering on a Boolean field */
export type BooleanOperators = {
    eq?: InputMaybe<Scalars['Boolean']['input']>;
    isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CancelOrderInput = {
    /** Specify whether the shipping charges should also be cancelled. Defaults to false */
    cancelShipping?: InputMaybe<Scalars['Boolean']['input']>;
    /** Optionally specify which OrderLines to cancel. If not provided, all OrderLines will be cancelled */
    lines?: InputMaybe<Array<OrderLineInput>>;
    /** The id of the order to be cancelled */
    orderId: Scalars['ID']['input'];
    reason?: InputMaybe<Scalars['String']['input']>;
};

export type CarrierFilterParameter = {
    _and?: InputMaybe<Array<CarrierFilterParameter>>;
    _or?: InputMaybe<Array<CarrierFilterParameter>>;
    /** Code of the carrier adapter. */
    adapterCode?: InputMaybe<StringOperators>;
    /** Unique, URL-safe: the last segment of the webhook URL. */
    code?: InputMaybe<StringOperators>;
    /** When it was created. */
    createdAt?: InputMaybe<DateOperators>;
    /** Disabled carriers take no new fulfillments and no webhooks. */
    enabled?: InputMaybe<BooleanOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Name shown to staff and shoppers. */
    name?: InputMaybe<StringOperators>;
    /** Until when the secret replaced by the last rotation is still accepted (null: no grace period running). */
    previousSecretValidUntil?: InputMaybe<DateOperators>;
    /** Tracking page link; {trackingNumber} is replaced by the tracking number. */
    trackingUrlTemplate?: InputMaybe<StringOperators>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<DateOperators>;
    /** Path the carrier posts its events to (POST, relative to the server root). */
    webhookPath?: InputMaybe<StringOperators>;
    /** Secret the carrier signs its webhooks with (HMAC-SHA256). Requires UpdateCarrier. */
    webhookSecret?: InputMaybe<StringOperators>;
};

export type CarrierListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<CarrierFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<CarrierSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type CarrierSortParameter = {
    /** Code of the carrier adapter. */
    adapterCode?: InputMaybe<SortOrder>;
    /** Unique, URL-safe: the last segment of the webhook URL. */
    code?: InputMaybe<SortOrder>;
    /** When it was created. */
    createdAt?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Name shown to staff and shoppers. */
    name?: InputMaybe<SortOrder>;
    /** Until when the secret replaced by the last rotation is still accepted (null: no grace period running). */
    previousSecretValidUntil?: InputMaybe<SortOrder>;
    /** Tracking page link; {trackingNumber} is replaced by the tracking number. */
    trackingUrlTemplate?: InputMaybe<SortOrder>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<SortOrder>;
    /** Path the carrier posts its events to (POST, relative to the server root). */
    webhookPath?: InputMaybe<SortOrder>;
    /** Secret the carrier signs its webhooks with (HMAC-SHA256). Requires UpdateCarrier. */
    webhookSecret?: InputMaybe<SortOrder>;
};

export type ChannelFilterParameter = {
    _and?: InputMaybe<Array<ChannelFilterParameter>>;
    _or?: InputMaybe<Array<ChannelFilterParameter>>;
    code?: InputMaybe<StringOperators>;
    createdAt?: InputMaybe<DateOperators>;
    currencyCode?: InputMaybe<StringOperators>;
    defaultCurrencyCode?: InputMaybe<StringOperators>;
    defaultLanguageCode?: InputMaybe<StringOperators>;
    id?: InputMaybe<IdOperators>;
    /** Not yet used - will be implemented in a future release. */
    outOfStockThreshold?: InputMaybe<NumberOperators>;
    pricesIncludeTax?: InputMaybe<BooleanOperators>;
    token?: InputMaybe<StringOperators>;
    /** Not yet used - will be implemented in a future release. */
    trackInventory?: InputMaybe<BooleanOperators>;
    updatedAt?: InputMaybe<DateOperators>;
    warehouseAllocationRule?: InputMaybe<StringOperators>;
    warehousePickupAvailability?: InputMaybe<BooleanOperators>;
};

export type ChannelListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<ChannelFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<ChannelSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type ChannelSortParameter = {
    code?: InputMaybe<SortOrder>;
    createdAt?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    /** Not yet used - will be implemented in a future release. */
    outOfStockThreshold?: InputMaybe<SortOrder>;
    token?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
    warehouseAllocationRule?: InputMaybe<SortOrder>;
    warehousePickupAvailability?: InputMaybe<SortOrder>;
};

export type CollectionFilterParameter = {
    _and?: InputMaybe<Array<CollectionFilterParameter>>;
    _or?: InputMaybe<Array<CollectionFilterParameter>>;
    createdAt?: InputMaybe<DateOperators>;
    description?: InputMaybe<StringOperators>;
    id?: InputMaybe<IdOperators>;
    inheritFilters?: InputMaybe<BooleanOperators>;
    isPrivate?: InputMaybe<BooleanOperators>;
    languageCode?: InputMaybe<StringOperators>;
    name?: InputMaybe<StringOperators>;
    parentId?: InputMaybe<IdOperators>;
    position?: InputMaybe<NumberOperators>;
    productVariantCount?: InputMaybe<NumberOperators>;
    slug?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type CollectionListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<CollectionFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<CollectionSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
    topLevelOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CollectionSortParameter = {
    createdAt?: InputMaybe<SortOrder>;
    description?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    parentId?: InputMaybe<SortOrder>;
    position?: InputMaybe<SortOrder>;
    productVariantCount?: InputMaybe<SortOrder>;
    slug?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

/** A postal address for a company. */
export type CompanyAddressInput = {
    /** City. */
    city?: InputMaybe<Scalars['String']['input']>;
    /** Company name on the label. */
    company?: InputMaybe<Scalars['String']['input']>;
    /** ISO 3166-1 alpha-2 country code. */
    countryCode: Scalars['String']['input'];
    /** Name of the recipient. */
    fullName?: InputMaybe<Scalars['String']['input']>;
    /** Phone number. */
    phoneNumber?: InputMaybe<Scalars['String']['input']>;
    /** Postal code. */
    postalCode?: InputMaybe<Scalars['String']['input']>;
    /** Province or state. */
    province?: InputMaybe<Scalars['String']['input']>;
    /** First street line. */
    streetLine1: Scalars['String']['input'];
    /** Second street line. */
    streetLine2?: InputMaybe<Scalars['String']['input']>;
};

export type CompanyFilterParameter = {
    _and?: InputMaybe<Array<CompanyFilterParameter>>;
    _or?: InputMaybe<Array<CompanyFilterParameter>>;
    /** Code, unique in the channel. */
    code?: InputMaybe<StringOperators>;
    /** When it was created. */
    createdAt?: InputMaybe<DateOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Display name. */
    name?: InputMaybe<StringOperators>;
    /** Id of the parent company, if any. */
    parentId?: InputMaybe<IdOperators>;
    /** Lifecycle status. */
    status?: InputMaybe<StringOperators>;
    /** Tax or VAT registration id. */
    taxId?: InputMaybe<StringOperators>;
    /** Tier code (e.g. gold, silver) that tier price lists target. */
    tier?: InputMaybe<StringOperators>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<DateOperators>;
};

export type CompanyListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<CompanyFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<CompanySortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

/** What a company member may do: admin manages members and orders, buyer orders, viewer only looks. */
export type CompanyRole = 'admin' | 'buyer' | 'viewer';

export type CompanySortParameter = {
    /** Code, unique in the channel. */
    code?: InputMaybe<SortOrder>;
    /** When it was created. */
    createdAt?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Display name. */
    name?: InputMaybe<SortOrder>;
    /** Id of the parent company, if any. */
    parentId?: InputMaybe<SortOrder>;
    /** Tax or VAT registration id. */
    taxId?: InputMaybe<SortOrder>;
    /** Tier code (e.g. gold, silver) that tier price lists target. */
    tier?: InputMaybe<SortOrder>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<SortOrder>;
};

/**
 * Lifecycle of a dealer company: only active and on-hold companies get dealer prices; on hold blocks ordering
 * on account.
 */
export type CompanyStatus = 'active' | 'closed' | 'on_hold';

export type ConfigArgInput = {
    name: Scalars['String']['input'];
    /** A JSON stringified representation of the actual value */
    value: Scalars['String']['input'];
};

export type ConfigurableOperationInput = {
    arguments: Array<ConfigArgInput>;
    code: Scalars['String']['input'];
};

export type CoordinateInput = {
    x: Scalars['Float']['input'];
    y: Scalars['Float']['input'];
};

export type CountryFilterParameter = {
    _and?: InputMaybe<Array<CountryFilterParameter>>;
    _or?: InputMaybe<Array<CountryFilterParameter>>;
    code?: InputMaybe<StringOperators>;
    createdAt?: InputMaybe<DateOperators>;
    enabled?: InputMaybe<BooleanOperators>;
    id?: InputMaybe<IdOperators>;
    languageCode?: InputMaybe<StringOperators>;
    name?: InputMaybe<StringOperators>;
    parentId?: InputMaybe<IdOperators>;
    type?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type CountryListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<CountryFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<CountrySortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type CountrySortParameter = {
    code?: InputMaybe<SortOrder>;
    createdAt?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    parentId?: InputMaybe<SortOrder>;
    type?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type CountryTranslationInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    id?: InputMaybe<Scalars['ID']['input']>;
    languageCode: LanguageCode;
    name?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Input used to create an Address.
 *
 * The countryCode must correspond to a `code` property of a Country that has been defined in the
 * Vendure server. The `code` property is typically a 2-character ISO code such as "GB", "US", "DE" etc.
 * If an invalid code is passed, the mutation will fail.
 */
export type CreateAddressInput = {
    city?: InputMaybe<Scalars['String']['input']>;
    company?: InputMaybe<Scalars['String']['input']>;
    countryCode: Scalars['String']['input'];
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    defaultBillingAddress?: InputMaybe<Scalars['Boolean']['input']>;
    defaultShippingAddress?: InputMaybe<Scalars['Boolean']['input']>;
    fullName?: InputMaybe<Scalars['String']['input']>;
    phoneNumber?: InputMaybe<Scalars['String']['input']>;
    postalCode?: InputMaybe<Scalars['String']['input']>;
    province?: InputMaybe<Scalars['String']['input']>;
    streetLine1: Scalars['String']['input'];
    streetLine2?: InputMaybe<Scalars['String']['input']>;
};

export type CreateAdministratorInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    emailAddress: Scalars['String']['input'];
    firstName: Scalars['String']['input'];
    lastName: Scalars['String']['input'];
    password: Scalars['String']['input'];
    roleIds: Array<Scalars['ID']['input']>;
};

/** A new alert rule. */
export type CreateAlertRuleInput = {
    /** Administrator who owns its alerts. */
    assigneeAdministratorId?: InputMaybe<Scalars['ID']['input']>;
    /** Role that owns its alerts. */
    assigneeRoleId?: InputMaybe<Scalars['ID']['input']>;
    /** The condition: a code from alertConditions and its arguments. */
    condition: ConfigurableOperationInput;
    /** Hours from the first occurrence until an alert is due. */
    dueInHours?: InputMaybe<Scalars['Int']['input']>;
    /** Enabled (default true). */
    enabled?: InputMaybe<Scalars['Boolean']['input']>;
    /** Name. */
    name: Scalars['String']['input'];
    /** End of quiet hours, HH:MM UTC. */
    quietHoursEnd?: InputMaybe<Scalars['String']['input']>;
    /** Start of quiet hours, HH:MM UTC. */
    quietHoursStart?: InputMaybe<Scalars['String']['input']>;
    /** Email addresses notified. */
    recipientEmails?: InputMaybe<Array<Scalars['String']['input']>>;
    /** Roles whose administrators are emailed. */
    recipientRoleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** Minutes after which an open, unacknowledged alert is notified again. */
    renotifyIntervalMinutes?: InputMaybe<Scalars['Int']['input']>;
    /** Severity (default warning). */
    severity?: InputMaybe<AlertSeverity>;
    /** Webhook endpoints notified. */
    webhookEndpointIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * There is no User ID because you can only create API-Keys for yourself,
 * which gets determined by the User who does the request.
 */
export type CreateApiKeyInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    /**
     * Which roles to attach to this ApiKey.
     * You may only grant roles which you, yourself have.
     */
    roleIds: Array<Scalars['ID']['input']>;
    translations: Array<CreateApiKeyTranslationInput>;
};

export type CreateApiKeyTranslationInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    languageCode: LanguageCode;
    /** A descriptive name so you can remind yourself where the API-Key gets used */
    name: Scalars['String']['input'];
};

/** A new article (a draft). */
export type CreateArticleInput = {
    /** Gallery, in order. */
    assetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** Audiences; none means everyone. */
    audiences?: InputMaybe<Array<ArticleAudienceInput>>;
    /** Byline; defaults to the creating administrator's name. */
    authorName?: InputMaybe<Scalars['String']['input']>;
    /** Featured image. */
    featuredAssetId?: InputMaybe<Scalars['ID']['input']>;
    /** Related collections. */
    relatedCollectionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** Related products. */
    relatedProductIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** Tags (created when new). */
    tags?: InputMaybe<Array<Scalars['String']['input']>>;
    /** Topics. */
    topicIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** At least one translation. */
    translations: Array<ArticleTranslationInput>;
};

export type CreateAssetInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    file: Scalars['Upload']['input'];
    tags?: InputMaybe<Array<Scalars['String']['input']>>;
    translations?: InputMaybe<Array<AssetTranslationInput>>;
};

/** A new carrier. */
export type CreateCarrierInput = {
    /** Code of a carrier adapter (see carrierAdapters). */
    adapterCode: Scalars['String']['input'];
    /** Unique code: lower-case letters, digits and dashes. */
    code: Scalars['String']['input'];
    /** Defaults to true. */
    enabled?: InputMaybe<Scalars['Boolean']['input']>;
    /** Name. */
    name: Scalars['String']['input'];
    /** Tracking page link with {trackingNumber}. */
    trackingUrlTemplate?: InputMaybe<Scalars['String']['input']>;
};

export type CreateChannelCustomFieldsInput = {
    warehouseAllocationRule?: InputMaybe<Scalars['String']['input']>;
    warehousePickupAvailability?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateChannelInput = {
    availableCurrencyCodes?: InputMaybe<Array<CurrencyCode>>;
    availableLanguageCodes?: InputMaybe<Array<LanguageCode>>;
    code: Scalars['String']['input'];
    /** @deprecated Use defaultCurrencyCode instead */
    currencyCode?: InputMaybe<CurrencyCode>;
    customFields?: InputMaybe<CreateChannelCustomFieldsInput>;
    defaultCurrencyCode?: InputMaybe<CurrencyCode>;
    defaultLanguageCode: LanguageCode;
    defaultShippingZoneId: Scalars['ID']['input'];
    defaultTaxZoneId: Scalars['ID']['input'];
    outOfStockThreshold?: InputMaybe<Scalars['Int']['input']>;
    pricesIncludeTax: Scalars['Boolean']['input'];
    sellerId?: InputMaybe<Scalars['ID']['input']>;
    token: Scalars['String']['input'];
    trackInventory?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateCollectionInput = {
    assetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    featuredAssetId?: InputMaybe<Scalars['ID']['input']>;
    filters: Array<ConfigurableOperationInput>;
    inheritFilters?: InputMaybe<Scalars['Boolean']['input']>;
    isPrivate?: InputMaybe<Scalars['Boolean']['input']>;
    parentId?: InputMaybe<Scalars['ID']['input']>;
    translations: Array<CreateCollectionTranslationInput>;
};

export type CreateCollectionTranslationInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    description: Scalars['String']['input'];
    languageCode: LanguageCode;
    name: Scalars['String']['input'];
    slug: Scalars['String']['input'];
};

/** A new dealer company. */
export type CreateCompanyInput = {
    /** Code, unique in the channel: letters, digits, '-', '_' and '.'. */
    code: Scalars['String']['input'];
    /** Default billing address. */
    defaultBillingAddress?: InputMaybe<CompanyAddressInput>;
    /** Default shipping address. */
    defaultShippingAddress?: InputMaybe<CompanyAddressInput>;
    /** Display name. */
    name: Scalars['String']['input'];
    /** Parent company. */
    parentId?: InputMaybe<Scalars['ID']['input']>;
    /** Sales representative (an Administrator). */
    salesRepId?: InputMaybe<Scalars['ID']['input']>;
    /** Status; active when omitted. */
    status?: InputMaybe<CompanyStatus>;
    /** Tax or VAT registration id. */
    taxId?: InputMaybe<Scalars['String']['input']>;
    /** Tier code, stored lower-case. */
    tier?: InputMaybe<Scalars['String']['input']>;
};

export type CreateCountryInput = {
    code: Scalars['String']['input'];
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    enabled: Scalars['Boolean']['input'];
    translations: Array<CountryTranslationInput>;
};

/** A new credit account for a company. */
export type CreateCreditAccountInput = {
    /** Default false. */
    allowExceedLimit?: InputMaybe<Scalars['Boolean']['input']>;
    /** The company (one account per company and channel). */
    companyId: Scalars['ID']['input'];
    /** Credit limit, in minor units. */
    creditLimit: Scalars['Money']['input'];
    /** Defaults to the channel's currency. */
    currencyCode?: InputMaybe<CurrencyCode>;
    /** Grace days after the due date; default 0. */
    graceDays?: InputMaybe<Scalars['Int']['input']>;
    /** Net days; default 30. */
    paymentTermsDays?: InputMaybe<Scalars['Int']['input']>;
    /** Require a purchase order number on every order paid on account; default false. */
    requirePurchaseOrderNumber?: InputMaybe<Scalars['Boolean']['input']>;
    /** Default false. */
    sharedWithSubsidiaries?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateCustomerCustomFieldsInput = {
    notificationLanguage?: InputMaybe<Scalars['String']['input']>;
};

export type CreateCustomerGroupInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    customerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    name: Scalars['String']['input'];
};

export type CreateCustomerInput = {
    customFields?: InputMaybe<CreateCustomerCustomFieldsInput>;
    emailAddress: Scalars['String']['input'];
    firstName: Scalars['String']['input'];
    lastName: Scalars['String']['input'];
    phoneNumber?: InputMaybe<Scalars['String']['input']>;
    title?: InputMaybe<Scalars['String']['input']>;
};

/** A new dealer agreement. */
export type CreateDealerAgreementInput = {
    /** The company. */
    companyId: Scalars['ID']['input'];
    /** Credit limit in minor units. */
    creditLimit?: InputMaybe<Scalars['Money']['input']>;
    /** Currency of the credit limit. */
    currencyCode?: InputMaybe<CurrencyCode>;
    /** End (after the start). */
    endsAt: Scalars['DateTime']['input'];
    /** Contract number, unique per company. */
    number: Scalars['String']['input'];
    /** Payment terms in days. */
    paymentTermsDays?: InputMaybe<Scalars['Int']['input']>;
    /** Price lists it grants. */
    priceListIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** Renewal status (default open). */
    renewalStatus?: InputMaybe<AgreementRenewalStatus>;
    /** Start. */
    startsAt: Scalars['DateTime']['input'];
    /** Terms text. */
    terms?: InputMaybe<Scalars['String']['input']>;
};

export type CreateFacetInput = {
    code: Scalars['String']['input'];
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    isPrivate: Scalars['Boolean']['input'];
    translations: Array<FacetTranslationInput>;
    values?: InputMaybe<Array<CreateFacetValueWithFacetInput>>;
};

export type CreateFacetValueInput = {
    code: Scalars['String']['input'];
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    facetId: Scalars['ID']['input'];
    translations: Array<FacetValueTranslationInput>;
};

export type CreateFacetValueWithFacetInput = {
    code: Scalars['String']['input'];
    translations: Array<FacetValueTranslationInput>;
};

/** A new (draft) receipt: against a purchase order, a transfer, or ad hoc into a warehouse. */
export type CreateGoodsReceiptInput = {
    /** The lines. */
    lines: Array<GoodsReceiptLineInput>;
    /** Free text. */
    note?: InputMaybe<Scalars['String']['input']>;
    /** Receive against this purchase order (sent or partially received). */
    purchaseOrderId?: InputMaybe<Scalars['ID']['input']>;
    /** Delivery note number or carrier reference. */
    reference?: InputMaybe<Scalars['String']['input']>;
    /** Receive this transfer (in transit). */
    stockTransferId?: InputMaybe<Scalars['ID']['input']>;
    /** For ad hoc receipts: the supplier, when known. */
    supplierId?: InputMaybe<Scalars['ID']['input']>;
    /** The warehouse (required for ad hoc receipts). */
    warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateGroupOptionInput = {
    code: Scalars['String']['input'];
    translations: Array<ProductOptionGroupTranslationInput>;
};

/** A new commission rule. */
export type CreateMarketplaceCommissionRuleInput = {
    /** A collection of the default channel. */
    collectionId: Scalars['ID']['input'];
    /** Basis points 0–10000 (1000 = 10%). */
    rateBps: Scalars['Int']['input'];
    /** The seller; null or omitted: every seller. */
    sellerId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new offer. */
export type CreateOfferInput = {
    /** Active when omitted. */
    active?: InputMaybe<Scalars['Boolean']['input']>;
    /** Condition; new when omitted. */
    condition?: InputMaybe<OfferCondition>;
    /** Currency; the default channel's currency when omitted. */
    currencyCode?: InputMaybe<CurrencyCode>;
    /** Days until shipping, 0 to 365; 0 when omitted. */
    leadTimeDays?: InputMaybe<Scalars['Int']['input']>;
    /** Manufacturer part number. */
    manufacturerPartNumber?: InputMaybe<Scalars['String']['input']>;
    /** Smallest quantity per order (>= 1); 1 when omitted. */
    minimumOrderQuantity?: InputMaybe<Scalars['Int']['input']>;
    /** Unit price in minor units (a whole number >= 0). */
    price: Scalars['Money']['input'];
    /** The catalogue variant. */
    productVariantId: Scalars['ID']['input'];
    /** Units held for sale (>= 0). */
    quantityAvailable: Scalars['Int']['input'];
    /** The seller: required for the operator; a seller administrator's own seller when omitted. */
    sellerId?: InputMaybe<Scalars['ID']['input']>;
    /** The seller's SKU. */
    sellerSku?: InputMaybe<Scalars['String']['input']>;
};

export type CreatePaymentMethodInput = {
    checker?: InputMaybe<ConfigurableOperationInput>;
    code: Scalars['String']['input'];
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    enabled: Scalars['Boolean']['input'];
    handler: ConfigurableOperationInput;
    translations: Array<PaymentMethodTranslationInput>;
};

/** A new price list. */
export type CreatePriceListInput = {
    /** Companies to assign. */
    companyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** Currency; must be available in the channel. */
    currencyCode: CurrencyCode;
    /** Customer groups to assign. */
    customerGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** Name. */
    name: Scalars['String']['input'];
    /** Priority (default 0); higher wins among equally specific lists. */
    priority?: InputMaybe<Scalars['Int']['input']>;
    /** Status (default enabled). */
    status?: InputMaybe<PriceListStatus>;
    /** Tier codes to assign. */
    tiers?: InputMaybe<Array<Scalars['String']['input']>>;
    /** Start of validity. */
    validFrom?: InputMaybe<Scalars['DateTime']['input']>;
    /** End of validity. */
    validTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type CreateProductInput = {
    assetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    enabled?: InputMaybe<Scalars['Boolean']['input']>;
    facetValueIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    featuredAssetId?: InputMaybe<Scalars['ID']['input']>;
    translations: Array<ProductTranslationInput>;
};

export type CreateProductOptionGroupInput = {
    code: Scalars['String']['input'];
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    options?: InputMaybe<Array<CreateGroupOptionInput>>;
    translations: Array<ProductOptionGroupTranslationInput>;
};

export type CreateProductOptionInput = {
    code: Scalars['String']['input'];
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    productOptionGroupId: Scalars['ID']['input'];
    translations: Array<ProductOptionGroupTranslationInput>;
};

export type CreateProductVariantCustomFieldsInput = {
    barcode?: InputMaybe<Scalars['String']['input']>;
    shippingHeight?: InputMaybe<Scalars['Int']['input']>;
    shippingLength?: InputMaybe<Scalars['Int']['input']>;
    shippingWeight?: InputMaybe<Scalars['Int']['input']>;
    shippingWidth?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateProductVariantInput = {
    assetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    customFields?: InputMaybe<CreateProductVariantCustomFieldsInput>;
    enabled?: InputMaybe<Scalars['Boolean']['input']>;
    facetValueIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    featuredAssetId?: InputMaybe<Scalars['ID']['input']>;
    optionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    outOfStockThreshold?: InputMaybe<Scalars['Int']['input']>;
    price?: InputMaybe<Scalars['Money']['input']>;
    prices?: InputMaybe<Array<InputMaybe<CreateProductVariantPriceInput>>>;
    productId: Scalars['ID']['input'];
    sku: Scalars['String']['input'];
    stockLevels?: InputMaybe<Array<StockLevelInput>>;
    stockOnHand?: InputMaybe<Scalars['Int']['input']>;
    taxCategoryId?: InputMaybe<Scalars['ID']['input']>;
    trackInventory?: InputMaybe<GlobalFlag>;
    translations: Array<ProductVariantTranslationInput>;
    useGlobalOutOfStockThreshold?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateProductVariantOptionInput = {
    code: Scalars['String']['input'];
    optionGroupId: Scalars['ID']['input'];
    translations: Array<ProductOptionTranslationInput>;
};

export type CreateProductVariantPriceInput = {
    currencyCode: CurrencyCode;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    price: Scalars['Money']['input'];
};

export type CreatePromotionInput = {
    actions: Array<ConfigurableOperationInput>;
    conditions: Array<ConfigurableOperationInput>;
    couponCode?: InputMaybe<Scalars['String']['input']>;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    enabled: Scalars['Boolean']['input'];
    endsAt?: InputMaybe<Scalars['DateTime']['input']>;
    perCustomerUsageLimit?: InputMaybe<Scalars['Int']['input']>;
    startsAt?: InputMaybe<Scalars['DateTime']['input']>;
    translations: Array<PromotionTranslationInput>;
    usageLimit?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateProvinceInput = {
    code: Scalars['String']['input'];
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    enabled: Scalars['Boolean']['input'];
    translations: Array<ProvinceTranslationInput>;
};

/** A new (draft) purchase order. */
export type CreatePurchaseOrderInput = {
    /** Default: the supplier's currency. */
    currencyCode?: InputMaybe<CurrencyCode>;
    /** Default: today + the supplier's lead time. */
    expectedDate?: InputMaybe<Scalars['DateTime']['input']>;
    /** The lines. */
    lines: Array<PurchaseOrderLineInput>;
    /** Free text. */
    note?: InputMaybe<Scalars['String']['input']>;
    /** The supplier. */
    supplierId: Scalars['ID']['input'];
    /** The warehouse receiving the goods. */
    warehouseId: Scalars['ID']['input'];
};

/** A new reorder point. */
export type CreateReorderPointInput = {
    /** Draft a purchase order when it fires (needs a preferred supplier). Default false. */
    autoDraftPurchaseOrder?: InputMaybe<Scalars['Boolean']['input']>;
    /** Minimum available quantity (>= 0). */
    minQuantity: Scalars['Int']['input'];
    /** Who to order from. */
    preferredSupplierId?: InputMaybe<Scalars['ID']['input']>;
    /** The variant. */
    productVariantId: Scalars['ID']['input'];
    /** Quantity to order (>= 1). */
    reorderQuantity: Scalars['Int']['input'];
    /** The warehouse. */
    warehouseId: Scalars['ID']['input'];
};

export type CreateRoleInput = {
    channelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    code: Scalars['String']['input'];
    description: Scalars['String']['input'];
    permissions: Array<Permission>;
};

export type CreateSellerInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    name: Scalars['String']['input'];
};

/** A manual correction of a seller's ledger. */
export type CreateSellerLedgerAdjustmentInput = {
    /** Signed amount in minor units (positive: owed to the seller). */
    amount: Scalars['Money']['input'];
    /** Currency; the store's default when omitted. */
    currencyCode?: InputMaybe<CurrencyCode>;
    /** Why (required). */
    description: Scalars['String']['input'];
    /** The seller. */
    sellerId: Scalars['ID']['input'];
};

export type CreateShippingMethodInput = {
    calculator: ConfigurableOperationInput;
    checker: ConfigurableOperationInput;
    code: Scalars['String']['input'];
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    fulfillmentHandler: Scalars['String']['input'];
    translations: Array<ShippingMethodTranslationInput>;
};

export type CreateStockLocationInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    description?: InputMaybe<Scalars['String']['input']>;
    name: Scalars['String']['input'];
};

/** A new (draft) transfer. */
export type CreateStockTransferInput = {
    /** Where it arrives. */
    destinationWarehouseId: Scalars['ID']['input'];
    /** The lines. */
    lines: Array<StockTransferLineInput>;
    /** Free text. */
    note?: InputMaybe<Scalars['String']['input']>;
    /** Where the stock leaves. */
    sourceWarehouseId: Scalars['ID']['input'];
};

/** A new supplier. */
export type CreateSupplierInput = {
    /** Default true. */
    active?: InputMaybe<Scalars['Boolean']['input']>;
    /** Postal address. */
    address?: InputMaybe<WarehouseAddressInput>;
    /** Default false. */
    allowOverReceipt?: InputMaybe<Scalars['Boolean']['input']>;
    /** Code, unique in the channel. */
    code: Scalars['String']['input'];
    /** Contact person. */
    contactName?: InputMaybe<Scalars['String']['input']>;
    /** Default: the channel's currency. */
    currencyCode?: InputMaybe<CurrencyCode>;
    /** Email address. */
    emailAddress?: InputMaybe<Scalars['String']['input']>;
    /** Default 7. */
    leadTimeDays?: InputMaybe<Scalars['Int']['input']>;
    /** A marketplace seller to link (refused when unknown or the marketplace plugin is not installed). */
    marketplaceSellerId?: InputMaybe<Scalars['ID']['input']>;
    /** Name. */
    name: Scalars['String']['input'];
    /** Free text. */
    note?: InputMaybe<Scalars['String']['input']>;
    /** Phone number. */
    phoneNumber?: InputMaybe<Scalars['String']['input']>;
};

export type CreateTagInput = {
    value: Scalars['String']['input'];
};

export type CreateTaxCategoryInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    isDefault?: InputMaybe<Scalars['Boolean']['input']>;
    name: Scalars['String']['input'];
};

export type CreateTaxRateInput = {
    categoryId: Scalars['ID']['input'];
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    customerGroupId?: InputMaybe<Scalars['ID']['input']>;
    enabled: Scalars['Boolean']['input'];
    name: Scalars['String']['input'];
    value: Scalars['Float']['input'];
    zoneId: Scalars['ID']['input'];
};

/** A new topic. */
export type CreateTopicInput = {
    /** Parent topic; omit for a root topic. */
    parentId?: InputMaybe<Scalars['ID']['input']>;
    /** Order among siblings; defaults to last. */
    position?: InputMaybe<Scalars['Int']['input']>;
    /** At least one translation. */
    translations: Array<TopicTranslationInput>;
};

/** A new warehouse: on an existing stock location of this channel, or on a new one created with the name. */
export type CreateWarehouseInput = {
    /** Default true. */
    active?: InputMaybe<Scalars['Boolean']['input']>;
    /** Postal address. */
    address?: InputMaybe<WarehouseAddressInput>;
    /** Channels of the stock location; omitted: the current channel. */
    channelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** Unique code (letters, digits, - _ .). */
    code: Scalars['String']['input'];
    /** Description of the stock location. */
    description?: InputMaybe<Scalars['String']['input']>;
    /** Name of the stock location (required when creating one). */
    name?: InputMaybe<Scalars['String']['input']>;
    /** Shown to buyers collecting here. */
    pickupInstructions?: InputMaybe<Scalars['String']['input']>;
    /** Default false. */
    pickupPoint?: InputMaybe<Scalars['Boolean']['input']>;
    /** Default 100; the lowest number ships first. */
    priority?: InputMaybe<Scalars['Int']['input']>;
    /** An existing stock location of this channel; omitted: a new stock location named 'name' is created. */
    stockLocationId?: InputMaybe<Scalars['ID']['input']>;
    /** Default branch. */
    type?: InputMaybe<WarehouseType>;
    /** Zones served; omitted or empty: every zone. */
    zoneIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A new webhook endpoint. */
export type CreateWebhookEndpointInput = {
    /** Enabled (default true). */
    enabled?: InputMaybe<Scalars['Boolean']['input']>;
    /** Name. */
    name: Scalars['String']['input'];
    /** Rules of the channel whose alerts are sent to it (added to each rule's webhookEndpoints). */
    ruleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** Shared secret, at least 16 characters. */
    secret: Scalars['String']['input'];
    /** Signing (default hmac). */
    signing?: InputMaybe<WebhookSigning>;
    /** URL (http or https). */
    url: Scalars['String']['input'];
};

export type CreateZoneInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    name: Scalars['String']['input'];
};

export type CreditAccountFilterParameter = {
    _and?: InputMaybe<Array<CreditAccountFilterParameter>>;
    _or?: InputMaybe<Array<CreditAccountFilterParameter>>;
    /** Orders above the limit go through; the excess is flagged on the charge. */
    allowExceedLimit?: InputMaybe<BooleanOperators>;
    /** Limit minus balance, in minor units (negative when over the limit). */
    availableCredit?: InputMaybe<NumberOperators>;
    /** Amount outstanding (sum of the ledger), in minor units. */
    balance?: InputMaybe<NumberOperators>;
    /** Id of the company that owns the account. */
    companyId?: InputMaybe<IdOperators>;
    /** When it was created. */
    createdAt?: InputMaybe<DateOperators>;
    /** Credit limit, in minor units. */
    creditLimit?: InputMaybe<NumberOperators>;
    /** Currency of every amount on the account. */
    currencyCode?: InputMaybe<StringOperators>;
    /** Days past the due date before the overdue check places a hold. */
    graceDays?: InputMaybe<NumberOperators>;
    /** Since when the account is on hold. */
    heldAt?: InputMaybe<DateOperators>;
    /** Why the account is on hold: manual or overdue. */
    holdReason?: InputMaybe<StringOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Open receivables past due + grace, less unapplied credit, in minor units. */
    overdueAmount?: InputMaybe<NumberOperators>;
    /** Net days: a settled charge is due this many days later. */
    paymentTermsDays?: InputMaybe<NumberOperators>;
    /** Every order paid on account must carry the buyer's purchase order number. */
    requirePurchaseOrderNumber?: InputMaybe<BooleanOperators>;
    /** Sub-companies without an account of their own buy against this one. */
    sharedWithSubsidiaries?: InputMaybe<BooleanOperators>;
    /** active or on_hold. */
    status?: InputMaybe<StringOperators>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<DateOperators>;
    /** Balance / limit (0 when the limit is 0). */
    utilisation?: InputMaybe<NumberOperators>;
};

export type CreditAccountListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<CreditAccountFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<CreditAccountSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type CreditAccountSortParameter = {
    /** Limit minus balance, in minor units (negative when over the limit). */
    availableCredit?: InputMaybe<SortOrder>;
    /** Amount outstanding (sum of the ledger), in minor units. */
    balance?: InputMaybe<SortOrder>;
    /** Id of the company that owns the account. */
    companyId?: InputMaybe<SortOrder>;
    /** When it was created. */
    createdAt?: InputMaybe<SortOrder>;
    /** Credit limit, in minor units. */
    creditLimit?: InputMaybe<SortOrder>;
    /** Days past the due date before the overdue check places a hold. */
    graceDays?: InputMaybe<SortOrder>;
    /** Since when the account is on hold. */
    heldAt?: InputMaybe<SortOrder>;
    /** Why the account is on hold: manual or overdue. */
    holdReason?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Open receivables past due + grace, less unapplied credit, in minor units. */
    overdueAmount?: InputMaybe<SortOrder>;
    /** Net days: a settled charge is due this many days later. */
    paymentTermsDays?: InputMaybe<SortOrder>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<SortOrder>;
    /** Balance / limit (0 when the limit is 0). */
    utilisation?: InputMaybe<SortOrder>;
};

/** Whether a credit account may be charged. */
export type CreditAccountStatus = 'active' | 'on_hold';

/** Apply this much to this debit entry. */
export type CreditAllocationInput = {
    /** Minor units, positive, at most the entry's open amount. */
    amount: Scalars['Money']['input'];
    /** A charge or positive adjustment of the account. */
    entryId: Scalars['ID']['input'];
};

export type CreditLedgerEntryFilterParameter = {
    _and?: InputMaybe<Array<CreditLedgerEntryFilterParameter>>;
    _or?: InputMaybe<Array<CreditLedgerEntryFilterParameter>>;
    /** The account. */
    accountId?: InputMaybe<IdOperators>;
    /** Signed, minor units: positive increases the amount outstanding. */
    amount?: InputMaybe<NumberOperators>;
    /** The account balance right after this entry. */
    balanceAfter?: InputMaybe<NumberOperators>;
    /** The company whose activity this is (the buying sub-company of a charge on a shared account). */
    companyId?: InputMaybe<IdOperators>;
    /** When it was posted. */
    createdAt?: InputMaybe<DateOperators>;
    /** For debits: when due (set when the payment is settled). */
    dueDate?: InputMaybe<DateOperators>;
    /** For charges above the limit (on accounts that allow it): the excess. */
    excessAmount?: InputMaybe<NumberOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Free text. */
    note?: InputMaybe<StringOperators>;
    /** For debits: still to pay. */
    openAmount?: InputMaybe<NumberOperators>;
    /** Code of that order. */
    orderCode?: InputMaybe<StringOperators>;
    /** For debits: past due date and still open. */
    overdue?: InputMaybe<BooleanOperators>;
    /** For charges and their releases: the buyer's purchase order number. */
    purchaseOrderNumber?: InputMaybe<StringOperators>;
    /** Purchase order number, bank reference, credit note number... */
    reference?: InputMaybe<StringOperators>;
    /** For charges: reversed by releases. */
    releasedAmount?: InputMaybe<NumberOperators>;
    /** The charge a release reverses. */
    reversesEntryId?: InputMaybe<IdOperators>;
    /** Position in the statement, from 1. */
    sequence?: InputMaybe<NumberOperators>;
    /** For debits: paid by payments, credit notes or credit adjustments. */
    settledAmount?: InputMaybe<NumberOperators>;
    /** What it records. */
    type?: InputMaybe<StringOperators>;
    /** For credits: not applied to any debit. */
    unallocatedAmount?: InputMaybe<NumberOperators>;
    /** When its receivable bookkeeping last changed. */
    updatedAt?: InputMaybe<DateOperators>;
};

export type CreditLedgerEntryListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<CreditLedgerEntryFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<CreditLedgerEntrySortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type CreditLedgerEntrySortParameter = {
    /** The account. */
    accountId?: InputMaybe<SortOrder>;
    /** Signed, minor units: positive increases the amount outstanding. */
    amount?: InputMaybe<SortOrder>;
    /** The account balance right after this entry. */
    balanceAfter?: InputMaybe<SortOrder>;
    /** The company whose activity this is (the buying sub-company of a charge on a shared account). */
    companyId?: InputMaybe<SortOrder>;
    /** When it was posted. */
    createdAt?: InputMaybe<SortOrder>;
    /** For debits: when due (set when the payment is settled). */
    dueDate?: InputMaybe<SortOrder>;
    /** For charges above the limit (on accounts that allow it): the excess. */
    excessAmount?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Free text. */
    note?: InputMaybe<SortOrder>;
    /** For debits: still to pay. */
    openAmount?: InputMaybe<SortOrder>;
    /** Code of that order. */
    orderCode?: InputMaybe<SortOrder>;
    /** For charges and their releases: the buyer's purchase order number. */
    purchaseOrderNumber?: InputMaybe<SortOrder>;
    /** Purchase order number, bank reference, credit note number... */
    reference?: InputMaybe<SortOrder>;
    /** For charges: reversed by releases. */
    releasedAmount?: InputMaybe<SortOrder>;
    /** The charge a release reverses. */
    reversesEntryId?: InputMaybe<SortOrder>;
    /** Position in the statement, from 1. */
    sequence?: InputMaybe<SortOrder>;
    /** For debits: paid by payments, credit notes or credit adjustments. */
    settledAmount?: InputMaybe<SortOrder>;
    /** For credits: not applied to any debit. */
    unallocatedAmount?: InputMaybe<SortOrder>;
    /** When its receivable bookkeeping last changed. */
    updatedAt?: InputMaybe<SortOrder>;
};

/**
 * What a credit ledger entry records: charge (an order on account), payment (received from the dealer),
 * credit_note, adjustment (manual correction) or release (reversal of a charge: order cancelled, payment
 * cancelled or refunded).
 */
export type CreditLedgerEntryType = 'adjustment' | 'charge' | 'credit_note' | 'payment' | 'release';

/**
 * @description
 * ISO 4217 currency code
 *
 * @docsCategory common
 */
export type CurrencyCode =
    /** United Arab Emirates dirham */
    | 'AED'
    /** Afghan afghani */
    | 'AFN'
    /** Albanian lek */
    | 'ALL'
    /** Armenian dram */
    | 'AMD'
    /** Netherlands Antillean guilder */
    | 'ANG'
    /** Angolan kwanza */
    | 'AOA'
    /** Argentine peso */
    | 'ARS'
    /** Australian dollar */
    | 'AUD'
    /** Aruban florin */
    | 'AWG'
    /** Azerbaijani manat */
    | 'AZN'
    /** Bosnia and Herzegovina convertible mark */
    | 'BAM'
    /** Barbados dollar */
    | 'BBD'
    /** Bangladeshi taka */
    | 'BDT'
    /** Bulgarian lev */
    | 'BGN'
    /** Bahraini dinar */
    | 'BHD'
    /** Burundian franc */
    | 'BIF'
    /** Bermudian dollar */
    | 'BMD'
    /** Brunei dollar */
    | 'BND'
    /** Boliviano */
    | 'BOB'
    /** Brazilian real */
    | 'BRL'
    /** Bahamian dollar */
    | 'BSD'
    /** Bhutanese ngultrum */
    | 'BTN'
    /** Botswana pula */
    | 'BWP'
    /** Belarusian ruble */
    | 'BYN'
    /** Belize dollar */
    | 'BZD'
    /** Canadian dollar */
    | 'CAD'
    /** Congolese franc */
    | 'CDF'
    /** Swiss franc */
    | 'CHF'
    /** Chilean peso */
    | 'CLP'
    /** Renminbi (Chinese) yuan */
    | 'CNY'
    /** Colombian peso */
    | 'COP'
    /** Costa Rican colon */
    | 'CRC'
    /** Cuban convertible peso */
    | 'CUC'
    /** Cuban peso */
    | 'CUP'
    /** Cape Verde escudo */
    | 'CVE'
    /** Czech koruna */
    | 'CZK'
    /** Djiboutian franc */
    | 'DJF'
    /** Danish krone */
    | 'DKK'
    /** Dominican peso */
    | 'DOP'
    /** Algerian dinar */
    | 'DZD'
    /** Egyptian pound */
    | 'EGP'
    /** Eritrean nakfa */
    | 'ERN'
    /** Ethiopian birr */
    | 'ETB'
    /** Euro */
    | 'EUR'
    /** Fiji dollar */
    | 'FJD'
    /** Falkland Islands pound */
    | 'FKP'
    /** Pound sterling */
    | 'GBP'
    /** Georgian lari */
    | 'GEL'
    /** Ghanaian cedi */
    | 'GHS'
    /** Gibraltar pound */
    | 'GIP'
    /** Gambian dalasi */
    | 'GMD'
    /** Guinean franc */
    | 'GNF'
    /** Guatemalan quetzal */
    | 'GTQ'
    /** Guyanese dollar */
    | 'GYD'
    /** Hong Kong dollar */
    | 'HKD'
    /** Honduran lempira */
    | 'HNL'
    /** Croatian kuna */
    | 'HRK'
    /** Haitian gourde */
    | 'HTG'
    /** Hungarian forint */
    | 'HUF'
    /** Indonesian rupiah */
    | 'IDR'
    /** Israeli new shekel */
    | 'ILS'
    /** Indian rupee */
    | 'INR'
    /** Iraqi dinar */
    | 'IQD'
    /** Iranian rial */
    | 'IRR'
    /** Icelandic króna */
    | 'ISK'
    /** Jamaican dollar */
    | 'JMD'
    /** Jordanian dinar */
    | 'JOD'
    /** Japanese yen */
    | 'JPY'
    /** Kenyan shilling */
    | 'KES'
    /** Kyrgyzstani som */
    | 'KGS'
    /** Cambodian riel */
    | 'KHR'
    /** Comoro franc */
    | 'KMF'
    /** North Korean won */
    | 'KPW'
    /** South Korean won */
    | 'KRW'
    /** Kuwaiti dinar */
    | 'KWD'
    /** Cayman Islands dollar */
    | 'KYD'
    /** Kazakhstani tenge */
    | 'KZT'
    /** Lao kip */
    | 'LAK'
    /** Lebanese pound */
    | 'LBP'
    /** Sri Lankan rupee */
    | 'LKR'
    /** Liberian dollar */
    | 'LRD'
    /** Lesotho loti */
    | 'LSL'
    /** Libyan dinar */
    | 'LYD'
    /** Moroccan dirham */
    | 'MAD'
    /** Moldovan leu */
    | 'MDL'
    /** Malagasy ariary */
    | 'MGA'
    /** Macedonian denar */
    | 'MKD'
    /** Myanmar kyat */
    | 'MMK'
    /** Mongolian tögrög */
    | 'MNT'
    /** Macanese pataca */
    | 'MOP'
    /** Mauritanian ouguiya */
    | 'MRU'
    /** Mauritian rupee */
    | 'MUR'
    /** Maldivian rufiyaa */
    | 'MVR'
    /** Malawian kwacha */
    | 'MWK'
    /** Mexican peso */
    | 'MXN'
    /** Malaysian ringgit */
    | 'MYR'
    /** Mozambican metical */
    | 'MZN'
    /** Namibian dollar */
    | 'NAD'
    /** Nigerian naira */
    | 'NGN'
    /** Nicaraguan córdoba */
    | 'NIO'
    /** Norwegian krone */
    | 'NOK'
    /** Nepalese rupee */
    | 'NPR'
    /** New Zealand dollar */
    | 'NZD'
    /** Omani rial */
    | 'OMR'
    /** Panamanian balboa */
    | 'PAB'
    /** Peruvian sol */
    | 'PEN'
    /** Papua New Guinean kina */
    | 'PGK'
    /** Philippine peso */
    | 'PHP'
    /** Pakistani rupee */
    | 'PKR'
    /** Polish złoty */
    | 'PLN'
    /** Paraguayan guaraní */
    | 'PYG'
    /** Qatari riyal */
    | 'QAR'
    /** Romanian leu */
    | 'RON'
    /** Serbian dinar */
    | 'RSD'
    /** Russian ruble */
    | 'RUB'
    /** Rwandan franc */
    | 'RWF'
    /** Saudi riyal */
    | 'SAR'
    /** Solomon Islands dollar */
    | 'SBD'
    /** Seychelles rupee */
    | 'SCR'
    /** Sudanese pound */
    | 'SDG'
    /** Swedish krona/kronor */
    | 'SEK'
    /** Singapore dollar */
    | 'SGD'
    /** Saint Helena pound */
    | 'SHP'
    /** Sierra Leonean leone */
    | 'SLL'
    /** Somali shilling */
    | 'SOS'
    /** Surinamese dollar */
    | 'SRD'
    /** South Sudanese pound */
    | 'SSP'
    /** São Tomé and Príncipe dobra */
    | 'STN'
    /** Salvadoran colón */
    | 'SVC'
    /** Syrian pound */
    | 'SYP'
    /** Swazi lilangeni */
    | 'SZL'
    /** Thai baht */
    | 'THB'
    /** Tajikistani somoni */
    | 'TJS'
    /** Turkmenistan manat */
    | 'TMT'
    /** Tunisian dinar */
    | 'TND'
    /** Tongan paʻanga */
    | 'TOP'
    /** Turkish lira */
    | 'TRY'
    /** Trinidad and Tobago dollar */
    | 'TTD'
    /** New Taiwan dollar */
    | 'TWD'
    /** Tanzanian shilling */
    | 'TZS'
    /** Ukrainian hryvnia */
    | 'UAH'
    /** Ugandan shilling */
    | 'UGX'
    /** United States dollar */
    | 'USD'
    /** Uruguayan peso */
    | 'UYU'
    /** Uzbekistan som */
    | 'UZS'
    /** Venezuelan bolívar soberano */
    | 'VES'
    /** Vietnamese đồng */
    | 'VND'
    /** Vanuatu vatu */
    | 'VUV'
    /** Samoan tala */
    | 'WST'
    /** CFA franc BEAC */
    | 'XAF'
    /** East Caribbean dollar */
    | 'XCD'
    /** CFA franc BCEAO */
    | 'XOF'
    /** CFP franc (franc Pacifique) */
    | 'XPF'
    /** Yemeni rial */
    | 'YER'
    /** South African rand */
    | 'ZAR'
    /** Zambian kwacha */
    | 'ZMW'
    /** Zimbabwean dollar */
    | 'ZWL';

export type CustomerFilterParameter = {
    _and?: InputMaybe<Array<CustomerFilterParameter>>;
    _or?: InputMaybe<Array<CustomerFilterParameter>>;
    createdAt?: InputMaybe<DateOperators>;
    emailAddress?: InputMaybe<StringOperators>;
    firstName?: InputMaybe<StringOperators>;
    id?: InputMaybe<IdOperators>;
    lastName?: InputMaybe<StringOperators>;
    notificationLanguage?: InputMaybe<StringOperators>;
    phoneNumber?: InputMaybe<StringOperators>;
    postalCode?: InputMaybe<StringOperators>;
    title?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type CustomerGroupFilterParameter = {
    _and?: InputMaybe<Array<CustomerGroupFilterParameter>>;
    _or?: InputMaybe<Array<CustomerGroupFilterParameter>>;
    createdAt?: InputMaybe<DateOperators>;
    id?: InputMaybe<IdOperators>;
    name?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type CustomerGroupListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<CustomerGroupFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<CustomerGroupSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type CustomerGroupSortParameter = {
    createdAt?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type CustomerListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<CustomerFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<CustomerSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type CustomerSortParameter = {
    createdAt?: InputMaybe<SortOrder>;
    emailAddress?: InputMaybe<SortOrder>;
    firstName?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    lastName?: InputMaybe<SortOrder>;
    notificationLanguage?: InputMaybe<SortOrder>;
    phoneNumber?: InputMaybe<SortOrder>;
    title?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type DashboardMetricSummaryInput = {
    endDate: Scalars['DateTime']['input'];
    refresh?: InputMaybe<Scalars['Boolean']['input']>;
    startDate: Scalars['DateTime']['input'];
    types: Array<DashboardMetricType>;
};

export type DashboardMetricType = 'AverageOrderValue' | 'OrderCount' | 'OrderTotal';

/** Operators for filtering on a list of Date fields */
export type DateListOperators = {
    inList: Scalars['DateTime']['input'];
};

/** Operators for filtering on a DateTime field */
export type DateOperators = {
    after?: InputMaybe<Scalars['DateTime']['input']>;
    before?: InputMaybe<Scalars['DateTime']['input']>;
    between?: InputMaybe<DateRange>;
    eq?: InputMaybe<Scalars['DateTime']['input']>;
    isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

export type DateRange = {
    end: Scalars['DateTime']['input'];
    start: Scalars['DateTime']['input'];
};

export type DeleteAssetInput = {
    assetId: Scalars['ID']['input'];
    deleteFromAllChannels?: InputMaybe<Scalars['Boolean']['input']>;
    force?: InputMaybe<Scalars['Boolean']['input']>;
};

export type DeleteAssetsInput = {
    assetIds: Array<Scalars['ID']['input']>;
    deleteFromAllChannels?: InputMaybe<Scalars['Boolean']['input']>;
    force?: InputMaybe<Scalars['Boolean']['input']>;
};

export type DeleteStockLocationInput = {
    id: Scalars['ID']['input'];
    transferToLocationId?: InputMaybe<Scalars['ID']['input']>;
};

export type DeletionResult =
    /** The entity was successfully deleted */
    | 'DELETED'
    /** Deletion did not take place, reason given in message */
    | 'NOT_DELETED';

export type DuplicateEntityInput = {
    duplicatorInput: ConfigurableOperationInput;
    entityId: Scalars['ID']['input'];
    entityName: Scalars['String']['input'];
};

export type ErrorCode =
    | 'ALREADY_REFUNDED_ERROR'
    | 'ARTICLE_STATE_TRANSITION_ERROR'
    | 'CANCEL_ACTIVE_ORDER_ERROR'
    | 'CANCEL_PAYMENT_ERROR'
    | 'CARRIER_CODE_IN_USE_ERROR'
    | 'CHANNEL_DEFAULT_LANGUAGE_ERROR'
    | 'COMPANY_HIERARCHY_CYCLE_ERROR'
    | 'COMPANY_ROLE_NOT_PERMITTED_ERROR'
    | 'COUPON_CODE_EXPIRED_ERROR'
    | 'COUPON_CODE_INVALID_ERROR'
    | 'COUPON_CODE_LIMIT_ERROR'
    | 'CREATE_FULFILLMENT_ERROR'
    | 'CREDIT_CURRENCY_MISMATCH_ERROR'
    | 'CREDIT_HOLD_ERROR'
    | 'CREDIT_LIMIT_EXCEEDED_ERROR'
    | 'CUSTOMER_ALREADY_IN_COMPANY_ERROR'
    | 'DOCUMENT_STATE_ERROR'
    | 'DUPLICATE_CODE_ERROR'
    | 'DUPLICATE_COMMISSION_RULE_ERROR'
    | 'DUPLICATE_COMPANY_CODE_ERROR'
    | 'DUPLICATE_ENTITY_ERROR'
    | 'DUPLICATE_OFFER_ERROR'
    | 'EMAIL_ADDRESS_CONFLICT_ERROR'
    | 'EMPTY_DOCUMENT_ERROR'
    | 'EMPTY_ORDER_LINE_SELECTION_ERROR'
    | 'FACET_IN_USE_ERROR'
    | 'FULFILLMENT_STATE_TRANSITION_ERROR'
    | 'GUEST_CHECKOUT_ERROR'
    | 'INELIGIBLE_SHIPPING_METHOD_ERROR'
    | 'INSUFFICIENT_STOCK_ERROR'
    | 'INSUFFICIENT_STOCK_ON_HAND_ERROR'
    | 'INSUFFICIENT_WAREHOUSE_STOCK_ERROR'
    | 'INVALID_CREDENTIALS_ERROR'
    | 'INVALID_FULFILLMENT_HANDLER_ERROR'
    | 'ITEMS_ALREADY_FULFILLED_ERROR'
    | 'LANGUAGE_NOT_AVAILABLE_ERROR'
    | 'MALFORMED_OFFER_CSV_ERROR'
    | 'MALFORMED_PRICE_LIST_CSV_ERROR'
    | 'MALFORMED_SHIPPING_RATE_TABLE_CSV_ERROR'
    | 'MANUAL_PAYMENT_STATE_ERROR'
    | 'MIME_TYPE_ERROR'
    | 'MISSING_CONDITIONS_ERROR'
    | 'MULTIPLE_ORDER_ERROR'
    | 'NATIVE_AUTH_STRATEGY_ERROR'
    | 'NEGATIVE_QUANTITY_ERROR'
    | 'NOTHING_TO_REFUND_ERROR'
    | 'NO_ACTIVE_ORDER_ERROR'
    | 'NO_CHANGES_SPECIFIED_ERROR'
    | 'NO_CREDIT_ACCOUNT_ERROR'
    | 'ORDER_INTERCEPTOR_ERROR'
    | 'ORDER_LIMIT_ERROR'
    | 'ORDER_MODIFICATION_ERROR'
    | 'ORDER_MODIFICATION_STATE_ERROR'
    | 'ORDER_STATE_TRANSITION_ERROR'
    | 'OVER_RECEIPT_ERROR'
    | 'PAYMENT_METHOD_MISSING_ERROR'
    | 'PAYMENT_ORDER_MISMATCH_ERROR'
    | 'PAYMENT_STATE_TRANSITION_ERROR'
    | 'PAYOUT_BATCH_STATE_ERROR'
    | 'PRODUCT_OPTION_GROUP_IN_USE_ERROR'
    | 'PRODUCT_OPTION_IN_USE_ERROR'
    | 'PURCHASE_ORDER_NUMBER_REQUIRED_ERROR'
    | 'PURCHASE_ORDER_NUMBER_TOO_LONG_ERROR'
    | 'QUANTITY_TOO_GREAT_ERROR'
    | 'QUOTE_DEADLINE_PASSED_ERROR'
    | 'QUOTE_NOT_REVISABLE_ERROR'
    | 'QUOTE_REQUEST_STATE_ERROR'
    | 'REFUND_AMOUNT_ERROR'
    | 'REFUND_ORDER_STATE_ERROR'
    | 'REFUND_PAYMENT_ID_MISSING_ERROR'
    | 'REFUND_STATE_TRANSITION_ERROR'
    | 'SELLER_REFUND_EXCEEDS_SALE_ERROR'
    | 'SELLER_STATUS_TRANSITION_ERROR'
    | 'SETTLE_PAYMENT_ERROR'
    | 'TOPIC_HIERARCHY_CYCLE_ERROR'
    | 'UNKNOWN_BARCODE_ERROR'
    | 'UNKNOWN_ERROR';

export type FacetFilterParameter = {
    _and?: InputMaybe<Array<FacetFilterParameter>>;
    _or?: InputMaybe<Array<FacetFilterParameter>>;
    code?: InputMaybe<StringOperators>;
    createdAt?: InputMaybe<DateOperators>;
    id?: InputMaybe<IdOperators>;
    isPrivate?: InputMaybe<BooleanOperators>;
    languageCode?: InputMaybe<StringOperators>;
    name?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type FacetListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<FacetFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<FacetSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type FacetSortParameter = {
    code?: InputMaybe<SortOrder>;
    createdAt?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type FacetTranslationInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    id?: InputMaybe<Scalars['ID']['input']>;
    languageCode: LanguageCode;
    name?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Used to construct boolean expressions for filtering search results
 * by FacetValue ID. Examples:
 *
 * * ID=1 OR ID=2: `{ facetValueFilters: [{ or: [1,2] }] }`
 * * ID=1 AND ID=2: `{ facetValueFilters: [{ and: 1 }, { and: 2 }] }`
 * * ID=1 AND (ID=2 OR ID=3): `{ facetValueFilters: [{ and: 1 }, { or: [2,3] }] }`
 */
export type FacetValueFilterInput = {
    and?: InputMaybe<Scalars['ID']['input']>;
    or?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type FacetValueFilterParameter = {
    _and?: InputMaybe<Array<FacetValueFilterParameter>>;
    _or?: InputMaybe<Array<FacetValueFilterParameter>>;
    code?: InputMaybe<StringOperators>;
    createdAt?: InputMaybe<DateOperators>;
    facetId?: InputMaybe<IdOperators>;
    id?: InputMaybe<IdOperators>;
    languageCode?: InputMaybe<StringOperators>;
    name?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type FacetValueListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<FacetValueFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<FacetValueSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type FacetValueSortParameter = {
    code?: InputMaybe<SortOrder>;
    createdAt?: InputMaybe<SortOrder>;
    facetId?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type FacetValueTranslationInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    id?: InputMaybe<Scalars['ID']['input']>;
    languageCode: LanguageCode;
    name?: InputMaybe<Scalars['String']['input']>;
};

export type FulfillOrderInput = {
    handler: ConfigurableOperationInput;
    lines: Array<OrderLineInput>;
};

export type GlobalFlag = 'FALSE' | 'INHERIT' | 'TRUE';

export type GoodsReceiptFilterParameter = {
    _and?: InputMaybe<Array<GoodsReceiptFilterParameter>>;
    _or?: InputMaybe<Array<GoodsReceiptFilterParameter>>;
    /** GR-000042. */
    code?: InputMaybe<StringOperators>;
    /** When created. */
    createdAt?: InputMaybe<DateOperators>;
    /** Some units were rejected, or a transfer arrived short or over. */
    hasDiscrepancy?: InputMaybe<BooleanOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Free text. */
    note?: InputMaybe<StringOperators>;
    /** When posted. */
    postedAt?: InputMaybe<DateOperators>;
    /** Id of the purchase order. */
    purchaseOrderId?: InputMaybe<IdOperators>;
    /** Delivery note number or carrier reference. */
    reference?: InputMaybe<StringOperators>;
    /** purchase_order, stock_transfer or ad_hoc. */
    source?: InputMaybe<StringOperators>;
    /** draft, posted or cancelled. */
    state?: InputMaybe<StringOperators>;
    /** Id of the transfer. */
    stockTransferId?: InputMaybe<IdOperators>;
    /** When last updated. */
    updatedAt?: InputMaybe<DateOperators>;
    /** Id of the warehouse. */
    warehouseId?: InputMaybe<IdOperators>;
};

/** A line of a goods receipt. */
export type GoodsReceiptLineInput = {
    /** Free text. */
    note?: InputMaybe<Scalars['String']['input']>;
    /** The variant (once per receipt; on the purchase order or transfer, if any). */
    productVariantId: Scalars['ID']['input'];
    /** Units that arrived (>= 0). */
    quantityReceived: Scalars['Int']['input'];
    /** Of those, units refused (default 0). */
    quantityRejected?: InputMaybe<Scalars['Int']['input']>;
};

export type GoodsReceiptListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<GoodsReceiptFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<GoodsReceiptSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type GoodsReceiptSortParameter = {
    /** GR-000042. */
    code?: InputMaybe<SortOrder>;
    /** When created. */
    createdAt?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Free text. */
    note?: InputMaybe<SortOrder>;
    /** When posted. */
    postedAt?: InputMaybe<SortOrder>;
    /** Id of the purchase order. */
    purchaseOrderId?: InputMaybe<SortOrder>;
    /** Delivery note number or carrier reference. */
    reference?: InputMaybe<SortOrder>;
    /** Id of the transfer. */
    stockTransferId?: InputMaybe<SortOrder>;
    /** When last updated. */
    updatedAt?: InputMaybe<SortOrder>;
    /** Id of the warehouse. */
    warehouseId?: InputMaybe<SortOrder>;
};

/** What a receipt receives against. */
export type GoodsReceiptSource = 'ad_hoc' | 'purchase_order' | 'stock_transfer';

/** draft → posted (stock raised) or cancelled. */
export type GoodsReceiptState = 'cancelled' | 'draft' | 'posted';

export type HistoryEntryFilterParameter = {
    _and?: InputMaybe<Array<HistoryEntryFilterParameter>>;
    _or?: InputMaybe<Array<HistoryEntryFilterParameter>>;
    createdAt?: InputMaybe<DateOperators>;
    id?: InputMaybe<IdOperators>;
    isPublic?: InputMaybe<BooleanOperators>;
    type?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type HistoryEntryListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<HistoryEntryFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<HistoryEntrySortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type HistoryEntrySortParameter = {
    createdAt?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type HistoryEntryType =
    | 'CUSTOMER_ADDED_TO_GROUP'
    | 'CUSTOMER_ADDRESS_CREATED'
    | 'CUSTOMER_ADDRESS_DELETED'
    | 'CUSTOMER_ADDRESS_UPDATED'
    | 'CUSTOMER_DETAIL_UPDATED'
    | 'CUSTOMER_EMAIL_UPDATE_REQUESTED'
    | 'CUSTOMER_EMAIL_UPDATE_VERIFIED'
    | 'CUSTOMER_NOTE'
    | 'CUSTOMER_PASSWORD_RESET_REQUESTED'
    | 'CUSTOMER_PASSWORD_RESET_VERIFIED'
    | 'CUSTOMER_PASSWORD_UPDATED'
    | 'CUSTOMER_REGISTERED'
    | 'CUSTOMER_REMOVED_FROM_GROUP'
    | 'CUSTOMER_VERIFIED'
    | 'ORDER_CANCELLATION'
    | 'ORDER_COUPON_APPLIED'
    | 'ORDER_COUPON_REMOVED'
    | 'ORDER_CURRENCY_UPDATED'
    | 'ORDER_CUSTOMER_UPDATED'
    | 'ORDER_FULFILLMENT'
    | 'ORDER_FULFILLMENT_TRANSITION'
    | 'ORDER_MODIFIED'
    | 'ORDER_NOTE'
    | 'ORDER_PAYMENT_TRANSITION'
    | 'ORDER_REFUND_TRANSITION'
    | 'ORDER_STATE_TRANSITION';

/** Operators for filtering on a list of ID fields */
export type IdListOperators = {
    inList: Scalars['ID']['input'];
};

/** Operators for filtering on an ID field */
export type IdOperators = {
    eq?: InputMaybe<Scalars['String']['input']>;
    in?: InputMaybe<Array<Scalars['String']['input']>>;
    isNull?: InputMaybe<Scalars['Boolean']['input']>;
    notEq?: InputMaybe<Scalars['String']['input']>;
    notIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type JobFilterParameter = {
    _and?: InputMaybe<Array<JobFilterParameter>>;
    _or?: InputMaybe<Array<JobFilterParameter>>;
    attempts?: InputMaybe<NumberOperators>;
    createdAt?: InputMaybe<DateOperators>;
    duration?: InputMaybe<NumberOperators>;
    id?: InputMaybe<IdOperators>;
    isSettled?: InputMaybe<BooleanOperators>;
    progress?: InputMaybe<NumberOperators>;
    queueName?: InputMaybe<StringOperators>;
    retries?: InputMaybe<NumberOperators>;
    settledAt?: InputMaybe<DateOperators>;
    startedAt?: InputMaybe<DateOperators>;
    state?: InputMaybe<StringOperators>;
};

export type JobListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<JobFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<JobSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type JobSortParameter = {
    attempts?: InputMaybe<SortOrder>;
    createdAt?: InputMaybe<SortOrder>;
    duration?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    progress?: InputMaybe<SortOrder>;
    queueName?: InputMaybe<SortOrder>;
    retries?: InputMaybe<SortOrder>;
    settledAt?: InputMaybe<SortOrder>;
    startedAt?: InputMaybe<SortOrder>;
};

/**
 * @description
 * The state of a Job in the JobQueue
 *
 * @docsCategory common
 */
export type JobState = 'CANCELLED' | 'COMPLETED' | 'FAILED' | 'PENDING' | 'RETRYING' | 'RUNNING';

/**
 * @description
 * Languages in the form of a ISO 639-1 language code with optional
 * region or script modifier (e.g. de_AT). The selection available is based
 * on the [Unicode CLDR summary list](https://unicode-org.github.io/cldr-staging/charts/37/summary/root.html)
 * and includes the major spoken languages of the world and any widely-used variants.
 *
 * @docsCategory common
 */
export type LanguageCode =
    /** Afrikaans */
    | 'af'
    /** Akan */
    | 'ak'
    /** Amharic */
    | 'am'
    /** Arabic */
    | 'ar'
    /** Assamese */
    | 'as'
    /** Azerbaijani */
    | 'az'
    /** Belarusian */
    | 'be'
    /** Bulgarian */
    | 'bg'
    /** Bambara */
    | 'bm'
    /** Bangla */
    | 'bn'
    /** Tibetan */
    | 'bo'
    /** Breton */
    | 'br'
    /** Bosnian */
    | 'bs'
    /** Catalan */
    | 'ca'
    /** Chechen */
    | 'ce'
    /** Corsican */
    | 'co'
    /** Czech */
    | 'cs'
    /** Church Slavic */
    | 'cu'
    /** Welsh */
    | 'cy'
    /** Danish */
    | 'da'
    /** German */
    | 'de'
    /** Austrian German */
    | 'de_AT'
    /** Swiss High German */
    | 'de_CH'
    /** Dzongkha */
    | 'dz'
    /** Ewe */
    | 'ee'
    /** Greek */
    | 'el'
    /** English */
    | 'en'
    /** Australian English */
    | 'en_AU'
    /** Canadian English */
    | 'en_CA'
    /** British English */
    | 'en_GB'
    /** American English */
    | 'en_US'
    /** Esperanto */
    | 'eo'
    /** Spanish */
    | 'es'
    /** European Spanish */
    | 'es_ES'
    /** Mexican Spanish */
    | 'es_MX'
    /** Estonian */
    | 'et'
    /** Basque */
    | 'eu'
    /** Persian */
    | 'fa'
    /** Dari */
    | 'fa_AF'
    /** Fulah */
    | 'ff'
    /** Finnish */
    | 'fi'
    /** Faroese */
    | 'fo'
    /** French */
    | 'fr'
    /** Canadian French */
    | 'fr_CA'
    /** Swiss French */
    | 'fr_CH'
    /** Western Frisian */
    | 'fy'
    /** Irish */
    | 'ga'
    /** Scottish Gaelic */
    | 'gd'
    /** Galician */
    | 'gl'
    /** Gujarati */
    | 'gu'
    /** Manx */
    | 'gv'
    /** Hausa */
    | 'ha'
    /** Hebrew */
    | 'he'
    /** Hindi */
    | 'hi'
    /** Croatian */
    | 'hr'
    /** Haitian Creole */
    | 'ht'
    /** Hungarian */
    | 'hu'
    /** Armenian */
    | 'hy'
    /** Interlingua */
    | 'ia'
    /** Indonesian */
    | 'id'
    /** Igbo */
    | 'ig'
    /** Sichuan Yi */
    | 'ii'
    /** Icelandic */
    | 'is'
    /** Italian */
    | 'it'
    /** Japanese */
    | 'ja'
    /** Javanese */
    | 'jv'
    /** Georgian */
    | 'ka'
    /** Kikuyu */
    | 'ki'
    /** Kazakh */
    | 'kk'
    /** Kalaallisut */
    | 'kl'
    /** Khmer */
    | 'km'
    /** Kannada */
    | 'kn'
    /** Korean */
    | 'ko'
    /** Kashmiri */
    | 'ks'
    /** Kurdish */
    | 'ku'
    /** Cornish */
    | 'kw'
    /** Kyrgyz */
    | 'ky'
    /** Latin */
    | 'la'
    /** Luxembourgish */
    | 'lb'
    /** Ganda */
    | 'lg'
    /** Lingala */
    | 'ln'
    /** Lao */
    | 'lo'
    /** Lithuanian */
    | 'lt'
    /** Luba-Katanga */
    | 'lu'
    /** Latvian */
    | 'lv'
    /** Malagasy */
    | 'mg'
    /** Maori */
    | 'mi'
    /** Macedonian */
    | 'mk'
    /** Malayalam */
    | 'ml'
    /** Mongolian */
    | 'mn'
    /** Marathi */
    | 'mr'
    /** Malay */
    | 'ms'
    /** Maltese */
    | 'mt'
    /** Burmese */
    | 'my'
    /** Norwegian Bokmål */
    | 'nb'
    /** North Ndebele */
    | 'nd'
    /** Nepali */
    | 'ne'
    /** Dutch */
    | 'nl'
    /** Flemish */
    | 'nl_BE'
    /** Norwegian Nynorsk */
    | 'nn'
    /** Nyanja */
    | 'ny'
    /** Oromo */
    | 'om'
    /** Odia */
    | 'or'
    /** Ossetic */
    | 'os'
    /** Punjabi */
    | 'pa'
    /** Polish */
    | 'pl'
    /** Pashto */
    | 'ps'
    /** Portuguese */
    | 'pt'
    /** Brazilian Portuguese */
    | 'pt_BR'
    /** European Portuguese */
    | 'pt_PT'
    /** Quechua */
    | 'qu'
    /** Romansh */
    | 'rm'
    /** Rundi */
    | 'rn'
    /** Romanian */
    | 'ro'
    /** Moldavian */
    | 'ro_MD'
    /** Russian */
    | 'ru'
    /** Kinyarwanda */
    | 'rw'
    /** Sanskrit */
    | 'sa'
    /** Sindhi */
    | 'sd'
    /** Northern Sami */
    | 'se'
    /** Sango */
    | 'sg'
    /** Sinhala */
    | 'si'
    /** Slovak */
    | 'sk'
    /** Slovenian */
    | 'sl'
    /** Samoan */
    | 'sm'
    /** Shona */
    | 'sn'
    /** Somali */
    | 'so'
    /** Albanian */
    | 'sq'
    /** Serbian */
    | 'sr'
    /** Southern Sotho */
    | 'st'
    /** Sundanese */
    | 'su'
    /** Swedish */
    | 'sv'
    /** Swahili */
    | 'sw'
    /** Congo Swahili */
    | 'sw_CD'
    /** Tamil */
    | 'ta'
    /** Telugu */
    | 'te'
    /** Tajik */
    | 'tg'
    /** Thai */
    | 'th'
    /** Tigrinya */
    | 'ti'
    /** Turkmen */
    | 'tk'
    /** Tongan */
    | 'to'
    /** Turkish */
    | 'tr'
    /** Tatar */
    | 'tt'
    /** Uyghur */
    | 'ug'
    /** Ukrainian */
    | 'uk'
    /** Urdu */
    | 'ur'
    /** Uzbek */
    | 'uz'
    /** Vietnamese */
    | 'vi'
    /** Volapük */
    | 'vo'
    /** Wolof */
    | 'wo'
    /** Xhosa */
    | 'xh'
    /** Yiddish */
    | 'yi'
    /** Yoruba */
    | 'yo'
    /** Chinese */
    | 'zh'
    /** Simplified Chinese */
    | 'zh_Hans'
    /** Traditional Chinese */
    | 'zh_Hant'
    /** Zulu */
    | 'zu';

export type LogicalOperator = 'AND' | 'OR';

export type ManualPaymentInput = {
    metadata?: InputMaybe<Scalars['JSON']['input']>;
    method: Scalars['String']['input'];
    orderId: Scalars['ID']['input'];
    transactionId?: InputMaybe<Scalars['String']['input']>;
};

export type MarketplaceCommissionRuleFilterParameter = {
    _and?: InputMaybe<Array<MarketplaceCommissionRuleFilterParameter>>;
    _or?: InputMaybe<Array<MarketplaceCommissionRuleFilterParameter>>;
    /** Id of the collection. */
    collectionId?: InputMaybe<IdOperators>;
    /** When it was created. */
    createdAt?: InputMaybe<DateOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Commission in basis points of a line's price without tax (1000 = 10%). */
    rateBps?: InputMaybe<NumberOperators>;
    /** Id of the seller; null: every seller. */
    sellerId?: InputMaybe<IdOperators>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<DateOperators>;
};

export type MarketplaceCommissionRuleListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<MarketplaceCommissionRuleFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<MarketplaceCommissionRuleSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type MarketplaceCommissionRuleSortParameter = {
    /** Id of the collection. */
    collectionId?: InputMaybe<SortOrder>;
    /** When it was created. */
    createdAt?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Commission in basis points of a line's price without tax (1000 = 10%). */
    rateBps?: InputMaybe<SortOrder>;
    /** Id of the seller; null: every seller. */
    sellerId?: InputMaybe<SortOrder>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<SortOrder>;
};

export type MarketplaceSellerFilterParameter = {
    _and?: InputMaybe<Array<MarketplaceSellerFilterParameter>>;
    _or?: InputMaybe<Array<MarketplaceSellerFilterParameter>>;
    /** Id of the seller channel. */
    channelId?: InputMaybe<IdOperators>;
    /** Code: the seller channel's code is seller-<code>. */
    code?: InputMaybe<StringOperators>;
    /** Own commission rate in basis points (1000 = 10%); null: the marketplace's default. */
    commissionRateBps?: InputMaybe<NumberOperators>;
    /** Contact email address. */
    contactEmail?: InputMaybe<StringOperators>;
    /** Public profile: ISO 3166-1 alpha-2 code of the country the seller ships from. */
    countryCode?: InputMaybe<StringOperators>;
    /** When the application was made. */
    createdAt?: InputMaybe<DateOperators>;
    /** What the seller sells. */
    description?: InputMaybe<StringOperators>;
    /** The commission rate orders are settled at now (own or default), in basis points. */
    effectiveCommissionRateBps?: InputMaybe<NumberOperators>;
    /** The holding period orders are settled at now (own or default), in days. */
    effectivePayoutHoldingDays?: InputMaybe<NumberOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Public profile: where the seller ships from. */
    location?: InputMaybe<StringOperators>;
    /** Company name. */
    name?: InputMaybe<StringOperators>;
    /** Own holding period in days; null: the marketplace's default. */
    payoutHoldingDays?: InputMaybe<NumberOperators>;
    /** Id of the Vendure seller. */
    sellerId?: InputMaybe<IdOperators>;
    /** Marketplace status. */
    status?: InputMaybe<StringOperators>;
    /** When the status last changed. */
    statusChangedAt?: InputMaybe<DateOperators>;
    /** Why the seller was rejected or suspended. */
    statusReason?: InputMaybe<StringOperators>;
    /** Tax or VAT registration id. */
    taxId?: InputMaybe<StringOperators>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<DateOperators>;
};

export type MarketplaceSellerListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<MarketplaceSellerFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<MarketplaceSellerSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type MarketplaceSellerSortParameter = {
    /** Id of the seller channel. */
    channelId?: InputMaybe<SortOrder>;
    /** Code: the seller channel's code is seller-<code>. */
    code?: InputMaybe<SortOrder>;
    /** Own commission rate in basis points (1000 = 10%); null: the marketplace's default. */
    commissionRateBps?: InputMaybe<SortOrder>;
    /** Contact email address. */
    contactEmail?: InputMaybe<SortOrder>;
    /** Public profile: ISO 3166-1 alpha-2 code of the country the seller ships from. */
    countryCode?: InputMaybe<SortOrder>;
    /** When the application was made. */
    createdAt?: InputMaybe<SortOrder>;
    /** What the seller sells. */
    description?: InputMaybe<SortOrder>;
    /** The commission rate orders are settled at now (own or default), in basis points. */
    effectiveCommissionRateBps?: InputMaybe<SortOrder>;
    /** The holding period orders are settled at now (own or default), in days. */
    effectivePayoutHoldingDays?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Public profile: where the seller ships from. */
    location?: InputMaybe<SortOrder>;
    /** Company name. */
    name?: InputMaybe<SortOrder>;
    /** Own holding period in days; null: the marketplace's default. */
    payoutHoldingDays?: InputMaybe<SortOrder>;
    /** Id of the Vendure seller. */
    sellerId?: InputMaybe<SortOrder>;
    /** When the status last changed. */
    statusChangedAt?: InputMaybe<SortOrder>;
    /** Why the seller was rejected or suspended. */
    statusReason?: InputMaybe<SortOrder>;
    /** Tax or VAT registration id. */
    taxId?: InputMaybe<SortOrder>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<SortOrder>;
};

/** Where a seller stands with the marketplace: only approved sellers sell and log in. */
export type MarketplaceSellerStatus = 'approved' | 'pending' | 'rejected' | 'suspended';

export type ModifyOrderInput = {
    addItems?: InputMaybe<Array<AddItemInput>>;
    adjustOrderLines?: InputMaybe<Array<OrderLineInput>>;
    couponCodes?: InputMaybe<Array<Scalars['String']['input']>>;
    dryRun: Scalars['Boolean']['input'];
    note?: InputMaybe<Scalars['String']['input']>;
    options?: InputMaybe<ModifyOrderOptions>;
    orderId: Scalars['ID']['input'];
    /**
     * Deprecated in v2.2.0. Use `refunds` instead to allow multiple refunds to be
     * applied in the case that multiple payment methods have been used on the order.
     */
    refund?: InputMaybe<AdministratorRefundInput>;
    refunds?: InputMaybe<Array<AdministratorRefundInput>>;
    /** Added in v2.2 */
    shippingMethodIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    surcharges?: InputMaybe<Array<SurchargeInput>>;
    updateBillingAddress?: InputMaybe<UpdateOrderAddressInput>;
    updateShippingAddress?: InputMaybe<UpdateOrderAddressInput>;
};

export type ModifyOrderOptions = {
    freezePromotions?: InputMaybe<Scalars['Boolean']['input']>;
    recalculateShipping?: InputMaybe<Scalars['Boolean']['input']>;
};

export type MoveCollectionInput = {
    collectionId: Scalars['ID']['input'];
    index: Scalars['Int']['input'];
    parentId: Scalars['ID']['input'];
};

/** Where to place a topic in the tree. */
export type MoveTopicInput = {
    /** The topic. */
    id: Scalars['ID']['input'];
    /** New parent; null or omitted for the root. */
    parentId?: InputMaybe<Scalars['ID']['input']>;
    /** Order among its new siblings; defaults to last. */
    position?: InputMaybe<Scalars['Int']['input']>;
};

export type NativeAuthInput = {
    password: Scalars['String']['input'];
    username: Scalars['String']['input'];
};

/** Operators for filtering on a list of Number fields */
export type NumberListOperators = {
    inList: Scalars['Float']['input'];
};

/** Operators for filtering on a Int or Float field */
export type NumberOperators = {
    between?: InputMaybe<NumberRange>;
    eq?: InputMaybe<Scalars['Float']['input']>;
    gt?: InputMaybe<Scalars['Float']['input']>;
    gte?: InputMaybe<Scalars['Float']['input']>;
    isNull?: InputMaybe<Scalars['Boolean']['input']>;
    lt?: InputMaybe<Scalars['Float']['input']>;
    lte?: InputMaybe<Scalars['Float']['input']>;
};

export type NumberRange = {
    end: Scalars['Float']['input'];
    start: Scalars['Float']['input'];
};

/** The state of the goods an offer sells. */
export type OfferCondition = 'new' | 'refurbished' | 'used';

export type OfferFilterParameter = {
    _and?: InputMaybe<Array<OfferFilterParameter>>;
    _or?: InputMaybe<Array<OfferFilterParameter>>;
    /** Only active offers are sold. */
    active?: InputMaybe<BooleanOperators>;
    /** Condition of the goods. */
    condition?: InputMaybe<StringOperators>;
    /** When it was created. */
    createdAt?: InputMaybe<DateOperators>;
    /** Currency of the price. */
    currencyCode?: InputMaybe<StringOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Days until the seller ships. */
    leadTimeDays?: InputMaybe<NumberOperators>;
    /** Manufacturer part number. */
    manufacturerPartNumber?: InputMaybe<StringOperators>;
    /** Smallest quantity per order. */
    minimumOrderQuantity?: InputMaybe<NumberOperators>;
    /** Unit price in minor units. */
    price?: InputMaybe<NumberOperators>;
    /** Id of the variant. */
    productVariantId?: InputMaybe<IdOperators>;
    /** Units the seller holds for sale. */
    quantityAvailable?: InputMaybe<NumberOperators>;
    /** Id of the seller. */
    sellerId?: InputMaybe<IdOperators>;
    /** The seller's own SKU. */
    sellerSku?: InputMaybe<StringOperators>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<DateOperators>;
};

export type OfferListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<OfferFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<OfferSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type OfferSortParameter = {
    /** When it was created. */
    createdAt?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Days until the seller ships. */
    leadTimeDays?: InputMaybe<SortOrder>;
    /** Manufacturer part number. */
    manufacturerPartNumber?: InputMaybe<SortOrder>;
    /** Smallest quantity per order. */
    minimumOrderQuantity?: InputMaybe<SortOrder>;
    /** Unit price in minor units. */
    price?: InputMaybe<SortOrder>;
    /** Id of the variant. */
    productVariantId?: InputMaybe<SortOrder>;
    /** Units the seller holds for sale. */
    quantityAvailable?: InputMaybe<SortOrder>;
    /** Id of the seller. */
    sellerId?: InputMaybe<SortOrder>;
    /** The seller's own SKU. */
    sellerSku?: InputMaybe<SortOrder>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<SortOrder>;
};

/** Opens a count. */
export type OpenStockCountInput = {
    /** Free text. */
    note?: InputMaybe<Scalars['String']['input']>;
    /** Only these variants; omitted: every variant with stock at the warehouse. */
    productVariantIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** The warehouse. */
    warehouseId: Scalars['ID']['input'];
};

export type OrderFilterParameter = {
    _and?: InputMaybe<Array<OrderFilterParameter>>;
    _or?: InputMaybe<Array<OrderFilterParameter>>;
    /** An order is active as long as the payment process has not been completed */
    active?: InputMaybe<BooleanOperators>;
    aggregateOrderId?: InputMaybe<IdOperators>;
    /** A unique code for the Order */
    code?: InputMaybe<StringOperators>;
    createdAt?: InputMaybe<DateOperators>;
    currencyCode?: InputMaybe<StringOperators>;
    customerLastName?: InputMaybe<StringOperators>;
    id?: InputMaybe<IdOperators>;
    /**
     * The date & time that the Order was placed, i.e. the Customer
     * completed the checkout and the Order is no longer "active"
     */
    orderPlacedAt?: InputMaybe<DateOperators>;
    shipping?: InputMaybe<NumberOperators>;
    shippingWithTax?: InputMaybe<NumberOperators>;
    state?: InputMaybe<StringOperators>;
    /**
     * The subTotal is the total of all OrderLines in the Order. This figure also includes any Order-level
     * discounts which have been prorated (proportionally distributed) amongst the items of each OrderLine.
     * To get a total of all OrderLines which does not account for prorated discounts, use the
     * sum of `OrderLine.discountedLinePrice` values.
     */
    subTotal?: InputMaybe<NumberOperators>;
    /** Same as subTotal, but inclusive of tax */
    subTotalWithTax?: InputMaybe<NumberOperators>;
    /** Equal to subTotal plus shipping */
    total?: InputMaybe<NumberOperators>;
    totalQuantity?: InputMaybe<NumberOperators>;
    /** The final payable amount. Equal to subTotalWithTax plus shippingWithTax */
    totalWithTax?: InputMaybe<NumberOperators>;
    transactionId?: InputMaybe<StringOperators>;
    type?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type OrderLineCustomFieldsInput = {
    offerId?: InputMaybe<Scalars['String']['input']>;
    quoteLineId?: InputMaybe<Scalars['String']['input']>;
};

export type OrderLineInput = {
    customFields?: InputMaybe<OrderLineCustomFieldsInput>;
    orderLineId: Scalars['ID']['input'];
    quantity: Scalars['Int']['input'];
};

export type OrderListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<OrderFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<OrderSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type OrderSortParameter = {
    aggregateOrderId?: InputMaybe<SortOrder>;
    /** A unique code for the Order */
    code?: InputMaybe<SortOrder>;
    createdAt?: InputMaybe<SortOrder>;
    customerLastName?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    /**
     * The date & time that the Order was placed, i.e. the Customer
     * completed the checkout and the Order is no longer "active"
     */
    orderPlacedAt?: InputMaybe<SortOrder>;
    shipping?: InputMaybe<SortOrder>;
    shippingWithTax?: InputMaybe<SortOrder>;
    state?: InputMaybe<SortOrder>;
    /**
     * The subTotal is the total of all OrderLines in the Order. This figure also includes any Order-level
     * discounts which have been prorated (proportionally distributed) amongst the items of each OrderLine.
     * To get a total of all OrderLines which does not account for prorated discounts, use the
     * sum of `OrderLine.discountedLinePrice` values.
     */
    subTotal?: InputMaybe<SortOrder>;
    /** Same as subTotal, but inclusive of tax */
    subTotalWithTax?: InputMaybe<SortOrder>;
    /** Equal to subTotal plus shipping */
    total?: InputMaybe<SortOrder>;
    totalQuantity?: InputMaybe<SortOrder>;
    /** The final payable amount. Equal to subTotalWithTax plus shippingWithTax */
    totalWithTax?: InputMaybe<SortOrder>;
    transactionId?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type OrderType = 'Aggregate' | 'Regular' | 'Seller';

export type PaymentMethodFilterParameter = {
    _and?: InputMaybe<Array<PaymentMethodFilterParameter>>;
    _or?: InputMaybe<Array<PaymentMethodFilterParameter>>;
    code?: InputMaybe<StringOperators>;
    createdAt?: InputMaybe<DateOperators>;
    description?: InputMaybe<StringOperators>;
    enabled?: InputMaybe<BooleanOperators>;
    id?: InputMaybe<IdOperators>;
    name?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type PaymentMethodListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<PaymentMethodFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<PaymentMethodSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type PaymentMethodSortParameter = {
    code?: InputMaybe<SortOrder>;
    createdAt?: InputMaybe<SortOrder>;
    description?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type PaymentMethodTranslationInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    description?: InputMaybe<Scalars['String']['input']>;
    id?: InputMaybe<Scalars['ID']['input']>;
    languageCode: LanguageCode;
    name?: InputMaybe<Scalars['String']['input']>;
};

/**
 * @description
 * Permissions for administrators and customers. Used to control access to
 * GraphQL resolvers via the {@link Allow} decorator.
 *
 * ## Understanding Permission.Owner
 *
 * `Permission.Owner` is a special permission which is used in some Vendure resolvers to indicate that that resolver should only
 * be accessible to the "owner" of that resource.
 *
 * For example, the Shop API `activeCustomer` query resolver should only return the Customer object for the "owner" of that Customer, i.e.
 * based on the activeUserId of the current session. As a result, the resolver code looks like this:
 *
 * @example
 * ```TypeScript
 * \@Query()
 * \@Allow(Permission.Owner)
 * async activeCustomer(\@Ctx() ctx: RequestContext): Promise<Customer | undefined> {
 *   const userId = ctx.activeUserId;
 *   if (userId) {
 *     return this.customerService.findOneByUserId(ctx, userId);
 *   }
 * }
 * ```
 *
 * Here we can see that the "ownership" must be enforced by custom logic inside the resolver. Since "ownership" cannot be defined generally
 * nor statically encoded at build-time, any resolvers using `Permission.Owner` **must** include logic to enforce that only the owner
 * of the resource has access. If not, then it is the equivalent of using `Permission.Public`.
 *
 *
 * @docsCategory common
 */
export type Permission =
    /** Authenticated means simply that the user is logged in */
    | 'Authenticated'
    /** Grants permission to create Administrator */
    | 'CreateAdministrator'
    /** Grants permission to create AlertRule */
    | 'CreateAlertRule'
    /** Grants permission to create ApiKey */
    | 'CreateApiKey'
    /** Grants permission to create Article */
    | 'CreateArticle'
    /** Grants permission to create Asset */
    | 'CreateAsset'
    /** Grants permission to create Carrier */
    | 'CreateCarrier'
    /** Grants permission to create Products, Facets, Assets, Collections */
    | 'CreateCatalog'
    /** Grants permission to create Channel */
    | 'CreateChannel'
    /** Grants permission to create Collection */
    | 'CreateCollection'
    /** Grants permission to create Company */
    | 'CreateCompany'
    /** Grants permission to create Country */
    | 'CreateCountry'
    /** Grants permission to create Credit */
    | 'CreateCredit'
    /** Grants permission to create Customer */
    | 'CreateCustomer'
    /** Grants permission to create CustomerGroup */
    | 'CreateCustomerGroup'
    /** Grants permission to create Facet */
    | 'CreateFacet'
    /** Grants permission to create GoodsReceipt */
    | 'CreateGoodsReceipt'
    /** Grants permission to create MarketplaceSeller */
    | 'CreateMarketplaceSeller'
    /** Grants permission to create Offer */
    | 'CreateOffer'
    /** Grants permission to create Order */
    | 'CreateOrder'
    /** Grants permission to create PaymentMethod */
    | 'CreatePaymentMethod'
    /** Grants permission to create PriceList */
    | 'CreatePriceList'
    /** Grants permission to create Product */
    | 'CreateProduct'
    /** Grants permission to create Promotion */
    | 'CreatePromotion'
    /** Grants permission to create PurchaseOrder */
    | 'CreatePurchaseOrder'
    /** Grants permission to create QuoteRequest */
    | 'CreateQuoteRequest'
    /** Grants permission to create ReorderPoint */
    | 'CreateReorderPoint'
    /** Grants permission to create Seller */
    | 'CreateSeller'
    /** Grants permission to create SellerPayout */
    | 'CreateSellerPayout'
    /** Grants permission to create PaymentMethods, ShippingMethods, TaxCategories, TaxRates, Zones, Countries, System & GlobalSettings */
    | 'CreateSettings'
    /** Grants permission to create Shipment */
    | 'CreateShipment'
    /** Grants permission to create ShippingMethod */
    | 'CreateShippingMethod'
    /** Grants permission to create StockCount */
    | 'CreateStockCount'
    /** Grants permission to create StockLocation */
    | 'CreateStockLocation'
    /** Grants permission to create StockTransfer */
    | 'CreateStockTransfer'
    /** Grants permission to create Supplier */
    | 'CreateSupplier'
    /** Grants permission to create System */
    | 'CreateSystem'
    /** Grants permission to create Tag */
    | 'CreateTag'
    /** Grants permission to create TaxCategory */
    | 'CreateTaxCategory'
    /** Grants permission to create TaxRate */
    | 'CreateTaxRate'
    /** Grants permission to create Topic */
    | 'CreateTopic'
    /** Grants permission to create Warehouse */
    | 'CreateWarehouse'
    /** Grants permission to create Zone */
    | 'CreateZone'
    /** Grants permission to delete Administrator */
    | 'DeleteAdministrator'
    /** Grants permission to delete AlertRule */
    | 'DeleteAlertRule'
    /** Grants permission to delete ApiKey */
    | 'DeleteApiKey'
    /** Grants permission to delete Article */
    | 'DeleteArticle'
    /** Grants permission to delete Asset */
    | 'DeleteAsset'
    /** Grants permission to delete Carrier */
    | 'DeleteCarrier'
    /** Grants permission to delete Products, Facets, Assets, Collections */
    | 'DeleteCatalog'
    /** Grants permission to delete Channel */
    | 'DeleteChannel'
    /** Grants permission to delete Collection */
    | 'DeleteCollection'
    /** Grants permission to delete Company */
    | 'DeleteCompany'
    /** Grants permission to delete Country */
    | 'DeleteCountry'
    /** Grants permission to delete Credit */
    | 'DeleteCredit'
    /** Grants permission to delete Customer */
    | 'DeleteCustomer'
    /** Grants permission to delete CustomerGroup */
    | 'DeleteCustomerGroup'
    /** Grants permission to delete Facet */
    | 'DeleteFacet'
    /** Grants permission to delete GoodsReceipt */
    | 'DeleteGoodsReceipt'
    /** Grants permission to delete MarketplaceSeller */
    | 'DeleteMarketplaceSeller'
    /** Grants permission to delete Offer */
    | 'DeleteOffer'
    /** Grants permission to delete Order */
    | 'DeleteOrder'
    /** Grants permission to delete PaymentMethod */
    | 'DeletePaymentMethod'
    /** Grants permission to delete PriceList */
    | 'DeletePriceList'
    /** Grants permission to delete Product */
    | 'DeleteProduct'
    /** Grants permission to delete Promotion */
    | 'DeletePromotion'
    /** Grants permission to delete PurchaseOrder */
    | 'DeletePurchaseOrder'
    /** Grants permission to delete QuoteRequest */
    | 'DeleteQuoteRequest'
    /** Grants permission to delete ReorderPoint */
    | 'DeleteReorderPoint'
    /** Grants permission to delete Seller */
    | 'DeleteSeller'
    /** Grants permission to delete SellerPayout */
    | 'DeleteSellerPayout'
    /** Grants permission to delete PaymentMethods, ShippingMethods, TaxCategories, TaxRates, Zones, Countries, System & GlobalSettings */
    | 'DeleteSettings'
    /** Grants permission to delete Shipment */
    | 'DeleteShipment'
    /** Grants permission to delete ShippingMethod */
    | 'DeleteShippingMethod'
    /** Grants permission to delete StockCount */
    | 'DeleteStockCount'
    /** Grants permission to delete StockLocation */
    | 'DeleteStockLocation'
    /** Grants permission to delete StockTransfer */
    | 'DeleteStockTransfer'
    /** Grants permission to delete Supplier */
    | 'DeleteSupplier'
    /** Grants permission to delete System */
    | 'DeleteSystem'
    /** Grants permission to delete Tag */
    | 'DeleteTag'
    /** Grants permission to delete TaxCategory */
    | 'DeleteTaxCategory'
    /** Grants permission to delete TaxRate */
    | 'DeleteTaxRate'
    /** Grants permission to delete Topic */
    | 'DeleteTopic'
    /** Grants permission to delete Warehouse */
    | 'DeleteWarehouse'
    /** Grants permission to delete Zone */
    | 'DeleteZone'
    /** Owner means the user owns this entity, e.g. a Customer's own Order */
    | 'Owner'
    /** Public means any unauthenticated user may perform the operation */
    | 'Public'
    /** Allows publishing, scheduling, unpublishing and archiving articles */
    | 'PublishArticle'
    /** Grants permission to read Administrator */
    | 'ReadAdministrator'
    /** Allows reading the channel's alerts */
    | 'ReadAlert'
    /** Grants permission to read AlertRule */
    | 'ReadAlertRule'
    /** Grants permission to read ApiKey */
    | 'ReadApiKey'
    /** Grants permission to read Article */
    | 'ReadArticle'
    /** Grants permission to read Asset */
    | 'ReadAsset'
    /** Grants permission to read Carrier */
    | 'ReadCarrier'
    /** Grants permission to read Products, Facets, Assets, Collections */
    | 'ReadCatalog'
    /** Grants permission to read Channel */
    | 'ReadChannel'
    /** Grants permission to read Collection */
    | 'ReadCollection'
    /** Grants permission to read Company */
    | 'ReadCompany'
    /** Grants permission to read Country */
    | 'ReadCountry'
    /** Grants permission to read Credit */
    | 'ReadCredit'
    /** Grants permission to read Customer */
    | 'ReadCustomer'
    /** Grants permission to read CustomerGroup */
    | 'ReadCustomerGroup'
    /** Grants permission to read DashboardGlobalViews */
    | 'ReadDashboardGlobalViews'
    /** Grants permission to read Facet */
    | 'ReadFacet'
    /** Grants permission to read GoodsReceipt */
    | 'ReadGoodsReceipt'
    /** Grants permission to read MarketplaceSeller */
    | 'ReadMarketplaceSeller'
    /** Grants permission to read Offer */
    | 'ReadOffer'
    /** Grants permission to read Order */
    | 'ReadOrder'
    /** Grants permission to read PaymentMethod */
    | 'ReadPaymentMethod'
    /** Grants permission to read PriceList */
    | 'ReadPriceList'
    /** Grants permission to read Product */
    | 'ReadProduct'
    /** Grants permission to read Promotion */
    | 'ReadPromotion'
    /** Grants permission to read PurchaseOrder */
    | 'ReadPurchaseOrder'
    /** Grants permission to read QuoteRequest */
    | 'ReadQuoteRequest'
    /** Grants permission to read ReorderPoint */
    | 'ReadReorderPoint'
    /** Grants permission to read Seller */
    | 'ReadSeller'
    /** Grants permission to read SellerPayout */
    | 'ReadSellerPayout'
    /** Grants permission to read PaymentMethods, ShippingMethods, TaxCategories, TaxRates, Zones, Countries, System & GlobalSettings */
    | 'ReadSettings'
    /** Grants permission to read Shipment */
    | 'ReadShipment'
    /** Grants permission to read ShippingMethod */
    | 'ReadShippingMethod'
    /** Grants permission to read StockCount */
    | 'ReadStockCount'
    /** Grants permission to read StockLocation */
    | 'ReadStockLocation'
    /** Grants permission to read StockTransfer */
    | 'ReadStockTransfer'
    /** Grants permission to read Supplier */
    | 'ReadSupplier'
    /** Grants permission to read System */
    | 'ReadSystem'
    /** Grants permission to read Tag */
    | 'ReadTag'
    /** Grants permission to read TaxCategory */
    | 'ReadTaxCategory'
    /** Grants permission to read TaxRate */
    | 'ReadTaxRate'
    /** Grants permission to read Topic */
    | 'ReadTopic'
    /** Grants permission to read Warehouse */
    | 'ReadWarehouse'
    /** Grants permission to read Zone */
    | 'ReadZone'
    /** Allows recording payments and issuing credit notes on dealer credit accounts */
    | 'RecordCreditPayment'
    /** Allows approving articles in review or requesting changes */
    | 'ReviewArticle'
    /** Allows running the dealer agreement expiry check on demand */
    | 'RunAgreementExpiryCheck'
    /** Allows running the alert scan on demand (it also runs on the worker on a schedule) */
    | 'RunAlertScan'
    /** Allows running the overdue purchase order check on demand */
    | 'RunPurchaseOrderOverdueCheck'
    /** SuperAdmin has unrestricted access to all operations */
    | 'SuperAdmin'
    /** Grants permission to update Administrator */
    | 'UpdateAdministrator'
    /** Allows acknowledging, resolving, snoozing, assigning and commenting alerts */
    | 'UpdateAlert'
    /** Grants permission to update AlertRule */
    | 'UpdateAlertRule'
    /** Grants permission to update ApiKey */
    | 'UpdateApiKey'
    /** Grants permission to update Article */
    | 'UpdateArticle'
    /** Grants permission to update Asset */
    | 'UpdateAsset'
    /** Grants permission to update Carrier */
    | 'UpdateCarrier'
    /** Grants permission to update Products, Facets, Assets, Collections */
    | 'UpdateCatalog'
    /** Grants permission to update Channel */
    | 'UpdateChannel'
    /** Grants permission to update Collection */
    | 'UpdateCollection'
    /** Grants permission to update Company */
    | 'UpdateCompany'
    /** Grants permission to update Country */
    | 'UpdateCountry'
    /** Grants permission to update Credit */
    | 'UpdateCredit'
    /** Grants permission to update Customer */
    | 'UpdateCustomer'
    /** Grants permission to update CustomerGroup */
    | 'UpdateCustomerGroup'
    /** Grants permission to update Facet */
    | 'UpdateFacet'
    /** Grants permission to update GlobalSettings */
    | 'UpdateGlobalSettings'
    /** Grants permission to update GoodsReceipt */
    | 'UpdateGoodsReceipt'
    /** Grants permission to update MarketplaceSeller */
    | 'UpdateMarketplaceSeller'
    /** Grants permission to update Offer */
    | 'UpdateOffer'
    /** Grants permission to update Order */
    | 'UpdateOrder'
    /** Grants permission to update PaymentMethod */
    | 'UpdatePaymentMethod'
    /** Grants permission to update PriceList */
    | 'UpdatePriceList'
    /** Grants permission to update Product */
    | 'UpdateProduct'
    /** Grants permission to update Promotion */
    | 'UpdatePromotion'
    /** Grants permission to update PurchaseOrder */
    | 'UpdatePurchaseOrder'
    /** Grants permission to update QuoteRequest */
    | 'UpdateQuoteRequest'
    /** Grants permission to update ReorderPoint */
    | 'UpdateReorderPoint'
    /** Grants permission to update Seller */
    | 'UpdateSeller'
    /** Grants permission to update SellerPayout */
    | 'UpdateSellerPayout'
    /** Grants permission to update PaymentMethods, ShippingMethods, TaxCategories, TaxRates, Zones, Countries, System & GlobalSettings */
    | 'UpdateSettings'
    /** Grants permission to update Shipment */
    | 'UpdateShipment'
    /** Grants permission to update ShippingMethod */
    | 'UpdateShippingMethod'
    /** Grants permission to update StockCount */
    | 'UpdateStockCount'
    /** Grants permission to update StockLocation */
    | 'UpdateStockLocation'
    /** Grants permission to update StockTransfer */
    | 'UpdateStockTransfer'
    /** Grants permission to update Supplier */
    | 'UpdateSupplier'
    /** Grants permission to update System */
    | 'UpdateSystem'
    /** Grants permission to update Tag */
    | 'UpdateTag'
    /** Grants permission to update TaxCategory */
    | 'UpdateTaxCategory'
    /** Grants permission to update TaxRate */
    | 'UpdateTaxRate'
    /** Grants permission to update Topic */
    | 'UpdateTopic'
    /** Grants permission to update Warehouse */
    | 'UpdateWarehouse'
    /** Grants permission to update Zone */
    | 'UpdateZone'
    /** Grants permission to write DashboardGlobalViews */
    | 'WriteDashboardGlobalViews';

export type PreviewCollectionVariantsInput = {
    filters: Array<ConfigurableOperationInput>;
    inheritFilters: Scalars['Boolean']['input'];
    parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type PriceListEntryFilterParameter = {
    _and?: InputMaybe<Array<PriceListEntryFilterParameter>>;
    _or?: InputMaybe<Array<PriceListEntryFilterParameter>>;
    /** When it was created. */
    createdAt?: InputMaybe<DateOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** The break applies from this quantity on. */
    minQuantity?: InputMaybe<NumberOperators>;
    /** Percent off the channel price (e.g. 12.5). */
    percentOff?: InputMaybe<NumberOperators>;
    /** Fixed unit price in minor units, net or gross like the channel's prices (Channel.pricesIncludeTax). */
    price?: InputMaybe<NumberOperators>;
    /** The price list. */
    priceListId?: InputMaybe<IdOperators>;
    /** Id of the variant. */
    productVariantId?: InputMaybe<IdOperators>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<DateOperators>;
};

/** A quantity break to add or update (keyed by variant and minQuantity). Exactly one of price and percentOff. */
export type PriceListEntryInput = {
    /** From this quantity on (default 1). */
    minQuantity?: InputMaybe<Scalars['Int']['input']>;
    /** Percent off the channel price, at most 2 decimals. */
    percentOff?: InputMaybe<Scalars['Float']['input']>;
    /** Fixed unit price in minor units. */
    price?: InputMaybe<Scalars['Money']['input']>;
    /** The variant. */
    productVariantId: Scalars['ID']['input'];
};

export type PriceListEntryListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<PriceListEntryFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<PriceListEntrySortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type PriceListEntrySortParameter = {
    /** When it was created. */
    createdAt?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** The break applies from this quantity on. */
    minQuantity?: InputMaybe<SortOrder>;
    /** Percent off the channel price (e.g. 12.5). */
    percentOff?: InputMaybe<SortOrder>;
    /** Fixed unit price in minor units, net or gross like the channel's prices (Channel.pricesIncludeTax). */
    price?: InputMaybe<SortOrder>;
    /** The price list. */
    priceListId?: InputMaybe<SortOrder>;
    /** Id of the variant. */
    productVariantId?: InputMaybe<SortOrder>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<SortOrder>;
};

export type PriceListFilterParameter = {
    _and?: InputMaybe<Array<PriceListFilterParameter>>;
    _or?: InputMaybe<Array<PriceListFilterParameter>>;
    /** When it was created. */
    createdAt?: InputMaybe<DateOperators>;
    /** Currency of its prices; it applies only to orders in this currency. */
    currencyCode?: InputMaybe<StringOperators>;
    /** Number of entries (quantity breaks). */
    entryCount?: InputMaybe<NumberOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Name. */
    name?: InputMaybe<StringOperators>;
    /** Among lists equally specific for a buyer, the highest priority wins. */
    priority?: InputMaybe<NumberOperators>;
    /** Enabled or disabled. */
    status?: InputMaybe<StringOperators>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<DateOperators>;
    /** Start of validity (inclusive); null = no start. */
    validFrom?: InputMaybe<DateOperators>;
    /** End of validity (exclusive); null = no end. */
    validTo?: InputMaybe<DateOperators>;
};

/** How an import treats entries already in the list. */
export type PriceListImportMode =
    /** Add new breaks and update existing ones (same SKU and minQuantity); keep the others. */
    | 'MERGE'
    /** Replace all of the list's entries with the file's good rows; a file without any good row changes nothing. */
    | 'REPLACE';

export type PriceListListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<PriceListFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<PriceListSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type PriceListSortParameter = {
    /** When it was created. */
    createdAt?: InputMaybe<SortOrder>;
    /** Number of entries (quantity breaks). */
    entryCount?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Name. */
    name?: InputMaybe<SortOrder>;
    /** Among lists equally specific for a buyer, the highest priority wins. */
    priority?: InputMaybe<SortOrder>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<SortOrder>;
    /** Start of validity (inclusive); null = no start. */
    validFrom?: InputMaybe<SortOrder>;
    /** End of validity (exclusive); null = no end. */
    validTo?: InputMaybe<SortOrder>;
};

/** Whether a price list takes part in price resolution. */
export type PriceListStatus = 'disabled' | 'enabled';

/** Targets to assign to or remove from a price list. */
export type PriceListTargetsInput = {
    /** Companies. */
    companyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** Customer groups. */
    customerGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** The price list. */
    priceListId: Scalars['ID']['input'];
    /** Tier codes. */
    tiers?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ProductFilterParameter = {
    _and?: InputMaybe<Array<ProductFilterParameter>>;
    _or?: InputMaybe<Array<ProductFilterParameter>>;
    createdAt?: InputMaybe<DateOperators>;
    description?: InputMaybe<StringOperators>;
    enabled?: InputMaybe<BooleanOperators>;
    facetValueId?: InputMaybe<IdOperators>;
    id?: InputMaybe<IdOperators>;
    languageCode?: InputMaybe<StringOperators>;
    name?: InputMaybe<StringOperators>;
    optionGroupId?: InputMaybe<IdOperators>;
    sku?: InputMaybe<StringOperators>;
    slug?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type ProductListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<ProductFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<ProductSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type ProductOptionFilterParameter = {
    _and?: InputMaybe<Array<ProductOptionFilterParameter>>;
    _or?: InputMaybe<Array<ProductOptionFilterParameter>>;
    code?: InputMaybe<StringOperators>;
    createdAt?: InputMaybe<DateOperators>;
    groupId?: InputMaybe<IdOperators>;
    id?: InputMaybe<IdOperators>;
    languageCode?: InputMaybe<StringOperators>;
    name?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type ProductOptionGroupFilterParameter = {
    _and?: InputMaybe<Array<ProductOptionGroupFilterParameter>>;
    _or?: InputMaybe<Array<ProductOptionGroupFilterParameter>>;
    code?: InputMaybe<StringOperators>;
    createdAt?: InputMaybe<DateOperators>;
    id?: InputMaybe<IdOperators>;
    languageCode?: InputMaybe<StringOperators>;
    name?: InputMaybe<StringOperators>;
    /** The number of products that use this option group */
    productCount?: InputMaybe<NumberOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type ProductOptionGroupListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<ProductOptionGroupFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<ProductOptionGroupSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type ProductOptionGroupSortParameter = {
    code?: InputMaybe<SortOrder>;
    createdAt?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    /** The number of products that use this option group */
    productCount?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type ProductOptionGroupTranslationInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    id?: InputMaybe<Scalars['ID']['input']>;
    languageCode: LanguageCode;
    name?: InputMaybe<Scalars['String']['input']>;
};

export type ProductOptionListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<ProductOptionFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<ProductOptionSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type ProductOptionSortParameter = {
    code?: InputMaybe<SortOrder>;
    createdAt?: InputMaybe<SortOrder>;
    groupId?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type ProductOptionTranslationInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    id?: InputMaybe<Scalars['ID']['input']>;
    languageCode: LanguageCode;
    name?: InputMaybe<Scalars['String']['input']>;
};

export type ProductSortParameter = {
    createdAt?: InputMaybe<SortOrder>;
    description?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    slug?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type ProductTranslationInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    description?: InputMaybe<Scalars['String']['input']>;
    id?: InputMaybe<Scalars['ID']['input']>;
    languageCode: LanguageCode;
    name?: InputMaybe<Scalars['String']['input']>;
    slug?: InputMaybe<Scalars['String']['input']>;
};

export type ProductVariantFilterParameter = {
    _and?: InputMaybe<Array<ProductVariantFilterParameter>>;
    _or?: InputMaybe<Array<ProductVariantFilterParameter>>;
    barcode?: InputMaybe<StringOperators>;
    createdAt?: InputMaybe<DateOperators>;
    currencyCode?: InputMaybe<StringOperators>;
    enabled?: InputMaybe<BooleanOperators>;
    facetValueId?: InputMaybe<IdOperators>;
    id?: InputMaybe<IdOperators>;
    languageCode?: InputMaybe<StringOperators>;
    name?: InputMaybe<StringOperators>;
    outOfStockThreshold?: InputMaybe<NumberOperators>;
    price?: InputMaybe<NumberOperators>;
    priceWithTax?: InputMaybe<NumberOperators>;
    productId?: InputMaybe<IdOperators>;
    shippingHeight?: InputMaybe<NumberOperators>;
    shippingLength?: InputMaybe<NumberOperators>;
    shippingWeight?: InputMaybe<NumberOperators>;
    shippingWidth?: InputMaybe<NumberOperators>;
    sku?: InputMaybe<StringOperators>;
    stockAllocated?: InputMaybe<NumberOperators>;
    stockLevel?: InputMaybe<StringOperators>;
    stockOnHand?: InputMaybe<NumberOperators>;
    trackInventory?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
    useGlobalOutOfStockThreshold?: InputMaybe<BooleanOperators>;
};

export type ProductVariantListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<ProductVariantFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<ProductVariantSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type ProductVariantSortParameter = {
    barcode?: InputMaybe<SortOrder>;
    createdAt?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    outOfStockThreshold?: InputMaybe<SortOrder>;
    price?: InputMaybe<SortOrder>;
    priceWithTax?: InputMaybe<SortOrder>;
    productId?: InputMaybe<SortOrder>;
    shippingHeight?: InputMaybe<SortOrder>;
    shippingLength?: InputMaybe<SortOrder>;
    shippingWeight?: InputMaybe<SortOrder>;
    shippingWidth?: InputMaybe<SortOrder>;
    sku?: InputMaybe<SortOrder>;
    stockAllocated?: InputMaybe<SortOrder>;
    stockLevel?: InputMaybe<SortOrder>;
    stockOnHand?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type ProductVariantTranslationInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    id?: InputMaybe<Scalars['ID']['input']>;
    languageCode: LanguageCode;
    name?: InputMaybe<Scalars['String']['input']>;
};

export type PromotionFilterParameter = {
    _and?: InputMaybe<Array<PromotionFilterParameter>>;
    _or?: InputMaybe<Array<PromotionFilterParameter>>;
    couponCode?: InputMaybe<StringOperators>;
    createdAt?: InputMaybe<DateOperators>;
    description?: InputMaybe<StringOperators>;
    enabled?: InputMaybe<BooleanOperators>;
    endsAt?: InputMaybe<DateOperators>;
    id?: InputMaybe<IdOperators>;
    name?: InputMaybe<StringOperators>;
    perCustomerUsageLimit?: InputMaybe<NumberOperators>;
    startsAt?: InputMaybe<DateOperators>;
    updatedAt?: InputMaybe<DateOperators>;
    usageLimit?: InputMaybe<NumberOperators>;
};

export type PromotionListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<PromotionFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<PromotionSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type PromotionSortParameter = {
    couponCode?: InputMaybe<SortOrder>;
    createdAt?: InputMaybe<SortOrder>;
    description?: InputMaybe<SortOrder>;
    endsAt?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    perCustomerUsageLimit?: InputMaybe<SortOrder>;
    startsAt?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
    usageLimit?: InputMaybe<SortOrder>;
};

export type PromotionTranslationInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    description?: InputMaybe<Scalars['String']['input']>;
    id?: InputMaybe<Scalars['ID']['input']>;
    languageCode: LanguageCode;
    name?: InputMaybe<Scalars['String']['input']>;
};

export type ProvinceFilterParameter = {
    _and?: InputMaybe<Array<ProvinceFilterParameter>>;
    _or?: InputMaybe<Array<ProvinceFilterParameter>>;
    code?: InputMaybe<StringOperators>;
    createdAt?: InputMaybe<DateOperators>;
    enabled?: InputMaybe<BooleanOperators>;
    id?: InputMaybe<IdOperators>;
    languageCode?: InputMaybe<StringOperators>;
    name?: InputMaybe<StringOperators>;
    parentId?: InputMaybe<IdOperators>;
    type?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type ProvinceListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<ProvinceFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<ProvinceSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type ProvinceSortParameter = {
    code?: InputMaybe<SortOrder>;
    createdAt?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    parentId?: InputMaybe<SortOrder>;
    type?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type ProvinceTranslationInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    id?: InputMaybe<Scalars['ID']['input']>;
    languageCode: LanguageCode;
    name?: InputMaybe<Scalars['String']['input']>;
};

/** Publish an article now or later. */
export type PublishArticleInput = {
    /** The article. */
    id: Scalars['ID']['input'];
    /** Publish at this time; null, omitted or past: now. */
    publishAt?: InputMaybe<Scalars['DateTime']['input']>;
    /** Take it offline at this time; null or omitted: never. */
    unpublishAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type PurchaseOrderFilterParameter = {
    _and?: InputMaybe<Array<PurchaseOrderFilterParameter>>;
    _or?: InputMaybe<Array<PurchaseOrderFilterParameter>>;
    /** Drafted by a reorder point. */
    autoDrafted?: InputMaybe<BooleanOperators>;
    /** When it was cancelled. */
    cancelledAt?: InputMaybe<DateOperators>;
    /** PO-000042. */
    code?: InputMaybe<StringOperators>;
    /** When created. */
    createdAt?: InputMaybe<DateOperators>;
    /** Currency of the prices. */
    currencyCode?: InputMaybe<StringOperators>;
    /** When the goods are expected. */
    expectedDate?: InputMaybe<DateOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Free text. */
    note?: InputMaybe<StringOperators>;
    /** Sent or partially received, and past its expected date. */
    overdue?: InputMaybe<BooleanOperators>;
    /** When PurchaseOrderOverdueEvent was published for it. */
    overdueNotifiedAt?: InputMaybe<DateOperators>;
    /** When it was fully received. */
    receivedAt?: InputMaybe<DateOperators>;
    /** When it was sent. */
    sentAt?: InputMaybe<DateOperators>;
    /** Where it is in its lifecycle. */
    state?: InputMaybe<StringOperators>;
    /** Id of the supplier. */
    supplierId?: InputMaybe<IdOperators>;
    /** Sum of quantity × unit price, in minor units. */
    total?: InputMaybe<NumberOperators>;
    /** Units ordered, over all lines. */
    totalQuantity?: InputMaybe<NumberOperators>;
    /** When last updated. */
    updatedAt?: InputMaybe<DateOperators>;
    /** Id of the warehouse. */
    warehouseId?: InputMaybe<IdOperators>;
};

/** A line of a purchase order. */
export type PurchaseOrderLineInput = {
    /** The variant (once per order). */
    productVariantId: Scalars['ID']['input'];
    /** Quantity (>= 1). */
    quantity: Scalars['Int']['input'];
    /** Price per unit, in minor units. */
    unitPrice: Scalars['Money']['input'];
};

export type PurchaseOrderListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<PurchaseOrderFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<PurchaseOrderSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type PurchaseOrderSortParameter = {
    /** When it was cancelled. */
    cancelledAt?: InputMaybe<SortOrder>;
    /** PO-000042. */
    code?: InputMaybe<SortOrder>;
    /** When created. */
    createdAt?: InputMaybe<SortOrder>;
    /** When the goods are expected. */
    expectedDate?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Free text. */
    note?: InputMaybe<SortOrder>;
    /** When PurchaseOrderOverdueEvent was published for it. */
    overdueNotifiedAt?: InputMaybe<SortOrder>;
    /** When it was fully received. */
    receivedAt?: InputMaybe<SortOrder>;
    /** When it was sent. */
    sentAt?: InputMaybe<SortOrder>;
    /** Id of the supplier. */
    supplierId?: InputMaybe<SortOrder>;
    /** Sum of quantity × unit price, in minor units. */
    total?: InputMaybe<SortOrder>;
    /** Units ordered, over all lines. */
    totalQuantity?: InputMaybe<SortOrder>;
    /** When last updated. */
    updatedAt?: InputMaybe<SortOrder>;
    /** Id of the warehouse. */
    warehouseId?: InputMaybe<SortOrder>;
};

/** draft → sent → partially_received → received; cancelled from any state before received. */
export type PurchaseOrderState = 'cancelled' | 'draft' | 'partially_received' | 'received' | 'sent';

export type QuoteRequestFilterParameter = {
    _and?: InputMaybe<Array<QuoteRequestFilterParameter>>;
    _or?: InputMaybe<Array<QuoteRequestFilterParameter>>;
    closedAt?: InputMaybe<DateOperators>;
    code?: InputMaybe<StringOperators>;
    /** The dealer company the request is made for, when the buyer belongs to one. */
    companyId?: InputMaybe<IdOperators>;
    createdAt?: InputMaybe<DateOperators>;
    currencyCode?: InputMaybe<StringOperators>;
    customerId?: InputMaybe<IdOperators>;
    id?: InputMaybe<IdOperators>;
    neededBy?: InputMaybe<DateOperators>;
    note?: InputMaybe<StringOperators>;
    responseDeadline?: InputMaybe<DateOperators>;
    routedAt?: InputMaybe<DateOperators>;
    state?: InputMaybe<StringOperators>;
    submittedAt?: InputMaybe<DateOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type QuoteRequestListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<QuoteRequestFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<QuoteRequestSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type QuoteRequestSortParameter = {
    closedAt?: InputMaybe<SortOrder>;
    code?: InputMaybe<SortOrder>;
    /** The dealer company the request is made for, when the buyer belongs to one. */
    companyId?: InputMaybe<SortOrder>;
    createdAt?: InputMaybe<SortOrder>;
    customerId?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    neededBy?: InputMaybe<SortOrder>;
    note?: InputMaybe<SortOrder>;
    responseDeadline?: InputMaybe<SortOrder>;
    routedAt?: InputMaybe<SortOrder>;
    submittedAt?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

/** draft → submitted → closed (response deadline passed) | cancelled (by the buyer) */
export type QuoteRequestState = 'cancelled' | 'closed' | 'draft' | 'submitted';

/** submitted (revisable until the deadline), accepted, declined (with a reason), expired, withdrawn (request cancelled) */
export type QuoteState = 'accepted' | 'declined' | 'expired' | 'submitted' | 'withdrawn';

/** Which readable articles to list. */
export type ReadableArticleQueryOptions = {
    /** Full-text search over title, summary and body, in Chinese and English; every word must match. */
    search?: InputMaybe<Scalars['String']['input']>;
    /** Articles to skip. */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Only articles with this tag. */
    tag?: InputMaybe<Scalars['String']['input']>;
    /** Page size (default 20, at most 100). */
    take?: InputMaybe<Scalars['Int']['input']>;
    /** Only articles in this topic or its sub-topics (slug in any language). */
    topicSlug?: InputMaybe<Scalars['String']['input']>;
};

/** A payment received from the dealer, or a credit note issued to them. */
export type RecordCreditPaymentInput = {
    /** The account. */
    accountId: Scalars['ID']['input'];
    /** Apply to these debits; by default the oldest due first. */
    allocations?: InputMaybe<Array<CreditAllocationInput>>;
    /** Positive, minor units. */
    amount: Scalars['Money']['input'];
    /** Free text. */
    note?: InputMaybe<Scalars['String']['input']>;
    /** For credit notes: the order it concerns. */
    orderId?: InputMaybe<Scalars['ID']['input']>;
    /** Bank reference, credit note number... */
    reference?: InputMaybe<Scalars['String']['input']>;
};

/** Money given back to the buyer of a seller order. */
export type RecordSellerRefundInput = {
    /** Amount in minor units (a whole number > 0). */
    amount: Scalars['Money']['input'];
    /** The seller order. */
    orderId: Scalars['ID']['input'];
    /** Why. */
    reason?: InputMaybe<Scalars['String']['input']>;
};

export type RefundOrderInput = {
    /** @deprecated Use the `amount` field instead */
    adjustment?: InputMaybe<Scalars['Money']['input']>;
    /**
     * The amount to be refunded to this particular payment. This was introduced in v2.2.0 as the preferred way to specify the refund amount.
     * Can be as much as the total amount of the payment minus the sum of all previous refunds.
     */
    amount?: InputMaybe<Scalars['Money']['input']>;
    /** @deprecated Use the `amount` field instead */
    lines?: InputMaybe<Array<OrderLineInput>>;
    paymentId: Scalars['ID']['input'];
    reason?: InputMaybe<Scalars['String']['input']>;
    /** @deprecated Use the `amount` field instead */
    shipping?: InputMaybe<Scalars['Money']['input']>;
};

export type RemoveCollectionsFromChannelInput = {
    channelId: Scalars['ID']['input'];
    collectionIds: Array<Scalars['ID']['input']>;
};

export type RemoveFacetsFromChannelInput = {
    channelId: Scalars['ID']['input'];
    facetIds: Array<Scalars['ID']['input']>;
    force?: InputMaybe<Scalars['Boolean']['input']>;
};

export type RemovePaymentMethodsFromChannelInput = {
    channelId: Scalars['ID']['input'];
    paymentMethodIds: Array<Scalars['ID']['input']>;
};

export type RemoveProductOptionGroupsFromChannelInput = {
    channelId: Scalars['ID']['input'];
    force?: InputMaybe<Scalars['Boolean']['input']>;
    productOptionGroupIds: Array<Scalars['ID']['input']>;
};

export type RemoveProductVariantsFromChannelInput = {
    channelId: Scalars['ID']['input'];
    productVariantIds: Array<Scalars['ID']['input']>;
};

export type RemoveProductsFromChannelInput = {
    channelId: Scalars['ID']['input'];
    productIds: Array<Scalars['ID']['input']>;
};

export type RemovePromotionsFromChannelInput = {
    channelId: Scalars['ID']['input'];
    promotionIds: Array<Scalars['ID']['input']>;
};

export type RemoveShippingMethodsFromChannelInput = {
    channelId: Scalars['ID']['input'];
    shippingMethodIds: Array<Scalars['ID']['input']>;
};

export type RemoveStockLocationsFromChannelInput = {
    channelId: Scalars['ID']['input'];
    stockLocationIds: Array<Scalars['ID']['input']>;
};

export type ReorderPointFilterParameter = {
    _and?: InputMaybe<Array<ReorderPointFilterParameter>>;
    _or?: InputMaybe<Array<ReorderPointFilterParameter>>;
    /** Draft a purchase order to the preferred supplier when it fires. */
    autoDraftPurchaseOrder?: InputMaybe<BooleanOperators>;
    /** Available stock (on hand − allocated) now. */
    available?: InputMaybe<NumberOperators>;
    /** True while available stock is below the minimum. */
    belowMinimum?: InputMaybe<BooleanOperators>;
    /** Since when it is below the minimum. */
    belowSince?: InputMaybe<DateOperators>;
    /** When created. */
    createdAt?: InputMaybe<DateOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** When it last fired. */
    lastTriggeredAt?: InputMaybe<DateOperators>;
    /** Below this available quantity the reorder point fires. */
    minQuantity?: InputMaybe<NumberOperators>;
    /** Id of the variant. */
    productVariantId?: InputMaybe<IdOperators>;
    /** How much to order when it fires. */
    reorderQuantity?: InputMaybe<NumberOperators>;
    /** When last updated. */
    updatedAt?: InputMaybe<DateOperators>;
    /** Id of the warehouse. */
    warehouseId?: InputMaybe<IdOperators>;
};

export type ReorderPointListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<ReorderPointFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<ReorderPointSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type ReorderPointSortParameter = {
    /** Available stock (on hand − allocated) now. */
    available?: InputMaybe<SortOrder>;
    /** Since when it is below the minimum. */
    belowSince?: InputMaybe<SortOrder>;
    /** When created. */
    createdAt?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** When it last fired. */
    lastTriggeredAt?: InputMaybe<SortOrder>;
    /** Below this available quantity the reorder point fires. */
    minQuantity?: InputMaybe<SortOrder>;
    /** Id of the variant. */
    productVariantId?: InputMaybe<SortOrder>;
    /** How much to order when it fires. */
    reorderQuantity?: InputMaybe<SortOrder>;
    /** When last updated. */
    updatedAt?: InputMaybe<SortOrder>;
    /** Id of the warehouse. */
    warehouseId?: InputMaybe<SortOrder>;
};

export type RoleFilterParameter = {
    _and?: InputMaybe<Array<RoleFilterParameter>>;
    _or?: InputMaybe<Array<RoleFilterParameter>>;
    code?: InputMaybe<StringOperators>;
    createdAt?: InputMaybe<DateOperators>;
    description?: InputMaybe<StringOperators>;
    id?: InputMaybe<IdOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type RoleListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<RoleFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<RoleSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type RoleSortParameter = {
    code?: InputMaybe<SortOrder>;
    createdAt?: InputMaybe<SortOrder>;
    description?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

/** One scan. */
export type ScanStockCountInput = {
    /** A barcode or a SKU. */
    code: Scalars['String']['input'];
    /** Units this scan counts (default 1). */
    quantity?: InputMaybe<Scalars['Int']['input']>;
    /** The count. */
    stockCountId: Scalars['ID']['input'];
};

export type SearchInput = {
    collectionId?: InputMaybe<Scalars['ID']['input']>;
    collectionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    collectionSlug?: InputMaybe<Scalars['String']['input']>;
    collectionSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
    facetValueFilters?: InputMaybe<Array<FacetValueFilterInput>>;
    /** @deprecated Use `facetValueFilters` instead */
    facetValueIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** @deprecated Use `facetValueFilters` instead */
    facetValueOperator?: InputMaybe<LogicalOperator>;
    groupByProduct?: InputMaybe<Scalars['Boolean']['input']>;
    inStock?: InputMaybe<Scalars['Boolean']['input']>;
    skip?: InputMaybe<Scalars['Int']['input']>;
    sort?: InputMaybe<SearchResultSortParameter>;
    take?: InputMaybe<Scalars['Int']['input']>;
    term?: InputMaybe<Scalars['String']['input']>;
};

export type SearchResultSortParameter = {
    name?: InputMaybe<SortOrder>;
    price?: InputMaybe<SortOrder>;
};

export type SellerFilterParameter = {
    _and?: InputMaybe<Array<SellerFilterParameter>>;
    _or?: InputMaybe<Array<SellerFilterParameter>>;
    createdAt?: InputMaybe<DateOperators>;
    id?: InputMaybe<IdOperators>;
    name?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type SellerLedgerEntryFilterParameter = {
    _and?: InputMaybe<Array<SellerLedgerEntryFilterParameter>>;
    _or?: InputMaybe<Array<SellerLedgerEntryFilterParameter>>;
    /** Signed amount in minor units (positive: owed to the seller). */
    amount?: InputMaybe<NumberOperators>;
    /** Rate of a commission entry, in basis points (a line's own rate, or a refund's settlement rate). */
    commissionRateBps?: InputMaybe<NumberOperators>;
    /** When it was written. */
    createdAt?: InputMaybe<DateOperators>;
    /** Currency. */
    currencyCode?: InputMaybe<StringOperators>;
    /** What it is for. */
    description?: InputMaybe<StringOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Code of the seller order. */
    orderCode?: InputMaybe<StringOperators>;
    /** The seller order, for sales, commissions and refunds. */
    orderId?: InputMaybe<IdOperators>;
    /** The seller order line, for a line's sale and commission. */
    orderLineId?: InputMaybe<IdOperators>;
    /** When it may be paid out from. */
    payableFrom?: InputMaybe<DateOperators>;
    /** The payout batch holding it; null while open. */
    payoutBatchId?: InputMaybe<IdOperators>;
    /** Id of the seller. */
    sellerId?: InputMaybe<IdOperators>;
    /** Sale, commission, refund, adjustment or payout. */
    type?: InputMaybe<StringOperators>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<DateOperators>;
};

export type SellerLedgerEntryListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<SellerLedgerEntryFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<SellerLedgerEntrySortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type SellerLedgerEntrySortParameter = {
    /** Signed amount in minor units (positive: owed to the seller). */
    amount?: InputMaybe<SortOrder>;
    /** Rate of a commission entry, in basis points (a line's own rate, or a refund's settlement rate). */
    commissionRateBps?: InputMaybe<SortOrder>;
    /** When it was written. */
    createdAt?: InputMaybe<SortOrder>;
    /** What it is for. */
    description?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Code of the seller order. */
    orderCode?: InputMaybe<SortOrder>;
    /** The seller order, for sales, commissions and refunds. */
    orderId?: InputMaybe<SortOrder>;
    /** The seller order line, for a line's sale and commission. */
    orderLineId?: InputMaybe<SortOrder>;
    /** When it may be paid out from. */
    payableFrom?: InputMaybe<SortOrder>;
    /** The payout batch holding it; null while open. */
    payoutBatchId?: InputMaybe<SortOrder>;
    /** Id of the seller. */
    sellerId?: InputMaybe<SortOrder>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<SortOrder>;
};

/** What a movement of money between the marketplace and a seller is. */
export type SellerLedgerEntryType = 'adjustment' | 'commission' | 'payout' | 'refund' | 'sale';

export type SellerListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<SellerFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<SellerSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type SellerOrderSettlementFilterParameter = {
    _and?: InputMaybe<Array<SellerOrderSettlementFilterParameter>>;
    _or?: InputMaybe<Array<SellerOrderSettlementFilterParameter>>;
    /** The buyer's order it is part of. */
    aggregateOrderId?: InputMaybe<IdOperators>;
    /** Commission on the lines. */
    commissionAmount?: InputMaybe<NumberOperators>;
    /**
     * Commission rate at placement, in basis points: the lines' rates (each on its commission entry) averaged by
     * line price without tax, so their common rate when they share one.
     */
    commissionRateBps?: InputMaybe<NumberOperators>;
    /** When it was written. */
    createdAt?: InputMaybe<DateOperators>;
    /** Currency. */
    currencyCode?: InputMaybe<StringOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Code of the seller order. */
    orderCode?: InputMaybe<StringOperators>;
    /** The seller order. */
    orderId?: InputMaybe<IdOperators>;
    /** When the order was placed. */
    placedAt?: InputMaybe<DateOperators>;
    /** Refunded so far. */
    refundedAmount?: InputMaybe<NumberOperators>;
    /** Lines and shipping with tax, after discounts. */
    saleAmount?: InputMaybe<NumberOperators>;
    /** Id of the seller. */
    sellerId?: InputMaybe<IdOperators>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<DateOperators>;
};

export type SellerOrderSettlementListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<SellerOrderSettlementFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<SellerOrderSettlementSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type SellerOrderSettlementSortParameter = {
    /** The buyer's order it is part of. */
    aggregateOrderId?: InputMaybe<SortOrder>;
    /** Commission on the lines. */
    commissionAmount?: InputMaybe<SortOrder>;
    /**
     * Commission rate at placement, in basis points: the lines' rates (each on its commission entry) averaged by
     * line price without tax, so their common rate when they share one.
     */
    commissionRateBps?: InputMaybe<SortOrder>;
    /** When it was written. */
    createdAt?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Code of the seller order. */
    orderCode?: InputMaybe<SortOrder>;
    /** The seller order. */
    orderId?: InputMaybe<SortOrder>;
    /** When the order was placed. */
    placedAt?: InputMaybe<SortOrder>;
    /** Refunded so far. */
    refundedAmount?: InputMaybe<SortOrder>;
    /** Lines and shipping with tax, after discounts. */
    saleAmount?: InputMaybe<SortOrder>;
    /** Id of the seller. */
    sellerId?: InputMaybe<SortOrder>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<SortOrder>;
};

export type SellerPayoutBatchFilterParameter = {
    _and?: InputMaybe<Array<SellerPayoutBatchFilterParameter>>;
    _or?: InputMaybe<Array<SellerPayoutBatchFilterParameter>>;
    /** Amount to pay, in minor units. */
    amount?: InputMaybe<NumberOperators>;
    /** When it was built. */
    createdAt?: InputMaybe<DateOperators>;
    /** Currency. */
    currencyCode?: InputMaybe<StringOperators>;
    /** Number of ledger entries it pays. */
    entryCount?: InputMaybe<NumberOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** When it was marked paid. */
    paidAt?: InputMaybe<DateOperators>;
    /** The transfer's reference, once paid. */
    reference?: InputMaybe<StringOperators>;
    /** Id of the seller. */
    sellerId?: InputMaybe<IdOperators>;
    /** Pending or paid. */
    state?: InputMaybe<StringOperators>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<DateOperators>;
};

export type SellerPayoutBatchListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<SellerPayoutBatchFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<SellerPayoutBatchSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type SellerPayoutBatchSortParameter = {
    /** Amount to pay, in minor units. */
    amount?: InputMaybe<SortOrder>;
    /** When it was built. */
    createdAt?: InputMaybe<SortOrder>;
    /** Number of ledger entries it pays. */
    entryCount?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** When it was marked paid. */
    paidAt?: InputMaybe<SortOrder>;
    /** The transfer's reference, once paid. */
    reference?: InputMaybe<SortOrder>;
    /** Id of the seller. */
    sellerId?: InputMaybe<SortOrder>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<SortOrder>;
};

/** The state of a payout batch. */
export type SellerPayoutBatchState = 'paid' | 'pending';

export type SellerSortParameter = {
    createdAt?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type SetOrderCustomerInput = {
    customerId: Scalars['ID']['input'];
    note?: InputMaybe<Scalars['String']['input']>;
    orderId: Scalars['ID']['input'];
};

/** A seller's commission rate and holding period. */
export type SetSellerFinanceInput = {
    /** Basis points 0–10000 (1000 = 10%); null: the marketplace's default. */
    commissionRateBps?: InputMaybe<Scalars['Int']['input']>;
    /** The seller. */
    id: Scalars['ID']['input'];
    /** Days 0–365 a placed order waits before payout; null: the marketplace's default. */
    payoutHoldingDays?: InputMaybe<Scalars['Int']['input']>;
};

/** Sets the whole counted quantity of a variant. */
export type SetStockCountQuantityInput = {
    /** Counted quantity (>= 0). */
    countedQuantity: Scalars['Int']['input'];
    /** The variant. */
    productVariantId: Scalars['ID']['input'];
    /** The count. */
    stockCountId: Scalars['ID']['input'];
};

export type SettingsStoreInput = {
    key: Scalars['String']['input'];
    value: Scalars['JSON']['input'];
};

export type SettingsStoreScopeType = 'CHANNEL' | 'CUSTOM' | 'GLOBAL' | 'USER' | 'USER_AND_CHANNEL';

export type SettleRefundInput = {
    id: Scalars['ID']['input'];
    transactionId: Scalars['String']['input'];
};

export type ShipmentFilterParameter = {
    _and?: InputMaybe<Array<ShipmentFilterParameter>>;
    _or?: InputMaybe<Array<ShipmentFilterParameter>>;
    /** Id of the carrier. */
    carrierId?: InputMaybe<IdOperators>;
    /** When it was created. */
    createdAt?: InputMaybe<DateOperators>;
    /** Id of the Vendure stock location the parcels leave from (null: not known). */
    fromStockLocationId?: InputMaybe<IdOperators>;
    /** The Vendure fulfillment it tracks. */
    fulfillmentId?: InputMaybe<IdOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Event time of the latest event. */
    lastEventAt?: InputMaybe<DateOperators>;
    /** The order. */
    orderId?: InputMaybe<IdOperators>;
    /** When it was flagged as stalled (no event for a while); cleared by the next event. */
    stalledAt?: InputMaybe<DateOperators>;
    /** Status of the latest event by event time. */
    status?: InputMaybe<StringOperators>;
    /** Sub-status of the latest event. */
    subStatus?: InputMaybe<StringOperators>;
    /** Tracking number. */
    trackingNumber?: InputMaybe<StringOperators>;
    /** Link to the carrier's tracking page. */
    trackingUrl?: InputMaybe<StringOperators>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<DateOperators>;
};

export type ShipmentListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<ShipmentFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<ShipmentSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type ShipmentSortParameter = {
    /** Id of the carrier. */
    carrierId?: InputMaybe<SortOrder>;
    /** When it was created. */
    createdAt?: InputMaybe<SortOrder>;
    /** Id of the Vendure stock location the parcels leave from (null: not known). */
    fromStockLocationId?: InputMaybe<SortOrder>;
    /** The Vendure fulfillment it tracks. */
    fulfillmentId?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Event time of the latest event. */
    lastEventAt?: InputMaybe<SortOrder>;
    /** The order. */
    orderId?: InputMaybe<SortOrder>;
    /** When it was flagged as stalled (no event for a while); cleared by the next event. */
    stalledAt?: InputMaybe<SortOrder>;
    /** Sub-status of the latest event. */
    subStatus?: InputMaybe<SortOrder>;
    /** Tracking number. */
    trackingNumber?: InputMaybe<SortOrder>;
    /** Link to the carrier's tracking page. */
    trackingUrl?: InputMaybe<SortOrder>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<SortOrder>;
};

export type ShippingMethodFilterParameter = {
    _and?: InputMaybe<Array<ShippingMethodFilterParameter>>;
    _or?: InputMaybe<Array<ShippingMethodFilterParameter>>;
    code?: InputMaybe<StringOperators>;
    createdAt?: InputMaybe<DateOperators>;
    description?: InputMaybe<StringOperators>;
    fulfillmentHandlerCode?: InputMaybe<StringOperators>;
    id?: InputMaybe<IdOperators>;
    languageCode?: InputMaybe<StringOperators>;
    name?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type ShippingMethodListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<ShippingMethodFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<ShippingMethodSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type ShippingMethodSortParameter = {
    code?: InputMaybe<SortOrder>;
    createdAt?: InputMaybe<SortOrder>;
    description?: InputMaybe<SortOrder>;
    fulfillmentHandlerCode?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type ShippingMethodTranslationInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    description?: InputMaybe<Scalars['String']['input']>;
    id?: InputMaybe<Scalars['ID']['input']>;
    languageCode: LanguageCode;
    name?: InputMaybe<Scalars['String']['input']>;
};

export type SlugForEntityInput = {
    entityId?: InputMaybe<Scalars['ID']['input']>;
    entityName: Scalars['String']['input'];
    fieldName: Scalars['String']['input'];
    inputValue: Scalars['String']['input'];
};

export type SortOrder = 'ASC' | 'DESC';

export type StockCountFilterParameter = {
    _and?: InputMaybe<Array<StockCountFilterParameter>>;
    _or?: InputMaybe<Array<StockCountFilterParameter>>;
    /** When cancelled. */
    cancelledAt?: InputMaybe<DateOperators>;
    /** SC-000042. */
    code?: InputMaybe<StringOperators>;
    /** Lines counted so far. */
    countedLines?: InputMaybe<NumberOperators>;
    /** When opened. */
    createdAt?: InputMaybe<DateOperators>;
    /** Counting every stocked variant (true) or a selection. */
    fullCount?: InputMaybe<BooleanOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Free text. */
    note?: InputMaybe<StringOperators>;
    /** When posted. */
    postedAt?: InputMaybe<DateOperators>;
    /** open, posted or cancelled. */
    state?: InputMaybe<StringOperators>;
    /** Lines in the count. */
    totalLines?: InputMaybe<NumberOperators>;
    /** When last updated. */
    updatedAt?: InputMaybe<DateOperators>;
    /** Id of the warehouse. */
    warehouseId?: InputMaybe<IdOperators>;
};

export type StockCountLineFilterParameter = {
    _and?: InputMaybe<Array<StockCountLineFilterParameter>>;
    _or?: InputMaybe<Array<StockCountLineFilterParameter>>;
    /** When last counted. */
    countedAt?: InputMaybe<DateOperators>;
    /** Counted so far (null: not counted). */
    countedQuantity?: InputMaybe<NumberOperators>;
    /** Stock on hand now. */
    currentStockOnHand?: InputMaybe<NumberOperators>;
    /** counted − stock on hand at count (null until counted). */
    difference?: InputMaybe<NumberOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** The adjustment posted. */
    postedAdjustment?: InputMaybe<NumberOperators>;
    /** Id of the variant. */
    productVariantId?: InputMaybe<IdOperators>;
    /** Stock on hand when first counted: the base of the adjustment. */
    stockOnHandAtCount?: InputMaybe<NumberOperators>;
};

export type StockCountLineListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<StockCountLineFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<StockCountLineSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type StockCountLineSortParameter = {
    /** When last counted. */
    countedAt?: InputMaybe<SortOrder>;
    /** Counted so far (null: not counted). */
    countedQuantity?: InputMaybe<SortOrder>;
    /** Stock on hand now. */
    currentStockOnHand?: InputMaybe<SortOrder>;
    /** counted − stock on hand at count (null until counted). */
    difference?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** The adjustment posted. */
    postedAdjustment?: InputMaybe<SortOrder>;
    /** Id of the variant. */
    productVariantId?: InputMaybe<SortOrder>;
    /** Stock on hand when first counted: the base of the adjustment. */
    stockOnHandAtCount?: InputMaybe<SortOrder>;
};

export type StockCountListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<StockCountFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<StockCountSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type StockCountSortParameter = {
    /** When cancelled. */
    cancelledAt?: InputMaybe<SortOrder>;
    /** SC-000042. */
    code?: InputMaybe<SortOrder>;
    /** Lines counted so far. */
    countedLines?: InputMaybe<SortOrder>;
    /** When opened. */
    createdAt?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Free text. */
    note?: InputMaybe<SortOrder>;
    /** When posted. */
    postedAt?: InputMaybe<SortOrder>;
    /** Lines in the count. */
    totalLines?: InputMaybe<SortOrder>;
    /** When last updated. */
    updatedAt?: InputMaybe<SortOrder>;
    /** Id of the warehouse. */
    warehouseId?: InputMaybe<SortOrder>;
};

/** open → posted (differences adjusted) or cancelled. */
export type StockCountState = 'cancelled' | 'open' | 'posted';

/** The kind of document a ledger entry belongs to. */
export type StockDocumentType =
    'goods_receipt' | 'order' | 'stock_count' | 'stock_location' | 'stock_transfer';

export type StockLedgerEntryFilterParameter = {
    _and?: InputMaybe<Array<StockLedgerEntryFilterParameter>>;
    _or?: InputMaybe<Array<StockLedgerEntryFilterParameter>>;
    /** Change of stock allocated. */
    allocatedChange?: InputMaybe<NumberOperators>;
    /** When the change was made. */
    createdAt?: InputMaybe<DateOperators>;
    /** Code of the document, or the order code. */
    documentCode?: InputMaybe<StringOperators>;
    /** Id of the document (or order). */
    documentId?: InputMaybe<IdOperators>;
    /** The kind of document. */
    documentType?: InputMaybe<StringOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Free text. */
    note?: InputMaybe<StringOperators>;
    /** The order line of an order movement. */
    orderLineId?: InputMaybe<IdOperators>;
    /** Id of the variant. */
    productVariantId?: InputMaybe<IdOperators>;
    /** Change of stock on hand. */
    quantity?: InputMaybe<NumberOperators>;
    /** Stock allocated after. */
    stockAllocatedAfter?: InputMaybe<NumberOperators>;
    /** Stock allocated before. */
    stockAllocatedBefore?: InputMaybe<NumberOperators>;
    /** Id of the stock location. */
    stockLocationId?: InputMaybe<IdOperators>;
    /** Stock on hand after. */
    stockOnHandAfter?: InputMaybe<NumberOperators>;
    /** Stock on hand before. */
    stockOnHandBefore?: InputMaybe<NumberOperators>;
    /** What moved the stock. */
    type?: InputMaybe<StringOperators>;
    /** Same as createdAt (entries never change). */
    updatedAt?: InputMaybe<DateOperators>;
    /** Identifier of the user who made the change (an administrator, or the buyer for orders). */
    userIdentifier?: InputMaybe<StringOperators>;
};

export type StockLedgerEntryListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<StockLedgerEntryFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<StockLedgerEntrySortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type StockLedgerEntrySortParameter = {
    /** Change of stock allocated. */
    allocatedChange?: InputMaybe<SortOrder>;
    /** When the change was made. */
    createdAt?: InputMaybe<SortOrder>;
    /** Code of the document, or the order code. */
    documentCode?: InputMaybe<SortOrder>;
    /** Id of the document (or order). */
    documentId?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Free text. */
    note?: InputMaybe<SortOrder>;
    /** The order line of an order movement. */
    orderLineId?: InputMaybe<SortOrder>;
    /** Id of the variant. */
    productVariantId?: InputMaybe<SortOrder>;
    /** Change of stock on hand. */
    quantity?: InputMaybe<SortOrder>;
    /** Stock allocated after. */
    stockAllocatedAfter?: InputMaybe<SortOrder>;
    /** Stock allocated before. */
    stockAllocatedBefore?: InputMaybe<SortOrder>;
    /** Id of the stock location. */
    stockLocationId?: InputMaybe<SortOrder>;
    /** Stock on hand after. */
    stockOnHandAfter?: InputMaybe<SortOrder>;
    /** Stock on hand before. */
    stockOnHandBefore?: InputMaybe<SortOrder>;
    /** Same as createdAt (entries never change). */
    updatedAt?: InputMaybe<SortOrder>;
    /** Identifier of the user who made the change (an administrator, or the buyer for orders). */
    userIdentifier?: InputMaybe<SortOrder>;
};

/** What moved a stock level. */
export type StockLedgerEntryType =
    | 'adjustment'
    | 'allocation'
    | 'cancellation'
    | 'count_adjustment'
    | 'location_merge'
    | 'receipt'
    | 'reconciliation'
    | 'release'
    | 'sale'
    | 'transfer_in'
    | 'transfer_out';

export type StockLevelInput = {
    stockLocationId: Scalars['ID']['input'];
    stockOnHand: Scalars['Int']['input'];
};

export type StockLocationFilterParameter = {
    _and?: InputMaybe<Array<StockLocationFilterParameter>>;
    _or?: InputMaybe<Array<StockLocationFilterParameter>>;
    createdAt?: InputMaybe<DateOperators>;
    description?: InputMaybe<StringOperators>;
    id?: InputMaybe<IdOperators>;
    name?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type StockLocationListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<StockLocationFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<StockLocationSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type StockLocationSortParameter = {
    createdAt?: InputMaybe<SortOrder>;
    description?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type StockMovementListOptions = {
    skip?: InputMaybe<Scalars['Int']['input']>;
    take?: InputMaybe<Scalars['Int']['input']>;
    type?: InputMaybe<StockMovementType>;
};

export type StockMovementType = 'ADJUSTMENT' | 'ALLOCATION' | 'CANCELLATION' | 'RELEASE' | 'RETURN' | 'SALE';

export type StockTransferFilterParameter = {
    _and?: InputMaybe<Array<StockTransferFilterParameter>>;
    _or?: InputMaybe<Array<StockTransferFilterParameter>>;
    /** When cancelled. */
    cancelledAt?: InputMaybe<DateOperators>;
    /** TR-000042. */
    code?: InputMaybe<StringOperators>;
    /** When created. */
    createdAt?: InputMaybe<DateOperators>;
    /** Id of the destination. */
    destinationWarehouseId?: InputMaybe<IdOperators>;
    /** When dispatched. */
    dispatchedAt?: InputMaybe<DateOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Free text. */
    note?: InputMaybe<StringOperators>;
    /** When received. */
    receivedAt?: InputMaybe<DateOperators>;
    /** Id of the source. */
    sourceWarehouseId?: InputMaybe<IdOperators>;
    /** Where it is in its lifecycle. */
    state?: InputMaybe<StringOperators>;
    /** Units on the transfer. */
    totalQuantity?: InputMaybe<NumberOperators>;
    /** When last updated. */
    updatedAt?: InputMaybe<DateOperators>;
};

/** A line of a transfer. */
export type StockTransferLineInput = {
    /** The variant (once per transfer). */
    productVariantId: Scalars['ID']['input'];
    /** Quantity (>= 1). */
    quantity: Scalars['Int']['input'];
};

export type StockTransferListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<StockTransferFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<StockTransferSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type StockTransferSortParameter = {
    /** When cancelled. */
    cancelledAt?: InputMaybe<SortOrder>;
    /** TR-000042. */
    code?: InputMaybe<SortOrder>;
    /** When created. */
    createdAt?: InputMaybe<SortOrder>;
    /** Id of the destination. */
    destinationWarehouseId?: InputMaybe<SortOrder>;
    /** When dispatched. */
    dispatchedAt?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Free text. */
    note?: InputMaybe<SortOrder>;
    /** When received. */
    receivedAt?: InputMaybe<SortOrder>;
    /** Id of the source. */
    sourceWarehouseId?: InputMaybe<SortOrder>;
    /** Units on the transfer. */
    totalQuantity?: InputMaybe<SortOrder>;
    /** When last updated. */
    updatedAt?: InputMaybe<SortOrder>;
};

/** draft → in_transit (dispatched: sellable nowhere) → received; a draft may be cancelled. */
export type StockTransferState = 'cancelled' | 'draft' | 'in_transit' | 'received';

/** Operators for filtering on a list of String fields */
export type StringListOperators = {
    inList: Scalars['String']['input'];
};

/** Operators for filtering on a String field */
export type StringOperators = {
    contains?: InputMaybe<Scalars['String']['input']>;
    eq?: InputMaybe<Scalars['String']['input']>;
    in?: InputMaybe<Array<Scalars['String']['input']>>;
    isNull?: InputMaybe<Scalars['Boolean']['input']>;
    notContains?: InputMaybe<Scalars['String']['input']>;
    notEq?: InputMaybe<Scalars['String']['input']>;
    notIn?: InputMaybe<Array<Scalars['String']['input']>>;
    regex?: InputMaybe<Scalars['String']['input']>;
};

/** The seller's quote for a request routed to it; submitting again revises it. */
export type SubmitQuoteInput = {
    lines: Array<SubmitQuoteLineInput>;
    note?: InputMaybe<Scalars['String']['input']>;
    requestId: Scalars['ID']['input'];
    validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

export type SubmitQuoteLineInput = {
    leadTimeDays: Scalars['Int']['input'];
    note?: InputMaybe<Scalars['String']['input']>;
    quantity: Scalars['Int']['input'];
    quantityAvailable: Scalars['Int']['input'];
    requestLineId: Scalars['ID']['input'];
    unitPrice: Scalars['Money']['input'];
};

export type SupplierFilterParameter = {
    _and?: InputMaybe<Array<SupplierFilterParameter>>;
    _or?: InputMaybe<Array<SupplierFilterParameter>>;
    /** Inactive suppliers get no new purchase orders from reorder points. */
    active?: InputMaybe<BooleanOperators>;
    /** Receipts may accept more than was ordered. */
    allowOverReceipt?: InputMaybe<BooleanOperators>;
    /** Code, unique in the channel. */
    code?: InputMaybe<StringOperators>;
    /** Contact person. */
    contactName?: InputMaybe<StringOperators>;
    /** When created. */
    createdAt?: InputMaybe<DateOperators>;
    /** Currency of its purchase orders. */
    currencyCode?: InputMaybe<StringOperators>;
    /** Email address for purchase orders. */
    emailAddress?: InputMaybe<StringOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Days from sending a purchase order to delivery. */
    leadTimeDays?: InputMaybe<NumberOperators>;
    /** Id of the marketplace seller this supplier is, if linked. */
    marketplaceSellerId?: InputMaybe<IdOperators>;
    /** Name. */
    name?: InputMaybe<StringOperators>;
    /** Free text. */
    note?: InputMaybe<StringOperators>;
    /** Phone number. */
    phoneNumber?: InputMaybe<StringOperators>;
    /** When last updated. */
    updatedAt?: InputMaybe<DateOperators>;
};

export type SupplierListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<SupplierFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<SupplierSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type SupplierSortParameter = {
    /** Code, unique in the channel. */
    code?: InputMaybe<SortOrder>;
    /** Contact person. */
    contactName?: InputMaybe<SortOrder>;
    /** When created. */
    createdAt?: InputMaybe<SortOrder>;
    /** Email address for purchase orders. */
    emailAddress?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Days from sending a purchase order to delivery. */
    leadTimeDays?: InputMaybe<SortOrder>;
    /** Id of the marketplace seller this supplier is, if linked. */
    marketplaceSellerId?: InputMaybe<SortOrder>;
    /** Name. */
    name?: InputMaybe<SortOrder>;
    /** Free text. */
    note?: InputMaybe<SortOrder>;
    /** Phone number. */
    phoneNumber?: InputMaybe<SortOrder>;
    /** When last updated. */
    updatedAt?: InputMaybe<SortOrder>;
};

export type SurchargeInput = {
    description: Scalars['String']['input'];
    price: Scalars['Money']['input'];
    priceIncludesTax: Scalars['Boolean']['input'];
    sku?: InputMaybe<Scalars['String']['input']>;
    taxDescription?: InputMaybe<Scalars['String']['input']>;
    taxRate?: InputMaybe<Scalars['Float']['input']>;
};

export type TagFilterParameter = {
    _and?: InputMaybe<Array<TagFilterParameter>>;
    _or?: InputMaybe<Array<TagFilterParameter>>;
    createdAt?: InputMaybe<DateOperators>;
    id?: InputMaybe<IdOperators>;
    updatedAt?: InputMaybe<DateOperators>;
    value?: InputMaybe<StringOperators>;
};

export type TagListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<TagFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<TagSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type TagSortParameter = {
    createdAt?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
    value?: InputMaybe<SortOrder>;
};

export type TaxCategoryFilterParameter = {
    _and?: InputMaybe<Array<TaxCategoryFilterParameter>>;
    _or?: InputMaybe<Array<TaxCategoryFilterParameter>>;
    createdAt?: InputMaybe<DateOperators>;
    id?: InputMaybe<IdOperators>;
    isDefault?: InputMaybe<BooleanOperators>;
    name?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type TaxCategoryListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<TaxCategoryFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<TaxCategorySortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type TaxCategorySortParameter = {
    createdAt?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type TaxRateFilterParameter = {
    _and?: InputMaybe<Array<TaxRateFilterParameter>>;
    _or?: InputMaybe<Array<TaxRateFilterParameter>>;
    categoryId?: InputMaybe<IdOperators>;
    createdAt?: InputMaybe<DateOperators>;
    enabled?: InputMaybe<BooleanOperators>;
    id?: InputMaybe<IdOperators>;
    name?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
    value?: InputMaybe<NumberOperators>;
    zoneId?: InputMaybe<IdOperators>;
};

export type TaxRateListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<TaxRateFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<TaxRateSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type TaxRateSortParameter = {
    createdAt?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
    value?: InputMaybe<SortOrder>;
};

export type TestEligibleShippingMethodsInput = {
    lines: Array<TestShippingMethodOrderLineInput>;
    shippingAddress: CreateAddressInput;
};

export type TestShippingMethodInput = {
    calculator: ConfigurableOperationInput;
    checker: ConfigurableOperationInput;
    lines: Array<TestShippingMethodOrderLineInput>;
    shippingAddress: CreateAddressInput;
};

export type TestShippingMethodOrderLineInput = {
    productVariantId: Scalars['ID']['input'];
    quantity: Scalars['Int']['input'];
};

export type TopicFilterParameter = {
    _and?: InputMaybe<Array<TopicFilterParameter>>;
    _or?: InputMaybe<Array<TopicFilterParameter>>;
    /** When it was created. */
    createdAt?: InputMaybe<DateOperators>;
    /** Description (plain text). */
    description?: InputMaybe<StringOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Language of the translated fields. */
    languageCode?: InputMaybe<StringOperators>;
    /** Name. */
    name?: InputMaybe<StringOperators>;
    /** Id of the parent topic; null at the root. */
    parentId?: InputMaybe<IdOperators>;
    /** Order among siblings, ascending. */
    position?: InputMaybe<NumberOperators>;
    /** URL slug, unique among topics. */
    slug?: InputMaybe<StringOperators>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<DateOperators>;
};

export type TopicListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<TopicFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<TopicSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type TopicSortParameter = {
    /** When it was created. */
    createdAt?: InputMaybe<SortOrder>;
    /** Description (plain text). */
    description?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Name. */
    name?: InputMaybe<SortOrder>;
    /** Id of the parent topic; null at the root. */
    parentId?: InputMaybe<SortOrder>;
    /** Order among siblings, ascending. */
    position?: InputMaybe<SortOrder>;
    /** URL slug, unique among topics. */
    slug?: InputMaybe<SortOrder>;
    /** When it was last updated. */
    updatedAt?: InputMaybe<SortOrder>;
};

/** A topic's fields in one language. A new translation needs a name; the slug defaults to the name. */
export type TopicTranslationInput = {
    /** Description. */
    description?: InputMaybe<Scalars['String']['input']>;
    /** Id of an existing translation (optional; languages are matched by code). */
    id?: InputMaybe<Scalars['ID']['input']>;
    /** Language. */
    languageCode: LanguageCode;
    /** Name. */
    name?: InputMaybe<Scalars['String']['input']>;
    /** URL slug; made unique among topics. */
    slug?: InputMaybe<Scalars['String']['input']>;
};

/** The normalized tracking statuses every carrier's codes map onto. */
export type TrackingStatus =
    | 'AttemptFail'
    | 'AvailableForPickup'
    | 'Delivered'
    | 'Exception'
    | 'Expired'
    | 'InTransit'
    | 'InfoReceived'
    | 'OutForDelivery'
    | 'Pending';

export type UpdateActiveAdministratorInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    emailAddress?: InputMaybe<Scalars['String']['input']>;
    firstName?: InputMaybe<Scalars['String']['input']>;
    lastName?: InputMaybe<Scalars['String']['input']>;
    password?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Input used to update an Address.
 *
 * The countryCode must correspond to a `code` property of a Country that has been defined in the
 * Vendure server. The `code` property is typically a 2-character ISO code such as "GB", "US", "DE" etc.
 * If an invalid code is passed, the mutation will fail.
 */
export type UpdateAddressInput = {
    city?: InputMaybe<Scalars['String']['input']>;
    company?: InputMaybe<Scalars['String']['input']>;
    countryCode?: InputMaybe<Scalars['String']['input']>;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    defaultBillingAddress?: InputMaybe<Scalars['Boolean']['input']>;
    defaultShippingAddress?: InputMaybe<Scalars['Boolean']['input']>;
    fullName?: InputMaybe<Scalars['String']['input']>;
    id: Scalars['ID']['input'];
    phoneNumber?: InputMaybe<Scalars['String']['input']>;
    postalCode?: InputMaybe<Scalars['String']['input']>;
    province?: InputMaybe<Scalars['String']['input']>;
    streetLine1?: InputMaybe<Scalars['String']['input']>;
    streetLine2?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateAdministratorInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    emailAddress?: InputMaybe<Scalars['String']['input']>;
    firstName?: InputMaybe<Scalars['String']['input']>;
    id: Scalars['ID']['input'];
    lastName?: InputMaybe<Scalars['String']['input']>;
    password?: InputMaybe<Scalars['String']['input']>;
    roleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Changes to an alert rule; omitted fields stay as they are. */
export type UpdateAlertRuleInput = {
    /** Administrator who owns its alerts. */
    assigneeAdministratorId?: InputMaybe<Scalars['ID']['input']>;
    /** Role that owns its alerts. */
    assigneeRoleId?: InputMaybe<Scalars['ID']['input']>;
    /** The condition. */
    condition?: InputMaybe<ConfigurableOperationInput>;
    /** Hours until due. */
    dueInHours?: InputMaybe<Scalars['Int']['input']>;
    /** Enabled. */
    enabled?: InputMaybe<Scalars['Boolean']['input']>;
    /** The rule. */
    id: Scalars['ID']['input'];
    /** Name. */
    name?: InputMaybe<Scalars['String']['input']>;
    /** End of quiet hours, HH:MM UTC. */
    quietHoursEnd?: InputMaybe<Scalars['String']['input']>;
    /** Start of quiet hours, HH:MM UTC. */
    quietHoursStart?: InputMaybe<Scalars['String']['input']>;
    /** Email addresses notified. */
    recipientEmails?: InputMaybe<Array<Scalars['String']['input']>>;
    /** Roles whose administrators are emailed. */
    recipientRoleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** Re-notify interval in minutes. */
    renotifyIntervalMinutes?: InputMaybe<Scalars['Int']['input']>;
    /** Severity. */
    severity?: InputMaybe<AlertSeverity>;
    /** Webhook endpoints notified. */
    webhookEndpointIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type UpdateApiKeyInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    /** ID of the ApiKey */
    id: Scalars['ID']['input'];
    /**
     * Which roles to attach to this ApiKey.
     * You may only grant roles which you, yourself have.
     */
    roleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    translations?: InputMaybe<Array<UpdateApiKeyTranslationInput>>;
};

export type UpdateApiKeyTranslationInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    id?: InputMaybe<Scalars['ID']['input']>;
    languageCode: LanguageCode;
    /** A descriptive name so you can remind yourself where the API-Key gets used */
    name?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Changes to an article's working copy; omitted fields stay as they are. Readers keep seeing the published
 * version until it is published again.
 */
export type UpdateArticleInput = {
    /** Gallery, in order (replaces it). */
    assetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** Audiences (replaces them); an empty list means everyone. */
    audiences?: InputMaybe<Array<ArticleAudienceInput>>;
    /** Byline. */
    authorName?: InputMaybe<Scalars['String']['input']>;
    /** Featured image; null removes it. */
    featuredAssetId?: InputMaybe<Scalars['ID']['input']>;
    /** The article. */
    id: Scalars['ID']['input'];
    /** Related collections (replaces them). */
    relatedCollectionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** Related products (replaces them). */
    relatedProductIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** Tags (replaces them). */
    tags?: InputMaybe<Array<Scalars['String']['input']>>;
    /** Topics (replaces them). */
    topicIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** Translations to add or change. */
    translations?: InputMaybe<Array<ArticleTranslationInput>>;
};

export type UpdateAssetInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    focalPoint?: InputMaybe<CoordinateInput>;
    id: Scalars['ID']['input'];
    name?: InputMaybe<Scalars['String']['input']>;
    tags?: InputMaybe<Array<Scalars['String']['input']>>;
    translations?: InputMaybe<Array<AssetTranslationInput>>;
};

/** Changes to a carrier (the code cannot change: carriers post to it). */
export type UpdateCarrierInput = {
    /** Code of a carrier adapter. */
    adapterCode?: InputMaybe<Scalars['String']['input']>;
    /** Enabled. */
    enabled?: InputMaybe<Scalars['Boolean']['input']>;
    /** Id. */
    id: Scalars['ID']['input'];
    /** Name. */
    name?: InputMaybe<Scalars['String']['input']>;
    /** Tracking page link with {trackingNumber}. */
    trackingUrlTemplate?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateChannelCustomFieldsInput = {
    warehouseAllocationRule?: InputMaybe<Scalars['String']['input']>;
    warehousePickupAvailability?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateChannelInput = {
    availableCurrencyCodes?: InputMaybe<Array<CurrencyCode>>;
    availableLanguageCodes?: InputMaybe<Array<LanguageCode>>;
    code?: InputMaybe<Scalars['String']['input']>;
    /** @deprecated Use defaultCurrencyCode instead */
    currencyCode?: InputMaybe<CurrencyCode>;
    customFields?: InputMaybe<UpdateChannelCustomFieldsInput>;
    defaultCurrencyCode?: InputMaybe<CurrencyCode>;
    defaultLanguageCode?: InputMaybe<LanguageCode>;
    defaultShippingZoneId?: InputMaybe<Scalars['ID']['input']>;
    defaultTaxZoneId?: InputMaybe<Scalars['ID']['input']>;
    id: Scalars['ID']['input'];
    outOfStockThreshold?: InputMaybe<Scalars['Int']['input']>;
    pricesIncludeTax?: InputMaybe<Scalars['Boolean']['input']>;
    sellerId?: InputMaybe<Scalars['ID']['input']>;
    token?: InputMaybe<Scalars['String']['input']>;
    trackInventory?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateCollectionInput = {
    assetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    featuredAssetId?: InputMaybe<Scalars['ID']['input']>;
    filters?: InputMaybe<Array<ConfigurableOperationInput>>;
    id: Scalars['ID']['input'];
    inheritFilters?: InputMaybe<Scalars['Boolean']['input']>;
    isPrivate?: InputMaybe<Scalars['Boolean']['input']>;
    parentId?: InputMaybe<Scalars['ID']['input']>;
    translations?: InputMaybe<Array<UpdateCollectionTranslationInput>>;
};

export type UpdateCollectionTranslationInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    description?: InputMaybe<Scalars['String']['input']>;
    id?: InputMaybe<Scalars['ID']['input']>;
    languageCode: LanguageCode;
    name?: InputMaybe<Scalars['String']['input']>;
    slug?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a company; omitted fields stay as they are. Use moveCompany to change the parent. */
export type UpdateCompanyInput = {
    /** Code, unique in the channel. */
    code?: InputMaybe<Scalars['String']['input']>;
    /** Default billing address. */
    defaultBillingAddress?: InputMaybe<CompanyAddressInput>;
    /** Default shipping address. */
    defaultShippingAddress?: InputMaybe<CompanyAddressInput>;
    /** The company. */
    id: Scalars['ID']['input'];
    /** Display name. */
    name?: InputMaybe<Scalars['String']['input']>;
    /** Sales representative; null removes it. */
    salesRepId?: InputMaybe<Scalars['ID']['input']>;
    /** Status. */
    status?: InputMaybe<CompanyStatus>;
    /** Tax or VAT registration id. */
    taxId?: InputMaybe<Scalars['String']['input']>;
    /** Tier code; null removes the tier. */
    tier?: InputMaybe<Scalars['String']['input']>;
};

/** Changes a member's role. */
export type UpdateCompanyMemberRoleInput = {
    /** The company. */
    companyId: Scalars['ID']['input'];
    /** The member's customer id. */
    customerId: Scalars['ID']['input'];
    /** The new role. */
    role: CompanyRole;
};

export type UpdateCountryInput = {
    code?: InputMaybe<Scalars['String']['input']>;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    enabled?: InputMaybe<Scalars['Boolean']['input']>;
    id: Scalars['ID']['input'];
    translations?: InputMaybe<Array<CountryTranslationInput>>;
};

/** Changes to a credit account's limit and terms. */
export type UpdateCreditAccountInput = {
    /** Allow orders above the limit. */
    allowExceedLimit?: InputMaybe<Scalars['Boolean']['input']>;
    /** Credit limit, in minor units. */
    creditLimit?: InputMaybe<Scalars['Money']['input']>;
    /** Grace days. */
    graceDays?: InputMaybe<Scalars['Int']['input']>;
    /** The account. */
    id: Scalars['ID']['input'];
    /** Net days. */
    paymentTermsDays?: InputMaybe<Scalars['Int']['input']>;
    /** Require a purchase order number on every order paid on account. */
    requirePurchaseOrderNumber?: InputMaybe<Scalars['Boolean']['input']>;
    /** Share with sub-companies. */
    sharedWithSubsidiaries?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateCustomerCustomFieldsInput = {
    notificationLanguage?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCustomerGroupInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    id: Scalars['ID']['input'];
    name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCustomerInput = {
    customFields?: InputMaybe<UpdateCustomerCustomFieldsInput>;
    emailAddress?: InputMaybe<Scalars['String']['input']>;
    firstName?: InputMaybe<Scalars['String']['input']>;
    id: Scalars['ID']['input'];
    lastName?: InputMaybe<Scalars['String']['input']>;
    phoneNumber?: InputMaybe<Scalars['String']['input']>;
    title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCustomerNoteInput = {
    note: Scalars['String']['input'];
    noteId: Scalars['ID']['input'];
};

/** Changes to a dealer agreement; a new endsAt re-arms the expiry warning. */
export type UpdateDealerAgreementInput = {
    /** Credit limit in minor units. */
    creditLimit?: InputMaybe<Scalars['Money']['input']>;
    /** Currency of the credit limit. */
    currencyCode?: InputMaybe<CurrencyCode>;
    /** End. */
    endsAt?: InputMaybe<Scalars['DateTime']['input']>;
    /** The agreement. */
    id: Scalars['ID']['input'];
    /** Contract number. */
    number?: InputMaybe<Scalars['String']['input']>;
    /** Payment terms in days. */
    paymentTermsDays?: InputMaybe<Scalars['Int']['input']>;
    /** Price lists it grants (replaces the set). */
    priceListIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** Renewal status. */
    renewalStatus?: InputMaybe<AgreementRenewalStatus>;
    /** Start. */
    startsAt?: InputMaybe<Scalars['DateTime']['input']>;
    /** Terms text. */
    terms?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateFacetInput = {
    code?: InputMaybe<Scalars['String']['input']>;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    id: Scalars['ID']['input'];
    isPrivate?: InputMaybe<Scalars['Boolean']['input']>;
    translations?: InputMaybe<Array<FacetTranslationInput>>;
};

export type UpdateFacetValueInput = {
    code?: InputMaybe<Scalars['String']['input']>;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    id: Scalars['ID']['input'];
    translations?: InputMaybe<Array<FacetValueTranslationInput>>;
};

export type UpdateGlobalSettingsInput = {
    availableLanguages?: InputMaybe<Array<LanguageCode>>;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    outOfStockThreshold?: InputMaybe<Scalars['Int']['input']>;
    trackInventory?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changes to a draft receipt. */
export type UpdateGoodsReceiptInput = {
    /** The receipt. */
    id: Scalars['ID']['input'];
    /** Replaces every line. */
    lines?: InputMaybe<Array<GoodsReceiptLineInput>>;
    /** Free text. */
    note?: InputMaybe<Scalars['String']['input']>;
    /** Delivery note number. */
    reference?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a commission rule (orders placed before keep their rates). */
export type UpdateMarketplaceCommissionRuleInput = {
    /** Another collection; omitted: unchanged. */
    collectionId?: InputMaybe<Scalars['ID']['input']>;
    /** The rule. */
    id: Scalars['ID']['input'];
    /** Basis points 0–10000; omitted: unchanged. */
    rateBps?: InputMaybe<Scalars['Int']['input']>;
    /** Another seller; null: every seller; omitted: unchanged. */
    sellerId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a seller's public profile; omitted fields stay as they are, null clears them. */
export type UpdateMarketplaceSellerProfileInput = {
    /** ISO 3166-1 alpha-2 country code, e.g. CN. */
    countryCode?: InputMaybe<Scalars['String']['input']>;
    /** What the seller sells (up to 2000 characters). */
    description?: InputMaybe<Scalars['String']['input']>;
    /** The seller: the operator names any; a seller administrator only their own. */
    id: Scalars['ID']['input'];
    /** Where the seller ships from (up to 200 characters). */
    location?: InputMaybe<Scalars['String']['input']>;
    /** The logo: an asset of the catalogue. */
    logoId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to an offer; omitted fields stay as they are. Seller and variant do not change. */
export type UpdateOfferInput = {
    /** Whether it is sold. */
    active?: InputMaybe<Scalars['Boolean']['input']>;
    /** Condition. */
    condition?: InputMaybe<OfferCondition>;
    /** Currency. */
    currencyCode?: InputMaybe<CurrencyCode>;
    /** The offer. */
    id: Scalars['ID']['input'];
    /** Days until shipping. */
    leadTimeDays?: InputMaybe<Scalars['Int']['input']>;
    /** Manufacturer part number. */
    manufacturerPartNumber?: InputMaybe<Scalars['String']['input']>;
    /** Smallest quantity per order. */
    minimumOrderQuantity?: InputMaybe<Scalars['Int']['input']>;
    /** Unit price in minor units. */
    price?: InputMaybe<Scalars['Money']['input']>;
    /** Units held for sale. */
    quantityAvailable?: InputMaybe<Scalars['Int']['input']>;
    /** The seller's SKU. */
    sellerSku?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOrderAddressInput = {
    city?: InputMaybe<Scalars['String']['input']>;
    company?: InputMaybe<Scalars['String']['input']>;
    countryCode?: InputMaybe<Scalars['String']['input']>;
    fullName?: InputMaybe<Scalars['String']['input']>;
    phoneNumber?: InputMaybe<Scalars['String']['input']>;
    postalCode?: InputMaybe<Scalars['String']['input']>;
    province?: InputMaybe<Scalars['String']['input']>;
    streetLine1?: InputMaybe<Scalars['String']['input']>;
    streetLine2?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOrderInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    id: Scalars['ID']['input'];
};

export type UpdateOrderNoteInput = {
    isPublic?: InputMaybe<Scalars['Boolean']['input']>;
    note?: InputMaybe<Scalars['String']['input']>;
    noteId: Scalars['ID']['input'];
};

export type UpdatePaymentMethodInput = {
    checker?: InputMaybe<ConfigurableOperationInput>;
    code?: InputMaybe<Scalars['String']['input']>;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    enabled?: InputMaybe<Scalars['Boolean']['input']>;
    handler?: InputMaybe<ConfigurableOperationInput>;
    id: Scalars['ID']['input'];
    translations?: InputMaybe<Array<PaymentMethodTranslationInput>>;
};

/** Changes to a price list; omitted fields stay as they are. */
export type UpdatePriceListInput = {
    /** The price list. */
    id: Scalars['ID']['input'];
    /** Name. */
    name?: InputMaybe<Scalars['String']['input']>;
    /** Priority. */
    priority?: InputMaybe<Scalars['Int']['input']>;
    /** Status. */
    status?: InputMaybe<PriceListStatus>;
    /** Start of validity; null removes it. */
    validFrom?: InputMaybe<Scalars['DateTime']['input']>;
    /** End of validity; null removes it. */
    validTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type UpdateProductInput = {
    assetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    enabled?: InputMaybe<Scalars['Boolean']['input']>;
    facetValueIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    featuredAssetId?: InputMaybe<Scalars['ID']['input']>;
    id: Scalars['ID']['input'];
    translations?: InputMaybe<Array<ProductTranslationInput>>;
};

export type UpdateProductOptionGroupInput = {
    code?: InputMaybe<Scalars['String']['input']>;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    id: Scalars['ID']['input'];
    translations?: InputMaybe<Array<ProductOptionGroupTranslationInput>>;
};

export type UpdateProductOptionInput = {
    code?: InputMaybe<Scalars['String']['input']>;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    id: Scalars['ID']['input'];
    translations?: InputMaybe<Array<ProductOptionGroupTranslationInput>>;
};

export type UpdateProductVariantCustomFieldsInput = {
    barcode?: InputMaybe<Scalars['String']['input']>;
    shippingHeight?: InputMaybe<Scalars['Int']['input']>;
    shippingLength?: InputMaybe<Scalars['Int']['input']>;
    shippingWeight?: InputMaybe<Scalars['Int']['input']>;
    shippingWidth?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateProductVariantInput = {
    assetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    customFields?: InputMaybe<UpdateProductVariantCustomFieldsInput>;
    enabled?: InputMaybe<Scalars['Boolean']['input']>;
    facetValueIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    featuredAssetId?: InputMaybe<Scalars['ID']['input']>;
    id: Scalars['ID']['input'];
    optionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    outOfStockThreshold?: InputMaybe<Scalars['Int']['input']>;
    /** Sets the price for the ProductVariant in the Channel's default currency */
    price?: InputMaybe<Scalars['Money']['input']>;
    /** Allows multiple prices to be set for the ProductVariant in different currencies. */
    prices?: InputMaybe<Array<UpdateProductVariantPriceInput>>;
    sku?: InputMaybe<Scalars['String']['input']>;
    stockLevels?: InputMaybe<Array<StockLevelInput>>;
    stockOnHand?: InputMaybe<Scalars['Int']['input']>;
    taxCategoryId?: InputMaybe<Scalars['ID']['input']>;
    trackInventory?: InputMaybe<GlobalFlag>;
    translations?: InputMaybe<Array<ProductVariantTranslationInput>>;
    useGlobalOutOfStockThreshold?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * Used to set up update the price of a ProductVariant in a particular Channel.
 * If the `delete` flag is `true`, the price will be deleted for the given Channel.
 */
export type UpdateProductVariantPriceInput = {
    currencyCode: CurrencyCode;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    delete?: InputMaybe<Scalars['Boolean']['input']>;
    price: Scalars['Money']['input'];
};

export type UpdatePromotionInput = {
    actions?: InputMaybe<Array<ConfigurableOperationInput>>;
    conditions?: InputMaybe<Array<ConfigurableOperationInput>>;
    couponCode?: InputMaybe<Scalars['String']['input']>;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    enabled?: InputMaybe<Scalars['Boolean']['input']>;
    endsAt?: InputMaybe<Scalars['DateTime']['input']>;
    id: Scalars['ID']['input'];
    perCustomerUsageLimit?: InputMaybe<Scalars['Int']['input']>;
    startsAt?: InputMaybe<Scalars['DateTime']['input']>;
    translations?: InputMaybe<Array<PromotionTranslationInput>>;
    usageLimit?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateProvinceInput = {
    code?: InputMaybe<Scalars['String']['input']>;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    enabled?: InputMaybe<Scalars['Boolean']['input']>;
    id: Scalars['ID']['input'];
    translations?: InputMaybe<Array<ProvinceTranslationInput>>;
};

/** Changes to a purchase order: lines, supplier and warehouse while draft; note and expected date until closed. */
export type UpdatePurchaseOrderInput = {
    /** Expected date (re-arms the overdue notification). */
    expectedDate?: InputMaybe<Scalars['DateTime']['input']>;
    /** The purchase order. */
    id: Scalars['ID']['input'];
    /** Replaces every line (draft only). */
    lines?: InputMaybe<Array<PurchaseOrderLineInput>>;
    /** Free text. */
    note?: InputMaybe<Scalars['String']['input']>;
    /** The supplier (draft only). */
    supplierId?: InputMaybe<Scalars['ID']['input']>;
    /** The warehouse (draft only). */
    warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a reorder point. */
export type UpdateReorderPointInput = {
    /** Draft a purchase order when it fires. */
    autoDraftPurchaseOrder?: InputMaybe<Scalars['Boolean']['input']>;
    /** The reorder point. */
    id: Scalars['ID']['input'];
    /** Minimum available quantity. */
    minQuantity?: InputMaybe<Scalars['Int']['input']>;
    /** Who to order from (null: nobody). */
    preferredSupplierId?: InputMaybe<Scalars['ID']['input']>;
    /** Quantity to order. */
    reorderQuantity?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateRoleInput = {
    channelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    code?: InputMaybe<Scalars['String']['input']>;
    description?: InputMaybe<Scalars['String']['input']>;
    id: Scalars['ID']['input'];
    permissions?: InputMaybe<Array<Permission>>;
};

export type UpdateScheduledTaskInput = {
    enabled?: InputMaybe<Scalars['Boolean']['input']>;
    id: Scalars['String']['input'];
};

export type UpdateSellerInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    id: Scalars['ID']['input'];
    name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateShippingMethodInput = {
    calculator?: InputMaybe<ConfigurableOperationInput>;
    checker?: InputMaybe<ConfigurableOperationInput>;
    code?: InputMaybe<Scalars['String']['input']>;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    fulfillmentHandler?: InputMaybe<Scalars['String']['input']>;
    id: Scalars['ID']['input'];
    translations: Array<ShippingMethodTranslationInput>;
};

export type UpdateStockLocationInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    description?: InputMaybe<Scalars['String']['input']>;
    id: Scalars['ID']['input'];
    name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a draft transfer (the note can change later too). */
export type UpdateStockTransferInput = {
    /** Destination warehouse. */
    destinationWarehouseId?: InputMaybe<Scalars['ID']['input']>;
    /** The transfer. */
    id: Scalars['ID']['input'];
    /** Replaces every line. */
    lines?: InputMaybe<Array<StockTransferLineInput>>;
    /** Free text. */
    note?: InputMaybe<Scalars['String']['input']>;
    /** Source warehouse. */
    sourceWarehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a supplier; omitted fields are kept. */
export type UpdateSupplierInput = {
    /** Active or not. */
    active?: InputMaybe<Scalars['Boolean']['input']>;
    /** Postal address. */
    address?: InputMaybe<WarehouseAddressInput>;
    /** Allow over-receipt. */
    allowOverReceipt?: InputMaybe<Scalars['Boolean']['input']>;
    /** Code. */
    code?: InputMaybe<Scalars['String']['input']>;
    /** Contact person. */
    contactName?: InputMaybe<Scalars['String']['input']>;
    /** Currency. */
    currencyCode?: InputMaybe<CurrencyCode>;
    /** Email address. */
    emailAddress?: InputMaybe<Scalars['String']['input']>;
    /** The supplier. */
    id: Scalars['ID']['input'];
    /** Lead time in days. */
    leadTimeDays?: InputMaybe<Scalars['Int']['input']>;
    /** A marketplace seller to link; null unlinks. */
    marketplaceSellerId?: InputMaybe<Scalars['ID']['input']>;
    /** Name. */
    name?: InputMaybe<Scalars['String']['input']>;
    /** Free text. */
    note?: InputMaybe<Scalars['String']['input']>;
    /** Phone number. */
    phoneNumber?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTagInput = {
    id: Scalars['ID']['input'];
    value?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTaxCategoryInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    id: Scalars['ID']['input'];
    isDefault?: InputMaybe<Scalars['Boolean']['input']>;
    name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTaxRateInput = {
    categoryId?: InputMaybe<Scalars['ID']['input']>;
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    customerGroupId?: InputMaybe<Scalars['ID']['input']>;
    enabled?: InputMaybe<Scalars['Boolean']['input']>;
    id: Scalars['ID']['input'];
    name?: InputMaybe<Scalars['String']['input']>;
    value?: InputMaybe<Scalars['Float']['input']>;
    zoneId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a topic; omitted fields stay as they are. Move it with moveTopic. */
export type UpdateTopicInput = {
    /** The topic. */
    id: Scalars['ID']['input'];
    /** Order among siblings. */
    position?: InputMaybe<Scalars['Int']['input']>;
    /** Translations to add or change. */
    translations?: InputMaybe<Array<TopicTranslationInput>>;
};

/** Changes to a warehouse; omitted fields are kept. */
export type UpdateWarehouseInput = {
    /** Active or not. */
    active?: InputMaybe<Scalars['Boolean']['input']>;
    /** Postal address (null removes it). */
    address?: InputMaybe<WarehouseAddressInput>;
    /** Channels of the stock location (replaces the list). */
    channelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** Unique code. */
    code?: InputMaybe<Scalars['String']['input']>;
    /** Description of the stock location. */
    description?: InputMaybe<Scalars['String']['input']>;
    /** The warehouse. */
    id: Scalars['ID']['input'];
    /** Name of the stock location. */
    name?: InputMaybe<Scalars['String']['input']>;
    /** Shown to buyers collecting here. */
    pickupInstructions?: InputMaybe<Scalars['String']['input']>;
    /** Pick-up point or not. */
    pickupPoint?: InputMaybe<Scalars['Boolean']['input']>;
    /** Ship-from priority. */
    priority?: InputMaybe<Scalars['Int']['input']>;
    /** central, branch or consignment. */
    type?: InputMaybe<WarehouseType>;
    /** Zones served (replaces the list; empty: every zone). */
    zoneIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Changes to a webhook endpoint. */
export type UpdateWebhookEndpointInput = {
    /** Enabled. */
    enabled?: InputMaybe<Scalars['Boolean']['input']>;
    /** The endpoint. */
    id: Scalars['ID']['input'];
    /** Name. */
    name?: InputMaybe<Scalars['String']['input']>;
    /** The rules whose alerts are sent to it, replacing the current ones (it leaves the rules not listed). */
    ruleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
    /** A new shared secret. */
    secret?: InputMaybe<Scalars['String']['input']>;
    /** Signing. */
    signing?: InputMaybe<WebhookSigning>;
    /** URL. */
    url?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateZoneInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    id: Scalars['ID']['input'];
    name?: InputMaybe<Scalars['String']['input']>;
};

/** A postal address. */
export type WarehouseAddressInput = {
    /** City. */
    city?: InputMaybe<Scalars['String']['input']>;
    /** ISO 3166-1 alpha-2 country code. */
    countryCode: Scalars['String']['input'];
    /** Phone number. */
    phoneNumber?: InputMaybe<Scalars['String']['input']>;
    /** Postal code. */
    postalCode?: InputMaybe<Scalars['String']['input']>;
    /** Province or state. */
    province?: InputMaybe<Scalars['String']['input']>;
    /** Street and number. */
    streetLine1: Scalars['String']['input'];
    /** Second address line. */
    streetLine2?: InputMaybe<Scalars['String']['input']>;
};

export type WarehouseFilterParameter = {
    _and?: InputMaybe<Array<WarehouseFilterParameter>>;
    _or?: InputMaybe<Array<WarehouseFilterParameter>>;
    /** Inactive warehouses ship nothing and their stock is not sellable. */
    active?: InputMaybe<BooleanOperators>;
    /** Unique code. */
    code?: InputMaybe<StringOperators>;
    /** When the details were created. */
    createdAt?: InputMaybe<DateOperators>;
    /** The stock location's description. */
    description?: InputMaybe<StringOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** The stock location's name. */
    name?: InputMaybe<StringOperators>;
    /** Shown to buyers collecting here (opening hours, where to go). */
    pickupInstructions?: InputMaybe<StringOperators>;
    /** Whether buyers may collect orders here. */
    pickupPoint?: InputMaybe<BooleanOperators>;
    /** Ship-from priority: the lowest number ships first. */
    priority?: InputMaybe<NumberOperators>;
    /** Id of the stock location. */
    stockLocationId?: InputMaybe<IdOperators>;
    /** central, branch or consignment. */
    type?: InputMaybe<StringOperators>;
    /** When the details were last updated. */
    updatedAt?: InputMaybe<DateOperators>;
};

export type WarehouseListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<WarehouseFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<WarehouseSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type WarehouseSortParameter = {
    /** Unique code. */
    code?: InputMaybe<SortOrder>;
    /** When the details were created. */
    createdAt?: InputMaybe<SortOrder>;
    /** The stock location's description. */
    description?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** The stock location's name. */
    name?: InputMaybe<SortOrder>;
    /** Shown to buyers collecting here (opening hours, where to go). */
    pickupInstructions?: InputMaybe<SortOrder>;
    /** Ship-from priority: the lowest number ships first. */
    priority?: InputMaybe<SortOrder>;
    /** Id of the stock location. */
    stockLocationId?: InputMaybe<SortOrder>;
    /** When the details were last updated. */
    updatedAt?: InputMaybe<SortOrder>;
};

/** What role a warehouse plays: central (distribution), branch (or store), consignment (held by a third party). */
export type WarehouseType = 'branch' | 'central' | 'consignment';

export type WebhookDeliveryFilterParameter = {
    _and?: InputMaybe<Array<WebhookDeliveryFilterParameter>>;
    _or?: InputMaybe<Array<WebhookDeliveryFilterParameter>>;
    /** The alert; null for a test delivery (sendTestWebhook). */
    alertId?: InputMaybe<IdOperators>;
    /** 1 for the first try, 2 for the first retry, … */
    attempt?: InputMaybe<NumberOperators>;
    /** When it was attempted. */
    attemptedAt?: InputMaybe<DateOperators>;
    /** When it was recorded. */
    createdAt?: InputMaybe<DateOperators>;
    /** How long it took. */
    durationMs?: InputMaybe<NumberOperators>;
    /** The endpoint. */
    endpointId?: InputMaybe<IdOperators>;
    /** Why it failed. */
    error?: InputMaybe<StringOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** HTTP status code; null when no answer came. */
    statusCode?: InputMaybe<NumberOperators>;
    /** Whether the endpoint answered 2xx. */
    success?: InputMaybe<BooleanOperators>;
    /** When it was recorded. */
    updatedAt?: InputMaybe<DateOperators>;
};

export type WebhookDeliveryListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<WebhookDeliveryFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<WebhookDeliverySortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type WebhookDeliverySortParameter = {
    /** The alert; null for a test delivery (sendTestWebhook). */
    alertId?: InputMaybe<SortOrder>;
    /** 1 for the first try, 2 for the first retry, … */
    attempt?: InputMaybe<SortOrder>;
    /** When it was attempted. */
    attemptedAt?: InputMaybe<SortOrder>;
    /** When it was recorded. */
    createdAt?: InputMaybe<SortOrder>;
    /** How long it took. */
    durationMs?: InputMaybe<SortOrder>;
    /** The endpoint. */
    endpointId?: InputMaybe<SortOrder>;
    /** Why it failed. */
    error?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** HTTP status code; null when no answer came. */
    statusCode?: InputMaybe<SortOrder>;
    /** When it was recorded. */
    updatedAt?: InputMaybe<SortOrder>;
};

export type WebhookEndpointFilterParameter = {
    _and?: InputMaybe<Array<WebhookEndpointFilterParameter>>;
    _or?: InputMaybe<Array<WebhookEndpointFilterParameter>>;
    /** When it was created. */
    createdAt?: InputMaybe<DateOperators>;
    /** Disabled endpoints get nothing. */
    enabled?: InputMaybe<BooleanOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Name. */
    name?: InputMaybe<StringOperators>;
    /** How deliveries are signed. */
    signing?: InputMaybe<StringOperators>;
    /** When it was changed. */
    updatedAt?: InputMaybe<DateOperators>;
    /** URL (http or https). */
    url?: InputMaybe<StringOperators>;
};

export type WebhookEndpointListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<WebhookEndpointFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<WebhookEndpointSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type WebhookEndpointSortParameter = {
    /** When it was created. */
    createdAt?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Name. */
    name?: InputMaybe<SortOrder>;
    /** When it was changed. */
    updatedAt?: InputMaybe<SortOrder>;
    /** URL (http or https). */
    url?: InputMaybe<SortOrder>;
};

/** How webhook deliveries are signed. */
export type WebhookSigning =
    /** HMAC-SHA256 over <timestamp>.<body> with the endpoint's secret (the default). */
    | 'hmac'
    /** A compact JWS (HS256) of the body with the endpoint's secret. */
    | 'jws'
    /** A compact JWS (RS256) of the body with the platform key (kid in the header); receivers verify it against GET /alerts/.well-known/jwks.json. */
    | 'jws_rs256';

export type ZoneFilterParameter = {
    _and?: InputMaybe<Array<ZoneFilterParameter>>;
    _or?: InputMaybe<Array<ZoneFilterParameter>>;
    createdAt?: InputMaybe<DateOperators>;
    id?: InputMaybe<IdOperators>;
    name?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type ZoneListOptions = {
    /** Allows the results to be filtered */
    filter?: InputMaybe<ZoneFilterParameter>;
    /** Specifies whether multiple top-level "filter" fields should be combined with a logical AND or OR operation. Defaults to AND. */
    filterOperator?: InputMaybe<LogicalOperator>;
    /** Skips the first n results, for use in pagination */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Specifies which properties to sort the results by */
    sort?: InputMaybe<ZoneSortParameter>;
    /** Takes n results, for use in pagination */
    take?: InputMaybe<Scalars['Int']['input']>;
};

export type ZoneSortParameter = {
    createdAt?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};
