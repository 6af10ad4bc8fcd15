import { useQuery } from '@tanstack/react-query';
import { api, interpolateDescription, useUserSettings } from '@vendure/dashboard';

import type { VariablesOf } from '@/gql';

import { alertConditionsQuery } from '../alerts.graphql';

/**
 * The alert conditions the server offers, described in the Dashboard's UI language (the API's own language is the
 * content language), cached for the session. `queryKey` is what Vendure's `ConfigurableOperationSelector` reads
 * its options from, so a selector given it finds them loaded.
 */
export function useAlertConditions() {
    const { settings } = useUserSettings();
    const queryKey = `alertConditions:${settings.displayLanguage}`;
    const { data } = useQuery({
        queryKey: [queryKey],
        queryFn: () =>
            api.query(alertConditionsQuery, {
                languageCode: settings.displayLanguage as VariablesOf<
                    typeof alertConditionsQuery
                >['languageCode'],
            }),
        staleTime: 1000 * 60 * 60 * 5,
    });
    return { queryKey, conditions: data };
}

/**
 * A rule's condition as a merchant reads it: its description with the rule's values ("Order total above 100" /
 * "订单金额超过 100"), and its code beneath. The code alone until the descriptions have loaded, or when the
 * condition is no longer offered (its plugin removed).
 */
export function AlertConditionSummary({
    condition,
}: {
    condition: { code: string; args: Array<{ name: string; value: string }> } | null | undefined;
}) {
    const { conditions } = useAlertConditions();
    if (!condition) {
        return null;
    }
    const definition = conditions?.alertConditions.find(c => c.code === condition.code);
    return (
        <div className="flex flex-col">
            {definition && <span>{interpolateDescription(definition, condition.args)}</span>}
            <span className="font-mono text-xs text-muted-foreground" translate="no">
                {condition.code}
            </span>
        </div>
    );
}
