import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import {
    api,
    Button,
    DetailFormGrid,
    Page,
    PageBlock,
    PageLayout,
    PageTitle,
    PermissionGuard,
    Textarea,
    useLocalFormat,
} from '@vendure/dashboard';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { toast } from 'sonner';

import type { ResultOf } from '@/gql';

import { errorMessage, errorResultMessage } from '../common/error-result';
import { SellerStatusBadge } from '../common/seller-status';
import {
    activeSellerDetailQuery,
    approveSellerDocument,
    reinstateSellerDocument,
    rejectSellerDocument,
    sellerDetailQuery,
    suspendSellerDocument,
} from '../marketplace.graphql';

import { SellerProfileForm } from './seller-profile-form';

const pageId = 'marketplace-seller-detail';

type Action = 'approve' | 'reject' | 'suspend' | 'reinstate';

export type SellerDetail = NonNullable<ResultOf<typeof sellerDetailQuery>['marketplaceSeller']>;

/**
 * A marketplace seller (the operator's page, `/marketplace-sellers/$id`): the application, the public profile
 * (editable with `UpdateMarketplaceSeller`), its Vendure seller, channel, stock location, role and administrators,
 * and the review actions its status allows (approve or reject a pending application, suspend an approved seller,
 * reinstate a suspended one). Rejecting and suspending need a reason.
 */
export function SellerDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const queryKey = ['marketplace-seller', params.id];
    const { data, isLoading } = useQuery({
        queryKey,
        queryFn: () => api.query(sellerDetailQuery, { id: params.id }),
    });
    return (
        <SellerPage
            seller={data?.marketplaceSeller ?? undefined}
            isLoading={isLoading}
            queryKey={queryKey}
            editPermissions={['UpdateMarketplaceSeller']}
        />
    );
}

/**
 * The seller profile of the active channel's seller (`/seller-profile`): how a seller's administrator, logged in
 * to its channel, reads its seller page and edits its public profile (`UpdateOffer`, which the seller role
 * holds). On a channel that is not a seller's (the operator's), it points to the sellers list.
 */
export function SellerProfilePage() {
    const queryKey = ['marketplace-seller', 'active'];
    const { data, isLoading } = useQuery({
        queryKey,
        queryFn: () => api.query(activeSellerDetailQuery),
    });
    if (!isLoading && data && !data.activeMarketplaceSeller) {
        return (
            <Page pageId="marketplace-seller-profile">
                <PageTitle>
                    <Trans>Seller profile</Trans>
                </PageTitle>
                <PageLayout>
                    <PageBlock column="main" blockId="no-seller">
                        <div className="space-y-3 text-sm" data-testid="seller-profile-none">
                            <p>
                                <Trans>
                                    The active channel is not a seller&apos;s channel. Here a seller&apos;s
                                    administrators, on their channel, edit their profile; the operator opens a
                                    seller from the sellers list.
                                </Trans>
                            </p>
                            <Button
                                type="button"
                                variant="outline"
                                size="sm"
                                render={<Link to="/marketplace-sellers" />}
                            >
                                <Trans>Sellers</Trans>
                            </Button>
                        </div>
                    </PageBlock>
                </PageLayout>
            </Page>
        );
    }
    return (
        <SellerPage
            seller={data?.activeMarketplaceSeller ?? undefined}
            isLoading={isLoading}
            queryKey={queryKey}
            editPermissions={['UpdateOffer']}
        />
    );
}

function SellerPage({
    seller,
    isLoading,
    queryKey,
    editPermissions,
}: {
    seller: SellerDetail | undefined;
    isLoading: boolean;
    queryKey: string[];
    editPermissions: string[];
}) {
    const { formatDate } = useLocalFormat();

    return (
        <Page pageId={pageId}>
            <PageTitle>{seller ? <span translate="no">{seller.name}</span> : ''}</PageTitle>
            <PageLayout>
                <PageBlock column="main" blockId="application" title={<Trans>Application</Trans>}>
                    {isLoading || !seller ? null : (
                        <DetailFormGrid>
                            <Field label={<Trans>Name</Trans>}>
                                <span translate="no">{seller.name}</span>
                            </Field>
                            <Field label={<Trans>Code</Trans>}>
                                <span translate="no">{seller.code}</span>
                            </Field>
                            <Field label={<Trans>Contact email</Trans>}>
                                <span translate="no">{seller.contactEmail}</span>
                            </Field>
                            <Field label={<Trans>Tax ID</Trans>}>
                                <span translate="no">{seller.taxId}</span>
                            </Field>
                            <Field label={<Trans>Applied</Trans>}>{formatDate(seller.createdAt)}</Field>
                        </DetailFormGrid>
                    )}
                </PageBlock>
                {seller ? (
                    <>
                        <PageBlock column="main" blockId="profile" title={<Trans>Public profile</Trans>}>
                            <SellerProfileForm
                                key={seller.id}
                                seller={seller}
                                queryKey={queryKey}
                                editPermissions={editPermissions}
                            />
                        </PageBlock>
                        <PageBlock column="side" blockId="status" title={<Trans>Status</Trans>}>
                            <StatusBlock
                                id={seller.id}
                                status={seller.status}
                                reason={seller.statusReason ?? null}
                                queryKey={queryKey}
                            />
                        </PageBlock>
                        <PageBlock column="side" blockId="setup" title={<Trans>Seller setup</Trans>}>
                            <dl className="space-y-2 text-sm">
                                <Field label={<Trans>Seller</Trans>}>
                                    <span translate="no">{seller.seller.name}</span>
                                </Field>
                                <Field label={<Trans>Channel</Trans>}>
                                    <Link
                                        to="/channels/$id"
                                        params={{ id: seller.channel.id }}
                                        className="underline"
                                    >
                                        <span translate="no">{seller.channel.code}</span>
                                    </Link>
                                </Field>
                                <Field label={<Trans>Stock location</Trans>}>
                                    <span translate="no">{seller.stockLocation?.name ?? ''}</span>
                                </Field>
                                <Field label={<Trans>Role</Trans>}>
                                    <span translate="no">{seller.role?.code ?? ''}</span>
                                </Field>
                            </dl>
                        </PageBlock>
                        <PageBlock
                            column="main"
                            blockId="administrators"
                            title={<Trans>Administrators</Trans>}
                        >
                            <ul className="space-y-1 text-sm">
                                {seller.administrators.map(a => (
                                    <li key={a.id} translate="no">
                                        {a.firstName} {a.lastName} · {a.emailAddress}
                                    </li>
                                ))}
                            </ul>
                        </PageBlock>
                    </>
                ) : null}
            </PageLayout>
        </Page>
    );
}

function Field({ label, children }: { label: ReactNode; children: ReactNode }) {
    return (
        <div className="space-y-1">
            <div className="text-muted-foreground text-sm font-medium">{label}</div>
            <div className="text-sm">{children}</div>
        </div>
    );
}

function StatusBlock({
    id,
    status,
    reason,
    queryKey,
}: {
    id: string;
    status: string;
    reason: string | null;
    queryKey: string[];
}) {
    const { t } = useLingui();
    const queryClient = useQueryClient();
    const [newReason, setNewReason] = useState('');
    const mutation = useMutation({
        mutationFn: async (action: Action) => {
            switch (action) {
                case 'approve':
                    return (await api.mutate(approveSellerDocument, { id })).approveSeller;
                case 'reject':
                    return (await api.mutate(rejectSellerDocument, { id, reason: newReason })).rejectSeller;
                case 'suspend':
                    return (await api.mutate(suspendSellerDocument, { id, reason: newReason })).suspendSeller;
                default:
                    return (await api.mutate(reinstateSellerDocument, { id })).reinstateSeller;
            }
        },
        onSuccess: async result => {
            const failed = errorResultMessage(result);
            if (failed) {
                toast.error(failed);
                return;
            }
            toast.success(t`Seller status updated`);
            setNewReason('');
            await queryClient.invalidateQueries({ queryKey });
        },
        onError: err => toast.error(errorMessage(err)),
    });
    const needsReason = status === 'pending' || status === 'approved';
    return (
        <div className="space-y-3">
            <SellerStatusBadge status={status} />
            {reason ? (
                <p className="text-sm">
                    <Trans>Reason</Trans>: <span translate="no">{reason}</span>
                </p>
            ) : null}
            <PermissionGuard requires={['UpdateMarketplaceSeller']}>
                {needsReason ? (
                    <Textarea
                        value={newReason}
                        onChange={e => setNewReason(e.target.value)}
                        placeholder={t`Reason (needed to reject or suspend)`}
                        aria-label={t`Reason`}
                    />
                ) : null}
                <div className="flex flex-wrap gap-2">
                    {status === 'pending' ? (
                        <>
                            <Button
                                type="button"
                                disabled={mutation.isPending}
                                onClick={() => mutation.mutate('approve')}
                            >
                                <Trans>Approve</Trans>
                            </Button>
                            <Button
                                type="button"
                                variant="destructive"
                                disabled={mutation.isPending || !newReason.trim()}
                                onClick={() => mutation.mutate('reject')}
                            >
                                <Trans>Reject</Trans>
                            </Button>
                        </>
                    ) : null}
                    {status === 'approved' ? (
                        <Button
                            type="button"
                            variant="destructive"
                            disabled={mutation.isPending || !newReason.trim()}
                            onClick={() => mutation.mutate('suspend')}
                        >
                            <Trans>Suspend</Trans>
                        </Button>
                    ) : null}
                    {status === 'suspended' ? (
                        <Button
                            type="button"
                            disabled={mutation.isPending}
                            onClick={() => mutation.mutate('reinstate')}
                        >
                            <Trans>Reinstate</Trans>
                        </Button>
                    ) : null}
                </div>
            </PermissionGuard>
        </div>
    );
}
