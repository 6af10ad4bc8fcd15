import { Trans, useLingui } from '@lingui/react/macro';
import { Button, useLocalFormat } from '@vendure/dashboard';
import { useState } from 'react';
import { toast } from 'sonner';

import type { QuoteRequestDetail } from './request-parts';

type Attachment = QuoteRequestDetail['attachments'][number];

// Where the Dashboard keeps its session and channel tokens (@vendure/dashboard's constants), and the header the
// server reads the channel token from (Vendure's default `channelTokenKey`).
const SESSION_TOKEN_KEY = 'vendure-session-token';
const CHANNEL_TOKEN_KEY = 'vendure-selected-channel-token';
const CHANNEL_TOKEN_HEADER = 'vendure-token';

/** A file size in B, KB or MB. */
function formatSize(bytes: number): string {
    if (bytes < 1024) {
        return `${bytes} B`;
    }
    if (bytes < 1024 * 1024) {
        return `${(bytes / 1024).toFixed(1)} KB`;
    }
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The download route checks who asks, like the admin API: a plain link would not carry the Dashboard's bearer and
 * channel tokens, so the file is fetched with them and handed to the browser as a download.
 */
async function download(attachment: Attachment): Promise<void> {
    const headers = new Headers();
    const session = localStorage.getItem(SESSION_TOKEN_KEY);
    const channel = localStorage.getItem(CHANNEL_TOKEN_KEY);
    if (session) {
        headers.set('Authorization', `Bearer ${session}`);
    }
    if (channel) {
        headers.set(CHANNEL_TOKEN_HEADER, channel);
    }
    const response = await fetch(attachment.url, { headers, credentials: 'include' });
    if (!response.ok) {
        throw new Error(String(response.status));
    }
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = attachment.fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The buyer's files on a request, each with a download button. */
export function AttachmentList({ attachments }: { attachments: Attachment[] }) {
    const { t } = useLingui();
    const { formatDate } = useLocalFormat();
    const [busy, setBusy] = useState<string | null>(null);
    if (attachments.length === 0) {
        return (
            <p className="text-muted-foreground text-sm">
                <Trans>No attachments.</Trans>
            </p>
        );
    }
    return (
        <ul className="divide-y text-sm" data-testid="rfq-attachments">
            {attachments.map(a => (
                <li key={a.id} className="flex items-center justify-between gap-4 py-2">
                    <div className="min-w-0">
                        <div className="truncate font-medium" translate="no">
                            {a.fileName}
                        </div>
                        <div className="text-muted-foreground" translate="no">
                            {formatSize(a.fileSize)} · {a.mimeType} · {formatDate(a.createdAt)}
                        </div>
                    </div>
                    <Button
                        variant="outline"
                        size="sm"
                        disabled={busy === a.id}
                        onClick={() => {
                            setBusy(a.id);
                            download(a)
                                .catch(() => toast.error(t`The file could not be downloaded.`))
                                .finally(() => setBusy(null));
                        }}
                    >
                        <Trans>Download</Trans>
                    </Button>
                </li>
            ))}
        </ul>
    );
}
