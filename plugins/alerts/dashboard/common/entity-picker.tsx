import { Trans } from '@lingui/react/macro';
import {
    Badge,
    Button,
    Command,
    CommandEmpty,
    CommandInput,
    CommandItem,
    CommandList,
    Popover,
    PopoverContent,
    PopoverTrigger,
    type RelationSelectorConfig,
    useRelationSelector,
} from '@vendure/dashboard';
import { PlusIcon, XIcon } from 'lucide-react';
import type { ReactNode, UIEvent } from 'react';
import { useState } from 'react';

/**
 * A searchable, paged combobox of entities (administrators), on the Dashboard's own relation
 * selector logic (`useRelationSelector`: search filter, paging as the list scrolls) and its popover and command
 * components. Unlike `RelationSelector` it hands over the whole picked item and leaves showing the choice to the
 * page (as {@link PickedChips}), so every label is the page's own and translated: the Dashboard's selector labels
 * "Change selection" and "Add more (n selected)" have no Chinese translation in 3.7.3.
 */
export function EntityPicker<T extends { id: string }>({
    config,
    onPick,
    label,
    disabled,
    exclude = [],
    testId,
}: {
    config: RelationSelectorConfig<T>;
    onPick: (item: T) => void;
    label: ReactNode;
    disabled?: boolean;
    /** Ids not to offer (those already chosen). */
    exclude?: string[];
    testId?: string;
}) {
    const [open, setOpen] = useState(false);
    const { items, isLoading, fetchNextPage, hasNextPage, isFetchingNextPage, searchTerm, setSearchTerm } =
        useRelationSelector(config);
    // The hook's items are untyped: they are the rows of `config.listQuery`.
    const offered = (items as T[]).filter(item => !exclude.includes(item.id));
    const onScroll = (e: UIEvent<HTMLDivElement>) => {
        const el = e.currentTarget;
        if (el.scrollHeight - el.clientHeight - el.scrollTop < 1 && hasNextPage && !isFetchingNextPage) {
            void fetchNextPage();
        }
    };
    return (
        <Popover
            open={open}
            onOpenChange={next => {
                setOpen(next);
                if (!next) {
                    setSearchTerm('');
                }
            }}
        >
            <PopoverTrigger
                render={
                    <Button
                        type="button"
                        variant="outline"
                        size="sm"
                        disabled={disabled}
                        className="gap-2"
                        data-testid={testId}
                    />
                }
            >
                <PlusIcon className="h-4 w-4" />
                {label}
            </PopoverTrigger>
            <PopoverContent className="w-[400px] p-0" align="start">
                <Command shouldFilter={false}>
                    <CommandInput
                        placeholder={config.placeholder}
                        value={searchTerm}
                        onValueChange={setSearchTerm}
                    />
                    <CommandList className="max-h-[300px] overflow-y-auto" onScroll={onScroll}>
                        <CommandEmpty>
                            {isLoading ? <Trans>Loading...</Trans> : <Trans>No results</Trans>}
                        </CommandEmpty>
                        {offered.map(item => (
                            <CommandItem
                                key={item.id}
                                value={item.id}
                                onSelect={() => {
                                    onPick(item);
                                    setOpen(false);
                                    setSearchTerm('');
                                }}
                            >
                                {itemLabel(config, item)}
                            </CommandItem>
                        ))}
                    </CommandList>
                </Command>
            </PopoverContent>
        </Popover>
    );
}

/** What was picked, as chips; the cross removes one. */
export function PickedChips({
    items,
    onRemove,
    removeLabel,
    disabled,
}: {
    items: Array<{ id: string; label: ReactNode }>;
    onRemove?: (id: string) => void;
    /** Accessible name of a chip's cross. */
    removeLabel: string;
    disabled?: boolean;
}) {
    if (items.length === 0) {
        return null;
    }
    return (
        <div className="flex flex-wrap gap-2">
            {items.map(item => (
                <Badge
                    key={item.id}
                    variant="secondary"
                    className="h-auto max-w-full gap-1 py-1 text-left text-sm font-normal whitespace-normal"
                >
                    {item.label}
                    {onRemove && !disabled ? (
                        <button type="button" aria-label={removeLabel} onClick={() => onRemove(item.id)}>
                            <XIcon className="h-3 w-3" />
                        </button>
                    ) : null}
                </Badge>
            ))}
        </div>
    );
}

/**
 * A form field holding one entity's id: the picked entity as a chip (its cross clears the field) and a picker to
 * choose or change it. `current` labels the value the page loaded with.
 */
export function EntityField<T extends { id: string }>({
    config,
    value,
    onChange,
    current,
    label,
    removeLabel,
    disabled,
    testId,
}: {
    config: RelationSelectorConfig<T>;
    value: string | null | undefined;
    onChange: (id: string | null) => void;
    current?: { id: string; label: ReactNode };
    label: ReactNode;
    removeLabel: string;
    disabled?: boolean;
    testId?: string;
}) {
    const [picked, setPicked] = useState<{ id: string; label: ReactNode } | undefined>();
    const shown = !value
        ? undefined
        : picked?.id === value
          ? picked
          : current?.id === value
            ? current
            : { id: value, label: value };
    return (
        <div className="space-y-2">
            <PickedChips
                items={shown ? [shown] : []}
                onRemove={() => onChange(null)}
                removeLabel={removeLabel}
                disabled={disabled}
            />
            <EntityPicker
                config={config}
                label={label}
                disabled={disabled}
                exclude={value ? [value] : []}
                testId={testId}
                onPick={item => {
                    setPicked({ id: item.id, label: itemLabel(config, item) });
                    onChange(item.id);
                }}
            />
        </div>
    );
}

/** An item's label as the picker shows it. */
export function itemLabel<T>(config: RelationSelectorConfig<T>, item: T): ReactNode {
    return config.label ? config.label(item) : String(item[config.labelKey]);
}

/**
 * A form field holding several entities: each chosen one as a chip (its cross takes it out) and a picker that
 * adds one more, offering only those not chosen yet. The page keeps the chosen ids and their labels.
 */
export function EntityListField<T extends { id: string }>({
    config,
    value,
    onChange,
    label,
    removeLabel,
    disabled,
    testId,
}: {
    config: RelationSelectorConfig<T>;
    value: Array<{ id: string; label: ReactNode }>;
    onChange: (value: Array<{ id: string; label: ReactNode }>) => void;
    label: ReactNode;
    removeLabel: string;
    disabled?: boolean;
    testId?: string;
}) {
    return (
        <div className="space-y-2">
            <PickedChips
                items={value}
                onRemove={id => onChange(value.filter(v => v.id !== id))}
                removeLabel={removeLabel}
                disabled={disabled}
            />
            {disabled ? null : (
                <EntityPicker
                    config={config}
                    label={label}
                    exclude={value.map(v => v.id)}
                    testId={testId}
                    onPick={item => onChange([...value, { id: item.id, label: itemLabel(config, item) }])}
                />
            )}
        </div>
    );
}
