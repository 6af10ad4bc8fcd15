import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
    api,
    Badge,
    Button,
    Dialog,
    DialogContent,
    DialogDescription,
    DialogFooter,
    DialogHeader,
    DialogTitle,
    useLocalFormat,
    usePermissions,
} from '@vendure/dashboard';
import { KeyRoundIcon } from 'lucide-react';
import { toast } from 'sonner';

import { alertSigningKeysQuery, rotateAlertSigningKeyDocument } from '../alerts.graphql';
import { useDialogState } from '../common/dialog-state';
import { errorMessage } from '../common/error-result';
import { DATE_TIME } from '../common/labels';

const queryKey = ['alert-signing-keys'];

/**
 * The platform's JWS (RS256) signing keys in a dialog: the active one and those retired but still published, and
 * (with UpdateAlertRule) a rotation, confirmed first.
 */
export function SigningKeyButton() {
    const { t } = useLingui();
    const { formatDate } = useLocalFormat();
    const { hasPermissions } = usePermissions();
    const queryClient = useQueryClient();
    const [open, setOpen] = useDialogState('alert-signing-key');
    const [confirming, setConfirming] = useDialogState('alert-signing-key-confirming');
    const { data, isLoading } = useQuery({
        queryKey,
        queryFn: () => api.query(alertSigningKeysQuery),
        enabled: open,
    });
    const rotate = useMutation({
        mutationFn: () => api.mutate(rotateAlertSigningKeyDocument, {}),
        onSuccess: async ({ rotateAlertSigningKey }) => {
            toast.success(t`Signing key rotated`, { description: rotateAlertSigningKey.kid });
            setConfirming(false);
            await queryClient.invalidateQueries({ queryKey });
        },
        onError: err => toast.error(errorMessage(err)),
    });
    const keys = data?.alertSigningKeys ?? [];
    return (
        <>
            <Button
                type="button"
                variant="secondary"
                data-testid="alert-signing-key-open"
                onClick={() => {
                    setConfirming(false);
                    setOpen(true);
                }}
            >
                <KeyRoundIcon className="mr-2 h-4 w-4" />
                <Trans>Signing key</Trans>
            </Button>
            <Dialog open={open} onOpenChange={setOpen}>
                <DialogContent data-testid="alert-signing-key-dialog" className="sm:max-w-xl">
                    <DialogHeader>
                        <DialogTitle>
                            <Trans>JWS (RS256) signing key</Trans>
                        </DialogTitle>
                        <DialogDescription>
                            <Trans>
                                Endpoints signing with JWS RS256 are signed with the active key. Receivers
                                verify against the published key set, which keeps a replaced key for a grace
                                period.
                            </Trans>
                        </DialogDescription>
                    </DialogHeader>
                    {isLoading ? null : (
                        <ul className="space-y-2 text-sm" data-testid="alert-signing-keys">
                            {keys.map(key => (
                                <li key={key.kid} className="flex flex-wrap items-center gap-2">
                                    {key.active ? (
                                        <Badge variant="success">
                                            <Trans>Active</Trans>
                                        </Badge>
                                    ) : (
                                        <Badge variant="secondary">
                                            <Trans>Retired</Trans>
                                        </Badge>
                                    )}
                                    <span className="font-mono text-xs break-all" translate="no">
                                        {key.kid}
                                    </span>
                                    {key.publishedUntil ? (
                                        <span className="text-muted-foreground text-xs">
                                            <Trans>Published until</Trans>{' '}
                                            {formatDate(key.publishedUntil, DATE_TIME)}
                                        </span>
                                    ) : null}
                                </li>
                            ))}
                        </ul>
                    )}
                    {confirming ? (
                        <p className="text-sm font-medium" data-testid="alert-signing-key-confirm-text">
                            <Trans>
                                Rotate the signing key? Deliveries are signed with a new key from now on,
                                retries included; receivers must fetch the key set again before the previous
                                key is no longer published.
                            </Trans>
                        </p>
                    ) : null}
                    <DialogFooter>
                        <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                            <Trans>Close</Trans>
                        </Button>
                        {hasPermissions(['UpdateAlertRule']) ? (
                            confirming ? (
                                <Button
                                    type="button"
                                    variant="destructive"
                                    data-testid="alert-signing-key-rotate-confirm"
                                    disabled={rotate.isPending}
                                    onClick={() => rotate.mutate()}
                                >
                                    <Trans>Rotate now</Trans>
                                </Button>
                            ) : (
                                <Button
                                    type="button"
                                    data-testid="alert-signing-key-rotate"
                                    onClick={() => setConfirming(true)}
                                >
                                    <Trans>Rotate signing key</Trans>
                                </Button>
                            )
                        ) : null}
                    </DialogFooter>
                </DialogContent>
            </Dialog>
        </>
    );
}
