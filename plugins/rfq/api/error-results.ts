import { LocalizedErrorResult, LocalizedText } from '../../../src/common/localized-error-result';

/**
 * ErrorResults of the RFQ plugin: expected failures returned (not thrown) as members of GraphQL unions. A returned
 * ErrorResult does not roll the transaction back, so every service validates before it writes. Messages are in
 * English and Simplified Chinese, answered in the request's language (`LocalizedErrorResult`).
 */
export abstract class RfqErrorResult extends LocalizedErrorResult {
    protected constructor(text: LocalizedText) {
        super(text);
    }
}

/** Request states as the Dashboard names them in Chinese (`submitted` is an open request). */
const requestStateZh: Record<string, string> = {
    draft: '草稿',
    submitted: '进行中',
    closed: '已关闭',
    cancelled: '已取消',
};

/** What was refused of a request, in Chinese. */
const requestActionZh: Record<string, string> = {
    quoted: '报价',
    changed: '修改',
    submitted: '提交',
    cancelled: '取消',
};

/** Quote states as the Dashboard names them in Chinese. */
const quoteStateZh: Record<string, string> = {
    submitted: '已报价',
    accepted: '已接受',
    declined: '已谢绝',
    expired: '已过期',
    withdrawn: '已撤回',
};

/** Why a quote can no longer be accepted, in Chinese. */
const unavailableReasonZh: Record<string, string> = {
    expired: '已过期',
    declined: '已谢绝',
    withdrawn: '已撤回',
    superseded: '已被新修订版取代',
};

/** The request is not in a state that allows this (e.g. editing a submitted request, quoting a closed one). */
export class QuoteRequestStateError extends RfqErrorResult {
    readonly __typename = 'QuoteRequestStateError';
    readonly errorCode = 'QUOTE_REQUEST_STATE_ERROR';
    constructor(
        readonly state: string,
        action: string,
    ) {
        super({
            en: `A request in state "${state}" cannot be ${action}`,
            zh_Hans: `询价单状态为“${requestStateZh[state] ?? state}”，不能${requestActionZh[action] ?? action}`,
        });
    }
}

/** The request's response deadline has passed: no more quotes or revisions. */
export class QuoteDeadlinePassedError extends RfqErrorResult {
    readonly __typename = 'QuoteDeadlinePassedError';
    readonly errorCode = 'QUOTE_DEADLINE_PASSED_ERROR';
    constructor() {
        super({
            en: 'The response deadline of this request has passed',
            zh_Hans: '此询价单的报价截止时间已过',
        });
    }
}

/** The quote was accepted: it can no longer be revised or declined. */
export class QuoteNotRevisableError extends RfqErrorResult {
    readonly __typename = 'QuoteNotRevisableError';
    readonly errorCode = 'QUOTE_NOT_REVISABLE_ERROR';
    constructor(readonly state: string) {
        super({
            en: `A quote in state "${state}" cannot be revised or declined`,
            zh_Hans: `报价状态为“${quoteStateZh[state] ?? state}”，不能修订或谢绝`,
        });
    }
}

/** No such quote line for this buyer (unknown, or another buyer's request). */
export class QuoteNotFoundError extends RfqErrorResult {
    readonly __typename = 'QuoteNotFoundError';
    readonly errorCode = 'QUOTE_NOT_FOUND_ERROR';
    constructor() {
        super({ en: 'No such quote among your requests', zh_Hans: '您的询价单中没有此报价' });
    }
}

/** The quote line was accepted already. */
export class QuoteAlreadyAcceptedError extends RfqErrorResult {
    readonly __typename = 'QuoteAlreadyAcceptedError';
    readonly errorCode = 'QUOTE_ALREADY_ACCEPTED_ERROR';
    constructor() {
        super({ en: 'This quote has already been accepted', zh_Hans: '此报价已被接受' });
    }
}

/** The quote can no longer be accepted: expired, declined, withdrawn, or replaced by a newer revision. */
export class QuoteUnavailableError extends RfqErrorResult {
    readonly __typename = 'QuoteUnavailableError';
    readonly errorCode = 'QUOTE_UNAVAILABLE_ERROR';
    constructor(readonly reason: 'expired' | 'declined' | 'withdrawn' | 'superseded') {
        super({
            en: `This quote can no longer be accepted (${reason})`,
            zh_Hans: `此报价已无法接受（${unavailableReasonZh[reason] ?? reason}）`,
        });
    }
}

/** More than the seller quoted. */
export class QuoteQuantityExceededError extends RfqErrorResult {
    readonly __typename = 'QuoteQuantityExceededError';
    readonly errorCode = 'QUOTE_QUANTITY_EXCEEDED_ERROR';
    constructor(readonly quotedQuantity: number) {
        super({
            en: `The quote covers at most ${quotedQuantity}`,
            zh_Hans: `此报价的数量最多为 ${quotedQuantity}`,
        });
    }
}

/** The file is larger than the plugin allows (`attachmentMaxFileSize`). */
export class QuoteRequestAttachmentTooLargeError extends RfqErrorResult {
    readonly __typename = 'QuoteRequestAttachmentTooLargeError';
    readonly errorCode = 'QUOTE_REQUEST_ATTACHMENT_TOO_LARGE_ERROR';
    constructor(readonly maxFileSize: number) {
        const mb = Math.round((maxFileSize / (1024 * 1024)) * 10) / 10;
        super({
            en: `The file is larger than ${mb} MB`,
            zh_Hans: `文件超过 ${mb} MB`,
        });
    }
}

/** The file's type is not one a request may carry (by extension, or its content is something else). */
export class QuoteRequestAttachmentTypeError extends RfqErrorResult {
    readonly __typename = 'QuoteRequestAttachmentTypeError';
    readonly errorCode = 'QUOTE_REQUEST_ATTACHMENT_TYPE_ERROR';
    constructor(
        readonly fileName: string,
        readonly allowedTypes: string[],
    ) {
        super({
            en: `"${fileName}" is not an allowed file type (allowed: ${allowedTypes.join(', ')})`,
            zh_Hans: `“${fileName}”的文件类型不允许上传（允许：${allowedTypes.join('、')}）`,
        });
    }
}

/** The request carries as many attachments as allowed (`attachmentMaxCount`). */
export class QuoteRequestAttachmentLimitError extends RfqErrorResult {
    readonly __typename = 'QuoteRequestAttachmentLimitError';
    readonly errorCode = 'QUOTE_REQUEST_ATTACHMENT_LIMIT_ERROR';
    constructor(readonly maxCount: number) {
        super({
            en: `A request can carry at most ${maxCount} attachments`,
            zh_Hans: `一个询价单最多只能有 ${maxCount} 个附件`,
        });
    }
}
