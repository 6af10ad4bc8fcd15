import { Trans } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { api, Page, PageBlock, PageLayout, PageTitle, useLocalFormat } from '@vendure/dashboard';

import { readableArticleQuery } from '../portal.graphql';

/** One notice to read: its body is HTML the portal sanitised when it was saved. */
export function NoticeDetailPage({ route }: { route: AnyRoute }) {
    const { id }: { id: string } = route.useParams();
    const { formatDate } = useLocalFormat();
    const { data, isLoading } = useQuery({
        queryKey: ['PortalNotice', id],
        queryFn: () => api.query(readableArticleQuery, { id }),
    });
    const article = data?.readableArticle;
    return (
        <Page pageId="portal-notice-detail">
            <PageTitle>
                {article ? <span translate="no">{article.title}</span> : <Trans>Notice</Trans>}
            </PageTitle>
            <PageLayout>
                <PageBlock column="main" blockId="notice">
                    {!isLoading && !article ? (
                        <p className="text-sm">
                            <Trans>This notice is not available to you.</Trans>
                        </p>
                    ) : null}
                    {article ? (
                        <article>
                            <div className="text-muted-foreground mb-4 text-xs">
                                {formatDate(article.publishedAt, { dateStyle: 'long' })}
                                {article.authorName ? (
                                    <span translate="no"> · {article.authorName}</span>
                                ) : null}
                            </div>
                            {article.featuredAsset ? (
                                <img
                                    src={`${article.featuredAsset.preview}?preset=medium`}
                                    alt=""
                                    className="mb-4 max-h-64 rounded"
                                />
                            ) : null}
                            <div
                                className="prose max-w-none"
                                translate="no"
                                dangerouslySetInnerHTML={{ __html: article.body }}
                            />
                        </article>
                    ) : null}
                </PageBlock>
            </PageLayout>
        </Page>
    );
}
