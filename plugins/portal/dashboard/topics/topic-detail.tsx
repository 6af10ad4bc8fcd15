import { Trans, useLingui } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import type { AnyRoute } from '@tanstack/react-router';
import { useNavigate } from '@tanstack/react-router';
import {
    ActionBarItem,
    api,
    Button,
    DetailFormGrid,
    Input,
    NativeSelect,
    NativeSelectOption,
    NEW_ENTITY_PATH,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    Textarea,
    TranslatableFormFieldWrapper,
    useDetailPage,
} from '@vendure/dashboard';
import { useState } from 'react';
import { toast } from 'sonner';

import { errorMessageOf } from '../common/article-status';
import {
    createTopicDocument,
    moveTopicDocument,
    topicDetailQuery,
    topicListQuery,
    updateTopicDocument,
} from '../portal.graphql';

/** The text of a translatable form field (the form's value types are a union of every field's). */
function textOf(value: unknown): string {
    return typeof value === 'string' ? value : '';
}

const pageId = 'portal-topic-detail';

/** A topic: its name, slug and description per language, and its place in the tree. */
export function TopicDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const search: { parentId?: string } = route.useSearch();
    const navigate = useNavigate();
    const creating = params.id === NEW_ENTITY_PATH;
    const { t } = useLingui();
    const { form, submitHandler, entity, isPending, resetForm, refreshEntity } = useDetailPage({
        pageId,
        queryDocument: topicDetailQuery,
        createDocument: createTopicDocument,
        updateDocument: updateTopicDocument,
        setValuesForUpdate: topic => ({
            id: topic.id,
            position: topic.position,
            translations: topic.translations.map(tr => ({
                id: tr.id,
                languageCode: tr.languageCode,
                name: tr.name,
                slug: tr.slug,
                description: tr.description,
            })),
        }),
        transformCreateInput: input => ({ ...input, parentId: search.parentId ?? null }),
        params: { id: params.id },
        onSuccess: data => {
            toast.success(creating ? t`Topic created` : t`Topic saved`);
            resetForm();
            const id = (data as { id?: string } | undefined)?.id;
            if (creating && id) {
                void navigate({ to: '/topics/$id', params: { id } });
            }
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });
    return (
        <Page pageId={pageId} form={form} submitHandler={submitHandler} entity={entity}>
            <PageTitle>
                {creating ? <Trans>New topic</Trans> : <span translate="no">{entity?.name ?? ''}</span>}
            </PageTitle>
            <PageActionBar>
                <ActionBarItem itemId="save-button" requiresPermission={['UpdateTopic', 'CreateTopic']}>
                    <Button type="submit" disabled={!form.formState.isDirty || isPending}>
                        {creating ? <Trans>Create</Trans> : <Trans>Save</Trans>}
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="main-form">
                    <DetailFormGrid>
                        <TranslatableFormFieldWrapper
                            control={form.control}
                            name="name"
                            label={<Trans>Name</Trans>}
                            render={({ field }) => <Input {...field} value={textOf(field.value)} />}
                        />
                        <TranslatableFormFieldWrapper
                            control={form.control}
                            name="slug"
                            label={<Trans context="URL slug">Slug</Trans>}
                            render={({ field }) => <Input {...field} value={textOf(field.value)} />}
                        />
                    </DetailFormGrid>
                    <TranslatableFormFieldWrapper
                        control={form.control}
                        name="description"
                        label={<Trans>Description</Trans>}
                        render={({ field }) => <Textarea {...field} value={textOf(field.value)} rows={3} />}
                    />
                </PageBlock>
                {entity ? (
                    <PageBlock column="side" blockId="parent" title={<Trans>Parent topic</Trans>}>
                        <ParentPicker
                            topicId={entity.id}
                            parentId={entity.parentId ?? null}
                            onMoved={refreshEntity}
                        />
                    </PageBlock>
                ) : null}
            </PageLayout>
        </Page>
    );
}

function ParentPicker({
    topicId,
    parentId,
    onMoved,
}: {
    topicId: string;
    parentId: string | null;
    onMoved: () => void;
}) {
    const { t } = useLingui();
    const [value, setValue] = useState(parentId ?? '');
    const { data } = useQuery({
        queryKey: ['PortalTopicTree'],
        queryFn: () => api.query(topicListQuery, { options: { take: 1000, sort: { position: 'ASC' } } }),
    });
    const candidates = (data?.topics.items ?? []).filter(x => x.id !== topicId);
    const save = async () => {
        const result = await api.mutate(moveTopicDocument, {
            input: { id: topicId, parentId: value || null },
        });
        const failed = errorMessageOf((result as { moveTopic: unknown }).moveTopic);
        if (failed) {
            toast.error(failed);
            return;
        }
        toast.success(t`Topic moved`);
        onMoved();
    };
    return (
        <div className="space-y-2 text-sm">
            <NativeSelect
                value={value}
                onChange={e => setValue(e.target.value)}
                className="w-full"
                aria-label={t`Parent topic`}
            >
                <NativeSelectOption value="">{t`(top level)`}</NativeSelectOption>
                {candidates.map(c => (
                    <NativeSelectOption key={c.id} value={c.id}>
                        {c.name}
                    </NativeSelectOption>
                ))}
            </NativeSelect>
            <Button
                type="button"
                variant="outline"
                size="sm"
                disabled={value === (parentId ?? '')}
                onClick={() => void save()}
            >
                <Trans>Move</Trans>
            </Button>
        </div>
    );
}
