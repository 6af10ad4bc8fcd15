import { useLingui } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import { api, useUserSettings } from '@vendure/dashboard';

import type { VariablesOf } from '@/gql';

import { articleAudienceTypesQuery } from '../portal.graphql';

export type AudienceTypeInfo = {
    code: string;
    label: string;
    description?: string | null;
    valueKind: string;
};

/** The built-in audience types, named by the Dashboard's own messages. */
function useBuiltInAudienceTypes(): Record<string, { label: string; description: string }> {
    const { t } = useLingui();
    return {
        public: { label: t`Everyone`, description: t`Anyone, also without logging in` },
        customer: {
            label: t`Logged-in customers`,
            description: t`Any customer with an account, once logged in`,
        },
        'customer-group': {
            label: t`Customer group`,
            description: t`Logged-in customers of a customer group`,
        },
        'dealer-tier': {
            label: t`Dealers of a tier`,
            description: t`Members of active dealer companies of this tier (e.g. gold)`,
        },
        'dealer-company': {
            label: t`Dealer company`,
            description: t`Members of this dealer company (not of its sub-companies)`,
        },
    };
}

/**
 * The audience types articles can target, named in the Dashboard's interface language: the built-in types by the
 * Dashboard's own messages, other plugins' types by the server, asked for in the interface language (each request
 * otherwise carries the content language, so a Chinese interface over English content would name them in English).
 * `labelOf` names a type already while the server's list is still loading (a built-in type by its message, another
 * by the label stored with the audience), never by its code.
 */
export function useAudienceTypes(): {
    types: AudienceTypeInfo[];
    labelOf: (code: string, storedLabel?: string | null) => string;
} {
    const builtIn = useBuiltInAudienceTypes();
    const { settings } = useUserSettings();
    const languageCode = settings.displayLanguage as VariablesOf<
        typeof articleAudienceTypesQuery
    >['languageCode'];
    const { data } = useQuery({
        queryKey: ['PortalAudienceTypes', languageCode],
        queryFn: () => api.query(articleAudienceTypesQuery, { languageCode }),
    });
    const types = (data?.articleAudienceTypes ?? []).map(x => ({
        ...x,
        label: builtIn[x.code]?.label ?? x.label,
        description: builtIn[x.code]?.description ?? x.description,
    }));
    const labelOf = (code: string, storedLabel?: string | null) =>
        builtIn[code]?.label ?? types.find(x => x.code === code)?.label ?? storedLabel ?? code;
    return { types, labelOf };
}

/** An audience as "type: value" (or the type alone), the type named in the interface language where known. */
export function audienceText(
    labelOf: (code: string, storedLabel?: string | null) => string,
    a: { type: string; value?: string | null; typeLabel: string; label: string },
): string {
    const typeLabel = labelOf(a.type, a.typeLabel);
    return a.value ? `${typeLabel}: ${a.label}` : typeLabel;
}
