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

/** A quote line to accept, and how many (the quoted quantity when omitted). */
export type AcceptQuoteLineInput = {
    quantity?: InputMaybe<Scalars['Int']['input']>;
    quoteLineId: Scalars['ID']['input'];
};

export type AddItemInput = {
    customFields?: InputMaybe<OrderLineCustomFieldsInput>;
    productVariantId: Scalars['ID']['input'];
    quantity: Scalars['Int']['input'];
};

export type AdjustmentType = 'DISTRIBUTED_ORDER_PROMOTION' | 'OTHER' | 'PROMOTION';

/** Which articles to list. */
export type ArticleQueryOptions = {
    /** Full-text search over title, summary and body, in Chinese and English; every word must match. */
    search?: InputMaybe<Scalars['String']['input']>;
    /** Articles to skip. */
    skip?: InputMaybe<Scalars['Int']['input']>;
    /** Order (default RELEVANCE with a search, NEWEST without). */
    sort?: InputMaybe<ArticleSortOrder>;
    /** Only articles with this tag. */
    tag?: InputMaybe<Scalars['String']['input']>;
    /** Page size (default 20, at most 100). */
    take?: InputMaybe<Scalars['Int']['input']>;
    /** Only articles in this topic or its sub-topics (slug in any language). */
    topicSlug?: InputMaybe<Scalars['String']['input']>;
};

/** How a list of articles is ordered. */
export type ArticleSortOrder =
    /** Newest publication first (the default without a search). */
    | 'NEWEST'
    /** Oldest publication first. */
    | 'OLDEST'
    /** Best search match first (title above summary above body); without a search, newest first. */
    | 'RELEVANCE';

export type AssetType = 'BINARY' | 'IMAGE' | 'VIDEO';

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

export type CollectionFilterParameter = {
    _and?: InputMaybe<Array<CollectionFilterParameter>>;
    _or?: InputMaybe<Array<CollectionFilterParameter>>;
    createdAt?: InputMaybe<DateOperators>;
    description?: InputMaybe<StringOperators>;
    id?: InputMaybe<IdOperators>;
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

/** What a company member may do: admin manages members and orders, buyer orders, viewer only looks. */
export type CompanyRole = 'admin' | 'buyer' | 'viewer';

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

export type CreateCustomerInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    emailAddress: Scalars['String']['input'];
    firstName: Scalars['String']['input'];
    lastName: Scalars['String']['input'];
    phoneNumber?: InputMaybe<Scalars['String']['input']>;
    title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateQuoteRequestInput = {
    deliveryAddress?: InputMaybe<QuoteRequestAddressInput>;
    lines: Array<QuoteRequestLineInput>;
    neededBy?: InputMaybe<Scalars['DateTime']['input']>;
    note?: InputMaybe<Scalars['String']['input']>;
    responseDeadline: Scalars['DateTime']['input'];
};

/** Whether a credit account may be charged. */
export type CreditAccountStatus = 'active' | 'on_hold';

export type CreditLedgerEntryFilterParameter = {
    _and?: InputMaybe<Array<CreditLedgerEntryFilterParameter>>;
    _or?: InputMaybe<Array<CreditLedgerEntryFilterParameter>>;
    /** Signed, minor units: positive increases the amount outstanding. */
    amount?: InputMaybe<NumberOperators>;
    /** The account balance right after this entry. */
    balanceAfter?: InputMaybe<NumberOperators>;
    /** When it was posted. */
    createdAt?: InputMaybe<DateOperators>;
    /** For debits: when due. */
    dueDate?: InputMaybe<DateOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Free text. */
    note?: InputMaybe<StringOperators>;
    /** For debits: still to pay. */
    openAmount?: InputMaybe<NumberOperators>;
    /** Code of the order of a charge or release. */
    orderCode?: InputMaybe<StringOperators>;
    /** For debits: past due and still open. */
    overdue?: InputMaybe<BooleanOperators>;
    /** For charges and their releases: the buyer's purchase order number. */
    purchaseOrderNumber?: InputMaybe<StringOperators>;
    /** Purchase order number, bank reference... */
    reference?: InputMaybe<StringOperators>;
    /** Position in the statement, from 1. */
    sequence?: InputMaybe<NumberOperators>;
    /** What it records. */
    type?: InputMaybe<StringOperators>;
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
    /** Signed, minor units: positive increases the amount outstanding. */
    amount?: InputMaybe<SortOrder>;
    /** The account balance right after this entry. */
    balanceAfter?: InputMaybe<SortOrder>;
    /** When it was posted. */
    createdAt?: InputMaybe<SortOrder>;
    /** For debits: when due. */
    dueDate?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Free text. */
    note?: InputMaybe<SortOrder>;
    /** For debits: still to pay. */
    openAmount?: InputMaybe<SortOrder>;
    /** Code of the order of a charge or release. */
    orderCode?: InputMaybe<SortOrder>;
    /** For charges and their releases: the buyer's purchase order number. */
    purchaseOrderNumber?: InputMaybe<SortOrder>;
    /** Purchase order number, bank reference... */
    reference?: InputMaybe<SortOrder>;
    /** Position in the statement, from 1. */
    sequence?: InputMaybe<SortOrder>;
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
    phoneNumber?: InputMaybe<StringOperators>;
    title?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
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
    phoneNumber?: InputMaybe<SortOrder>;
    title?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

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

export type DeletionResult =
    /** The entity was successfully deleted */
    | 'DELETED'
    /** Deletion did not take place, reason given in message */
    | 'NOT_DELETED';

export type ErrorCode =
    | 'ALREADY_LOGGED_IN_ERROR'
    | 'COMPANY_ROLE_NOT_PERMITTED_ERROR'
    | 'COUPON_CODE_EXPIRED_ERROR'
    | 'COUPON_CODE_INVALID_ERROR'
    | 'COUPON_CODE_LIMIT_ERROR'
    | 'COUPON_REMOVED_DURING_CHECKOUT_ERROR'
    | 'CREDIT_CURRENCY_MISMATCH_ERROR'
    | 'CREDIT_HOLD_ERROR'
    | 'CREDIT_LIMIT_EXCEEDED_ERROR'
    | 'CUSTOMER_ALREADY_IN_COMPANY_ERROR'
    | 'DUPLICATE_SELLER_ERROR'
    | 'EMAIL_ADDRESS_CONFLICT_ERROR'
    | 'GUEST_CHECKOUT_ERROR'
    | 'IDENTIFIER_CHANGE_TOKEN_EXPIRED_ERROR'
    | 'IDENTIFIER_CHANGE_TOKEN_INVALID_ERROR'
    | 'INELIGIBLE_PAYMENT_METHOD_ERROR'
    | 'INELIGIBLE_SHIPPING_METHOD_ERROR'
    | 'INSUFFICIENT_STOCK_ERROR'
    | 'INSUFFICIENT_WAREHOUSE_STOCK_ERROR'
    | 'INVALID_CREDENTIALS_ERROR'
    | 'MISSING_PASSWORD_ERROR'
    | 'NATIVE_AUTH_STRATEGY_ERROR'
    | 'NEGATIVE_QUANTITY_ERROR'
    | 'NOT_VERIFIED_ERROR'
    | 'NO_ACTIVE_ORDER_ERROR'
    | 'NO_CREDIT_ACCOUNT_ERROR'
    | 'ORDER_INTERCEPTOR_ERROR'
    | 'ORDER_LIMIT_ERROR'
    | 'ORDER_MODIFICATION_ERROR'
    | 'ORDER_PAYMENT_STATE_ERROR'
    | 'ORDER_STATE_TRANSITION_ERROR'
    | 'ORDER_TRACKING_NOT_FOUND_ERROR'
    | 'PASSWORD_ALREADY_SET_ERROR'
    | 'PASSWORD_RESET_TOKEN_EXPIRED_ERROR'
    | 'PASSWORD_RESET_TOKEN_INVALID_ERROR'
    | 'PASSWORD_VALIDATION_ERROR'
    | 'PAYMENT_DECLINED_ERROR'
    | 'PAYMENT_FAILED_ERROR'
    | 'PICKUP_POINT_UNAVAILABLE_ERROR'
    | 'PURCHASE_ORDER_NUMBER_REQUIRED_ERROR'
    | 'PURCHASE_ORDER_NUMBER_TOO_LONG_ERROR'
    | 'QUOTE_ALREADY_ACCEPTED_ERROR'
    | 'QUOTE_DEADLINE_PASSED_ERROR'
    | 'QUOTE_NOT_FOUND_ERROR'
    | 'QUOTE_QUANTITY_EXCEEDED_ERROR'
    | 'QUOTE_REQUEST_ATTACHMENT_LIMIT_ERROR'
    | 'QUOTE_REQUEST_ATTACHMENT_TOO_LARGE_ERROR'
    | 'QUOTE_REQUEST_ATTACHMENT_TYPE_ERROR'
    | 'QUOTE_REQUEST_STATE_ERROR'
    | 'QUOTE_UNAVAILABLE_ERROR'
    | 'SELLER_EMAIL_ADDRESS_CONFLICT_ERROR'
    | 'TRACKING_RATE_LIMIT_ERROR'
    | 'UNKNOWN_ERROR'
    | 'VERIFICATION_TOKEN_EXPIRED_ERROR'
    | 'VERIFICATION_TOKEN_INVALID_ERROR';

export type FacetFilterParameter = {
    _and?: InputMaybe<Array<FacetFilterParameter>>;
    _or?: InputMaybe<Array<FacetFilterParameter>>;
    code?: InputMaybe<StringOperators>;
    createdAt?: InputMaybe<DateOperators>;
    id?: InputMaybe<IdOperators>;
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

export type GlobalFlag = 'FALSE' | 'INHERIT' | 'TRUE';

export type HistoryEntryFilterParameter = {
    _and?: InputMaybe<Array<HistoryEntryFilterParameter>>;
    _or?: InputMaybe<Array<HistoryEntryFilterParameter>>;
    createdAt?: InputMaybe<DateOperators>;
    id?: InputMaybe<IdOperators>;
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

/** Someone a company admin invites into their company. */
export type InviteCompanyMemberInput = {
    /** Email address: an existing customer is linked, otherwise one is created and receives a verification email. */
    emailAddress: Scalars['String']['input'];
    /** First name (for a new customer). */
    firstName: Scalars['String']['input'];
    /** Last name (for a new customer). */
    lastName: Scalars['String']['input'];
    /** Role; buyer when omitted. */
    role?: InputMaybe<CompanyRole>;
};

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

export type MarketplaceSellerFilterParameter = {
    _and?: InputMaybe<Array<MarketplaceSellerFilterParameter>>;
    _or?: InputMaybe<Array<MarketplaceSellerFilterParameter>>;
    /** Code: stable, URL-safe; look the seller up by it. */
    code?: InputMaybe<StringOperators>;
    /** ISO 3166-1 alpha-2 code of the country the seller ships from. */
    countryCode?: InputMaybe<StringOperators>;
    /** What the seller sells. */
    description?: InputMaybe<StringOperators>;
    /** Id. */
    id?: InputMaybe<IdOperators>;
    /** Where the seller ships from. */
    location?: InputMaybe<StringOperators>;
    /** Company name. */
    name?: InputMaybe<StringOperators>;
    /** Marketplace status (pending right after registerSeller; approved wherever else the storefront sees it). */
    status?: InputMaybe<StringOperators>;
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
    /** Code: stable, URL-safe; look the seller up by it. */
    code?: InputMaybe<SortOrder>;
    /** ISO 3166-1 alpha-2 code of the country the seller ships from. */
    countryCode?: InputMaybe<SortOrder>;
    /** What the seller sells. */
    description?: InputMaybe<SortOrder>;
    /** Id. */
    id?: InputMaybe<SortOrder>;
    /** Where the seller ships from. */
    location?: InputMaybe<SortOrder>;
    /** Company name. */
    name?: InputMaybe<SortOrder>;
};

/** Where a seller stands with the marketplace: only approved sellers sell and log in. */
export type MarketplaceSellerStatus = 'approved' | 'pending' | 'rejected' | 'suspended';

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

export type OrderFilterParameter = {
    _and?: InputMaybe<Array<OrderFilterParameter>>;
    _or?: InputMaybe<Array<OrderFilterParameter>>;
    /** An order is active as long as the payment process has not been completed */
    active?: InputMaybe<BooleanOperators>;
    /** A unique code for the Order */
    code?: InputMaybe<StringOperators>;
    createdAt?: InputMaybe<DateOperators>;
    currencyCode?: InputMaybe<StringOperators>;
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
    type?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
};

export type OrderLineCustomFieldsInput = {
    offerId?: InputMaybe<Scalars['String']['input']>;
    quoteLineId?: InputMaybe<Scalars['String']['input']>;
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
    /** A unique code for the Order */
    code?: InputMaybe<SortOrder>;
    createdAt?: InputMaybe<SortOrder>;
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
    updatedAt?: InputMaybe<SortOrder>;
};

export type OrderType = 'Aggregate' | 'Regular' | 'Seller';

/** Passed as input to the `addPaymentToOrder` mutation. */
export type PaymentInput = {
    /**
     * This field should contain arbitrary data passed to the specified PaymentMethodHandler's `createPayment()` method
     * as the "metadata" argument. For example, it could contain an ID for the payment and other
     * data generated by the payment provider.
     */
    metadata: Scalars['JSON']['input'];
    /** This field should correspond to the `code` property of a PaymentMethod. */
    method: Scalars['String']['input'];
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

/** Pay for the active order on account. */
export type PlaceOrderOnAccountInput = {
    /** The pay-on-account payment method to use, when the channel has several. */
    paymentMethodCode?: InputMaybe<Scalars['String']['input']>;
    /**
     * The buyer's purchase order number (at most 64 characters), kept on the order (customFields) and on the
     * charge. Required when the company's credit account says so.
     */
    purchaseOrderNumber?: InputMaybe<Scalars['String']['input']>;
};

export type ProductFilterParameter = {
    _and?: InputMaybe<Array<ProductFilterParameter>>;
    _or?: InputMaybe<Array<ProductFilterParameter>>;
    createdAt?: InputMaybe<DateOperators>;
    description?: InputMaybe<StringOperators>;
    enabled?: InputMaybe<BooleanOperators>;
    id?: InputMaybe<IdOperators>;
    languageCode?: InputMaybe<StringOperators>;
    name?: InputMaybe<StringOperators>;
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

export type ProductSortParameter = {
    createdAt?: InputMaybe<SortOrder>;
    description?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    slug?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type ProductVariantFilterParameter = {
    _and?: InputMaybe<Array<ProductVariantFilterParameter>>;
    _or?: InputMaybe<Array<ProductVariantFilterParameter>>;
    createdAt?: InputMaybe<DateOperators>;
    currencyCode?: InputMaybe<StringOperators>;
    id?: InputMaybe<IdOperators>;
    languageCode?: InputMaybe<StringOperators>;
    name?: InputMaybe<StringOperators>;
    price?: InputMaybe<NumberOperators>;
    priceWithTax?: InputMaybe<NumberOperators>;
    productId?: InputMaybe<IdOperators>;
    shippingHeight?: InputMaybe<NumberOperators>;
    shippingLength?: InputMaybe<NumberOperators>;
    shippingWeight?: InputMaybe<NumberOperators>;
    shippingWidth?: InputMaybe<NumberOperators>;
    sku?: InputMaybe<StringOperators>;
    stockLevel?: InputMaybe<StringOperators>;
    updatedAt?: InputMaybe<DateOperators>;
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
    createdAt?: InputMaybe<SortOrder>;
    id?: InputMaybe<SortOrder>;
    name?: InputMaybe<SortOrder>;
    price?: InputMaybe<SortOrder>;
    priceWithTax?: InputMaybe<SortOrder>;
    productId?: InputMaybe<SortOrder>;
    shippingHeight?: InputMaybe<SortOrder>;
    shippingLength?: InputMaybe<SortOrder>;
    shippingWeight?: InputMaybe<SortOrder>;
    shippingWidth?: InputMaybe<SortOrder>;
    sku?: InputMaybe<SortOrder>;
    stockLevel?: InputMaybe<SortOrder>;
    updatedAt?: InputMaybe<SortOrder>;
};

export type QuoteRequestAddressInput = {
    city?: InputMaybe<Scalars['String']['input']>;
    company?: InputMaybe<Scalars['String']['input']>;
    countryCode: Scalars['String']['input'];
    fullName?: InputMaybe<Scalars['String']['input']>;
    phoneNumber?: InputMaybe<Scalars['String']['input']>;
    postalCode?: InputMaybe<Scalars['String']['input']>;
    streetLine1: Scalars['String']['input'];
    streetLine2?: InputMaybe<Scalars['String']['input']>;
};

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

/** A catalogue variant (productVariantId) or a free-text part number (partNumber, with manufacturer and description). */
export type QuoteRequestLineInput = {
    description?: InputMaybe<Scalars['String']['input']>;
    manufacturer?: InputMaybe<Scalars['String']['input']>;
    partNumber?: InputMaybe<Scalars['String']['input']>;
    productVariantId?: InputMaybe<Scalars['ID']['input']>;
    quantity: Scalars['Int']['input'];
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

export type RegisterCustomerInput = {
    emailAddress: Scalars['String']['input'];
    firstName?: InputMaybe<Scalars['String']['input']>;
    lastName?: InputMaybe<Scalars['String']['input']>;
    password?: InputMaybe<Scalars['String']['input']>;
    phoneNumber?: InputMaybe<Scalars['String']['input']>;
    title?: InputMaybe<Scalars['String']['input']>;
};

/** The administrator who will manage the seller in the Dashboard. */
export type RegisterSellerAdministratorInput = {
    /** Login email address. */
    emailAddress: Scalars['String']['input'];
    /** First name; the company name when omitted. */
    firstName?: InputMaybe<Scalars['String']['input']>;
    /** Last name. */
    lastName?: InputMaybe<Scalars['String']['input']>;
    /** Password, 8 to 128 characters. */
    password: Scalars['String']['input'];
};

/** A company's application to sell on the marketplace. */
export type RegisterSellerInput = {
    /** The seller's first administrator. */
    administrator: RegisterSellerAdministratorInput;
    /** Contact email address. */
    contactEmail: Scalars['String']['input'];
    /** What the company sells. */
    description?: InputMaybe<Scalars['String']['input']>;
    /** Company name, 2 to 100 characters, unique among sellers. */
    name: Scalars['String']['input'];
    /** Tax or VAT registration id: 4 to 40 letters, digits, '-', '.', '/'; unique among sellers. */
    taxId: Scalars['String']['input'];
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

export type SortOrder = 'ASC' | 'DESC';

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

export type UpdateCustomerInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
    firstName?: InputMaybe<Scalars['String']['input']>;
    lastName?: InputMaybe<Scalars['String']['input']>;
    phoneNumber?: InputMaybe<Scalars['String']['input']>;
    title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOrderInput = {
    customFields?: InputMaybe<Scalars['JSON']['input']>;
};

/** Changes a draft; lines, when given, replace all lines. */
export type UpdateQuoteRequestInput = {
    deliveryAddress?: InputMaybe<QuoteRequestAddressInput>;
    id: Scalars['ID']['input'];
    lines?: InputMaybe<Array<QuoteRequestLineInput>>;
    neededBy?: InputMaybe<Scalars['DateTime']['input']>;
    note?: InputMaybe<Scalars['String']['input']>;
    responseDeadline?: InputMaybe<Scalars['DateTime']['input']>;
};
