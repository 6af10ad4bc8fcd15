import { Trans, useLingui } from '@lingui/react/macro';
import type { AnyRoute } from '@tanstack/react-router';
import { useNavigate } from '@tanstack/react-router';
import {
    ActionBarItem,
    Button,
    DetailFormGrid,
    FormFieldWrapper,
    Input,
    MoneyInput,
    NEW_ENTITY_PATH,
    NumberInput,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    Switch,
    useChannel,
    useDetailPage,
} from '@vendure/dashboard';
import { toast } from 'sonner';

import { EntityField, itemLabel } from '../common/entity-picker';
import { useOfferableVariantSelectorConfig, useSellerSelectorConfig } from '../common/entity-selectors';
import { errorMessage, errorResultMessage } from '../common/error-result';
import { OptionSelect } from '../common/option-select';
import { createOfferDocument, offerDetailQuery, updateOfferDocument } from '../marketplace.graphql';

const pageId = 'offer-detail';

type OfferCondition = 'new' | 'used' | 'refurbished';

function useConditionOptions() {
    const { t } = useLingui();
    return [
        { value: 'new' as const, label: t({ message: 'New', context: 'offer condition' }) },
        { value: 'used' as const, label: t`Used` },
        { value: 'refurbished' as const, label: t`Refurbished` },
    ];
}

/**
 * An offer: the catalogue variant and (for the operator) the seller are picked when it is created and stay;
 * price, currency, stock, lead time, condition, minimum quantity, SKUs and the active switch can change. A
 * seller administrator creates offers for their own seller.
 */
export function OfferDetailPage({ route }: { route: AnyRoute }) {
    const params: { id: string } = route.useParams();
    const navigate = useNavigate();
    const creating = params.id === NEW_ENTITY_PATH;
    const { t } = useLingui();
    const { activeChannel } = useChannel();
    const operator = activeChannel?.code === '__default_channel__';
    const conditionOptions = useConditionOptions();
    const sellerSelector = useSellerSelectorConfig();
    const variantSelector = useOfferableVariantSelectorConfig();
    const currencies = activeChannel?.availableCurrencyCodes ?? [];
    const { form, submitHandler, entity, isPending, resetForm } = useDetailPage({
        pageId,
        queryDocument: offerDetailQuery,
        createDocument: createOfferDocument,
        updateDocument: updateOfferDocument,
        setValuesForUpdate: offer => ({
            id: offer.id,
            price: offer.price,
            currencyCode: offer.currencyCode,
            quantityAvailable: offer.quantityAvailable,
            leadTimeDays: offer.leadTimeDays,
            condition: offer.condition,
            minimumOrderQuantity: offer.minimumOrderQuantity,
            sellerSku: offer.sellerSku ?? '',
            manufacturerPartNumber: offer.manufacturerPartNumber ?? '',
            active: offer.active,
        }),
        transformCreateInput: input => ({
            sellerId: operator ? input.sellerId || null : null,
            productVariantId: input.productVariantId,
            price: input.price ?? 0,
            currencyCode: input.currencyCode || null,
            quantityAvailable: input.quantityAvailable ?? 0,
            leadTimeDays: input.leadTimeDays ?? 0,
            condition: input.condition ?? 'new',
            minimumOrderQuantity: input.minimumOrderQuantity ?? 1,
            sellerSku: input.sellerSku || null,
            manufacturerPartNumber: input.manufacturerPartNumber || null,
            active: input.active ?? true,
        }),
        transformUpdateInput: input => ({
            id: input.id,
            price: input.price,
            currencyCode: input.currencyCode,
            quantityAvailable: input.quantityAvailable,
            leadTimeDays: input.leadTimeDays,
            condition: input.condition,
            minimumOrderQuantity: input.minimumOrderQuantity,
            sellerSku: input.sellerSku || null,
            manufacturerPartNumber: input.manufacturerPartNumber || null,
            active: input.active,
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
        toast.success(creating ? t`Offer created` : t`Offer updated`);
        resetForm();
        const id = (data as { id?: string } | undefined)?.id;
        if (creating && id) {
            await navigate({ to: '../$id', params: { id } });
        }
    }
    const currency = form.watch('currencyCode') ?? entity?.currencyCode ?? activeChannel?.defaultCurrencyCode;

    return (
        <Page pageId={pageId} form={form} submitHandler={submitHandler} entity={entity}>
            <PageTitle>
                {creating ? (
                    <Trans>New offer</Trans>
                ) : (
                    <span translate="no">{entity?.productVariant.name ?? ''}</span>
                )}
            </PageTitle>
            <PageActionBar>
                <ActionBarItem itemId="save-button" requiresPermission={['UpdateOffer', 'CreateOffer']}>
                    <Button type="submit" disabled={!form.formState.isDirty || isPending}>
                        {creating ? <Trans>Create</Trans> : <Trans>Update</Trans>}
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="main-form">
                    <DetailFormGrid>
                        {creating ? (
                            <FormFieldWrapper
                                control={form.control}
                                name={'productVariantId' as 'price'}
                                label={<Trans>Product variant</Trans>}
                                render={({ field }) => (
                                    <EntityField
                                        config={variantSelector}
                                        value={field.value as unknown as string | null}
                                        onChange={field.onChange}
                                        label={<Trans>Select a product variant</Trans>}
                                        removeLabel={t`Remove`}
                                    />
                                )}
                            />
                        ) : null}
                        {creating && operator ? (
                            <FormFieldWrapper
                                control={form.control}
                                name={'sellerId' as 'price'}
                                label={<Trans>Seller</Trans>}
                                render={({ field }) => (
                                    <EntityField
                                        config={sellerSelector}
                                        value={field.value as unknown as string | null}
                                        onChange={field.onChange}
                                        label={<Trans>Select a seller</Trans>}
                                        removeLabel={t`Remove`}
                                    />
                                )}
                            />
                        ) : null}
                        <FormFieldWrapper
                            control={form.control}
                            name="price"
                            label={<Trans>Price</Trans>}
                            render={({ field }) => (
                                <MoneyInput {...field} value={field.value ?? 0} currency={currency} />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="currencyCode"
                            label={<Trans>Currency</Trans>}
                            render={({ field }) => (
                                <OptionSelect<string>
                                    value={field.value ?? activeChannel?.defaultCurrencyCode}
                                    onChange={field.onChange}
                                    options={currencies.map(c => ({
                                        value: c,
                                        label: <span translate="no">{c}</span>,
                                    }))}
                                />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="quantityAvailable"
                            label={<Trans>Quantity available</Trans>}
                            render={({ field }) => (
                                <NumberInput {...field} value={field.value ?? 0} min={0} />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="leadTimeDays"
                            label={<Trans>Lead time (days)</Trans>}
                            render={({ field }) => (
                                <NumberInput {...field} value={field.value ?? 0} min={0} max={365} />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="condition"
                            label={<Trans>Condition</Trans>}
                            render={({ field }) => (
                                <OptionSelect<OfferCondition>
                                    value={field.value ?? 'new'}
                                    onChange={field.onChange}
                                    options={conditionOptions}
                                />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="minimumOrderQuantity"
                            label={<Trans>Minimum order quantity</Trans>}
                            render={({ field }) => (
                                <NumberInput {...field} value={field.value ?? 1} min={1} />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="sellerSku"
                            label={<Trans>Seller SKU</Trans>}
                            render={({ field }) => (
                                <Input {...field} value={field.value ?? ''} translate="no" />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="manufacturerPartNumber"
                            label={<Trans>Manufacturer part number</Trans>}
                            render={({ field }) => (
                                <Input {...field} value={field.value ?? ''} translate="no" />
                            )}
                        />
                        <FormFieldWrapper
                            control={form.control}
                            name="active"
                            label={<Trans>Active</Trans>}
                            render={({ field }) => (
                                <Switch checked={field.value ?? true} onCheckedChange={field.onChange} />
                            )}
                        />
                    </DetailFormGrid>
                </PageBlock>
                {entity && !creating ? (
                    <PageBlock column="side" blockId="seller" title={<Trans>Seller</Trans>}>
                        <p className="text-sm" translate="no">
                            {itemLabel(sellerSelector, entity.seller)}
                        </p>
                    </PageBlock>
                ) : null}
            </PageLayout>
        </Page>
    );
}
