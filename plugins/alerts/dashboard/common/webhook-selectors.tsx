import { useLingui } from '@lingui/react/macro';
import { createRelationSelectorConfig } from '@vendure/dashboard';
import { useMemo } from 'react';

import type { ResultOf } from '@/gql';

import { alertRuleSelectorQuery, webhookEndpointOptionsQuery } from '../alerts.graphql';

type RuleOption = ResultOf<typeof alertRuleSelectorQuery>['alertRules']['items'][number];
type EndpointOption = ResultOf<typeof webhookEndpointOptionsQuery>['webhookEndpoints']['items'][number];

/** Relation selector configuration for picking alert rules by name. */
export function useAlertRuleSelectorConfig() {
    const { t } = useLingui();
    return useMemo(
        () =>
            createRelationSelectorConfig<RuleOption>({
                listQuery: alertRuleSelectorQuery,
                idKey: 'id',
                labelKey: 'name',
                placeholder: t`Search rules by name...`,
                buildSearchFilter: term => ({ name: { contains: term } }),
                label: rule => <AlertRuleLabel name={rule.name} enabled={rule.enabled} />,
            }),
        [t],
    );
}

/** Relation selector configuration for picking webhook endpoints by name or URL. */
export function useWebhookEndpointSelectorConfig() {
    const { t } = useLingui();
    return useMemo(
        () =>
            createRelationSelectorConfig<EndpointOption>({
                listQuery: webhookEndpointOptionsQuery,
                idKey: 'id',
                labelKey: 'name',
                placeholder: t`Search endpoints by name or URL...`,
                buildSearchFilter: term => ({
                    _or: [{ name: { contains: term } }, { url: { contains: term } }],
                }),
                label: endpoint => (
                    <WebhookEndpointLabel
                        name={endpoint.name}
                        url={endpoint.url}
                        enabled={endpoint.enabled}
                    />
                ),
            }),
        [t],
    );
}

/** A rule as a picker and its chips show it: the name, and whether it is disabled. */
export function AlertRuleLabel({ name, enabled }: { name: string; enabled: boolean }) {
    const { t } = useLingui();
    return (
        <span>
            <span translate="no">{name}</span>
            {enabled ? null : <span className="text-muted-foreground"> · {t`Disabled`}</span>}
        </span>
    );
}

/** An endpoint as a picker and its chips show it: name, URL, and whether it is disabled. */
export function WebhookEndpointLabel({
    name,
    url,
    enabled,
}: {
    name: string;
    url: string;
    enabled: boolean;
}) {
    const { t } = useLingui();
    return (
        <span>
            <span translate="no">
                {name} <span className="text-muted-foreground font-mono text-xs">{url}</span>
            </span>
            {enabled ? null : <span className="text-muted-foreground"> · {t`Disabled`}</span>}
        </span>
    );
}
