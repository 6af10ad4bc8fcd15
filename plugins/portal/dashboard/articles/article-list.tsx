import { Trans } from '@lingui/react/macro';
import type { AnyRoute } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import { ActionBarItem, Button, DetailPageButton, ListPage, useLocalFormat } from '@vendure/dashboard';
import { PlusIcon } from 'lucide-react';

import { ArticleStatusBadge } from '../common/article-status';
import { articleListQuery } from '../portal.graphql';

/** Articles (working copies) of the active channel. */
export function ArticleListPage({ route }: { route: AnyRoute }) {
    const { formatDate } = useLocalFormat();
    const date = (value: string | null | undefined) =>
        value ? formatDate(value, { dateStyle: 'medium', timeStyle: 'short' }) : '';
    return (
        <ListPage
            pageId="portal-article-list"
            listQuery={articleListQuery}
            route={route}
            title={<Trans>Articles</Trans>}
            defaultVisibility={{
                title: true,
                status: true,
                authorName: true,
                publishedAt: true,
                publishAt: true,
                updatedAt: true,
            }}
            defaultSort={[{ id: 'updatedAt', desc: true }]}
            customizeColumns={{
                title: {
                    header: () => <Trans>Title</Trans>,
                    cell: ({ row }) => <DetailPageButton id={row.original.id} label={row.original.title} />,
                },
                slug: { header: () => <Trans context="URL slug">Slug</Trans> },
                status: {
                    header: () => <Trans>Status</Trans>,
                    cell: ({ row }) => <ArticleStatusBadge status={row.original.status} />,
                },
                authorName: { header: () => <Trans>Author</Trans> },
                publishedAt: {
                    header: () => <Trans>Live since</Trans>,
                    cell: ({ row }) => date(row.original.publishedAt),
                },
                publishAt: {
                    header: () => <Trans>Scheduled for</Trans>,
                    cell: ({ row }) => date(row.original.publishAt),
                },
                unpublishAt: {
                    header: () => <Trans>Unpublish at</Trans>,
                    cell: ({ row }) => date(row.original.unpublishAt),
                },
            }}
            onSearchTermChange={searchTerm => ({ title: { contains: searchTerm } })}
        >
            <ActionBarItem itemId="create-article" requiresPermission={['CreateArticle']}>
                <Button render={<Link to="./new" />}>
                    <PlusIcon className="mr-2 h-4 w-4" />
                    <Trans>New article</Trans>
                </Button>
            </ActionBarItem>
        </ListPage>
    );
}
