import { Trans, useLingui } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import {
    api,
    Badge,
    Button,
    Command,
    CommandEmpty,
    CommandInput,
    CommandItem,
    CommandList,
    NativeSelect,
    NativeSelectOption,
    Popover,
    PopoverContent,
    PopoverTrigger,
} from '@vendure/dashboard';
import { Plus, X } from 'lucide-react';
import { useState } from 'react';

import { articleAudienceOptionsQuery } from '../portal.graphql';

import { useAudienceTypes } from './audience-types';

type AudienceValue = { type: string; value?: string | null };
type KnownAudience = { type: string; value: string; typeLabel: string; label: string };

/**
 * Who may read the article: a list of audiences (everyone, logged-in customers, a customer group, dealers of a
 * tier, a dealer company, … as the installed plugins offer). Values are picked from a searchable list; tier codes
 * can also be typed. No audience means everyone.
 */
export function AudiencesInput({
    value,
    onChange,
    known,
    disabled,
}: {
    value: AudienceValue[];
    onChange: (value: AudienceValue[]) => void;
    known: KnownAudience[];
    disabled?: boolean;
}) {
    const { t } = useLingui();
    value = value.filter(a => !!a?.type);
    const { types, labelOf: typeLabelOf } = useAudienceTypes();
    const [labels, setLabels] = useState<Record<string, string>>({});
    const [type, setType] = useState('public');
    const selectedType = types.find(x => x.code === type);

    const keyOf = (a: AudienceValue) => `${a.type}:${a.value ?? ''}`;
    const labelOf = (a: AudienceValue) => {
        const stored = known.find(k => k.type === a.type && k.value === (a.value ?? ''));
        const typeLabel = typeLabelOf(a.type, stored?.typeLabel);
        const valueLabel = labels[keyOf(a)] ?? stored?.label ?? a.value;
        return a.value ? `${typeLabel}: ${valueLabel}` : typeLabel;
    };
    const add = (a: AudienceValue, label?: string) => {
        if (label) {
            setLabels(l => ({ ...l, [keyOf(a)]: label }));
        }
        const next = a.type === 'public' ? [] : value.filter(v => v.type !== 'public');
        if (!next.some(v => keyOf(v) === keyOf(a))) {
            next.push({ type: a.type, value: a.value ?? '' });
        }
        onChange(next);
    };

    return (
        <div className="space-y-3 text-sm" data-testid="portal-audiences">
            <div className="flex flex-wrap gap-1">
                {value.length === 0 ? (
                    <Badge variant="secondary">
                        <Trans>Everyone</Trans>
                    </Badge>
                ) : (
                    value.map(a => (
                        <Badge key={keyOf(a)} variant="secondary" className="gap-1">
                            {labelOf(a)}
                            {!disabled && (
                                <button
                                    type="button"
                                    aria-label={t`Remove`}
                                    onClick={() => onChange(value.filter(v => keyOf(v) !== keyOf(a)))}
                                >
                                    <X className="h-3 w-3" />
                                </button>
                            )}
                        </Badge>
                    ))
                )}
            </div>
            {!disabled && (
                <div className="space-y-2">
                    <NativeSelect
                        aria-label={t`Audience type`}
                        value={type}
                        onChange={e => setType(e.target.value)}
                        className="w-full"
                    >
                        {types.map(x => (
                            <NativeSelectOption key={x.code} value={x.code}>
                                {x.label}
                            </NativeSelectOption>
                        ))}
                    </NativeSelect>
                    {selectedType?.description ? (
                        <p className="text-muted-foreground">{selectedType.description}</p>
                    ) : null}
                    {selectedType && selectedType.valueKind !== 'none' ? (
                        <AudienceValuePicker
                            type={selectedType.code}
                            allowFreeText={selectedType.valueKind === 'code'}
                            onPick={(v, label) => add({ type: selectedType.code, value: v }, label)}
                        />
                    ) : (
                        <Button
                            type="button"
                            variant="outline"
                            size="sm"
                            data-testid="portal-add-audience"
                            onClick={() => add({ type, value: '' })}
                        >
                            <Plus className="mr-1 h-4 w-4" />
                            <Trans>Add audience</Trans>
                        </Button>
                    )}
                </div>
            )}
        </div>
    );
}

/** A searchable list of an audience type's values (groups, companies, tiers), from the server. */
function AudienceValuePicker({
    type,
    allowFreeText,
    onPick,
}: {
    type: string;
    allowFreeText: boolean;
    onPick: (value: string, label: string) => void;
}) {
    const [open, setOpen] = useState(false);
    const [term, setTerm] = useState('');
    const { data, isLoading } = useQuery({
        queryKey: ['PortalAudienceOptions', type, term],
        queryFn: () => api.query(articleAudienceOptionsQuery, { type, term: term || undefined }),
        enabled: open,
    });
    const options = data?.articleAudienceOptions ?? [];
    const typed = term.trim();
    const pick = (value: string, label: string) => {
        onPick(value, label);
        setOpen(false);
        setTerm('');
    };
    return (
        <Popover open={open} onOpenChange={setOpen}>
            <PopoverTrigger
                render={
                    <Button variant="outline" size="sm" type="button" data-testid="portal-pick-audience" />
                }
            >
                <Plus className="mr-1 h-4 w-4" />
                <Trans>Add audience</Trans>
            </PopoverTrigger>
            <PopoverContent className="p-0" align="start">
                <Command shouldFilter={false}>
                    <CommandInput value={term} onValueChange={setTerm} />
                    <CommandList>
                        {options.map(o => (
                            <CommandItem
                                key={o.value}
                                value={o.value}
                                onSelect={() => pick(o.value, o.label)}
                            >
                                {o.label}
                            </CommandItem>
                        ))}
                        {allowFreeText && typed && !options.some(o => o.value === typed.toLowerCase()) ? (
                            <CommandItem value={`free:${typed}`} onSelect={() => pick(typed, typed)}>
                                <Trans>Use</Trans> “{typed}”
                            </CommandItem>
                        ) : null}
                        <CommandEmpty>
                            {isLoading ? <Trans>Loading...</Trans> : <Trans>No results</Trans>}
                        </CommandEmpty>
                    </CommandList>
                </Command>
            </PopoverContent>
        </Popover>
    );
}
