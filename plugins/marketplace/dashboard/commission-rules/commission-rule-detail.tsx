import { Trans, useLingui } from '@lingui/react/macro';
import type { AnyRoute } from '@tanstack/react-router';
import { useNavigate } from '@tanstack/react-router';
import {
    ActionBarItem,
    Button,
    DetailFormGrid,
    FormFieldWrapper,
    NEW_ENTITY_PATH,
    NumberInput,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    useDetailPage,
} from '@vendure/dashboard';
import { toast } from 'sonner';

import { EntityField, itemLabel } from '../common/entity-picker';
import {
    collectionPath,
    useCollectionSelectorConfig,
    useSellerSelectorConfig,
} from '../common/entity-selectors';
import { errorMessage, errorResultMessage } from '../common/error-result';

import {
    commissionRuleDetailQuery,
    createCommissionRuleDocument,
    updateCommissionRuleDocument,
} from './commission-rule.graphql';
import { RateText } from './rate';

const pageId = 'marketplace-commission-rule-detail';

/**
 * A commission rule: the collection (picked by name), the seller (picked by name; none: every seller) and the rate
 * in basis points. A change applies to orders placed afterwards.
 */
export function CommissionRuleDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const navigate = useNavigate();
    const creating = params.id === NEW_ENTITY_PATH;
    const { t } = useLingui();
    const collectionSelector = useCollectionSelectorConfig();
    const sellerSelector = useSellerSelectorConfig();
    const { form, submitHandler, entity, isPending, resetForm } = useDetailPage({
        pageId,
        queryDocument: commissionRuleDetailQuery,
        createDocument: createCommissionRuleDocument,
        updateDocument: updateCommissionRuleDocument,
        setValuesForUpdate: rule => ({
            id: rule.id,
            collectionId: rule.collectionId,
            sellerId: rule.sellerId ?? null,
            rateBps: rule.rateBps,
        }),
        transformCreateInput: input => ({
            collectionId: input.collectionId ?? '',
            sellerId: input.sellerId || null,
            rateBps: input.rateBps ?? 0,
        }),
        transformUpdateInput: input => ({
            id: input.id,
            collectionId: input.collectionId || undefined,
            sellerId: input.sellerId || null,
            rateBps: input.rateBps,
        }),
        params: { id: params.id },
        onSuccess: data => {
            void afterSave(data);
        },
        onError: err => toast.error(errorMessage(err)),
    });

    async function afterSave(data: unknown): Promise<void> {
        const failed = errorResultMessage(data);
        if (failed) {
            toast.error(failed);
            return;
        }
        toast.success(creating ? t`Commission rule created` : t`Commission rule updated`);
        resetForm();
        const id = (data as { id?: string } | undefined)?.id;
        if (creating && id) {
            await navigate({ to: '../$id', params: { id } });
        }
    }

    const rate = form.watch('rateBps');
    const currentCollection = entity?.collection
        ? {
              id: entity.collection.id,
              label: (
                  <span translate="no">
                      {collectionPath(entity.collection)}{' '}
                      <span className="text-muted-foreground font-mono">{entity.collection.slug}</span>
                  </span>
              ),
          }
        : undefined;
    const currentSeller = entity?.seller
        ? { id: entity.seller.id, label: itemLabel(sellerSelector, entity.seller) }
        : undefined;

    return (
        <Page pageId={pageId} form={form} submitHandler={submitHandler} entity={entity}>
            <PageTitle>
                {creating ? (
                    <Trans>New commission rule</Trans>
                ) : (
                    <span translate="no">{entity?.collection.name ?? ''}</span>
                )}
            </PageTitle>
            <PageActionBar>
                <ActionBarItem itemId="save-button" requiresPermission={['UpdateMarketplaceSeller']}>
                    <Button type="submit" disabled={!form.formState.isDirty || isPending}>
                        {creating ? <Trans>Create</Trans> : <Trans>Update</Trans>}
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="main-form">
                    <DetailFormGrid>
                        <FormFieldWrapper
                            control={form.control}
                            name="collectionId"
                            label={<Trans>Collection</Trans>}
                            description={
                                <Trans>
                                    The rate applies to the order lines of the collection's variants.
                                </Trans>
                            }
                            render={({ field }) => (
                                <EntityField
                                    config={collectionSelector}
                                    value={field.value}
                                    onChange={id => field.onChange(id ?? '')}
                                    current={currentCollection}
                                    label={<Trans>Select a collection</Trans>}
                                    removeLabel={t`Remove`}
                                    testId="commission-rule-collection"
                                />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="sellerId"
                            label={<Trans>Seller</Trans>}
                            description={
                                <Trans>
                                    Leave empty for every seller. A rule for the seller wins over a rule for
                                    every seller.
                                </Trans>
                            }
                            render={({ field }) => (
                                <EntityField
                                    config={sellerSelector}
                                    value={field.value}
                                    onChange={field.onChange}
                                    current={currentSeller}
                                    label={<Trans>Select a seller</Trans>}
                                    removeLabel={t`Remove`}
                                    testId="commission-rule-seller"
                                />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="rateBps"
                            label={<Trans>Commission rate (bp)</Trans>}
                            description={
                                <Trans>
                                    Basis points of the line price without tax, 0 to 10000: 1000 bp is 10%.
                                </Trans>
                            }
                            render={({ field }) => (
                                <div className="flex items-center gap-3">
                                    <NumberInput
                                        {...field}
                                        value={field.value ?? 0}
                                        min={0}
                                        max={10000}
                                        step={1}
                                    />
                                    <RateText bps={rate ?? 0} />
                                </div>
                            )}
                        />
                    </DetailFormGrid>
                </PageBlock>
                <PageBlock column="side" blockId="how-it-applies" title={<Trans>How rules apply</Trans>}>
                    <div className="text-muted-foreground space-y-2 text-sm">
                        <p>
                            <Trans>
                                When an order is placed, each seller line is charged the rate of a rule for
                                its seller on a collection holding the variant, else of a rule for every
                                seller; among several, the deepest collection wins, then the lowest rate.
                                Without a rule, the seller's own rate applies, else the marketplace's default.
                            </Trans>
                        </p>
                        <p>
                            <Trans>
                                A change applies to orders placed afterwards; placed orders keep their rates.
                            </Trans>
                        </p>
                    </div>
                </PageBlock>
            </PageLayout>
        </Page>
    );
}
