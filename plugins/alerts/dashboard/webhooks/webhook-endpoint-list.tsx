import { Trans, useLingui } from '@lingui/react/macro';
import type { AnyRoute } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import {
    ActionBarItem,
    api,
    Badge,
    type BulkActionComponent,
    Button,
    DataTableBulkActionItem,
    DetailPageButton,
    ListPage,
    useLocalFormat,
    usePaginatedList,
} from '@vendure/dashboard';
import { PlusIcon, TrashIcon } from 'lucide-react';
import { toast } from 'sonner';

import { deleteWebhookEndpointsDocument, webhookEndpointListQuery } from '../alerts.graphql';
import { errorMessage } from '../common/error-result';
import { DATE_TIME, DeliveryResultBadge, SigningBadge, WEBHOOK_SIGNINGS } from '../common/labels';

import { SigningKeyButton } from './signing-key-dialog';

type EndpointRow = { id: string } & Record<string, unknown>;

/**
 * The webhook endpoints of the active channel: name (opening the endpoint), URL, enabled, signing, the rules whose
 * alerts go to it and how its last delivery went; a signing filter, search on name and URL, bulk delete.
 */
export function WebhookEndpointListPage({ route }: { route: AnyRoute }) {
    const { t } = useLingui();
    const { formatDate } = useLocalFormat();
    // A just-shown column's field is absent from the rows until the list refetches with it.
    const date = (value: string | null | undefined) => (value ? formatDate(value, DATE_TIME) : '');
    return (
        <ListPage
            pageId="alert-webhook-endpoint-list"
            listQuery={webhookEndpointListQuery}
            route={route}
            title={<Trans>Webhook endpoints</Trans>}
            defaultSort={[{ id: 'name', desc: false }]}
            defaultVisibility={{
                name: true,
                url: true,
                enabled: true,
                signing: true,
                rules: true,
                lastDelivery: true,
            }}
            facetedFilters={{
                signing: {
                    title: t`Signing`,
                    options: WEBHOOK_SIGNINGS.map(s => ({
                        label: s.replace('_', ' ').toUpperCase(),
                        value: s,
                    })),
                },
            }}
            customizeColumns={{
                name: {
                    header: () => <Trans>Name</Trans>,
                    cell: ({ row }) => (
                        <DetailPageButton
                            href={`/alert-webhooks/${row.original.id}`}
                            label={<span translate="no">{row.original.name}</span>}
                        />
                    ),
                },
                url: {
                    header: () => <Trans>URL</Trans>,
                    cell: ({ row }) => (
                        <span className="font-mono text-xs break-all" translate="no">
                            {row.original.url}
                        </span>
                    ),
                },
                enabled: {
                    header: () => <Trans>Enabled</Trans>,
                    cell: ({ row }) =>
                        row.original.enabled == null ? null : row.original.enabled ? (
                            <Badge variant="success">
                                <Trans>Enabled</Trans>
                            </Badge>
                        ) : (
                            <Badge variant="secondary">
                                <Trans>Disabled</Trans>
                            </Badge>
                        ),
                },
                signing: {
                    header: () => <Trans>Signing</Trans>,
                    cell: ({ row }) =>
                        row.original.signing ? <SigningBadge signing={row.original.signing} /> : null,
                },
                rules: {
                    header: () => <Trans>Rules</Trans>,
                    cell: ({ row }) =>
                        row.original.rules?.length ? (
                            <div className="flex flex-wrap gap-x-3 gap-y-1">
                                {row.original.rules.map(rule => (
                                    <Link
                                        key={rule.id}
                                        to="/alert-rules/$id"
                                        params={{ id: rule.id }}
                                        className="underline"
                                        translate="no"
                                    >
                                        {rule.name}
                                    </Link>
                                ))}
                            </div>
                        ) : row.original.rules ? (
                            <span className="text-muted-foreground text-xs">
                                <Trans>No rule</Trans>
                            </span>
                        ) : null,
                },
                lastDelivery: {
                    header: () => <Trans>Last delivery</Trans>,
                    cell: ({ row }) => {
                        const last = row.original.lastDelivery;
                        if (last === undefined) {
                            return null;
                        }
                        if (last === null) {
                            return (
                                <span className="text-muted-foreground text-xs">
                                    <Trans>None yet</Trans>
                                </span>
                            );
                        }
                        return (
                            <span className="flex flex-wrap items-center gap-2">
                                <DeliveryResultBadge success={last.success} />
                                <span className="text-xs" translate="no">
                                    {last.statusCode ?? ''}
                                </span>
                                <span className="text-muted-foreground text-xs">
                                    {date(last.attemptedAt)}
                                </span>
                            </span>
                        );
                    },
                },
                createdAt: {
                    header: () => <Trans>Created at</Trans>,
                    cell: ({ row }) => date(row.original.createdAt),
                },
                updatedAt: {
                    header: () => <Trans>Updated at</Trans>,
                    cell: ({ row }) => date(row.original.updatedAt),
                },
            }}
            onSearchTermChange={searchTerm => ({
                _or: [{ name: { contains: searchTerm } }, { url: { contains: searchTerm } }],
            })}
            bulkActions={[{ component: DeleteWebhookEndpointsBulkAction, order: 500 }]}
        >
            <ActionBarItem itemId="alert-signing-key" requiresPermission={['ReadAlertRule']}>
                <SigningKeyButton />
            </ActionBarItem>
            <ActionBarItem itemId="create-webhook-endpoint" requiresPermission={['CreateAlertRule']}>
                <Button render={<Link to="./new" />}>
                    <PlusIcon className="mr-2 h-4 w-4" />
                    <Trans>New webhook endpoint</Trans>
                </Button>
            </ActionBarItem>
        </ListPage>
    );
}

/** Deletes the selected endpoints, all or none (the API refuses the lot when one is gone). */
const DeleteWebhookEndpointsBulkAction: BulkActionComponent<EndpointRow> = ({ selection, table }) => {
    const { t } = useLingui();
    const { refetchPaginatedList } = usePaginatedList();
    return (
        <DataTableBulkActionItem
            requiresPermission={['DeleteAlertRule']}
            label={<Trans>Delete</Trans>}
            icon={TrashIcon}
            className="text-destructive"
            confirmationText={
                <Trans>
                    Delete the selected webhook endpoints? Their rules stop notifying them; past deliveries
                    stay on the alerts.
                </Trans>
            }
            onClick={() => {
                void api
                    .mutate(deleteWebhookEndpointsDocument, { ids: selection.map(s => s.id) })
                    .then(() => {
                        toast.success(t`Webhook endpoints deleted`);
                        table.resetRowSelection();
                        refetchPaginatedList();
                    })
                    .catch(err => toast.error(errorMessage(err)));
            }}
        />
    );
};
