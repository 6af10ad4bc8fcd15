/**
 * ErrorResults of the RFQ plugin: expected failures returned (not thrown) as members of GraphQL unions. A returned
 * ErrorResult does not roll the transaction back, so every service validates before it writes.
 */
export abstract class RfqErrorResult {
    abstract readonly __typename: string;
    abstract readonly errorCode: string;
    abstract readonly message: string;
}

/** The request is not in a state that allows this (e.g. editing a submitted request, quoting a closed one). */
export class QuoteRequestStateError extends RfqErrorResult {
    readonly __typename = 'QuoteRequestStateError';
    readonly errorCode = 'QUOTE_REQUEST_STATE_ERROR';
    readonly message: string;
    constructor(
        readonly state: string,
        action: string,
    ) {
        super();
        this.message = `A request in state "${state}" cannot be ${action}`;
    }
}

/** The request's response deadline has passed: no more quotes or revisions. */
export class QuoteDeadlinePassedError extends RfqErrorResult {
    readonly __typename = 'QuoteDeadlinePassedError';
    readonly errorCode = 'QUOTE_DEADLINE_PASSED_ERROR';
    readonly message = 'The response deadline of this request has passed';
}

/** The quote was accepted: it can no longer be revised or declined. */
export class QuoteNotRevisableError extends RfqErrorResult {
    readonly __typename = 'QuoteNotRevisableError';
    readonly errorCode = 'QUOTE_NOT_REVISABLE_ERROR';
    readonly message: string;
    constructor(readonly state: string) {
        super();
        this.message = `A quote in state "${state}" cannot be revised or declined`;
    }
}

/** No such quote line for this buyer (unknown, or another buyer's request). */
export class QuoteNotFoundError extends RfqErrorResult {
    readonly __typename = 'QuoteNotFoundError';
    readonly errorCode = 'QUOTE_NOT_FOUND_ERROR';
    readonly message = 'No such quote among your requests';
}

/** The quote line was accepted already. */
export class QuoteAlreadyAcceptedError extends RfqErrorResult {
    readonly __typename = 'QuoteAlreadyAcceptedError';
    readonly errorCode = 'QUOTE_ALREADY_ACCEPTED_ERROR';
    readonly message = 'This quote has already been accepted';
}

/** The quote can no longer be accepted: expired, declined, withdrawn, or replaced by a newer revision. */
export class QuoteUnavailableError extends RfqErrorResult {
    readonly __typename = 'QuoteUnavailableError';
    readonly errorCode = 'QUOTE_UNAVAILABLE_ERROR';
    readonly message: string;
    constructor(readonly reason: 'expired' | 'declined' | 'withdrawn' | 'superseded') {
        super();
        this.message = `This quote can no longer be accepted (${reason})`;
    }
}

/** More than the seller quoted. */
export class QuoteQuantityExceededError extends RfqErrorResult {
    readonly __typename = 'QuoteQuantityExceededError';
    readonly errorCode = 'QUOTE_QUANTITY_EXCEEDED_ERROR';
    readonly message: string;
    constructor(readonly quotedQuantity: number) {
        super();
        this.message = `The quote covers at most ${quotedQuantity}`;
    }
}
