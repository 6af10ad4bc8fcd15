import { Trans } from '@lingui/react/macro';
import { defineDashboardExtension } from '@vendure/dashboard';
import { StoreIcon } from 'lucide-react';

import { CommissionRuleDetailPage } from './commission-rules/commission-rule-detail';
import { CommissionRuleListPage } from './commission-rules/commission-rule-list';
import { MARKETPLACE_NAV_SECTION_ID } from './common/nav';
import { OfferCsvPage } from './offers/offer-csv';
import { OfferDetailPage } from './offers/offer-detail';
import { OfferListPage } from './offers/offer-list';
import { OrderSellersBlock } from './orders/order-sellers-block';
import { PayoutBatchDetailPage } from './payouts/payout-batch-detail';
import { PayoutBatchListPage } from './payouts/payout-batch-list';
import { SellerLedgerListPage } from './payouts/seller-ledger-list';
import { SellerDetailPage, SellerProfilePage } from './sellers/seller-detail';
import { SellerListPage } from './sellers/seller-list';

defineDashboardExtension({
    navSections: [
        { id: MARKETPLACE_NAV_SECTION_ID, title: 'marketplace.nav.section', icon: StoreIcon, order: 360 },
    ],
    routes: [
        {
            path: '/seller-applications',
            loader: () => ({ breadcrumb: <Trans>Seller applications</Trans> }),
            navMenuItem: {
                sectionId: MARKETPLACE_NAV_SECTION_ID,
                id: 'seller-applications',
                title: 'marketplace.nav.seller-applications',
                url: '/seller-applications',
                requiresPermission: ['ReadMarketplaceSeller'],
            },
            component: route => <SellerListPage route={route} applications />,
        },
        {
            path: '/marketplace-sellers',
            loader: () => ({ breadcrumb: <Trans>Sellers</Trans> }),
            navMenuItem: {
                sectionId: MARKETPLACE_NAV_SECTION_ID,
                id: 'marketplace-sellers',
                title: 'marketplace.nav.sellers',
                url: '/marketplace-sellers',
                requiresPermission: ['ReadMarketplaceSeller'],
            },
            component: route => <SellerListPage route={route} />,
        },
        {
            path: '/marketplace-sellers/$id',
            loader: () => ({
                breadcrumb: [
                    { path: '/marketplace-sellers', label: <Trans>Sellers</Trans> },
                    <Trans>Seller</Trans>,
                ],
            }),
            component: route => <SellerDetailPage route={route} />,
        },
        {
            // A seller's administrator's own seller page (on its channel), where it edits its public profile.
            path: '/seller-profile',
            loader: () => ({ breadcrumb: <Trans>Seller profile</Trans> }),
            navMenuItem: {
                sectionId: MARKETPLACE_NAV_SECTION_ID,
                id: 'seller-profile',
                title: 'marketplace.nav.seller-profile',
                url: '/seller-profile',
                requiresPermission: ['UpdateOffer'],
            },
            component: () => <SellerProfilePage />,
        },
        {
            path: '/offers',
            loader: () => ({ breadcrumb: <Trans>Offers</Trans> }),
            navMenuItem: {
                sectionId: MARKETPLACE_NAV_SECTION_ID,
                id: 'offers',
                title: 'marketplace.nav.offers',
                url: '/offers',
                requiresPermission: ['ReadOffer'],
            },
            component: route => <OfferListPage route={route} />,
        },
        {
            path: '/offers-csv',
            loader: () => ({
                breadcrumb: [
                    { path: '/offers', label: <Trans>Offers</Trans> },
                    <Trans>Import and export offers</Trans>,
                ],
            }),
            component: () => <OfferCsvPage />,
        },
        {
            path: '/offers/$id',
            loader: () => ({
                breadcrumb: [{ path: '/offers', label: <Trans>Offers</Trans> }, <Trans>Offer</Trans>],
            }),
            component: route => <OfferDetailPage route={route} />,
        },
        {
            path: '/payout-batches',
            loader: () => ({ breadcrumb: <Trans>Payout batches</Trans> }),
            navMenuItem: {
                sectionId: MARKETPLACE_NAV_SECTION_ID,
                id: 'payout-batches',
                title: 'marketplace.nav.payout-batches',
                url: '/payout-batches',
                requiresPermission: ['ReadSellerPayout'],
            },
            component: route => <PayoutBatchListPage route={route} />,
        },
        {
            path: '/payout-batches/$id',
            loader: () => ({
                breadcrumb: [
                    { path: '/payout-batches', label: <Trans>Payout batches</Trans> },
                    <Trans>Payout batch</Trans>,
                ],
            }),
            component: route => <PayoutBatchDetailPage route={route} />,
        },
        {
            path: '/commission-rules',
            loader: () => ({ breadcrumb: <Trans>Commission rules</Trans> }),
            navMenuItem: {
                sectionId: MARKETPLACE_NAV_SECTION_ID,
                id: 'commission-rules',
                title: 'marketplace.nav.commission-rules',
                url: '/commission-rules',
                requiresPermission: ['ReadMarketplaceSeller'],
            },
            component: route => <CommissionRuleListPage route={route} />,
        },
        {
            path: '/commission-rules/$id',
            loader: () => ({
                breadcrumb: [
                    { path: '/commission-rules', label: <Trans>Commission rules</Trans> },
                    <Trans>Commission rule</Trans>,
                ],
            }),
            component: route => <CommissionRuleDetailPage route={route} />,
        },
        {
            path: '/seller-ledger',
            loader: () => ({ breadcrumb: <Trans>Seller ledger</Trans> }),
            navMenuItem: {
                sectionId: MARKETPLACE_NAV_SECTION_ID,
                id: 'seller-ledger',
                title: 'marketplace.nav.seller-ledger',
                url: '/seller-ledger',
                requiresPermission: ['ReadSellerPayout'],
            },
            component: route => <SellerLedgerListPage route={route} />,
        },
    ],
    pageBlocks: [
        // Who sells what: on the buyer's order page and on Vendure's seller order page.
        {
            id: 'marketplace-order-sellers',
            title: <Trans>Sellers</Trans>,
            location: {
                pageId: 'order-detail',
                column: 'side',
                position: { blockId: 'state', order: 'after' },
            },
            requiresPermission: ['ReadOrder'],
            component: ({ context }) => <OrderSellersBlock context={context} />,
        },
        {
            id: 'marketplace-seller-order-sellers',
            title: <Trans>Sellers</Trans>,
            location: {
                pageId: 'seller-order-detail',
                column: 'side',
                position: { blockId: 'state', order: 'after' },
            },
            requiresPermission: ['ReadOrder'],
            component: ({ context }) => <OrderSellersBlock context={context} />,
        },
    ],
});
