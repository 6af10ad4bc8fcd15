import { Trans, useLingui } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
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
} from '@vendure/dashboard';
import { useState } from 'react';

import { readableArticlesQuery } from '../portal.graphql';

const PAGE_SIZE = 20;

/**
 * Notices: what the logged-in administrator may read in the portal (for a seller's staff, what the operator
 * published for all sellers or for their seller), newest first, with search.
 */
export function NoticeListPage({ route: _route }: { route: AnyRoute }) {
    const { t } = useLingui();
    const { formatDate } = useLocalFormat();
    const [search, setSearch] = useState('');
    const [take, setTake] = useState(PAGE_SIZE);
    const { data, isLoading } = useQuery({
        queryKey: ['PortalNotices', search, take],
        queryFn: () =>
            api.query(readableArticlesQuery, {
                options: { search: search.trim() || undefined, take, skip: 0 },
            }),
    });
    const items = data?.readableArticles.items ?? [];
    const total = data?.readableArticles.totalItems ?? 0;
    return (
        <Page pageId="portal-notice-list">
            <PageTitle>
                <Trans>Notices</Trans>
            </PageTitle>
            <PageLayout>
                <PageBlock column="main" blockId="notices">
                    <Input
                        className="mb-4 max-w-md"
                        placeholder={t`Search notices`}
                        value={search}
                        onChange={e => {
                            setSearch(e.target.value);
                            setTake(PAGE_SIZE);
                        }}
                    />
                    {!isLoading && items.length === 0 ? (
                        <p className="text-muted-foreground text-sm">
                            <Trans>No notices for you at the moment.</Trans>
                        </p>
                    ) : null}
                    <ul className="divide-y">
                        {items.map(item => (
                            <li key={item.id} className="py-3">
                                <Link
                                    to="/notices/$id"
                                    params={{ id: item.id }}
                                    className="font-medium hover:underline"
                                >
                                    <span translate="no">{item.title}</span>
                                </Link>
                                <div className="text-muted-foreground text-xs">
                                    {formatDate(item.publishedAt, { dateStyle: 'medium' })}
                                    {item.tags.length ? (
                                        <span translate="no"> · {item.tags.join(', ')}</span>
                                    ) : null}
                                </div>
                                {item.summary ? (
                                    <p className="mt-1 text-sm" translate="no">
                                        {item.summary}
                                    </p>
                                ) : null}
                            </li>
                        ))}
                    </ul>
                    {items.length < total ? (
                        <Button variant="outline" className="mt-4" onClick={() => setTake(take + PAGE_SIZE)}>
                            <Trans>Show more</Trans>
                        </Button>
                    ) : null}
                </PageBlock>
            </PageLayout>
        </Page>
    );
}
