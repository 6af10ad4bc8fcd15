import gql from 'graphql-tag';

export const alertAdminApiExtensions = gql`
    """
    How urgent an alert is; critical alerts are notified during quiet hours too.
    """
    enum AlertSeverity {
        info
        warning
        critical
    }

    """
    Where an alert stands. Open, acknowledged and snoozed alerts are active: one per rule and subject.
    """
    enum AlertStatus {
        open
        acknowledged
        snoozed
        resolved
    }

    """
    How webhook deliveries are signed.
    """
    enum WebhookSigning {
        "HMAC-SHA256 over <timestamp>.<body> with the endpoint's secret (the default)."
        hmac
        "A compact JWS (HS256) of the body with the endpoint's secret."
        jws
        "A compact JWS (RS256) of the body with the platform key (kid in the header); receivers verify it against GET /alerts/.well-known/jwks.json."
        jws_rs256
    }

    """
    What to watch for in a channel: a condition with its args, the severity, the owner and the recipients.
    """
    type AlertRule implements Node {
        "Id."
        id: ID!
        "When it was created."
        createdAt: DateTime!
        "When it was last updated."
        updatedAt: DateTime!
        "Name."
        name: String!
        "Disabled rules raise nothing."
        enabled: Boolean!
        "The channel it watches."
        channelId: ID!
        "The condition (one of alertConditions) with its args."
        condition: ConfigurableOperation!
        "Severity of the alerts it raises."
        severity: AlertSeverity!
        "Administrator who owns its alerts."
        assigneeAdministratorId: ID
        "Role that owns its alerts."
        assigneeRoleId: ID
        "Hours from the first occurrence until an alert is due."
        dueInHours: Int
        "Roles whose administrators are emailed."
        recipientRoleIds: [ID!]!
        "Email addresses notified."
        recipientEmails: [String!]!
        "Webhook endpoints notified."
        webhookEndpoints: [WebhookEndpoint!]!
        "Minutes after which an open, unacknowledged alert is notified again."
        renotifyIntervalMinutes: Int
        "Start of quiet hours, HH:MM UTC."
        quietHoursStart: String
        "End of quiet hours, HH:MM UTC."
        quietHoursEnd: String
    }

    """
    A page of alert rules.
    """
    type AlertRuleList implements PaginatedList {
        "The rules."
        items: [AlertRule!]!
        "Total count."
        totalItems: Int!
    }

    """
    List options of alertRules.
    """
    input AlertRuleListOptions

    """
    A new alert rule.
    """
    input CreateAlertRuleInput {
        "Name."
        name: String!
        "Enabled (default true)."
        enabled: Boolean
        "The condition: a code from alertConditions and its arguments."
        condition: ConfigurableOperationInput!
        "Severity (default warning)."
        severity: AlertSeverity
        "Administrator who owns its alerts."
        assigneeAdministratorId: ID
        "Role that owns its alerts."
        assigneeRoleId: ID
        "Hours from the first occurrence until an alert is due."
        dueInHours: Int
        "Roles whose administrators are emailed."
        recipientRoleIds: [ID!]
        "Email addresses notified."
        recipientEmails: [String!]
        "Webhook endpoints notified."
        webhookEndpointIds: [ID!]
        "Minutes after which an open, unacknowledged alert is notified again."
        renotifyIntervalMinutes: Int
        "Start of quiet hours, HH:MM UTC."
        quietHoursStart: String
        "End of quiet hours, HH:MM UTC."
        quietHoursEnd: String
    }

    """
    Changes to an alert rule; omitted fields stay as they are.
    """
    input UpdateAlertRuleInput {
        "The rule."
        id: ID!
        "Name."
        name: String
        "Enabled."
        enabled: Boolean
        "The condition."
        condition: ConfigurableOperationInput
        "Severity."
        severity: AlertSeverity
        "Administrator who owns its alerts."
        assigneeAdministratorId: ID
        "Role that owns its alerts."
        assigneeRoleId: ID
        "Hours until due."
        dueInHours: Int
        "Roles whose administrators are emailed."
        recipientRoleIds: [ID!]
        "Email addresses notified."
        recipientEmails: [String!]
        "Webhook endpoints notified."
        webhookEndpointIds: [ID!]
        "Re-notify interval in minutes."
        renotifyIntervalMinutes: Int
        "Start of quiet hours, HH:MM UTC."
        quietHoursStart: String
        "End of quiet hours, HH:MM UTC."
        quietHoursEnd: String
    }

    """
    Something that needs action: raised by a rule about a subject, owned, due, and acted upon.
    """
    type Alert implements Node {
        "Id."
        id: ID!
        "When it was first raised."
        createdAt: DateTime!
        "When it last changed."
        updatedAt: DateTime!
        "The rule that raised it."
        rule: AlertRule!
        "Id of the rule."
        ruleId: ID!
        "Entity type of the subject, e.g. Order."
        subjectType: String!
        "Id of the subject."
        subjectId: String!
        "How people recognise the subject, e.g. the order code."
        subjectLabel: String!
        "Dashboard path of the subject."
        subjectLink: String!
        "The message in the request's language (English or Simplified Chinese)."
        message: String!
        "The message in English."
        messageEn: String!
        "The message in Simplified Chinese."
        messageZh: String!
        "Severity."
        severity: AlertSeverity!
        "Status."
        status: AlertStatus!
        "Until when it is snoozed."
        snoozedUntil: DateTime
        "Administrator who owns it."
        assigneeAdministratorId: ID
        "Role that owns it."
        assigneeRoleId: ID
        "When it is due."
        dueAt: DateTime
        "First occurrence."
        firstSeenAt: DateTime!
        "Last occurrence."
        lastSeenAt: DateTime!
        "How often the condition was met while the alert was active."
        occurrences: Int!
        "The administrator who acted last; null for the system (auto-resolve, snooze expiry)."
        actedByAdministratorId: ID
        "When someone acted last."
        actedAt: DateTime
        "When it was resolved."
        resolvedAt: DateTime
        "When it was last notified."
        lastNotifiedAt: DateTime
        "Comments, oldest first."
        comments: [AlertComment!]!
    }

    """
    A note on an alert.
    """
    type AlertComment implements Node {
        "Id."
        id: ID!
        "When it was written."
        createdAt: DateTime!
        "When it was changed."
        updatedAt: DateTime!
        "The author."
        authorAdministratorId: ID
        "Text."
        body: String!
    }

    """
    A page of alerts.
    """
    type AlertList implements PaginatedList {
        "The alerts."
        items: [Alert!]!
        "Total count."
        totalItems: Int!
    }

    """
    List options of alerts (filter by status, severity, ruleId, subjectType, assigneeAdministratorId, …).
    """
    input AlertListOptions

    """
    Active alerts of the channel by severity.
    """
    type OpenAlertCount {
        "Open (not acknowledged, not snoozed) alerts."
        open: Int!
        "Open and acknowledged alerts."
        active: Int!
        "Open alerts of severity info."
        info: Int!
        "Open alerts of severity warning."
        warning: Int!
        "Open alerts of severity critical."
        critical: Int!
    }

    """
    Who owns alerts from now on: an administrator, a role, or nobody (both null).
    """
    input AssignAlertsInput {
        "The alerts."
        ids: [ID!]!
        "Administrator."
        administratorId: ID
        "Role."
        roleId: ID
    }

    """
    A receiver of signed alert notifications.
    """
    type WebhookEndpoint implements Node {
        "Id."
        id: ID!
        "When it was created."
        createdAt: DateTime!
        "When it was changed."
        updatedAt: DateTime!
        "Name."
        name: String!
        "URL (http or https)."
        url: String!
        "How deliveries are signed."
        signing: WebhookSigning!
        "Disabled endpoints get nothing."
        enabled: Boolean!
        "The rules whose alerts are sent to it, by name (the link is AlertRule.webhookEndpoints)."
        rules: [AlertRule!]!
        "The latest delivery attempt; null before the first."
        lastDelivery: WebhookDelivery
        "The latest 100 deliveries, newest first. Deprecated: page through them with webhookEndpointDeliveries."
        deliveries: [WebhookDelivery!]!
            @deprecated(
                reason: "Latest 100 only: use webhookEndpointDeliveries(endpointId, options), paged and filtered"
            )
    }

    """
    One delivery attempt.
    """
    type WebhookDelivery implements Node {
        "Id."
        id: ID!
        "When it was recorded."
        createdAt: DateTime!
        "When it was recorded."
        updatedAt: DateTime!
        "The endpoint."
        endpointId: ID!
        "The endpoint; null once it was deleted (its deliveries stay with the alert)."
        endpoint: WebhookEndpoint
        "The alert; null for a test delivery (sendTestWebhook)."
        alertId: ID
        "1 for the first try, 2 for the first retry, …"
        attempt: Int!
        "Whether the endpoint answered 2xx."
        success: Boolean!
        "HTTP status code; null when no answer came."
        statusCode: Int
        "When it was attempted."
        attemptedAt: DateTime!
        "How long it took."
        durationMs: Int!
        "Why it failed."
        error: String
    }

    """
    A page of webhook endpoints.
    """
    type WebhookEndpointList implements PaginatedList {
        "The endpoints."
        items: [WebhookEndpoint!]!
        "Total count."
        totalItems: Int!
    }

    """
    List options of webhookEndpoints.
    """
    input WebhookEndpointListOptions

    "A page of webhook delivery attempts."
    type WebhookDeliveryList implements PaginatedList {
        "The attempts."
        items: [WebhookDelivery!]!
        "Total count."
        totalItems: Int!
    }

    "Paging, sort and filter of an endpoint's delivery attempts (newest first unless sorted)."
    input WebhookDeliveryListOptions

    """
    A new webhook endpoint.
    """
    input CreateWebhookEndpointInput {
        "Name."
        name: String!
        "URL (http or https)."
        url: String!
        "Shared secret, at least 16 characters."
        secret: String!
        "Signing (default hmac)."
        signing: WebhookSigning
        "Enabled (default true)."
        enabled: Boolean
        "Rules of the channel whose alerts are sent to it (added to each rule's webhookEndpoints)."
        ruleIds: [ID!]
    }

    """
    Changes to a webhook endpoint.
    """
    input UpdateWebhookEndpointInput {
        "The endpoint."
        id: ID!
        "Name."
        name: String
        "URL."
        url: String
        "A new shared secret."
        secret: String
        "Signing."
        signing: WebhookSigning
        "Enabled."
        enabled: Boolean
        "The rules whose alerts are sent to it, replacing the current ones (it leaves the rules not listed)."
        ruleIds: [ID!]
    }

    """
    What the alert scan did.
    """
    type AlertScanResult {
        "Alerts raised or bumped by scheduled conditions."
        raised: Int!
        "Alerts resolved because their condition no longer holds."
        resolved: Int!
        "Snoozed alerts that reopened."
        reopened: Int!
        "Alerts notified (again)."
        notified: Int!
        "Notifications decided earlier but never sent (the server stopped in between), queued again."
        resent: Int!
    }

    extend type Query {
        "The alert conditions rules can use (contributed by any plugin), labelled in languageCode (default: the request's language)."
        alertConditions(languageCode: LanguageCode): [ConfigurableOperationDefinition!]!
        "Alert rules of the channel."
        alertRules(options: AlertRuleListOptions): AlertRuleList!
        "One alert rule of the channel."
        alertRule(id: ID!): AlertRule
        "Alerts of the channel."
        alerts(options: AlertListOptions): AlertList!
        "One alert of the channel."
        alert(id: ID!): Alert
        "Counts of the channel's active alerts."
        openAlertCount: OpenAlertCount!
        "Webhook endpoints of the channel."
        webhookEndpoints(options: WebhookEndpointListOptions): WebhookEndpointList!
        "One webhook endpoint of the channel."
        webhookEndpoint(id: ID!): WebhookEndpoint
        "Every webhook delivery attempt of an alert of the channel, newest first."
        webhookDeliveries(alertId: ID!): [WebhookDelivery!]!
        """
        The platform's jws_rs256 signing keys: the active one first, then those retired within
        webhookSigningKeyGraceDays (still in the published key set), newest first.
        """
        alertSigningKeys: [AlertSigningKeyInfo!]!
        """
        Every delivery attempt to a webhook endpoint of the channel, paged, newest first unless sorted (filter by
        success, statusCode, attemptedAt, alertId, …); an unknown or another channel's endpoint is "not found".
        """
        webhookEndpointDeliveries(endpointId: ID!, options: WebhookDeliveryListOptions): WebhookDeliveryList!
    }

    "A jws_rs256 signing key, as the key set at /alerts/.well-known/jwks.json publishes it (never its private half)."
    type AlertSigningKeyInfo {
        "The key id (RFC 7638 thumbprint), the kid of the signatures it makes."
        kid: String!
        "Whether deliveries are signed with it now."
        active: Boolean!
        "When it was generated; null for the key of the webhookSigningKey option."
        createdAt: DateTime
        "When a rotation retired it; null for the active key."
        retiredAt: DateTime
        "Until when a retired key stays in the published key set; null for the active key."
        publishedUntil: DateTime
    }

    extend type Mutation {
        "Creates an alert rule in the active channel."
        createAlertRule(input: CreateAlertRuleInput!): AlertRule!
        "Changes an alert rule."
        updateAlertRule(input: UpdateAlertRuleInput!): AlertRule!
        "Deletes an alert rule and its alerts."
        deleteAlertRule(id: ID!): DeletionResponse!
        "Acknowledges active alerts: someone is on it; re-notification stops."
        acknowledgeAlerts(ids: [ID!]!): [Alert!]!
        "Resolves alerts by hand."
        resolveAlerts(ids: [ID!]!): [Alert!]!
        "Snoozes alerts until a time in the future; they reopen then."
        snoozeAlerts(ids: [ID!]!, until: DateTime!): [Alert!]!
        "Gives alerts to an administrator or a role."
        assignAlerts(input: AssignAlertsInput!): [Alert!]!
        "Adds a comment to an alert."
        addAlertComment(alertId: ID!, body: String!): Alert!
        "Creates a webhook endpoint in the active channel."
        createWebhookEndpoint(input: CreateWebhookEndpointInput!): WebhookEndpoint!
        "Changes a webhook endpoint."
        updateWebhookEndpoint(input: UpdateWebhookEndpointInput!): WebhookEndpoint!
        "Deletes a webhook endpoint."
        deleteWebhookEndpoint(id: ID!): DeletionResponse!
        "Deletes webhook endpoints: all of them, or none when one is not found."
        deleteWebhookEndpoints(ids: [ID!]!): [DeletionResponse!]!
        """
        Posts a signed test body (type alert.test) to a webhook endpoint of the channel now, enabled or not, and
        returns the recorded attempt (not retried).
        """
        sendTestWebhook(endpointId: ID!): WebhookDelivery!
        """
        Sends the body of a delivery again to its endpoint (which must be enabled): queued, retried like any
        delivery, its attempts recorded as a new sequence (1, 2, …).
        """
        redeliverWebhook(deliveryId: ID!): Success!
        """
        Queues once, to an enabled endpoint of the channel, the latest body of every alert whose latest attempt to
        it failed (attempted since the given time, if any): each retried like any delivery, its attempts recorded as
        a new sequence. An alert still queued for the endpoint (waiting for a retry, or a redelivery not yet sent) is
        left alone, so nothing is posted twice; test deliveries are not included (redeliver them one by one).
        Returns how many were queued.
        """
        redeliverFailedWebhooks(endpointId: ID!, since: DateTime): Int!
        """
        Makes a new active jws_rs256 signing key (platform-wide; from the default channel only). The previous key
        stays in the published key set for webhookSigningKeyGraceDays; every attempt from now on, retries of earlier
        deliveries included, is signed with the new key. Refused when the key comes from the webhookSigningKey option.
        """
        rotateAlertSigningKey: AlertSigningKeyInfo!
        "Runs the alert scan now in the active channel (it also runs on the worker on a schedule)."
        runAlertScan: AlertScanResult!
    }
`;
