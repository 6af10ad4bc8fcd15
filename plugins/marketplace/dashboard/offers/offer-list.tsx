import { Trans } from '@lingui/react/macro';
import type { AnyRoute } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import { ActionBarItem, Badge, Button, DetailPageButton, ListPage } from '@vendure/dashboard';
import { FileSpreadsheetIcon, PlusIcon } from 'lucide-react';

import { MoneyText } from '../common/money';
import { OfferConditionLabel } from '../common/seller-status';
import { deleteOfferDocument, offerListQuery } from '../marketplace.graphql';

/** Offers: every seller's for the operator (default channel), the seller's own on a seller channel. */
export function OfferListPage({ route }: { route: AnyRoute }) {
    return (
        <ListPage
            pageId="offer-list"
            listQuery={offerListQuery}
            deleteMutation={deleteOfferDocument}
            route={route}
            title={<Trans>Offers</Trans>}
            defaultVisibility={{
                productVariant: true,
                seller: true,
                price: true,
                quantityAvailable: true,
                leadTimeDays: true,
                condition: true,
                active: true,
            }}
            customizeColumns={{
                productVariant: {
                    header: () => <Trans>Product variant</Trans>,
                    cell: ({ row }) =>
                        row.original.productVariant ? (
                            <DetailPageButton
                                id={row.original.id}
                                label={
                                    <span translate="no">
                                        {row.original.productVariant.name}{' '}
                                        <span className="text-muted-foreground font-mono">
                                            {row.original.productVariant.sku}
                                        </span>
                                    </span>
                                }
                            />
                        ) : null,
                },
                seller: {
                    header: () => <Trans>Seller</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.seller?.name}</span>,
                },
                price: {
                    header: () => <Trans>Price</Trans>,
                    meta: { dependencies: ['currencyCode'] },
                    cell: ({ row }) => (
                        <MoneyText value={row.original.price} currencyCode={row.original.currencyCode} />
                    ),
                },
                currencyCode: {
                    header: () => <Trans>Currency</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.currencyCode}</span>,
                },
                quantityAvailable: { header: () => <Trans>Quantity available</Trans> },
                leadTimeDays: { header: () => <Trans>Lead time (days)</Trans> },
                minimumOrderQuantity: { header: () => <Trans>Minimum order quantity</Trans> },
                condition: {
                    header: () => <Trans>Condition</Trans>,
                    cell: ({ row }) =>
                        row.original.condition ? (
                            <OfferConditionLabel condition={row.original.condition} />
                        ) : null,
                },
                sellerSku: {
                    header: () => <Trans>Seller SKU</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.sellerSku}</span>,
                },
                manufacturerPartNumber: {
                    header: () => <Trans>Manufacturer part number</Trans>,
                    cell: ({ row }) => <span translate="no">{row.original.manufacturerPartNumber}</span>,
                },
                active: {
                    header: () => <Trans>Active</Trans>,
                    cell: ({ row }) =>
                        row.original.active == null ? null : row.original.active ? (
                            <Badge variant="success">
                                <Trans>Active</Trans>
                            </Badge>
                        ) : (
                            <Badge variant="secondary">
                                <Trans>Inactive</Trans>
                            </Badge>
                        ),
                },
                sellerId: { header: () => <Trans>Seller ID</Trans> },
                productVariantId: { header: () => <Trans>Product variant ID</Trans> },
            }}
            onSearchTermChange={searchTerm => ({
                _or: [
                    { sellerSku: { contains: searchTerm } },
                    { manufacturerPartNumber: { contains: searchTerm } },
                ],
            })}
        >
            <ActionBarItem itemId="offer-csv" requiresPermission={['ReadOffer']}>
                <Button variant="outline" render={<Link to="/offers-csv" />}>
                    <FileSpreadsheetIcon className="mr-2 h-4 w-4" />
                    <Trans>Import / export CSV</Trans>
                </Button>
            </ActionBarItem>
            <ActionBarItem itemId="create-offer" requiresPermission={['CreateOffer']}>
                <Button render={<Link to="./new" />}>
                    <PlusIcon className="mr-2 h-4 w-4" />
                    <Trans>New offer</Trans>
                </Button>
            </ActionBarItem>
        </ListPage>
    );
}
