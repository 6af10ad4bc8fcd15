import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import {
    api,
    Button,
    Input,
    Page,
    PageBlock,
    PageLayout,
    PageTitle,
    useLocalFormat,
    usePermissions,
} from '@vendure/dashboard';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { toast } from 'sonner';

import { errorMessage } from '../common/error-result';
import { OptionSelect } from '../common/option-select';
import {
    TRACKING_STATUSES,
    TrackingStatusBadge,
    TrackingStatusCode,
    useTrackingStatusLabels,
} from '../common/tracking-status';
import { addTrackingEventDocument, shipmentDetailQuery } from '../logistics.graphql';

import { ShipFromWarehouseLabel, ShipFromWarehouseSelect } from './ship-from-warehouse';
import { TrackingTimeline } from './tracking-timeline';

const pageId = 'shipment-detail';

/**
 * A shipment: carrier, tracking number with the carrier's tracking link, status, its order and parcels, and the
 * timeline of tracking events, with a form to add an event by hand (manual carriers, or a correction).
 */
export function ShipmentDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const queryKey = ['logistics-shipment', params.id];
    const { data, isLoading } = useQuery({
        queryKey,
        queryFn: () => api.query(shipmentDetailQuery, { id: params.id }),
    });
    const shipment = data?.shipment;
    const { formatDate } = useLocalFormat();
    const { hasPermissions } = usePermissions();
    const mayAddEvents = hasPermissions(['UpdateShipment']);

    return (
        <Page pageId={pageId}>
            <PageTitle>{shipment ? <span translate="no">{shipment.trackingNumber}</span> : ''}</PageTitle>
            <PageLayout>
                <PageBlock column="main" blockId="timeline" title={<Trans>Tracking timeline</Trans>}>
                    {isLoading || !shipment ? null : <TrackingTimeline events={shipment.events} />}
                </PageBlock>
                {shipment ? (
                    <>
                        <PageBlock column="side" blockId="shipment" title={<Trans>Shipment</Trans>}>
                            <dl className="space-y-2 text-sm">
                                <Field label={<Trans>Status</Trans>}>
                                    <TrackingStatusBadge status={shipment.status} />
                                    {shipment.stalledAt ? (
                                        <span className="text-muted-foreground ml-2 text-xs">
                                            <Trans>Stalled since</Trans> {formatDate(shipment.stalledAt)}
                                        </span>
                                    ) : null}
                                </Field>
                                <Field label={<Trans>Carrier</Trans>}>
                                    <Link
                                        to="/carriers/$id"
                                        params={{ id: shipment.carrier.id }}
                                        className="underline"
                                    >
                                        <span translate="no">{shipment.carrier.name}</span>
                                    </Link>
                                </Field>
                                <Field label={<Trans>Tracking number</Trans>}>
                                    {shipment.trackingUrl ? (
                                        <a
                                            href={shipment.trackingUrl}
                                            target="_blank"
                                            rel="noreferrer"
                                            className="underline"
                                            translate="no"
                                        >
                                            {shipment.trackingNumber}
                                        </a>
                                    ) : (
                                        <span translate="no">{shipment.trackingNumber}</span>
                                    )}
                                </Field>
                                <Field label={<Trans>Ships from</Trans>}>
                                    <div className="space-y-2">
                                        <ShipFromWarehouseLabel warehouse={shipment.fromWarehouse} />
                                        <ShipFromWarehouseSelect
                                            shipmentId={shipment.id}
                                            warehouse={shipment.fromWarehouse}
                                            queryKey={queryKey}
                                        />
                                    </div>
                                </Field>
                                <Field label={<Trans>Order</Trans>}>
                                    <Link
                                        to="/orders/$id"
                                        params={{ id: String(shipment.orderId) }}
                                        className="underline"
                                    >
                                        <Trans>Open order</Trans>
                                    </Link>
                                </Field>
                                <Field label={<Trans>Shipped with the fulfillment</Trans>}>
                                    <span translate="no">#{shipment.fulfillmentId}</span>
                                </Field>
                                <Field label={<Trans>Created at</Trans>}>
                                    {formatDate(shipment.createdAt)}
                                </Field>
                            </dl>
                        </PageBlock>
                        <PageBlock column="side" blockId="packages" title={<Trans>Packages</Trans>}>
                            {shipment.packages.length === 0 ? (
                                <p className="text-muted-foreground text-sm">
                                    <Trans>No package details.</Trans>
                                </p>
                            ) : (
                                <ul className="space-y-1 text-sm">
                                    {shipment.packages.map((p, i) => (
                                        <li key={i} translate="no">
                                            {p.weight != null ? `${p.weight} g` : '—'} ·{' '}
                                            {[p.length, p.width, p.height].every(v => v != null)
                                                ? `${p.length}×${p.width}×${p.height} mm`
                                                : '—'}
                                        </li>
                                    ))}
                                </ul>
                            )}
                        </PageBlock>
                        {/* Not in a PermissionGuard: the page layout places only its own PageBlock children. */}
                        {mayAddEvents ? (
                            <PageBlock
                                column="main"
                                blockId="add-event"
                                title={<Trans>Add a tracking event</Trans>}
                            >
                                <AddEventForm shipmentId={shipment.id} queryKey={queryKey} />
                            </PageBlock>
                        ) : null}
                    </>
                ) : null}
            </PageLayout>
        </Page>
    );
}

function Field({ label, children }: { label: ReactNode; children: ReactNode }) {
    return (
        <div className="space-y-1">
            <dt className="text-muted-foreground font-medium">{label}</dt>
            <dd>{children}</dd>
        </div>
    );
}

function AddEventForm({ shipmentId, queryKey }: { shipmentId: string; queryKey: string[] }) {
    const { t } = useLingui();
    const labels = useTrackingStatusLabels();
    const queryClient = useQueryClient();
    const [status, setStatus] = useState<TrackingStatusCode>('InTransit');
    const [description, setDescription] = useState('');
    const [location, setLocation] = useState('');
    const mutation = useMutation({
        mutationFn: () =>
            api.mutate(addTrackingEventDocument, {
                input: {
                    shipmentId,
                    status,
                    description: description.trim() || null,
                    location: location.trim() || null,
                },
            }),
        onSuccess: async () => {
            toast.success(t`Tracking event added`);
            setDescription('');
            setLocation('');
            await queryClient.invalidateQueries({ queryKey });
        },
        onError: err => toast.error(errorMessage(err)),
    });
    return (
        <div className="grid gap-3 md:grid-cols-3">
            <OptionSelect<TrackingStatusCode>
                value={status}
                onChange={setStatus}
                ariaLabel={t`Status`}
                options={TRACKING_STATUSES.map(s => ({ value: s, label: labels[s] }))}
            />
            <Input
                value={description}
                onChange={e => setDescription(e.target.value)}
                placeholder={t`What happened`}
                aria-label={t`What happened`}
            />
            <Input
                value={location}
                onChange={e => setLocation(e.target.value)}
                placeholder={t`Where`}
                aria-label={t`Where`}
            />
            <div>
                <Button type="button" disabled={mutation.isPending} onClick={() => mutation.mutate()}>
                    <Trans>Add event</Trans>
                </Button>
            </div>
        </div>
    );
}
