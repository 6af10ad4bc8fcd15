import { LanguageCode } from '@vendure/common/lib/generated-types';

import {
    AgreementExpiringEvent,
    CompanyService,
    CreditAccountService,
    CreditAccountStatus,
    CreditHoldReason,
    CreditHoldPlacedEvent,
    CreditLimitNearlyReachedEvent,
    DealerAgreementService,
} from '../../b2b';

import { AlertConditionDef, onEvent } from './alert-condition';

const DAY = 86_400_000;

/**
 * A dealer's credit utilisation (balance / limit) crossed X % (`CreditLimitNearlyReachedEvent`). Resolves itself
 * once the utilisation is back below X %.
 */
export const creditUtilisationCondition = new AlertConditionDef({
    code: 'b2b-credit-utilisation-above',
    description: [
        { languageCode: LanguageCode.en, value: 'Dealer credit utilisation above { percent } %' },
        { languageCode: LanguageCode.zh_Hans, value: '经销商信用额度使用率超过 { percent }%' },
    ],
    args: {
        percent: {
            type: 'int',
            defaultValue: 90,
            ui: { component: 'number-form-input', min: 1, max: 100, suffix: '%' },
            label: [
                { languageCode: LanguageCode.en, value: 'Utilisation' },
                { languageCode: LanguageCode.zh_Hans, value: '使用率' },
            ],
        },
    },
    events: [onEvent(CreditLimitNearlyReachedEvent, e => ({ id: e.account.id }))],
    async check(c, id) {
        const account = await c.injector.get(CreditAccountService).findOne(c.ctx, id);
        if (!account || account.creditLimit <= 0) {
            return undefined;
        }
        const percent = Math.round((account.balance / account.creditLimit) * 100);
        if (percent < c.args.percent) {
            return undefined;
        }
        const name = account.company?.name ?? `#${String(account.companyId)}`;
        return {
            type: 'CreditAccount',
            id: account.id,
            label: name,
            link: `/credit-accounts/${account.id}`,
            message: {
                en: `${name} has used ${percent} % of its credit limit.`,
                zh_Hans: `${name} 已使用信用额度的 ${percent}%。`,
            },
        };
    },
    async stillHolds(c, id) {
        const account = await c.injector.get(CreditAccountService).findOne(c.ctx, id);
        return (
            !!account &&
            account.creditLimit > 0 &&
            (account.balance / account.creditLimit) * 100 >= c.args.percent
        );
    },
});

/** A dealer's credit account was put on hold (`CreditHoldPlacedEvent`). Resolves itself once the hold is lifted. */
export const companyOnHoldCondition = new AlertConditionDef({
    code: 'b2b-company-on-hold',
    description: [
        { languageCode: LanguageCode.en, value: 'Dealer put on credit hold' },
        { languageCode: LanguageCode.zh_Hans, value: '经销商信用被冻结' },
    ],
    args: {},
    events: [onEvent(CreditHoldPlacedEvent, e => ({ id: e.account.id, data: { reason: e.reason } }))],
    async check(c, id) {
        const account = await c.injector.get(CreditAccountService).findOne(c.ctx, id);
        if (!account || account.status !== CreditAccountStatus.OnHold) {
            return undefined;
        }
        const name = account.company?.name ?? `#${String(account.companyId)}`;
        const overdue = account.holdReason === CreditHoldReason.Overdue;
        return {
            type: 'CreditAccount',
            id: account.id,
            label: name,
            link: `/credit-accounts/${account.id}`,
            message: {
                en: `${name} is on credit hold${overdue ? ' for overdue invoices' : ''}.`,
                zh_Hans: `${name} 的信用已冻结${overdue ? '（逾期未付款）' : ''}。`,
            },
        };
    },
    async stillHolds(c, id) {
        const account = await c.injector.get(CreditAccountService).findOne(c.ctx, id);
        return !!account && account.status === CreditAccountStatus.OnHold;
    },
});

/**
 * A dealer agreement ends within N days (`AgreementExpiringEvent`): renegotiate. Resolves itself once the
 * agreement is renewed, marked not renewing, or its end moved further away.
 */
export const agreementExpiringCondition = new AlertConditionDef({
    code: 'b2b-agreement-expiring',
    description: [
        { languageCode: LanguageCode.en, value: 'Dealer agreement ends within { days } days' },
        { languageCode: LanguageCode.zh_Hans, value: '经销协议将在 { days } 天内到期' },
    ],
    args: {
        days: {
            type: 'int',
            defaultValue: 30,
            label: [
                { languageCode: LanguageCode.en, value: 'Days' },
                { languageCode: LanguageCode.zh_Hans, value: '天数' },
            ],
        },
    },
    events: [onEvent(AgreementExpiringEvent, e => ({ id: e.agreement.id }))],
    async check(c, id) {
        const agreement = await c.injector.get(DealerAgreementService).findOne(c.ctx, id);
        if (!agreement || !expiring(agreement, c.now, c.args.days)) {
            return undefined;
        }
        const days = Math.max(0, Math.floor((agreement.endsAt.getTime() - c.now.getTime()) / DAY));
        const company =
            (await c.injector.get(CompanyService).findOne(c.ctx, agreement.companyId))?.name ??
            `#${String(agreement.companyId)}`;
        return {
            type: 'DealerAgreement',
            id: agreement.id,
            label: `${company} ${agreement.number}`,
            link: `/companies/${agreement.companyId}`,
            message: {
                en: `Agreement ${agreement.number} with ${company} ends in ${days} days: renegotiate.`,
                zh_Hans: `与 ${company} 的协议 ${agreement.number} 将在 ${days} 天后到期，请重新洽谈。`,
            },
        };
    },
    async stillHolds(c, id) {
        const agreement = await c.injector.get(DealerAgreementService).findOne(c.ctx, id);
        return !!agreement && expiring(agreement, c.now, c.args.days);
    },
});

function expiring(agreement: { endsAt: Date; renewalStatus: string }, now: Date, days: number): boolean {
    return (
        agreement.renewalStatus !== 'renewed' &&
        agreement.renewalStatus !== 'not_renewing' &&
        agreement.endsAt.getTime() - now.getTime() <= days * DAY
    );
}

/** The conditions on the B2B plugin's events; registered only when `B2bPlugin` is installed. */
export const b2bAlertConditions: AlertConditionDef[] = [
    creditUtilisationCondition,
    companyOnHoldCondition,
    agreementExpiringCondition,
];
