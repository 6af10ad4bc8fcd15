import { Trans } from '@lingui/react/macro';
import type { AnyRoute } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import { ActionBarItem, Badge, Button, DetailPageButton, ListPage } from '@vendure/dashboard';
import { PlusIcon } from 'lucide-react';

import { commissionRuleListQuery, deleteCommissionRuleDocument } from './commission-rule.graphql';
import { RateText } from './rate';

/**
 * The operator's commission rules: collection, seller (or every seller) and rate; each row opens the rule. Rules
 * apply to orders placed after they change.
 */
export function CommissionRuleListPage({ route }: { route: AnyRoute }) {
    return (
        <ListPage
            pageId="marketplace-commission-rule-list"
            listQuery={commissionRuleListQuery}
            deleteMutation={deleteCommissionRuleDocument}
            route={route}
            title={<Trans>Commission rules</Trans>}
            defaultVisibility={{ collection: true, seller: true, rateBps: true, updatedAt: true }}
            customizeColumns={{
                collection: {
                    header: () => <Trans>Collection</Trans>,
                    cell: ({ row }) =>
                        row.original.collection ? (
                            <DetailPageButton
                                id={row.original.id}
                                label={
                                    <span translate="no">
                                        {row.original.collection.name}{' '}
                                        <span className="text-muted-foreground font-mono">
                                            {row.original.collection.slug}
                                        </span>
                                    </span>
                                }
                            />
                        ) : null,
                },
                seller: {
                    header: () => <Trans>Seller</Trans>,
                    cell: ({ row }) =>
                        row.original.seller ? (
                            <span translate="no">{row.original.seller.name}</span>
                        ) : row.original.seller === null ? (
                            <Badge variant="secondary">
                                <Trans>All sellers</Trans>
                            </Badge>
                        ) : null,
                },
                rateBps: {
                    header: () => <Trans>Commission rate</Trans>,
                    cell: ({ row }) => <RateText bps={row.original.rateBps} />,
                },
                collectionId: { header: () => <Trans>Collection ID</Trans> },
                sellerId: { header: () => <Trans>Seller ID</Trans> },
            }}
        >
            <ActionBarItem itemId="create-commission-rule" requiresPermission={['UpdateMarketplaceSeller']}>
                <Button render={<Link to="./new" />}>
                    <PlusIcon className="mr-2 h-4 w-4" />
                    <Trans>New commission rule</Trans>
                </Button>
            </ActionBarItem>
        </ListPage>
    );
}
