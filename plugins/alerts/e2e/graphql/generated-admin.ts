import * as Types from '../../../../src/testing/graphql/schema-types-admin';

import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AlRuleFragment = {
    __typename?: 'AlertRule';
    id: string;
    name: string;
    enabled: boolean;
    channelId: string;
    severity: Types.AlertSeverity;
    assigneeAdministratorId?: string | null;
    assigneeRoleId?: string | null;
    dueInHours?: number | null;
    recipientRoleIds: Array<string>;
    recipientEmails: Array<string>;
    renotifyIntervalMinutes?: number | null;
    quietHoursStart?: string | null;
    quietHoursEnd?: string | null;
    condition: {
        __typename?: 'ConfigurableOperation';
        code: string;
        args: Array<{ __typename?: 'ConfigArg'; name: string; value: string }>;
    };
    webhookEndpoints: Array<{ __typename?: 'WebhookEndpoint'; id: string; name: string }>;
};

export type AlAlertFragment = {
    __typename?: 'Alert';
    id: string;
    ruleId: string;
    subjectType: string;
    subjectId: string;
    subjectLabel: string;
    subjectLink: string;
    message: string;
    messageEn: string;
    messageZh: string;
    severity: Types.AlertSeverity;
    status: Types.AlertStatus;
    snoozedUntil?: string | null;
    assigneeAdministratorId?: string | null;
    assigneeRoleId?: string | null;
    dueAt?: string | null;
    firstSeenAt: string;
    lastSeenAt: string;
    occurrences: number;
    actedByAdministratorId?: string | null;
    actedAt?: string | null;
    resolvedAt?: string | null;
    lastNotifiedAt?: string | null;
};

export type AlConditionsQueryVariables = Types.Exact<{
    languageCode?: Types.InputMaybe<Types.LanguageCode>;
}>;

export type AlConditionsQuery = {
    __typename?: 'Query';
    alertConditions: Array<{
        __typename?: 'ConfigurableOperationDefinition';
        code: string;
        description: string;
        args: Array<{
            __typename?: 'ConfigArgDefinition';
            name: string;
            type: string;
            required: boolean;
            defaultValue?: any | null;
            label?: string | null;
        }>;
    }>;
};

export type AlCreateRuleMutationVariables = Types.Exact<{
    input: Types.CreateAlertRuleInput;
}>;

export type AlCreateRuleMutation = {
    __typename?: 'Mutation';
    createAlertRule: {
        __typename?: 'AlertRule';
        id: string;
        name: string;
        enabled: boolean;
        channelId: string;
        severity: Types.AlertSeverity;
        assigneeAdministratorId?: string | null;
        assigneeRoleId?: string | null;
        dueInHours?: number | null;
        recipientRoleIds: Array<string>;
        recipientEmails: Array<string>;
        renotifyIntervalMinutes?: number | null;
        quietHoursStart?: string | null;
        quietHoursEnd?: string | null;
        condition: {
            __typename?: 'ConfigurableOperation';
            code: string;
            args: Array<{ __typename?: 'ConfigArg'; name: string; value: string }>;
        };
        webhookEndpoints: Array<{ __typename?: 'WebhookEndpoint'; id: string; name: string }>;
    };
};

export type AlUpdateRuleMutationVariables = Types.Exact<{
    input: Types.UpdateAlertRuleInput;
}>;

export type AlUpdateRuleMutation = {
    __typename?: 'Mutation';
    updateAlertRule: {
        __typename?: 'AlertRule';
        id: string;
        name: string;
        enabled: boolean;
        channelId: string;
        severity: Types.AlertSeverity;
        assigneeAdministratorId?: string | null;
        assigneeRoleId?: string | null;
        dueInHours?: number | null;
        recipientRoleIds: Array<string>;
        recipientEmails: Array<string>;
        renotifyIntervalMinutes?: number | null;
        quietHoursStart?: string | null;
        quietHoursEnd?: string | null;
        condition: {
            __typename?: 'ConfigurableOperation';
            code: string;
            args: Array<{ __typename?: 'ConfigArg'; name: string; value: string }>;
        };
        webhookEndpoints: Array<{ __typename?: 'WebhookEndpoint'; id: string; name: string }>;
    };
};

export type AlDeleteRuleMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type AlDeleteRuleMutation = {
    __typename?: 'Mutation';
    deleteAlertRule: { __typename?: 'DeletionResponse'; result: Types.DeletionResult };
};

export type AlRulesQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.AlertRuleListOptions>;
}>;

export type AlRulesQuery = {
    __typename?: 'Query';
    alertRules: {
        __typename?: 'AlertRuleList';
        totalItems: number;
        items: Array<{
            __typename?: 'AlertRule';
            id: string;
            name: string;
            enabled: boolean;
            channelId: string;
            severity: Types.AlertSeverity;
            assigneeAdministratorId?: string | null;
            assigneeRoleId?: string | null;
            dueInHours?: number | null;
            recipientRoleIds: Array<string>;
            recipientEmails: Array<string>;
            renotifyIntervalMinutes?: number | null;
            quietHoursStart?: string | null;
            quietHoursEnd?: string | null;
            condition: {
                __typename?: 'ConfigurableOperation';
                code: string;
                args: Array<{ __typename?: 'ConfigArg'; name: string; value: string }>;
            };
            webhookEndpoints: Array<{ __typename?: 'WebhookEndpoint'; id: string; name: string }>;
        }>;
    };
};

export type AlAlertsQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.AlertListOptions>;
}>;

export type AlAlertsQuery = {
    __typename?: 'Query';
    alerts: {
        __typename?: 'AlertList';
        totalItems: number;
        items: Array<{
            __typename?: 'Alert';
            id: string;
            ruleId: string;
            subjectType: string;
            subjectId: string;
            subjectLabel: string;
            subjectLink: string;
            message: string;
            messageEn: string;
            messageZh: string;
            severity: Types.AlertSeverity;
            status: Types.AlertStatus;
            snoozedUntil?: string | null;
            assigneeAdministratorId?: string | null;
            assigneeRoleId?: string | null;
            dueAt?: string | null;
            firstSeenAt: string;
            lastSeenAt: string;
            occurrences: number;
            actedByAdministratorId?: string | null;
            actedAt?: string | null;
            resolvedAt?: string | null;
            lastNotifiedAt?: string | null;
        }>;
    };
};

export type AlAlertQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type AlAlertQuery = {
    __typename?: 'Query';
    alert?: {
        __typename?: 'Alert';
        id: string;
        ruleId: string;
        subjectType: string;
        subjectId: string;
        subjectLabel: string;
        subjectLink: string;
        message: string;
        messageEn: string;
        messageZh: string;
        severity: Types.AlertSeverity;
        status: Types.AlertStatus;
        snoozedUntil?: string | null;
        assigneeAdministratorId?: string | null;
        assigneeRoleId?: string | null;
        dueAt?: string | null;
        firstSeenAt: string;
        lastSeenAt: string;
        occurrences: number;
        actedByAdministratorId?: string | null;
        actedAt?: string | null;
        resolvedAt?: string | null;
        lastNotifiedAt?: string | null;
        rule: { __typename?: 'AlertRule'; id: string; name: string };
        comments: Array<{
            __typename?: 'AlertComment';
            id: string;
            body: string;
            authorAdministratorId?: string | null;
        }>;
    } | null;
};

export type AlOpenCountQueryVariables = Types.Exact<{ [key: string]: never }>;

export type AlOpenCountQuery = {
    __typename?: 'Query';
    openAlertCount: {
        __typename?: 'OpenAlertCount';
        open: number;
        active: number;
        info: number;
        warning: number;
        critical: number;
    };
};

export type AlAcknowledgeMutationVariables = Types.Exact<{
    ids: Array<Types.Scalars['ID']['input']> | Types.Scalars['ID']['input'];
}>;

export type AlAcknowledgeMutation = {
    __typename?: 'Mutation';
    acknowledgeAlerts: Array<{
        __typename?: 'Alert';
        id: string;
        ruleId: string;
        subjectType: string;
        subjectId: string;
        subjectLabel: string;
        subjectLink: string;
        message: string;
        messageEn: string;
        messageZh: string;
        severity: Types.AlertSeverity;
        status: Types.AlertStatus;
        snoozedUntil?: string | null;
        assigneeAdministratorId?: string | null;
        assigneeRoleId?: string | null;
        dueAt?: string | null;
        firstSeenAt: string;
        lastSeenAt: string;
        occurrences: number;
        actedByAdministratorId?: string | null;
        actedAt?: string | null;
        resolvedAt?: string | null;
        lastNotifiedAt?: string | null;
    }>;
};

export type AlResolveMutationVariables = Types.Exact<{
    ids: Array<Types.Scalars['ID']['input']> | Types.Scalars['ID']['input'];
}>;

export type AlResolveMutation = {
    __typename?: 'Mutation';
    resolveAlerts: Array<{
        __typename?: 'Alert';
        id: string;
        ruleId: string;
        subjectType: string;
        subjectId: string;
        subjectLabel: string;
        subjectLink: string;
        message: string;
        messageEn: string;
        messageZh: string;
        severity: Types.AlertSeverity;
        status: Types.AlertStatus;
        snoozedUntil?: string | null;
        assigneeAdministratorId?: string | null;
        assigneeRoleId?: string | null;
        dueAt?: string | null;
        firstSeenAt: string;
        lastSeenAt: string;
        occurrences: number;
        actedByAdministratorId?: string | null;
        actedAt?: string | null;
        resolvedAt?: string | null;
        lastNotifiedAt?: string | null;
    }>;
};

export type AlSnoozeMutationVariables = Types.Exact<{
    ids: Array<Types.Scalars['ID']['input']> | Types.Scalars['ID']['input'];
    until: Types.Scalars['DateTime']['input'];
}>;

export type AlSnoozeMutation = {
    __typename?: 'Mutation';
    snoozeAlerts: Array<{
        __typename?: 'Alert';
        id: string;
        ruleId: string;
        subjectType: string;
        subjectId: string;
        subjectLabel: string;
        subjectLink: string;
        message: string;
        messageEn: string;
        messageZh: string;
        severity: Types.AlertSeverity;
        status: Types.AlertStatus;
        snoozedUntil?: string | null;
        assigneeAdministratorId?: string | null;
        assigneeRoleId?: string | null;
        dueAt?: string | null;
        firstSeenAt: string;
        lastSeenAt: string;
        occurrences: number;
        actedByAdministratorId?: string | null;
        actedAt?: string | null;
        resolvedAt?: string | null;
        lastNotifiedAt?: string | null;
    }>;
};

export type AlAssignMutationVariables = Types.Exact<{
    input: Types.AssignAlertsInput;
}>;

export type AlAssignMutation = {
    __typename?: 'Mutation';
    assignAlerts: Array<{
        __typename?: 'Alert';
        id: string;
        ruleId: string;
        subjectType: string;
        subjectId: string;
        subjectLabel: string;
        subjectLink: string;
        message: string;
        messageEn: string;
        messageZh: string;
        severity: Types.AlertSeverity;
        status: Types.AlertStatus;
        snoozedUntil?: string | null;
        assigneeAdministratorId?: string | null;
        assigneeRoleId?: string | null;
        dueAt?: string | null;
        firstSeenAt: string;
        lastSeenAt: string;
        occurrences: number;
        actedByAdministratorId?: string | null;
        actedAt?: string | null;
        resolvedAt?: string | null;
        lastNotifiedAt?: string | null;
    }>;
};

export type AlCommentMutationVariables = Types.Exact<{
    alertId: Types.Scalars['ID']['input'];
    body: Types.Scalars['String']['input'];
}>;

export type AlCommentMutation = {
    __typename?: 'Mutation';
    addAlertComment: { __typename?: 'Alert'; id: string };
};

export type AlRunScanMutationVariables = Types.Exact<{ [key: string]: never }>;

export type AlRunScanMutation = {
    __typename?: 'Mutation';
    runAlertScan: {
        __typename?: 'AlertScanResult';
        raised: number;
        resolved: number;
        reopened: number;
        notified: number;
        resent: number;
    };
};

export type AlCreateEndpointMutationVariables = Types.Exact<{
    input: Types.CreateWebhookEndpointInput;
}>;

export type AlCreateEndpointMutation = {
    __typename?: 'Mutation';
    createWebhookEndpoint: {
        __typename?: 'WebhookEndpoint';
        id: string;
        name: string;
        url: string;
        signing: Types.WebhookSigning;
        enabled: boolean;
    };
};

export type AlEndpointFragment = {
    __typename?: 'WebhookEndpoint';
    id: string;
    name: string;
    url: string;
    signing: Types.WebhookSigning;
    enabled: boolean;
    rules: Array<{ __typename?: 'AlertRule'; id: string; name: string }>;
    lastDelivery?: {
        __typename?: 'WebhookDelivery';
        id: string;
        alertId?: string | null;
        attempt: number;
        success: boolean;
        statusCode?: number | null;
    } | null;
};

export type AlEndpointsQueryVariables = Types.Exact<{
    options?: Types.InputMaybe<Types.WebhookEndpointListOptions>;
}>;

export type AlEndpointsQuery = {
    __typename?: 'Query';
    webhookEndpoints: {
        __typename?: 'WebhookEndpointList';
        totalItems: number;
        items: Array<{
            __typename?: 'WebhookEndpoint';
            id: string;
            name: string;
            url: string;
            signing: Types.WebhookSigning;
            enabled: boolean;
            rules: Array<{ __typename?: 'AlertRule'; id: string; name: string }>;
            lastDelivery?: {
                __typename?: 'WebhookDelivery';
                id: string;
                alertId?: string | null;
                attempt: number;
                success: boolean;
                statusCode?: number | null;
            } | null;
        }>;
    };
};

export type AlEndpointQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type AlEndpointQuery = {
    __typename?: 'Query';
    webhookEndpoint?: {
        __typename?: 'WebhookEndpoint';
        id: string;
        name: string;
        url: string;
        signing: Types.WebhookSigning;
        enabled: boolean;
        rules: Array<{ __typename?: 'AlertRule'; id: string; name: string }>;
        lastDelivery?: {
            __typename?: 'WebhookDelivery';
            id: string;
            alertId?: string | null;
            attempt: number;
            success: boolean;
            statusCode?: number | null;
        } | null;
    } | null;
};

export type AlCreateEndpointWithRulesMutationVariables = Types.Exact<{
    input: Types.CreateWebhookEndpointInput;
}>;

export type AlCreateEndpointWithRulesMutation = {
    __typename?: 'Mutation';
    createWebhookEndpoint: {
        __typename?: 'WebhookEndpoint';
        id: string;
        name: string;
        url: string;
        signing: Types.WebhookSigning;
        enabled: boolean;
        rules: Array<{ __typename?: 'AlertRule'; id: string; name: string }>;
        lastDelivery?: {
            __typename?: 'WebhookDelivery';
            id: string;
            alertId?: string | null;
            attempt: number;
            success: boolean;
            statusCode?: number | null;
        } | null;
    };
};

export type AlUpdateEndpointMutationVariables = Types.Exact<{
    input: Types.UpdateWebhookEndpointInput;
}>;

export type AlUpdateEndpointMutation = {
    __typename?: 'Mutation';
    updateWebhookEndpoint: {
        __typename?: 'WebhookEndpoint';
        id: string;
        name: string;
        url: string;
        signing: Types.WebhookSigning;
        enabled: boolean;
        rules: Array<{ __typename?: 'AlertRule'; id: string; name: string }>;
        lastDelivery?: {
            __typename?: 'WebhookDelivery';
            id: string;
            alertId?: string | null;
            attempt: number;
            success: boolean;
            statusCode?: number | null;
        } | null;
    };
};

export type AlDeleteEndpointsMutationVariables = Types.Exact<{
    ids: Array<Types.Scalars['ID']['input']> | Types.Scalars['ID']['input'];
}>;

export type AlDeleteEndpointsMutation = {
    __typename?: 'Mutation';
    deleteWebhookEndpoints: Array<{ __typename?: 'DeletionResponse'; result: Types.DeletionResult }>;
};

export type AlAlertDeliveriesQueryVariables = Types.Exact<{
    alertId: Types.Scalars['ID']['input'];
}>;

export type AlAlertDeliveriesQuery = {
    __typename?: 'Query';
    webhookDeliveries: Array<{
        __typename?: 'WebhookDelivery';
        id: string;
        attempt: number;
        success: boolean;
        statusCode?: number | null;
        error?: string | null;
        endpointId: string;
        endpoint?: { __typename?: 'WebhookEndpoint'; id: string; name: string } | null;
    }>;
    alert?: {
        __typename?: 'Alert';
        id: string;
        rule: {
            __typename?: 'AlertRule';
            id: string;
            webhookEndpoints: Array<{ __typename?: 'WebhookEndpoint'; id: string; name: string }>;
        };
    } | null;
};

export type AlEndpointDeliveriesQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
    alertId: Types.Scalars['ID']['input'];
}>;

export type AlEndpointDeliveriesQuery = {
    __typename?: 'Query';
    webhookDeliveries: Array<{
        __typename?: 'WebhookDelivery';
        id: string;
        endpointId: string;
        attempt: number;
        statusCode?: number | null;
        success: boolean;
    }>;
    webhookEndpoint?: {
        __typename?: 'WebhookEndpoint';
        id: string;
        deliveries: Array<{
            __typename?: 'WebhookDelivery';
            id: string;
            alertId?: string | null;
            attempt: number;
            success: boolean;
            statusCode?: number | null;
            attemptedAt: string;
            durationMs: number;
            error?: string | null;
        }>;
    } | null;
};

export type AlOrderByCodeQueryVariables = Types.Exact<{
    code: Types.Scalars['String']['input'];
}>;

export type AlOrderByCodeQuery = {
    __typename?: 'Query';
    orders: {
        __typename?: 'OrderList';
        items: Array<{
            __typename?: 'Order';
            id: string;
            code: string;
            state: string;
            lines: Array<{ __typename?: 'OrderLine'; id: string; quantity: number }>;
            payments?: Array<{ __typename?: 'Payment'; id: string; state: string }> | null;
        }>;
    };
};

export type AlSettlePaymentMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type AlSettlePaymentMutation = {
    __typename?: 'Mutation';
    settlePayment:
        | { __typename: 'OrderStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Payment' }
        | { __typename: 'PaymentStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'SettlePaymentError'; errorCode: Types.ErrorCode; message: string };
};

export type AlAddFulfillmentMutationVariables = Types.Exact<{
    input: Types.FulfillOrderInput;
}>;

export type AlAddFulfillmentMutation = {
    __typename?: 'Mutation';
    addFulfillmentToOrder:
        | { __typename: 'CreateFulfillmentError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'EmptyOrderLineSelectionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'Fulfillment'; id: string; state: string }
        | { __typename: 'FulfillmentStateTransitionError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'InsufficientStockOnHandError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'InvalidFulfillmentHandlerError'; errorCode: Types.ErrorCode; message: string }
        | { __typename: 'ItemsAlreadyFulfilledError'; errorCode: Types.ErrorCode; message: string };
};

export type AlTransitionFulfillmentMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
    state: Types.Scalars['String']['input'];
}>;

export type AlTransitionFulfillmentMutation = {
    __typename?: 'Mutation';
    transitionFulfillmentToState:
        | { __typename: 'Fulfillment'; id: string; state: string }
        | { __typename: 'FulfillmentStateTransitionError'; errorCode: Types.ErrorCode; message: string };
};

export type AlCreateChannelMutationVariables = Types.Exact<{
    input: Types.CreateChannelInput;
}>;

export type AlCreateChannelMutation = {
    __typename?: 'Mutation';
    createChannel:
        | { __typename: 'Channel'; id: string; token: string }
        | { __typename: 'LanguageNotAvailableError'; errorCode: Types.ErrorCode; message: string };
};

export type AlZonesQueryVariables = Types.Exact<{ [key: string]: never }>;

export type AlZonesQuery = {
    __typename?: 'Query';
    zones: { __typename?: 'ZoneList'; items: Array<{ __typename?: 'Zone'; id: string; name: string }> };
};

export type AlCreateCompanyMutationVariables = Types.Exact<{
    input: Types.CreateCompanyInput;
}>;

export type AlCreateCompanyMutation = {
    __typename?: 'Mutation';
    createCompany:
        | { __typename: 'Company'; id: string; name: string }
        | { __typename: 'DuplicateCompanyCodeError'; message: string };
};

export type AlCreateCreditAccountMutationVariables = Types.Exact<{
    input: Types.CreateCreditAccountInput;
}>;

export type AlCreateCreditAccountMutation = {
    __typename?: 'Mutation';
    createCreditAccount: { __typename?: 'CreditAccount'; id: string; status: Types.CreditAccountStatus };
};

export type AlPlaceCreditHoldMutationVariables = Types.Exact<{
    accountId: Types.Scalars['ID']['input'];
}>;

export type AlPlaceCreditHoldMutation = {
    __typename?: 'Mutation';
    placeCreditHold: { __typename?: 'CreditAccount'; id: string; status: Types.CreditAccountStatus };
};

export type AlReleaseCreditHoldMutationVariables = Types.Exact<{
    accountId: Types.Scalars['ID']['input'];
}>;

export type AlReleaseCreditHoldMutation = {
    __typename?: 'Mutation';
    releaseCreditHold: { __typename?: 'CreditAccount'; id: string; status: Types.CreditAccountStatus };
};

export type AlAlertRuleEndpointsQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type AlAlertRuleEndpointsQuery = {
    __typename?: 'Query';
    alert?: {
        __typename?: 'Alert';
        id: string;
        rule: {
            __typename?: 'AlertRule';
            id: string;
            webhookEndpoints: Array<{ __typename?: 'WebhookEndpoint'; id: string }>;
        };
    } | null;
};

export type AlQueueJobsQueryVariables = Types.Exact<{
    queueName: Types.Scalars['String']['input'];
}>;

export type AlQueueJobsQuery = {
    __typename?: 'Query';
    jobs: {
        __typename?: 'JobList';
        items: Array<{ __typename?: 'Job'; id: string; state: Types.JobState; data?: any | null }>;
    };
};

export type AlDeliveryFragment = {
    __typename?: 'WebhookDelivery';
    id: string;
    endpointId: string;
    alertId?: string | null;
    attempt: number;
    success: boolean;
    statusCode?: number | null;
    attemptedAt: string;
    error?: string | null;
};

export type AlSendTestWebhookMutationVariables = Types.Exact<{
    endpointId: Types.Scalars['ID']['input'];
}>;

export type AlSendTestWebhookMutation = {
    __typename?: 'Mutation';
    sendTestWebhook: {
        __typename?: 'WebhookDelivery';
        id: string;
        endpointId: string;
        alertId?: string | null;
        attempt: number;
        success: boolean;
        statusCode?: number | null;
        attemptedAt: string;
        error?: string | null;
    };
};

export type AlRedeliverWebhookMutationVariables = Types.Exact<{
    deliveryId: Types.Scalars['ID']['input'];
}>;

export type AlRedeliverWebhookMutation = {
    __typename?: 'Mutation';
    redeliverWebhook: { __typename?: 'Success'; success: boolean };
};

export type AlEndpointAllDeliveriesQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type AlEndpointAllDeliveriesQuery = {
    __typename?: 'Query';
    webhookEndpoint?: {
        __typename?: 'WebhookEndpoint';
        id: string;
        deliveries: Array<{
            __typename?: 'WebhookDelivery';
            id: string;
            endpointId: string;
            alertId?: string | null;
            attempt: number;
            success: boolean;
            statusCode?: number | null;
            attemptedAt: string;
            error?: string | null;
        }>;
    } | null;
};

export type AlSigningKeysQueryVariables = Types.Exact<{ [key: string]: never }>;

export type AlSigningKeysQuery = {
    __typename?: 'Query';
    alertSigningKeys: Array<{
        __typename?: 'AlertSigningKeyInfo';
        kid: string;
        active: boolean;
        createdAt?: string | null;
        retiredAt?: string | null;
        publishedUntil?: string | null;
    }>;
};

export type AlRotateSigningKeyMutationVariables = Types.Exact<{ [key: string]: never }>;

export type AlRotateSigningKeyMutation = {
    __typename?: 'Mutation';
    rotateAlertSigningKey: {
        __typename?: 'AlertSigningKeyInfo';
        kid: string;
        active: boolean;
        retiredAt?: string | null;
    };
};

export type AlRedeliverFailedMutationVariables = Types.Exact<{
    endpointId: Types.Scalars['ID']['input'];
    since?: Types.InputMaybe<Types.Scalars['DateTime']['input']>;
}>;

export type AlRedeliverFailedMutation = { __typename?: 'Mutation'; redeliverFailedWebhooks: number };

export type AlEndpointDeliveriesPageQueryVariables = Types.Exact<{
    endpointId: Types.Scalars['ID']['input'];
    options?: Types.InputMaybe<Types.WebhookDeliveryListOptions>;
}>;

export type AlEndpointDeliveriesPageQuery = {
    __typename?: 'Query';
    webhookEndpointDeliveries: {
        __typename?: 'WebhookDeliveryList';
        totalItems: number;
        items: Array<{
            __typename?: 'WebhookDelivery';
            id: string;
            endpointId: string;
            alertId?: string | null;
            attempt: number;
            success: boolean;
            statusCode?: number | null;
            attemptedAt: string;
            error?: string | null;
        }>;
    };
};

export type AlpCreatePaymentMethodMutationVariables = Types.Exact<{
    input: Types.CreatePaymentMethodInput;
}>;

export type AlpCreatePaymentMethodMutation = {
    __typename?: 'Mutation';
    createPaymentMethod: { __typename?: 'PaymentMethod'; id: string; code: string };
};

export type AlpAddCompanyMemberMutationVariables = Types.Exact<{
    input: Types.AddCompanyMemberInput;
}>;

export type AlpAddCompanyMemberMutation = {
    __typename?: 'Mutation';
    addCompanyMember:
        | { __typename: 'CompanyMember'; id: string }
        | { __typename: 'CustomerAlreadyInCompanyError'; message: string };
};

export type AlpCreateCreditAccountMutationVariables = Types.Exact<{
    input: Types.CreateCreditAccountInput;
}>;

export type AlpCreateCreditAccountMutation = {
    __typename?: 'Mutation';
    createCreditAccount: { __typename?: 'CreditAccount'; id: string; creditLimit: number; balance: number };
};

export type AlpCreditAccountQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type AlpCreditAccountQuery = {
    __typename?: 'Query';
    creditAccount?: {
        __typename?: 'CreditAccount';
        id: string;
        creditLimit: number;
        balance: number;
        utilisation: number;
        status: Types.CreditAccountStatus;
    } | null;
};

export type AlpRecordCreditPaymentMutationVariables = Types.Exact<{
    input: Types.RecordCreditPaymentInput;
}>;

export type AlpRecordCreditPaymentMutation = {
    __typename?: 'Mutation';
    recordCreditPayment: { __typename?: 'CreditLedgerEntry'; id: string; amount: number };
};

export type AlpCreateAgreementMutationVariables = Types.Exact<{
    input: Types.CreateDealerAgreementInput;
}>;

export type AlpCreateAgreementMutation = {
    __typename?: 'Mutation';
    createDealerAgreement: {
        __typename?: 'DealerAgreement';
        id: string;
        number: string;
        endsAt: string;
        renewalStatus: Types.AgreementRenewalStatus;
        expiryWarningSentAt?: string | null;
    };
};

export type AlpUpdateAgreementMutationVariables = Types.Exact<{
    input: Types.UpdateDealerAgreementInput;
}>;

export type AlpUpdateAgreementMutation = {
    __typename?: 'Mutation';
    updateDealerAgreement: {
        __typename?: 'DealerAgreement';
        id: string;
        endsAt: string;
        renewalStatus: Types.AgreementRenewalStatus;
        expiryWarningSentAt?: string | null;
    };
};

export type AlpRunAgreementExpiryCheckMutationVariables = Types.Exact<{ [key: string]: never }>;

export type AlpRunAgreementExpiryCheckMutation = {
    __typename?: 'Mutation';
    runAgreementExpiryCheck: Array<{ __typename?: 'DealerAgreement'; id: string; number: string }>;
};

export type AlpCreateWarehouseMutationVariables = Types.Exact<{
    input: Types.CreateWarehouseInput;
}>;

export type AlpCreateWarehouseMutation = {
    __typename?: 'Mutation';
    createWarehouse:
        | { __typename: 'DuplicateCodeError'; message: string }
        | { __typename: 'Warehouse'; id: string; code: string; stockLocationId: string };
};

export type AlpCreateProductMutationVariables = Types.Exact<{
    input: Types.CreateProductInput;
}>;

export type AlpCreateProductMutation = {
    __typename?: 'Mutation';
    createProduct: { __typename?: 'Product'; id: string };
};

export type AlpCreateVariantsMutationVariables = Types.Exact<{
    input: Array<Types.CreateProductVariantInput> | Types.CreateProductVariantInput;
}>;

export type AlpCreateVariantsMutation = {
    __typename?: 'Mutation';
    createProductVariants: Array<{ __typename?: 'ProductVariant'; id: string; sku: string } | null>;
};

export type AlpCreateReorderPointMutationVariables = Types.Exact<{
    input: Types.CreateReorderPointInput;
}>;

export type AlpCreateReorderPointMutation = {
    __typename?: 'Mutation';
    createReorderPoint: {
        __typename?: 'ReorderPoint';
        id: string;
        minQuantity: number;
        available: number;
        belowMinimum: boolean;
    };
};

export type AlpCreateSupplierMutationVariables = Types.Exact<{
    input: Types.CreateSupplierInput;
}>;

export type AlpCreateSupplierMutation = {
    __typename?: 'Mutation';
    createSupplier:
        | { __typename: 'DuplicateCodeError'; message: string }
        | { __typename: 'Supplier'; id: string; name: string };
};

export type AlpPurchaseOrderFragment = {
    __typename?: 'PurchaseOrder';
    id: string;
    code: string;
    state: Types.PurchaseOrderState;
    expectedDate?: string | null;
    lines: Array<{
        __typename?: 'PurchaseOrderLine';
        id: string;
        productVariantId: string;
        quantity: number;
        quantityReceived: number;
    }>;
};

export type AlpCreatePurchaseOrderMutationVariables = Types.Exact<{
    input: Types.CreatePurchaseOrderInput;
}>;

export type AlpCreatePurchaseOrderMutation = {
    __typename?: 'Mutation';
    createPurchaseOrder: {
        __typename?: 'PurchaseOrder';
        id: string;
        code: string;
        state: Types.PurchaseOrderState;
        expectedDate?: string | null;
        lines: Array<{
            __typename?: 'PurchaseOrderLine';
            id: string;
            productVariantId: string;
            quantity: number;
            quantityReceived: number;
        }>;
    };
};

export type AlpSendPurchaseOrderMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type AlpSendPurchaseOrderMutation = {
    __typename?: 'Mutation';
    sendPurchaseOrder:
        | { __typename: 'DocumentStateError'; message: string }
        | { __typename: 'EmptyDocumentError'; message: string }
        | {
              __typename: 'PurchaseOrder';
              id: string;
              code: string;
              state: Types.PurchaseOrderState;
              expectedDate?: string | null;
              lines: Array<{
                  __typename?: 'PurchaseOrderLine';
                  id: string;
                  productVariantId: string;
                  quantity: number;
                  quantityReceived: number;
              }>;
          };
};

export type AlpUpdatePurchaseOrderMutationVariables = Types.Exact<{
    input: Types.UpdatePurchaseOrderInput;
}>;

export type AlpUpdatePurchaseOrderMutation = {
    __typename?: 'Mutation';
    updatePurchaseOrder:
        | { __typename: 'DocumentStateError'; message: string }
        | { __typename: 'EmptyDocumentError'; message: string }
        | {
              __typename: 'PurchaseOrder';
              id: string;
              code: string;
              state: Types.PurchaseOrderState;
              expectedDate?: string | null;
              lines: Array<{
                  __typename?: 'PurchaseOrderLine';
                  id: string;
                  productVariantId: string;
                  quantity: number;
                  quantityReceived: number;
              }>;
          };
};

export type AlpRunPurchaseOrderOverdueCheckMutationVariables = Types.Exact<{ [key: string]: never }>;

export type AlpRunPurchaseOrderOverdueCheckMutation = {
    __typename?: 'Mutation';
    runPurchaseOrderOverdueCheck: {
        __typename?: 'PurchaseOrderOverdueCheckResult';
        checked: number;
        newlyOverdue: number;
    };
};

export type AlpReceiveGoodsMutationVariables = Types.Exact<{
    input: Types.CreateGoodsReceiptInput;
}>;

export type AlpReceiveGoodsMutation = {
    __typename?: 'Mutation';
    receiveGoods:
        | { __typename: 'DocumentStateError'; message: string }
        | { __typename: 'EmptyDocumentError'; message: string }
        | { __typename: 'GoodsReceipt'; id: string; code: string; state: Types.GoodsReceiptState }
        | { __typename: 'OverReceiptError'; message: string };
};

export type AlpCreateCarrierMutationVariables = Types.Exact<{
    input: Types.CreateCarrierInput;
}>;

export type AlpCreateCarrierMutation = {
    __typename?: 'Mutation';
    createCarrier:
        | { __typename: 'Carrier'; id: string; code: string; webhookSecret?: string | null }
        | { __typename: 'CarrierCodeInUseError'; message: string };
};

export type AlpOrderWithShipmentsQueryVariables = Types.Exact<{
    code: Types.Scalars['String']['input'];
}>;

export type AlpOrderWithShipmentsQuery = {
    __typename?: 'Query';
    orders: {
        __typename?: 'OrderList';
        items: Array<{
            __typename?: 'Order';
            id: string;
            code: string;
            state: string;
            lines: Array<{ __typename?: 'OrderLine'; id: string; quantity: number }>;
            payments?: Array<{ __typename?: 'Payment'; id: string }> | null;
            shipments: Array<{
                __typename?: 'Shipment';
                id: string;
                status: Types.TrackingStatus;
                trackingNumber: string;
            }>;
        }>;
    };
};

export type AlpShipmentQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type AlpShipmentQuery = {
    __typename?: 'Query';
    shipment?: {
        __typename?: 'Shipment';
        id: string;
        status: Types.TrackingStatus;
        subStatus?: string | null;
        lastEventAt?: string | null;
        stalledAt?: string | null;
    } | null;
};

export type AlpAddTrackingEventMutationVariables = Types.Exact<{
    input: Types.AddShipmentTrackingEventInput;
}>;

export type AlpAddTrackingEventMutation = {
    __typename?: 'Mutation';
    addShipmentTrackingEvent: {
        __typename?: 'Shipment';
        id: string;
        status: Types.TrackingStatus;
        stalledAt?: string | null;
    };
};

export type AlpRunShipmentStalledCheckMutationVariables = Types.Exact<{ [key: string]: never }>;

export type AlpRunShipmentStalledCheckMutation = {
    __typename?: 'Mutation';
    runShipmentStalledCheck: Array<{ __typename?: 'Shipment'; id: string; trackingNumber: string }>;
};

export type AlpApproveSellerMutationVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type AlpApproveSellerMutation = {
    __typename?: 'Mutation';
    approveSeller: { __typename: 'MarketplaceSeller' } | { __typename: 'SellerStatusTransitionError' };
};

export type AlpSellerChannelQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type AlpSellerChannelQuery = {
    __typename?: 'Query';
    marketplaceSeller?: {
        __typename?: 'MarketplaceSeller';
        id: string;
        channel: { __typename?: 'Channel'; token: string };
    } | null;
};

export type AlpLoginMutationVariables = Types.Exact<{
    username: Types.Scalars['String']['input'];
    password: Types.Scalars['String']['input'];
}>;

export type AlpLoginMutation = {
    __typename?: 'Mutation';
    login:
        | { __typename: 'CurrentUser' }
        | { __typename: 'InvalidCredentialsError'; message: string }
        | { __typename: 'NativeAuthStrategyError'; message: string };
};

export type AlpCreateOfferMutationVariables = Types.Exact<{
    input: Types.CreateOfferInput;
}>;

export type AlpCreateOfferMutation = {
    __typename?: 'Mutation';
    createOffer: { __typename: 'DuplicateOfferError'; message: string } | { __typename: 'Offer'; id: string };
};

export type AlpQuoteRequestQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type AlpQuoteRequestQuery = {
    __typename?: 'Query';
    quoteRequest?: {
        __typename?: 'QuoteRequest';
        id: string;
        code: string;
        state: Types.QuoteRequestState;
        routedAt?: string | null;
        lines: Array<{ __typename?: 'QuoteRequestLine'; id: string }>;
    } | null;
};

export type AlpSubmitQuoteMutationVariables = Types.Exact<{
    input: Types.SubmitQuoteInput;
}>;

export type AlpSubmitQuoteMutation = {
    __typename?: 'Mutation';
    submitQuote:
        | { __typename: 'Quote'; id: string; state: Types.QuoteState }
        | { __typename: 'QuoteDeadlinePassedError'; message: string }
        | { __typename: 'QuoteNotRevisableError'; message: string }
        | { __typename: 'QuoteRequestStateError'; message: string };
};

export type AlpAdministratorRolesQueryVariables = Types.Exact<{
    id: Types.Scalars['ID']['input'];
}>;

export type AlpAdministratorRolesQuery = {
    __typename?: 'Query';
    administrator?: {
        __typename?: 'Administrator';
        id: string;
        emailAddress: string;
        user: { __typename?: 'User'; roles: Array<{ __typename?: 'Role'; id: string; code: string }> };
    } | null;
};

export const AlRuleFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlRule' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AlertRule' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'condition' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'args' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeAdministratorId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeRoleId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dueInHours' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'recipientRoleIds' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'recipientEmails' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'webhookEndpoints' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'renotifyIntervalMinutes' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'quietHoursStart' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'quietHoursEnd' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlRuleFragment, unknown>;
export const AlAlertFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlAlert' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Alert' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectType' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectLabel' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectLink' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'messageZh' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'snoozedUntil' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeAdministratorId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeRoleId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'firstSeenAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'occurrences' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'actedByAdministratorId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'actedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'lastNotifiedAt' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlAlertFragment, unknown>;
export const AlEndpointFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlEndpoint' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookEndpoint' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'signing' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rules' },
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
                        name: { kind: 'Name', value: 'lastDelivery' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'alertId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'attempt' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'success' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlEndpointFragment, unknown>;
export const AlDeliveryFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlDelivery' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'endpointId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'alertId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'attempt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'success' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'attemptedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlDeliveryFragment, unknown>;
export const AlpPurchaseOrderFragmentDoc = {
    kind: 'Document',
    definitions: [
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlpPurchaseOrder' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'expectedDate' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlpPurchaseOrderFragment, unknown>;
export const AlConditionsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlConditions' },
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
                        name: { kind: 'Name', value: 'alertConditions' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'args' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'defaultValue' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
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
} as unknown as DocumentNode<AlConditionsQuery, AlConditionsQueryVariables>;
export const AlCreateRuleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlCreateRule' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateAlertRuleInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createAlertRule' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AlRule' } }],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlRule' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AlertRule' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'condition' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'args' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeAdministratorId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeRoleId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dueInHours' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'recipientRoleIds' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'recipientEmails' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'webhookEndpoints' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'renotifyIntervalMinutes' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'quietHoursStart' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'quietHoursEnd' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlCreateRuleMutation, AlCreateRuleMutationVariables>;
export const AlUpdateRuleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlUpdateRule' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAlertRuleInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateAlertRule' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'input' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AlRule' } }],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlRule' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AlertRule' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'condition' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'args' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeAdministratorId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeRoleId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dueInHours' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'recipientRoleIds' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'recipientEmails' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'webhookEndpoints' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'renotifyIntervalMinutes' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'quietHoursStart' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'quietHoursEnd' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlUpdateRuleMutation, AlUpdateRuleMutationVariables>;
export const AlDeleteRuleDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlDeleteRule' },
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
                        name: { kind: 'Name', value: 'deleteAlertRule' },
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
} as unknown as DocumentNode<AlDeleteRuleMutation, AlDeleteRuleMutationVariables>;
export const AlRulesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlRules' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'AlertRuleListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'alertRules' },
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
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'AlRule' },
                                            },
                                        ],
                                    },
                                },
                                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlRule' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AlertRule' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'condition' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'args' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeAdministratorId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeRoleId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dueInHours' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'recipientRoleIds' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'recipientEmails' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'webhookEndpoints' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            ],
                        },
                    },
                    { kind: 'Field', name: { kind: 'Name', value: 'renotifyIntervalMinutes' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'quietHoursStart' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'quietHoursEnd' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlRulesQuery, AlRulesQueryVariables>;
export const AlAlertsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlAlerts' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'AlertListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'alerts' },
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
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'AlAlert' },
                                            },
                                        ],
                                    },
                                },
                                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlAlert' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Alert' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectType' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectLabel' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectLink' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'messageZh' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'snoozedUntil' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeAdministratorId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeRoleId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'firstSeenAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'occurrences' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'actedByAdministratorId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'actedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'lastNotifiedAt' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlAlertsQuery, AlAlertsQueryVariables>;
export const AlAlertDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlAlert' },
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
                        name: { kind: 'Name', value: 'alert' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AlAlert' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'rule' },
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
                                    name: { kind: 'Name', value: 'comments' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'authorAdministratorId' },
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
            name: { kind: 'Name', value: 'AlAlert' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Alert' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectType' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectLabel' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectLink' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'messageZh' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'snoozedUntil' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeAdministratorId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeRoleId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'firstSeenAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'occurrences' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'actedByAdministratorId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'actedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'lastNotifiedAt' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlAlertQuery, AlAlertQueryVariables>;
export const AlOpenCountDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlOpenCount' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'openAlertCount' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'info' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'critical' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlOpenCountQuery, AlOpenCountQueryVariables>;
export const AlAcknowledgeDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlAcknowledge' },
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
                        name: { kind: 'Name', value: 'acknowledgeAlerts' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'ids' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AlAlert' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlAlert' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Alert' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectType' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectLabel' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectLink' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'messageZh' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'snoozedUntil' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeAdministratorId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeRoleId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'firstSeenAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'occurrences' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'actedByAdministratorId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'actedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'lastNotifiedAt' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlAcknowledgeMutation, AlAcknowledgeMutationVariables>;
export const AlResolveDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlResolve' },
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
                        name: { kind: 'Name', value: 'resolveAlerts' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'ids' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AlAlert' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlAlert' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Alert' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectType' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectLabel' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectLink' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'messageZh' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'snoozedUntil' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeAdministratorId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeRoleId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'firstSeenAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'occurrences' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'actedByAdministratorId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'actedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'lastNotifiedAt' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlResolveMutation, AlResolveMutationVariables>;
export const AlSnoozeDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlSnooze' },
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
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'until' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'snoozeAlerts' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'ids' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'until' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'until' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AlAlert' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlAlert' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Alert' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectType' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectLabel' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectLink' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'messageZh' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'snoozedUntil' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeAdministratorId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeRoleId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'firstSeenAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'occurrences' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'actedByAdministratorId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'actedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'lastNotifiedAt' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlSnoozeMutation, AlSnoozeMutationVariables>;
export const AlAssignDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlAssign' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssignAlertsInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assignAlerts' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AlAlert' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlAlert' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Alert' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectType' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectLabel' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'subjectLink' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'messageZh' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'snoozedUntil' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeAdministratorId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'assigneeRoleId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'firstSeenAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'occurrences' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'actedByAdministratorId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'actedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'lastNotifiedAt' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlAssignMutation, AlAssignMutationVariables>;
export const AlCommentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlComment' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'alertId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
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
                        name: { kind: 'Name', value: 'addAlertComment' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'alertId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'alertId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'body' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
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
} as unknown as DocumentNode<AlCommentMutation, AlCommentMutationVariables>;
export const AlRunScanDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlRunScan' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'runAlertScan' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'raised' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'resolved' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'reopened' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'notified' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'resent' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlRunScanMutation, AlRunScanMutationVariables>;
export const AlCreateEndpointDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlCreateEndpoint' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'CreateWebhookEndpointInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createWebhookEndpoint' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'signing' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlCreateEndpointMutation, AlCreateEndpointMutationVariables>;
export const AlEndpointsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlEndpoints' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookEndpointListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'webhookEndpoints' },
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
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'AlEndpoint' },
                                            },
                                        ],
                                    },
                                },
                                { kind: 'Field', name: { kind: 'Name', value: 'totalItems' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlEndpoint' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookEndpoint' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'signing' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rules' },
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
                        name: { kind: 'Name', value: 'lastDelivery' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'alertId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'attempt' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'success' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlEndpointsQuery, AlEndpointsQueryVariables>;
export const AlEndpointDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlEndpoint' },
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
                        name: { kind: 'Name', value: 'webhookEndpoint' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AlEndpoint' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlEndpoint' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookEndpoint' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'signing' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rules' },
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
                        name: { kind: 'Name', value: 'lastDelivery' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'alertId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'attempt' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'success' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlEndpointQuery, AlEndpointQueryVariables>;
export const AlCreateEndpointWithRulesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlCreateEndpointWithRules' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'CreateWebhookEndpointInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createWebhookEndpoint' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AlEndpoint' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlEndpoint' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookEndpoint' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'signing' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rules' },
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
                        name: { kind: 'Name', value: 'lastDelivery' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'alertId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'attempt' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'success' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlCreateEndpointWithRulesMutation, AlCreateEndpointWithRulesMutationVariables>;
export const AlUpdateEndpointDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlUpdateEndpoint' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'UpdateWebhookEndpointInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateWebhookEndpoint' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AlEndpoint' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlEndpoint' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookEndpoint' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'signing' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rules' },
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
                        name: { kind: 'Name', value: 'lastDelivery' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'alertId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'attempt' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'success' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlUpdateEndpointMutation, AlUpdateEndpointMutationVariables>;
export const AlDeleteEndpointsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlDeleteEndpoints' },
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
                        name: { kind: 'Name', value: 'deleteWebhookEndpoints' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'ids' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
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
} as unknown as DocumentNode<AlDeleteEndpointsMutation, AlDeleteEndpointsMutationVariables>;
export const AlAlertDeliveriesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlAlertDeliveries' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'alertId' } },
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
                        name: { kind: 'Name', value: 'webhookDeliveries' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'alertId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'alertId' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'attempt' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'success' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'endpointId' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'endpoint' },
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
                        name: { kind: 'Name', value: 'alert' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'id' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'alertId' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'rule' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'webhookEndpoints' },
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
} as unknown as DocumentNode<AlAlertDeliveriesQuery, AlAlertDeliveriesQueryVariables>;
export const AlEndpointDeliveriesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlEndpointDeliveries' },
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
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'alertId' } },
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
                        name: { kind: 'Name', value: 'webhookDeliveries' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'alertId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'alertId' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'endpointId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'attempt' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'success' } },
                            ],
                        },
                    },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'webhookEndpoint' },
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
                                    name: { kind: 'Name', value: 'deliveries' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'alertId' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'attempt' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'success' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'attemptedAt' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'durationMs' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'error' } },
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
} as unknown as DocumentNode<AlEndpointDeliveriesQuery, AlEndpointDeliveriesQueryVariables>;
export const AlOrderByCodeDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlOrderByCode' },
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
} as unknown as DocumentNode<AlOrderByCodeQuery, AlOrderByCodeQueryVariables>;
export const AlSettlePaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlSettlePayment' },
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
} as unknown as DocumentNode<AlSettlePaymentMutation, AlSettlePaymentMutationVariables>;
export const AlAddFulfillmentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlAddFulfillment' },
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
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlAddFulfillmentMutation, AlAddFulfillmentMutationVariables>;
export const AlTransitionFulfillmentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlTransitionFulfillment' },
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
} as unknown as DocumentNode<AlTransitionFulfillmentMutation, AlTransitionFulfillmentMutationVariables>;
export const AlCreateChannelDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlCreateChannel' },
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
} as unknown as DocumentNode<AlCreateChannelMutation, AlCreateChannelMutationVariables>;
export const AlZonesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlZones' },
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
} as unknown as DocumentNode<AlZonesQuery, AlZonesQueryVariables>;
export const AlCreateCompanyDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlCreateCompany' },
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
                                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
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
} as unknown as DocumentNode<AlCreateCompanyMutation, AlCreateCompanyMutationVariables>;
export const AlCreateCreditAccountDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlCreateCreditAccount' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'CreateCreditAccountInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createCreditAccount' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlCreateCreditAccountMutation, AlCreateCreditAccountMutationVariables>;
export const AlPlaceCreditHoldDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlPlaceCreditHold' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'accountId' } },
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
                        name: { kind: 'Name', value: 'placeCreditHold' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'accountId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'accountId' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlPlaceCreditHoldMutation, AlPlaceCreditHoldMutationVariables>;
export const AlReleaseCreditHoldDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlReleaseCreditHold' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'accountId' } },
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
                        name: { kind: 'Name', value: 'releaseCreditHold' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'accountId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'accountId' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlReleaseCreditHoldMutation, AlReleaseCreditHoldMutationVariables>;
export const AlAlertRuleEndpointsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlAlertRuleEndpoints' },
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
                        name: { kind: 'Name', value: 'alert' },
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
                                    name: { kind: 'Name', value: 'rule' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'webhookEndpoints' },
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
} as unknown as DocumentNode<AlAlertRuleEndpointsQuery, AlAlertRuleEndpointsQueryVariables>;
export const AlQueueJobsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlQueueJobs' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'queueName' } },
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
                        name: { kind: 'Name', value: 'jobs' },
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
                                                        name: { kind: 'Name', value: 'queueName' },
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
                                                                            value: 'queueName',
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'data' } },
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
} as unknown as DocumentNode<AlQueueJobsQuery, AlQueueJobsQueryVariables>;
export const AlSendTestWebhookDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlSendTestWebhook' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'endpointId' } },
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
                        name: { kind: 'Name', value: 'sendTestWebhook' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'endpointId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'endpointId' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AlDelivery' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlDelivery' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'endpointId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'alertId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'attempt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'success' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'attemptedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlSendTestWebhookMutation, AlSendTestWebhookMutationVariables>;
export const AlRedeliverWebhookDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlRedeliverWebhook' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'deliveryId' } },
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
                        name: { kind: 'Name', value: 'redeliverWebhook' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'deliveryId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'deliveryId' } },
                            },
                        ],
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'success' } }],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlRedeliverWebhookMutation, AlRedeliverWebhookMutationVariables>;
export const AlEndpointAllDeliveriesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlEndpointAllDeliveries' },
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
                        name: { kind: 'Name', value: 'webhookEndpoint' },
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
                                    name: { kind: 'Name', value: 'deliveries' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'AlDelivery' },
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
            name: { kind: 'Name', value: 'AlDelivery' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'endpointId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'alertId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'attempt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'success' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'attemptedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlEndpointAllDeliveriesQuery, AlEndpointAllDeliveriesQueryVariables>;
export const AlSigningKeysDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlSigningKeys' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'alertSigningKeys' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'kid' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'publishedUntil' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlSigningKeysQuery, AlSigningKeysQueryVariables>;
export const AlRotateSigningKeyDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlRotateSigningKey' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rotateAlertSigningKey' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'kid' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlRotateSigningKeyMutation, AlRotateSigningKeyMutationVariables>;
export const AlRedeliverFailedDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlRedeliverFailed' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'endpointId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'redeliverFailedWebhooks' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'endpointId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'endpointId' } },
                            },
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'since' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
                            },
                        ],
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlRedeliverFailedMutation, AlRedeliverFailedMutationVariables>;
export const AlEndpointDeliveriesPageDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlEndpointDeliveriesPage' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'endpointId' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
                    },
                },
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
                    type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDeliveryListOptions' } },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'webhookEndpointDeliveries' },
                        arguments: [
                            {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'endpointId' },
                                value: { kind: 'Variable', name: { kind: 'Name', value: 'endpointId' } },
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
                                                name: { kind: 'Name', value: 'AlDelivery' },
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
            name: { kind: 'Name', value: 'AlDelivery' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'endpointId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'alertId' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'attempt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'success' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'statusCode' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'attemptedAt' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlEndpointDeliveriesPageQuery, AlEndpointDeliveriesPageQueryVariables>;
export const AlpCreatePaymentMethodDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpCreatePaymentMethod' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'CreatePaymentMethodInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createPaymentMethod' },
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
} as unknown as DocumentNode<AlpCreatePaymentMethodMutation, AlpCreatePaymentMethodMutationVariables>;
export const AlpAddCompanyMemberDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpAddCompanyMember' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddCompanyMemberInput' } },
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
} as unknown as DocumentNode<AlpAddCompanyMemberMutation, AlpAddCompanyMemberMutationVariables>;
export const AlpCreateCreditAccountDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpCreateCreditAccount' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'CreateCreditAccountInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createCreditAccount' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlpCreateCreditAccountMutation, AlpCreateCreditAccountMutationVariables>;
export const AlpCreditAccountDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlpCreditAccount' },
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
                        name: { kind: 'Name', value: 'creditAccount' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'utilisation' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlpCreditAccountQuery, AlpCreditAccountQueryVariables>;
export const AlpRecordCreditPaymentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpRecordCreditPayment' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'RecordCreditPaymentInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'recordCreditPayment' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlpRecordCreditPaymentMutation, AlpRecordCreditPaymentMutationVariables>;
export const AlpCreateAgreementDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpCreateAgreement' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'CreateDealerAgreementInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createDealerAgreement' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'renewalStatus' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'expiryWarningSentAt' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlpCreateAgreementMutation, AlpCreateAgreementMutationVariables>;
export const AlpUpdateAgreementDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpUpdateAgreement' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'UpdateDealerAgreementInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updateDealerAgreement' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'renewalStatus' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'expiryWarningSentAt' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlpUpdateAgreementMutation, AlpUpdateAgreementMutationVariables>;
export const AlpRunAgreementExpiryCheckDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpRunAgreementExpiryCheck' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'runAgreementExpiryCheck' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlpRunAgreementExpiryCheckMutation, AlpRunAgreementExpiryCheckMutationVariables>;
export const AlpCreateWarehouseDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpCreateWarehouse' },
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
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'stockLocationId' },
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
} as unknown as DocumentNode<AlpCreateWarehouseMutation, AlpCreateWarehouseMutationVariables>;
export const AlpCreateProductDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpCreateProduct' },
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
} as unknown as DocumentNode<AlpCreateProductMutation, AlpCreateProductMutationVariables>;
export const AlpCreateVariantsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpCreateVariants' },
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
} as unknown as DocumentNode<AlpCreateVariantsMutation, AlpCreateVariantsMutationVariables>;
export const AlpCreateReorderPointDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpCreateReorderPoint' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'minQuantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'belowMinimum' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlpCreateReorderPointMutation, AlpCreateReorderPointMutationVariables>;
export const AlpCreateSupplierDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpCreateSupplier' },
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
} as unknown as DocumentNode<AlpCreateSupplierMutation, AlpCreateSupplierMutationVariables>;
export const AlpCreatePurchaseOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpCreatePurchaseOrder' },
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
                                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AlpPurchaseOrder' } },
                            ],
                        },
                    },
                ],
            },
        },
        {
            kind: 'FragmentDefinition',
            name: { kind: 'Name', value: 'AlpPurchaseOrder' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'expectedDate' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlpCreatePurchaseOrderMutation, AlpCreatePurchaseOrderMutationVariables>;
export const AlpSendPurchaseOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpSendPurchaseOrder' },
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
                                                name: { kind: 'Name', value: 'AlpPurchaseOrder' },
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
            name: { kind: 'Name', value: 'AlpPurchaseOrder' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'expectedDate' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlpSendPurchaseOrderMutation, AlpSendPurchaseOrderMutationVariables>;
export const AlpUpdatePurchaseOrderDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpUpdatePurchaseOrder' },
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
                                                name: { kind: 'Name', value: 'AlpPurchaseOrder' },
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
            name: { kind: 'Name', value: 'AlpPurchaseOrder' },
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PurchaseOrder' } },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                    { kind: 'Field', name: { kind: 'Name', value: 'expectedDate' } },
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'productVariantId' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'quantityReceived' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlpUpdatePurchaseOrderMutation, AlpUpdatePurchaseOrderMutationVariables>;
export const AlpRunPurchaseOrderOverdueCheckDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpRunPurchaseOrderOverdueCheck' },
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
    AlpRunPurchaseOrderOverdueCheckMutation,
    AlpRunPurchaseOrderOverdueCheckMutationVariables
>;
export const AlpReceiveGoodsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpReceiveGoods' },
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
} as unknown as DocumentNode<AlpReceiveGoodsMutation, AlpReceiveGoodsMutationVariables>;
export const AlpCreateCarrierDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpCreateCarrier' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateCarrierInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createCarrier' },
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
                                        name: { kind: 'Name', value: 'Carrier' },
                                    },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                            { kind: 'Field', name: { kind: 'Name', value: 'webhookSecret' } },
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
} as unknown as DocumentNode<AlpCreateCarrierMutation, AlpCreateCarrierMutationVariables>;
export const AlpOrderWithShipmentsDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlpOrderWithShipments' },
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
                                                    ],
                                                },
                                            },
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'shipments' },
                                                selectionSet: {
                                                    kind: 'SelectionSet',
                                                    selections: [
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'id' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'status' },
                                                        },
                                                        {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'trackingNumber' },
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
} as unknown as DocumentNode<AlpOrderWithShipmentsQuery, AlpOrderWithShipmentsQueryVariables>;
export const AlpShipmentDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlpShipment' },
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
                        name: { kind: 'Name', value: 'shipment' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'subStatus' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'lastEventAt' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'stalledAt' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlpShipmentQuery, AlpShipmentQueryVariables>;
export const AlpAddTrackingEventDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpAddTrackingEvent' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: {
                            kind: 'NamedType',
                            name: { kind: 'Name', value: 'AddShipmentTrackingEventInput' },
                        },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'addShipmentTrackingEvent' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'stalledAt' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlpAddTrackingEventMutation, AlpAddTrackingEventMutationVariables>;
export const AlpRunShipmentStalledCheckDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpRunShipmentStalledCheck' },
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'runShipmentStalledCheck' },
                        selectionSet: {
                            kind: 'SelectionSet',
                            selections: [
                                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'trackingNumber' } },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlpRunShipmentStalledCheckMutation, AlpRunShipmentStalledCheckMutationVariables>;
export const AlpApproveSellerDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpApproveSeller' },
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
} as unknown as DocumentNode<AlpApproveSellerMutation, AlpApproveSellerMutationVariables>;
export const AlpSellerChannelDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlpSellerChannel' },
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
} as unknown as DocumentNode<AlpSellerChannelQuery, AlpSellerChannelQueryVariables>;
export const AlpLoginDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpLogin' },
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
} as unknown as DocumentNode<AlpLoginMutation, AlpLoginMutationVariables>;
export const AlpCreateOfferDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpCreateOffer' },
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
                                {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                        kind: 'NamedType',
                                        name: { kind: 'Name', value: 'Offer' },
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
} as unknown as DocumentNode<AlpCreateOfferMutation, AlpCreateOfferMutationVariables>;
export const AlpQuoteRequestDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlpQuoteRequest' },
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
                        name: { kind: 'Name', value: 'quoteRequest' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                { kind: 'Field', name: { kind: 'Name', value: 'routedAt' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'lines' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
} as unknown as DocumentNode<AlpQuoteRequestQuery, AlpQuoteRequestQueryVariables>;
export const AlpSubmitQuoteDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'mutation',
            name: { kind: 'Name', value: 'AlpSubmitQuote' },
            variableDefinitions: [
                {
                    kind: 'VariableDefinition',
                    variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
                    type: {
                        kind: 'NonNullType',
                        type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmitQuoteInput' } },
                    },
                },
            ],
            selectionSet: {
                kind: 'SelectionSet',
                selections: [
                    {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'submitQuote' },
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
                                        name: { kind: 'Name', value: 'Quote' },
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
} as unknown as DocumentNode<AlpSubmitQuoteMutation, AlpSubmitQuoteMutationVariables>;
export const AlpAdministratorRolesDocument = {
    kind: 'Document',
    definitions: [
        {
            kind: 'OperationDefinition',
            operation: 'query',
            name: { kind: 'Name', value: 'AlpAdministratorRoles' },
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
                        name: { kind: 'Name', value: 'administrator' },
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
                                { kind: 'Field', name: { kind: 'Name', value: 'emailAddress' } },
                                {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'user' },
                                    selectionSet: {
                                        kind: 'SelectionSet',
                                        selections: [
                                            {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'roles' },
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
} as unknown as DocumentNode<AlpAdministratorRolesQuery, AlpAdministratorRolesQueryVariables>;
