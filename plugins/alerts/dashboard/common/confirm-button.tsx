import { Trans } from '@lingui/react/macro';
import {
    Button,
    Dialog,
    DialogContent,
    DialogDescription,
    DialogFooter,
    DialogHeader,
    DialogTitle,
} from '@vendure/dashboard';
import type { ReactNode } from 'react';
import { useState } from 'react';

import { useDialogState } from './dialog-state';

/** A button that asks first: a dialog with the question, Cancel and the confirming action. */
export function ConfirmButton({
    label,
    title,
    description,
    confirmLabel,
    onConfirm,
    disabled,
    variant = 'secondary',
    testId,
}: {
    label: ReactNode;
    title: ReactNode;
    description: ReactNode;
    confirmLabel: ReactNode;
    onConfirm: () => Promise<unknown>;
    disabled?: boolean;
    variant?: 'secondary' | 'outline' | 'default' | 'destructive';
    testId: string;
}) {
    const [open, setOpen] = useDialogState(testId);
    const [pending, setPending] = useState(false);
    return (
        <>
            <Button
                type="button"
                variant={variant}
                data-testid={testId}
                disabled={disabled || pending}
                onClick={() => setOpen(true)}
            >
                {label}
            </Button>
            <Dialog open={open} onOpenChange={setOpen}>
                <DialogContent data-testid={`${testId}-dialog`}>
                    <DialogHeader>
                        <DialogTitle>{title}</DialogTitle>
                        <DialogDescription>{description}</DialogDescription>
                    </DialogHeader>
                    <DialogFooter>
                        <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                            <Trans>Cancel</Trans>
                        </Button>
                        <Button
                            type="button"
                            disabled={pending}
                            data-testid={`${testId}-confirm`}
                            onClick={() => {
                                setPending(true);
                                void onConfirm().finally(() => {
                                    setPending(false);
                                    setOpen(false);
                                });
                            }}
                        >
                            {confirmLabel}
                        </Button>
                    </DialogFooter>
                </DialogContent>
            </Dialog>
        </>
    );
}
