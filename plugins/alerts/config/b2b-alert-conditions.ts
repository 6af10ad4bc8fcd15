import { LanguageCode } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import { TransactionalConnection } from '@vendure/core';

import {
    AgreementExpiringEvent,
    AgreementRenewalStatus,
    CompanyService,
    CreditAccount,
    CreditAccountService,
    CreditAccountStatus,
    CreditHoldReason,
    CreditHoldPlacedEvent,
    CreditLimitNearlyReachedEvent,
    DealerAgreement,
    DealerAgreementService,
} from '../../b2b';

import { AlertConditionDef, onEvent } from './alert-condition';

const DAY = 86_400_000;

/**
 * A dealer's credit utilisation (balance / limit) is at or above X %: at once when a debit crosses the B2B plugin's
 * warning threshold (`CreditLimitNearlyReachedEvent`, 90 % by default), and by the scan for any X (the event alone
 * would miss an X above the threshold, and come late for one below it). Resolves itself once the utilisation is
 * back below X %.
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
    async scan(c) {
        // Integer comparison (balance · 100 ≥ limit · X): no rounding at the boundary. Few rows: one account per
        // company and channel.
        const rows = await c.injector
            .get(TransactionalConnection)
            .getRepository(c.ctx, CreditAccount)
            .createQueryBuilder('account')
            .select('account.id', 'id')
            .where('account.channelId = :channelId', { channelId: c.ctx.channelId })
            .andWhere('account.creditLimit > 0')
            .andWhere('account.balance * 100 >= account.creditLimit * :percent', { percent: c.args.percent })
            .orderBy('account.id', 'ASC')
            .limit(1000)
            .getRawMany<{ id: ID }>();
        return rows.map(r => r.id);
    },
    async check(c, id) {
        const account = await c.injector.get(CreditAccountService).findOne(c.ctx, id);
        if (!account || account.creditLimit <= 0) {
            return undefined;
        }
        const percent = Math.round((account.balance / account.creditLimit) * 100);
        if (account.balance * 100 < account.creditLimit * c.args.percent) {
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
            account.balance * 100 >= account.creditLimit * c.args.percent
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
 * A dealer agreement ends within N days: renegotiate. At once on the B2B plugin's warning
 * (`AgreementExpiringEvent`, 30 days ahead by default), and by the scan for any N (the event alone would never
 * raise a rule with fewer days than the plugin warns ahead). Resolves itself once the agreement is renewed, marked
 * not renewing, or its end moved further away.
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
    // the B2B daily task publishes in Vendure's scheduled context (the default channel): the company's channels
    events: [
        onEvent(AgreementExpiringEvent, e => ({
            id: e.agreement.id,
            channelIds: e.company.channels?.map(c => c.id),
        })),
    ],
    async scan(c) {
        // Agreements of the channel's companies ending between now and now + N days (one that already ended
        // stays alerted until renewed or marked not renewing, but is not raised anew).
        const rows = await c.injector
            .get(TransactionalConnection)
            .getRepository(c.ctx, DealerAgreement)
            .createQueryBuilder('agreement')
            .select('agreement.id', 'id')
            .innerJoin('agreement.company', 'company')
            .innerJoin('company.channels', 'channel', 'channel.id = :channelId', {
                channelId: c.ctx.channelId,
            })
            .where('agreement.endsAt > :now', { now: c.now })
            .andWhere('agreement.endsAt <= :horizon', {
                horizon: new Date(c.now.getTime() + c.args.days * DAY),
            })
            .andWhere('agreement.renewalStatus NOT IN (:...done)', {
                done: [AgreementRenewalStatus.Renewed, AgreementRenewalStatus.NotRenewing],
            })
            .orderBy('agreement.endsAt', 'ASC')
            .limit(1000)
            .getRawMany<{ id: ID }>();
        return rows.map(r => r.id);
    },
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

function expiring(
    agreement: { endsAt: Date; renewalStatus: AgreementRenewalStatus },
    now: Date,
    days: number,
): boolean {
    return (
        agreement.renewalStatus !== AgreementRenewalStatus.Renewed &&
        agreement.renewalStatus !== AgreementRenewalStatus.NotRenewing &&
        agreement.endsAt.getTime() - now.getTime() <= days * DAY
    );
}

/** The conditions on the B2B plugin's events; registered only when `B2bPlugin` is installed. */
export const b2bAlertConditions: AlertConditionDef[] = [
    creditUtilisationCondition,
    companyOnHoldCondition,
    agreementExpiringCondition,
];
