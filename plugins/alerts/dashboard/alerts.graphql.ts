import { graphql } from '@/gql';

export const alertListQuery = graphql(`
    query DashboardAlerts($options: AlertListOptions) {
        alerts(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                ruleId
                rule {
                    id
                    name
                }
                subjectType
                subjectId
                subjectLabel
                subjectLink
                message
                messageEn
                messageZh
                severity
                status
                snoozedUntil
                assigneeAdministratorId
                assigneeRoleId
                dueAt
                firstSeenAt
                lastSeenAt
                occurrences
            }
        }
    }
`);

export const alertDetailQuery = graphql(`
    query DashboardAlert($id: ID!) {
        alert(id: $id) {
            id
            createdAt
            ruleId
            rule {
                id
                name
            }
            subjectType
            subjectId
            subjectLabel
            subjectLink
            message
            messageEn
            messageZh
            severity
            status
            snoozedUntil
            assigneeAdministratorId
            assigneeRoleId
            dueAt
            firstSeenAt
            lastSeenAt
            occurrences
            actedByAdministratorId
            actedAt
            resolvedAt
            comments {
                id
                createdAt
                authorAdministratorId
                body
            }
        }
    }
`);

export const subjectAlertsQuery = graphql(`
    query DashboardSubjectAlerts($filter: AlertFilterParameter!) {
        alerts(options: { filter: $filter, sort: { lastSeenAt: DESC }, take: 20 }) {
            totalItems
            items {
                id
                message
                messageEn
                messageZh
                severity
                status
                lastSeenAt
                occurrences
            }
        }
    }
`);

export const openAlertCountQuery = graphql(`
    query DashboardOpenAlertCount {
        openAlertCount {
            open
            active
            info
            warning
            critical
        }
    }
`);

/** The permissions of the logged-in administrator on the active channel (the alerts bell asks before counting). */
export const alertBellPermissionsQuery = graphql(`
    query DashboardAlertBellPermissions {
        activeChannel {
            id
        }
        me {
            channels {
                id
                permissions
            }
        }
    }
`);

export const ruleOptionsQuery = graphql(`
    query DashboardAlertRuleOptions {
        alertRules(options: { take: 100, sort: { name: ASC } }) {
            items {
                id
                name
            }
        }
    }
`);

export const administratorOptionsQuery = graphql(`
    query DashboardAlertAdministratorOptions($options: AdministratorListOptions) {
        administrators(options: $options) {
            totalItems
            items {
                id
                firstName
                lastName
                emailAddress
            }
        }
    }
`);

export const roleOptionsQuery = graphql(`
    query DashboardAlertRoleOptions {
        roles(options: { take: 100 }) {
            items {
                id
                code
                description
            }
        }
    }
`);

export const acknowledgeAlertsDocument = graphql(`
    mutation DashboardAcknowledgeAlerts($ids: [ID!]!) {
        acknowledgeAlerts(ids: $ids) {
            id
            status
        }
    }
`);

export const resolveAlertsDocument = graphql(`
    mutation DashboardResolveAlerts($ids: [ID!]!) {
        resolveAlerts(ids: $ids) {
            id
            status
        }
    }
`);

export const snoozeAlertsDocument = graphql(`
    mutation DashboardSnoozeAlerts($ids: [ID!]!, $until: DateTime!) {
        snoozeAlerts(ids: $ids, until: $until) {
            id
            status
        }
    }
`);

export const assignAlertsDocument = graphql(`
    mutation DashboardAssignAlerts($input: AssignAlertsInput!) {
        assignAlerts(input: $input) {
            id
            assigneeAdministratorId
        }
    }
`);

export const addAlertCommentDocument = graphql(`
    mutation DashboardAddAlertComment($alertId: ID!, $body: String!) {
        addAlertComment(alertId: $alertId, body: $body) {
            id
        }
    }
`);

export const alertRuleListQuery = graphql(`
    query DashboardAlertRules($options: AlertRuleListOptions) {
        alertRules(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                name
                enabled
                severity
                condition {
                    code
                    args {
                        name
                        value
                    }
                }
                renotifyIntervalMinutes
                quietHoursStart
                quietHoursEnd
            }
        }
    }
`);

export const alertRuleDetailQuery = graphql(`
    query DashboardAlertRule($id: ID!) {
        alertRule(id: $id) {
            id
            createdAt
            updatedAt
            name
            enabled
            severity
            condition {
                code
                args {
                    name
                    value
                }
            }
            assigneeAdministratorId
            assigneeRoleId
            dueInHours
            recipientRoleIds
            recipientEmails
            webhookEndpoints {
                id
                name
                url
                enabled
            }
            renotifyIntervalMinutes
            quietHoursStart
            quietHoursEnd
        }
    }
`);

export const alertConditionsQuery = graphql(`
    query DashboardAlertConditions($languageCode: LanguageCode) {
        alertConditions(languageCode: $languageCode) {
            code
            description
            args {
                name
                type
                required
                defaultValue
                list
                ui
                label
                description
            }
        }
    }
`);

export const createAlertRuleDocument = graphql(`
    mutation DashboardCreateAlertRule($input: CreateAlertRuleInput!) {
        createAlertRule(input: $input) {
            id
        }
    }
`);

export const updateAlertRuleDocument = graphql(`
    mutation DashboardUpdateAlertRule($input: UpdateAlertRuleInput!) {
        updateAlertRule(input: $input) {
            id
        }
    }
`);

export const webhookEndpointListQuery = graphql(`
    query DashboardWebhookEndpoints($options: WebhookEndpointListOptions) {
        webhookEndpoints(options: $options) {
            totalItems
            items {
                id
                createdAt
                updatedAt
                name
                url
                enabled
                signing
                rules {
                    id
                    name
                }
                lastDelivery {
                    id
                    attempt
                    success
                    statusCode
                    attemptedAt
                    error
                }
            }
        }
    }
`);

export const webhookEndpointDetailQuery = graphql(`
    query DashboardWebhookEndpoint($id: ID!) {
        webhookEndpoint(id: $id) {
            id
            createdAt
            updatedAt
            name
            url
            enabled
            signing
            rules {
                id
                name
                enabled
            }
        }
    }
`);

/** A page of an endpoint's delivery attempts, newest first. */
export const webhookEndpointDeliveriesQuery = graphql(`
    query DashboardWebhookEndpointDeliveries($endpointId: ID!, $options: WebhookDeliveryListOptions) {
        webhookEndpointDeliveries(endpointId: $endpointId, options: $options) {
            totalItems
            items {
                id
                alertId
                attempt
                success
                statusCode
                attemptedAt
                durationMs
                error
            }
        }
    }
`);

/** The endpoints a rule may notify, for the rule page's picker (searched by name or URL). */
export const webhookEndpointOptionsQuery = graphql(`
    query DashboardWebhookEndpointOptions($options: WebhookEndpointListOptions) {
        webhookEndpoints(options: $options) {
            totalItems
            items {
                id
                name
                url
                enabled
            }
        }
    }
`);

/** The rules an endpoint may serve, for the endpoint page's picker (searched by name). */
export const alertRuleSelectorQuery = graphql(`
    query DashboardAlertRuleSelector($options: AlertRuleListOptions) {
        alertRules(options: $options) {
            totalItems
            items {
                id
                name
                enabled
            }
        }
    }
`);

export const createWebhookEndpointDocument = graphql(`
    mutation DashboardCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
        createWebhookEndpoint(input: $input) {
            id
        }
    }
`);

export const updateWebhookEndpointDocument = graphql(`
    mutation DashboardUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
        updateWebhookEndpoint(input: $input) {
            id
        }
    }
`);

export const deleteWebhookEndpointsDocument = graphql(`
    mutation DashboardDeleteWebhookEndpoints($ids: [ID!]!) {
        deleteWebhookEndpoints(ids: $ids) {
            result
            message
        }
    }
`);

export const alertWebhookDeliveriesQuery = graphql(`
    query DashboardAlertWebhookDeliveries($alertId: ID!) {
        webhookDeliveries(alertId: $alertId) {
            id
            alertId
            endpointId
            endpoint {
                id
                name
                url
            }
            attempt
            success
            statusCode
            attemptedAt
            durationMs
            error
        }
        alert(id: $alertId) {
            id
            rule {
                id
                webhookEndpoints {
                    id
                    name
                    enabled
                }
            }
        }
    }
`);

/** The alerts the deliveries of an endpoint were about, to name them by their subject. */
export const deliveryAlertsQuery = graphql(`
    query DashboardDeliveryAlerts($ids: [String!]!) {
        alerts(options: { filter: { id: { in: $ids } }, take: 100 }) {
            items {
                id
                subjectType
                subjectLabel
                status
            }
        }
    }
`);

/** Posts a signed test body to an endpoint now; the recorded attempt comes back. */
export const sendTestWebhookDocument = graphql(`
    mutation DashboardSendTestWebhook($endpointId: ID!) {
        sendTestWebhook(endpointId: $endpointId) {
            id
            success
            statusCode
            error
        }
    }
`);

/** Queues the body of a delivery again to its endpoint. */
export const redeliverWebhookDocument = graphql(`
    mutation DashboardRedeliverWebhook($deliveryId: ID!) {
        redeliverWebhook(deliveryId: $deliveryId) {
            success
        }
    }
`);

/** Queues once the latest body of every alert whose latest attempt to the endpoint failed. */
export const redeliverFailedWebhooksDocument = graphql(`
    mutation DashboardRedeliverFailedWebhooks($endpointId: ID!) {
        redeliverFailedWebhooks(endpointId: $endpointId)
    }
`);

/** The platform's jws_rs256 signing keys: the active one, then those retired and still published. */
export const alertSigningKeysQuery = graphql(`
    query DashboardAlertSigningKeys {
        alertSigningKeys {
            kid
            active
            createdAt
            retiredAt
            publishedUntil
        }
    }
`);

/** Makes a new active signing key; the previous one stays published for the grace days. */
export const rotateAlertSigningKeyDocument = graphql(`
    mutation DashboardRotateAlertSigningKey {
        rotateAlertSigningKey {
            kid
        }
    }
`);
