import { Trans, useLingui } from '@lingui/react/macro';
import type { AnyRoute } from '@tanstack/react-router';
import { DetailPageButton, ListPage, useChannel, useLocalFormat } from '@vendure/dashboard';

import { QuoteRequestStateBadge, useQuoteRequestStateOptions } from './common/rfq-labels';
import { quoteRequestListQuery } from './rfq.graphql';

/**
 * Requests for quotation: every request for the operator (default channel), the requests routed to the seller on
 * a seller channel (the admin API limits the list; the page shows what it gets).
 */
export function QuoteRequestListPage({ route }: { route: AnyRoute }) {
    const { t } = useLingui();
    const { formatDate } = useLocalFormat();
    const { activeChannel } = useChannel();
    const operator = activeChannel?.code === '__default_channel__';
    const stateOptions = useQuoteRequestStateOptions();
    return (
        <ListPage
            pageId="quote-request-list"
            listQuery={quoteRequestListQuery}
            route={route}
            title={<Trans>Quote requests</Trans>}
            defaultVisibility={{
                code: true,
                state: true,
                buyer: operator,
                submittedAt: true,
                responseDeadline: true,
                neededBy: true,
            }}
            defaultSort={[{ id: 'createdAt', desc: true }]}
            facetedFilters={{
                state: { title: t`Status`, options: stateOptions },
            }}
            customizeColumns={{
                code: {
                    header: () => <Trans>Code</Trans>,
                    cell: ({ row }) =>
                        row.original.code ? (
                            <DetailPageButton
                                id={row.original.id}
                                label={<span translate="no">{row.original.code}</span>}
                            />
                        ) : null,
                },
                state: {
                    header: () => <Trans>Status</Trans>,
                    cell: ({ row }) => <QuoteRequestStateBadge state={row.original.state} />,
                },
                buyer: {
                    header: () => <Trans>Buyer</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.buyer?.name ?? ''}</span>,
                },
                currencyCode: {
                    header: () => <Trans>Currency</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.currencyCode}</span>,
                },
                submittedAt: {
                    header: () => <Trans>Submitted</Trans>,
                    cell: ({ row }) =>
                        row.original.submittedAt ? formatDate(row.original.submittedAt) : null,
                },
                responseDeadline: {
                    header: () => <Trans>Response deadline</Trans>,
                    cell: ({ row }) =>
                        row.original.responseDeadline ? formatDate(row.original.responseDeadline) : null,
                },
                neededBy: {
                    header: () => <Trans>Needed by</Trans>,
                    cell: ({ row }) => (row.original.neededBy ? formatDate(row.original.neededBy) : null),
                },
                routedAt: {
                    header: () => <Trans>Routed</Trans>,
                    cell: ({ row }) => (row.original.routedAt ? formatDate(row.original.routedAt) : null),
                },
                closedAt: {
                    header: () => <Trans>Closed at</Trans>,
                    cell: ({ row }) => (row.original.closedAt ? formatDate(row.original.closedAt) : null),
                },
            }}
            onSearchTermChange={searchTerm => ({ code: { contains: searchTerm } })}
        />
    );
}
