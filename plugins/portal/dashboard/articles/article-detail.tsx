import { Trans, useLingui } from '@lingui/react/macro';
import type { AnyRoute } from '@tanstack/react-router';
import { useNavigate } from '@tanstack/react-router';
import {
    ActionBarItem,
    Button,
    DetailFormGrid,
    EntityAssets,
    Field,
    FieldLabel,
    FormFieldWrapper,
    Input,
    NEW_ENTITY_PATH,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    RelationSelector,
    RichTextInput,
    StringListInput,
    Textarea,
    TranslatableFormFieldWrapper,
    createRelationSelectorConfig,
    useDetailPage,
} from '@vendure/dashboard';
import { toast } from 'sonner';

import { errorMessageOf } from '../common/article-status';
import {
    articleDetailQuery,
    collectionPickerQuery,
    createArticleDocument,
    productPickerQuery,
    topicListQuery,
    updateArticleDocument,
} from '../portal.graphql';

import { AudiencesInput } from './audiences-input';
import { ArticleHistoryBlock } from './article-history-block';
import { ArticleStatusBlock } from './article-status-block';
import { ArticleWorkflowActions } from './article-workflow-actions';

/** The text of a translatable form field (the form's value types are a union of every field's). */
function textOf(value: unknown): string {
    return typeof value === 'string' ? value : '';
}

const pageId = 'portal-article-detail';

function validAudiences<T extends { type?: string | null }>(audiences: T[] | null | undefined): T[] {
    return (audiences ?? []).filter(a => !!a?.type);
}

const topicSelector = createRelationSelectorConfig<{ id: string; name: string }>({
    listQuery: topicListQuery,
    idKey: 'id',
    labelKey: 'name',
    multiple: true,
});

const productSelector = createRelationSelectorConfig<{ id: string; name: string }>({
    listQuery: productPickerQuery,
    idKey: 'id',
    labelKey: 'name',
    multiple: true,
});

const collectionSelector = createRelationSelectorConfig<{ id: string; name: string }>({
    listQuery: collectionPickerQuery,
    idKey: 'id',
    labelKey: 'name',
    multiple: true,
});

/**
 * An article: its content in the content language (title, slug, summary, the body in the rich-text editor, SEO),
 * topics, tags, audiences, related products and collections, images, the workflow actions and the history.
 */
export function ArticleDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const navigate = useNavigate();
    const creating = params.id === NEW_ENTITY_PATH;
    const { t } = useLingui();
    const { form, submitHandler, entity, isPending, resetForm, refreshEntity } = useDetailPage({
        pageId,
        queryDocument: articleDetailQuery,
        createDocument: createArticleDocument,
        updateDocument: updateArticleDocument,
        setValuesForUpdate: article => ({
            id: article.id,
            authorName: article.authorName ?? '',
            featuredAssetId: article.featuredAsset?.id,
            assetIds: article.assets.map(a => a.id),
            topicIds: article.topics.map(topic => topic.id),
            tags: article.tags,
            relatedProductIds: article.relatedProducts.map(p => p.id),
            relatedCollectionIds: article.relatedCollections.map(c => c.id),
            audiences: article.audiences.map(a => ({ type: a.type, value: a.value })),
            translations: article.translations.map(tr => ({
                id: tr.id,
                languageCode: tr.languageCode,
                title: tr.title,
                slug: tr.slug,
                summary: tr.summary,
                body: tr.body,
                seoTitle: tr.seoTitle,
                seoDescription: tr.seoDescription,
            })),
        }),
        // The generated form starts a list of input objects with an empty entry: drop audiences without a type.
        transformCreateInput: input => ({ ...input, audiences: validAudiences(input.audiences) }),
        transformUpdateInput: input => ({ ...input, audiences: validAudiences(input.audiences) }),
        params: { id: params.id },
        onSuccess: data => {
            void afterSave(data);
        },
        onError: err => toast.error(err instanceof Error ? err.message : String(err)),
    });

    async function afterSave(data: unknown): Promise<void> {
        const failed = errorMessageOf(data);
        if (failed) {
            toast.error(failed);
            return;
        }
        toast.success(creating ? t`Article created` : t`Article saved`);
        resetForm();
        const id = (data as { id?: string } | undefined)?.id;
        if (creating && id) {
            await navigate({ to: '../$id', params: { id } });
        }
    }

    const archived = entity?.status === 'archived';
    const canEdit = !archived;

    return (
        <Page pageId={pageId} form={form} submitHandler={submitHandler} entity={entity}>
            <PageTitle>
                {creating ? <Trans>New article</Trans> : <span translate="no">{entity?.title ?? ''}</span>}
            </PageTitle>
            <PageActionBar>
                {entity ? (
                    <ArticleWorkflowActions
                        article={entity}
                        dirty={form.formState.isDirty}
                        onChange={refreshEntity}
                    />
                ) : null}
                <ActionBarItem itemId="save-button" requiresPermission={['UpdateArticle', 'CreateArticle']}>
                    <Button type="submit" disabled={!form.formState.isDirty || isPending || !canEdit}>
                        {creating ? <Trans>Create</Trans> : <Trans>Save</Trans>}
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="main-form">
                    <DetailFormGrid>
                        <TranslatableFormFieldWrapper
                            control={form.control}
                            name="title"
                            label={<Trans>Title</Trans>}
                            render={({ field }) => (
                                <Input {...field} value={textOf(field.value)} disabled={!canEdit} />
                            )}
                        />
                        <TranslatableFormFieldWrapper
                            control={form.control}
                            name="slug"
                            label={<Trans context="URL slug">Slug</Trans>}
                            description={
                                <Trans>Made from the title when left empty; unique among articles.</Trans>
                            }
                            render={({ field }) => (
                                <Input {...field} value={textOf(field.value)} disabled={!canEdit} />
                            )}
                        />
                    </DetailFormGrid>
                    <TranslatableFormFieldWrapper
                        control={form.control}
                        name="summary"
                        label={<Trans context="article summary">Summary</Trans>}
                        render={({ field }) => (
                            <Textarea {...field} value={textOf(field.value)} rows={3} disabled={!canEdit} />
                        )}
                    />
                    <TranslatableFormFieldWrapper
                        control={form.control}
                        name="body"
                        label={<Trans>Body</Trans>}
                        render={({ field }) => <RichTextInput {...field} disabled={!canEdit} />}
                    />
                </PageBlock>
                <PageBlock column="main" blockId="seo" title={<Trans>Search engines</Trans>}>
                    <DetailFormGrid>
                        <TranslatableFormFieldWrapper
                            control={form.control}
                            name="seoTitle"
                            label={<Trans>SEO title</Trans>}
                            render={({ field }) => (
                                <Input {...field} value={textOf(field.value)} disabled={!canEdit} />
                            )}
                        />
                        <TranslatableFormFieldWrapper
                            control={form.control}
                            name="seoDescription"
                            label={<Trans>SEO description</Trans>}
                            render={({ field }) => (
                                <Textarea
                                    {...field}
                                    value={textOf(field.value)}
                                    rows={2}
                                    disabled={!canEdit}
                                />
                            )}
                        />
                    </DetailFormGrid>
                </PageBlock>
                {entity ? (
                    <PageBlock column="main" blockId="history" title={<Trans>History</Trans>}>
                        <ArticleHistoryBlock
                            articleId={entity.id}
                            revisionCount={entity.revisionCount}
                            onRestored={refreshEntity}
                        />
                    </PageBlock>
                ) : null}
                {entity ? (
                    <PageBlock column="side" blockId="status" title={<Trans>Publishing</Trans>}>
                        <ArticleStatusBlock article={entity} />
                    </PageBlock>
                ) : null}
                <PageBlock column="side" blockId="audiences" title={<Trans>Audience</Trans>}>
                    <FormFieldWrapper
                        control={form.control}
                        name="audiences"
                        renderFormControl={false}
                        render={({ field }) => (
                            <AudiencesInput
                                value={field.value ?? []}
                                onChange={field.onChange}
                                known={entity?.audiences ?? []}
                                disabled={!canEdit}
                            />
                        )}
                    />
                </PageBlock>
                <PageBlock column="side" blockId="classification" title={<Trans>Topics and tags</Trans>}>
                    <div className="space-y-4">
                        <FormFieldWrapper
                            control={form.control}
                            name="topicIds"
                            label={<Trans>Topics</Trans>}
                            renderFormControl={false}
                            render={({ field }) => (
                                <RelationSelector
                                    config={topicSelector}
                                    value={field.value ?? []}
                                    onChange={field.onChange}
                                    disabled={!canEdit}
                                />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="tags"
                            label={<Trans>Tags</Trans>}
                            render={({ field }) => (
                                // tags are data, shown as they were typed
                                <div translate="no">
                                    <StringListInput {...field} disabled={!canEdit} />
                                </div>
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="authorName"
                            label={<Trans>Author</Trans>}
                            render={({ field }) => (
                                <Input {...field} value={textOf(field.value)} disabled={!canEdit} />
                            )}
                        />
                    </div>
                </PageBlock>
                <PageBlock column="side" blockId="related" title={<Trans>Related</Trans>}>
                    <div className="space-y-4">
                        <FormFieldWrapper
                            control={form.control}
                            name="relatedProductIds"
                            label={<Trans>Products</Trans>}
                            renderFormControl={false}
                            render={({ field }) => (
                                <RelationSelector
                                    config={productSelector}
                                    value={field.value ?? []}
                                    onChange={field.onChange}
                                    disabled={!canEdit}
                                />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="relatedCollectionIds"
                            label={<Trans>Collections</Trans>}
                            renderFormControl={false}
                            render={({ field }) => (
                                <RelationSelector
                                    config={collectionSelector}
                                    value={field.value ?? []}
                                    onChange={field.onChange}
                                    disabled={!canEdit}
                                />
                            )}
                        />
                    </div>
                </PageBlock>
                <PageBlock column="side" blockId="assets">
                    <Field>
                        <FieldLabel>
                            <Trans>Images</Trans>
                        </FieldLabel>
                        <EntityAssets
                            assets={entity?.assets}
                            featuredAsset={entity?.featuredAsset}
                            compact={true}
                            value={form.getValues()}
                            onChange={value => {
                                form.setValue('featuredAssetId', value.featuredAssetId ?? undefined, {
                                    shouldDirty: true,
                                });
                                form.setValue('assetIds', value.assetIds ?? [], { shouldDirty: true });
                            }}
                        />
                    </Field>
                </PageBlock>
            </PageLayout>
        </Page>
    );
}
