import { Trans } from '@lingui/react/macro';
import {
    Button,
    Dialog,
    DialogContent,
    DialogFooter,
    DialogHeader,
    DialogTitle,
    Textarea,
} from '@vendure/dashboard';
import { ReactNode, useState } from 'react';

/** A dialog asking for an optional comment before a workflow step. */
export function CommentDialog({
    open,
    onOpenChange,
    title,
    confirmLabel,
    onConfirm,
    pending,
}: {
    open: boolean;
    onOpenChange: (open: boolean) => void;
    title: ReactNode;
    confirmLabel: ReactNode;
    onConfirm: (comment: string) => void;
    pending?: boolean;
}) {
    const [comment, setComment] = useState('');
    return (
        <Dialog open={open} onOpenChange={onOpenChange}>
            <DialogContent>
                <DialogHeader>
                    <DialogTitle>{title}</DialogTitle>
                </DialogHeader>
                <Textarea
                    rows={4}
                    data-testid="portal-comment"
                    value={comment}
                    onChange={e => setComment(e.target.value)}
                />
                <DialogFooter>
                    <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
                        <Trans>Cancel</Trans>
                    </Button>
                    <Button
                        type="button"
                        disabled={pending}
                        onClick={() => {
                            onConfirm(comment);
                            setComment('');
                        }}
                    >
                        {confirmLabel}
                    </Button>
                </DialogFooter>
            </DialogContent>
        </Dialog>
    );
}
