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
                                className="max-w-3xl text-sm leading-6 [&_h2]:mb-2 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mb-2 [&_h3]:font-semibold [&_li]:mb-1 [&_ol]:mb-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:mb-3 [&_ul]:mb-3 [&_ul]:list-disc [&_ul]:pl-6"
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
