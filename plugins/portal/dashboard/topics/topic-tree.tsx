import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import {
    api,
    Button,
    ConfirmationDialog,
    Page,
    PageActionBar,
    ActionBarItem,
    PageBlock,
    PageLayout,
    PageTitle,
    PermissionGuard,
} from '@vendure/dashboard';
import { ArrowDown, ArrowUp, PlusIcon } from 'lucide-react';
import { toast } from 'sonner';

import { errorMessageOf } from '../common/article-status';
import { deleteTopicDocument, moveTopicDocument, topicListQuery } from '../portal.graphql';

type TopicRow = { id: string; name: string; slug: string; parentId?: string | null; position: number };

/** The topic tree of the active channel: order siblings, add sub-topics, open or delete a topic. */
export function TopicTreePage({ route: _route }: { route: AnyRoute }) {
    const { t } = useLingui();
    const queryClient = useQueryClient();
    const { data } = useQuery({
        queryKey: ['PortalTopicTree'],
        queryFn: () => api.query(topicListQuery, { options: { take: 1000, sort: { position: 'ASC' } } }),
    });
    const refresh = () => queryClient.invalidateQueries({ queryKey: ['PortalTopicTree'] });
    const move = useMutation({
        mutationFn: (input: { id: string; parentId: string | null; position: number }) =>
            api.mutate(moveTopicDocument, { input }),
        onSuccess: async result => {
            const failed = errorMessageOf(result.moveTopic);
            if (failed) {
                toast.error(failed);
            }
            await refresh();
        },
    });
    const remove = useMutation({
        mutationFn: (id: string) => api.mutate(deleteTopicDocument, { id }),
        onSuccess: async result => {
            if (result.deleteTopic.result === 'NOT_DELETED') {
                toast.error(result.deleteTopic.message ?? t`The topic was not deleted`);
            } else {
                toast.success(t`Topic deleted`);
            }
            await refresh();
        },
    });
    const topics = data?.topics.items ?? [];
    const childrenOf = (parentId: string | null) =>
        topics
            .filter(x => (x.parentId ?? null) === parentId)
            .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    /** Swaps a topic with its neighbour by giving both positions in a fresh sequence. */
    const shift = async (topic: TopicRow, delta: -1 | 1) => {
        const siblings = childrenOf(topic.parentId ?? null);
        const index = siblings.findIndex(s => s.id === topic.id);
        const target = index + delta;
        if (target < 0 || target >= siblings.length) {
            return;
        }
        const order = [...siblings];
        [order[index], order[target]] = [order[target], order[index]];
        for (let i = 0; i < order.length; i++) {
            if (order[i].position !== i) {
                await move.mutateAsync({ id: order[i].id, parentId: topic.parentId ?? null, position: i });
            }
        }
    };
    const renderLevel = (parentId: string | null, depth: number) =>
        childrenOf(parentId).map((topic, i, siblings) => (
            <div key={topic.id}>
                <div
                    className="flex items-center justify-between gap-2 border-b py-2"
                    style={{ paddingLeft: `${depth * 1.5}rem` }}
                    data-testid="portal-topic-row"
                >
                    <div>
                        <Link
                            to="/topics/$id"
                            params={{ id: topic.id }}
                            className="font-medium hover:underline"
                        >
                            {topic.name}
                        </Link>
                        <span className="ml-2 font-mono text-xs text-muted-foreground">{topic.slug}</span>
                    </div>
                    <PermissionGuard requires={['UpdateTopic']}>
                        <div className="flex items-center gap-1">
                            <Button
                                type="button"
                                variant="ghost"
                                size="sm"
                                aria-label={t`Move up`}
                                disabled={i === 0 || move.isPending}
                                onClick={() => void shift(topic, -1)}
                            >
                                <ArrowUp className="h-4 w-4" />
                            </Button>
                            <Button
                                type="button"
                                variant="ghost"
                                size="sm"
                                aria-label={t`Move down`}
                                disabled={i === siblings.length - 1 || move.isPending}
                                onClick={() => void shift(topic, 1)}
                            >
                                <ArrowDown className="h-4 w-4" />
                            </Button>
                            <Button
                                variant="ghost"
                                size="sm"
                                render={
                                    <Link
                                        to="/topics/$id"
                                        params={{ id: 'new' }}
                                        search={{ parentId: topic.id }}
                                    />
                                }
                            >
                                <Trans>Add sub-topic</Trans>
                            </Button>
                            <PermissionGuard requires={['DeleteTopic']}>
                                <ConfirmationDialog
                                    title={t`Delete this topic?`}
                                    description={t`Its articles lose the topic. A topic with sub-topics cannot be deleted.`}
                                    confirmText={t`Delete`}
                                    onConfirm={() => remove.mutate(topic.id)}
                                >
                                    <Button type="button" variant="ghost" size="sm">
                                        <Trans>Delete</Trans>
                                    </Button>
                                </ConfirmationDialog>
                            </PermissionGuard>
                        </div>
                    </PermissionGuard>
                </div>
                {renderLevel(topic.id, depth + 1)}
            </div>
        ));
    return (
        <Page pageId="portal-topic-tree">
            <PageTitle>
                <Trans>Topics</Trans>
            </PageTitle>
            <PageActionBar>
                <ActionBarItem itemId="create-topic" requiresPermission={['CreateTopic']}>
                    <Button render={<Link to="/topics/$id" params={{ id: 'new' }} />}>
                        <PlusIcon className="mr-2 h-4 w-4" />
                        <Trans>New topic</Trans>
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="tree">
                    {topics.length ? (
                        <div className="text-sm" data-testid="portal-topic-tree">
                            {renderLevel(null, 0)}
                        </div>
                    ) : (
                        <p className="text-sm text-muted-foreground">
                            <Trans>No topics yet.</Trans>
                        </p>
                    )}
                </PageBlock>
            </PageLayout>
        </Page>
    );
}
