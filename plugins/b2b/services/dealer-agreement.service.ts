import { Inject, Injectable } from '@nestjs/common';
import { CurrencyCode, DeletionResult } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import {
    ConfigService,
    EntityNotFoundError,
    EventBus,
    Logger,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { In, IsNull } from 'typeorm';

import { B2B_PLUGIN_OPTIONS, loggerCtx } from '../constants';
import { AgreementRenewalStatus, DealerAgreement } from '../entities/dealer-agreement.entity';
import { PriceList } from '../entities/price-list.entity';
import { AgreementExpiringEvent } from '../events/agreement-expiring.event';
import { ResolvedB2bPluginOptions } from '../types';

import { CompanyService } from './company.service';
import { B2B_INPUT_LIMITS, checkMoneyAmount, checkText, maxMoneyAmount } from './input-limits';

export interface CreateDealerAgreementInput {
    companyId: ID;
    number: string;
    startsAt: Date;
    endsAt: Date;
    terms?: string | null;
    priceListIds?: ID[] | null;
    paymentTermsDays?: number | null;
    creditLimit?: number | null;
    currencyCode?: CurrencyCode | null;
    renewalStatus?: AgreementRenewalStatus | null;
}

export interface UpdateDealerAgreementInput extends Partial<Omit<CreateDealerAgreementInput, 'companyId'>> {
    id: ID;
}

const DAY = 24 * 60 * 60 * 1000;

/** Dealer agreements and the check that warns before they end. */
@Injectable()
export class DealerAgreementService {
    constructor(
        private connection: TransactionalConnection,
        private companyService: CompanyService,
        private eventBus: EventBus,
        @Inject(B2B_PLUGIN_OPTIONS) private options: ResolvedB2bPluginOptions,
        private configService: ConfigService,
    ) {}

    /** Agreements of a company of this channel, newest end first. */
    async findForCompany(ctx: RequestContext, companyId: ID): Promise<DealerAgreement[]> {
        await this.companyService.getOrThrow(ctx, companyId);
        return this.connection
            .getRepository(ctx, DealerAgreement)
            .find({ where: { companyId }, order: { endsAt: 'DESC' } });
    }

    async findOne(ctx: RequestContext, id: ID): Promise<DealerAgreement | undefined> {
        const agreement = await this.connection
            .getRepository(ctx, DealerAgreement)
            .createQueryBuilder('agreement')
            .innerJoin('agreement.company', 'company')
            .innerJoin('company.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where('agreement.id = :id', { id })
            .getOne();
        return agreement ?? undefined;
    }

    getPriceLists(ctx: RequestContext, agreementId: ID): Promise<PriceList[]> {
        return this.connection
            .getRepository(ctx, PriceList)
            .createQueryBuilder('list')
            .innerJoin(DealerAgreement, 'agreement', 'agreement.id = :agreementId', { agreementId })
            .innerJoin('agreement.priceLists', 'linked', 'linked.id = list.id')
            .getMany();
    }

    async create(ctx: RequestContext, input: CreateDealerAgreementInput): Promise<DealerAgreement> {
        const company = await this.companyService.getOrThrow(ctx, input.companyId);
        const number = this.requireNumber(input.number);
        await this.checkNumberFree(ctx, company.id, number);
        this.checkPeriod(input.startsAt, input.endsAt);
        const agreement = new DealerAgreement({
            company,
            number,
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            terms: this.checkTermsText(input.terms),
            priceLists: await this.getPriceListsByIds(ctx, input.priceListIds ?? []),
            paymentTermsDays: this.checkTerms(input.paymentTermsDays),
            creditLimit: this.checkMoney(input.creditLimit),
            currencyCode: input.currencyCode ?? null,
            renewalStatus: input.renewalStatus ?? AgreementRenewalStatus.Open,
            expiryWarningSentAt: null,
        });
        const saved = await this.connection.getRepository(ctx, DealerAgreement).save(agreement);
        return this.getOrThrow(ctx, saved.id);
    }

    async update(ctx: RequestContext, input: UpdateDealerAgreementInput): Promise<DealerAgreement> {
        const agreement = await this.getOrThrow(ctx, input.id);
        if (input.number != null) {
            const number = this.requireNumber(input.number);
            if (number !== agreement.number) {
                await this.checkNumberFree(ctx, agreement.companyId, number);
            }
            agreement.number = number;
        }
        if (input.startsAt != null) {
            agreement.startsAt = input.startsAt;
        }
        if (input.endsAt != null) {
            if (new Date(input.endsAt).getTime() !== new Date(agreement.endsAt).getTime()) {
                // a new end date deserves its own warning
                agreement.expiryWarningSentAt = null;
            }
            agreement.endsAt = input.endsAt;
        }
        this.checkPeriod(agreement.startsAt, agreement.endsAt);
        if (input.terms != null) {
            agreement.terms = this.checkTermsText(input.terms);
        }
        if (input.priceListIds != null) {
            agreement.priceLists = await this.getPriceListsByIds(ctx, input.priceListIds);
        }
        if (input.paymentTermsDays !== undefined) {
            agreement.paymentTermsDays = this.checkTerms(input.paymentTermsDays);
        }
        if (input.creditLimit !== undefined) {
            agreement.creditLimit = this.checkMoney(input.creditLimit);
        }
        if (input.currencyCode !== undefined) {
            agreement.currencyCode = input.currencyCode;
        }
        if (input.renewalStatus != null) {
            agreement.renewalStatus = input.renewalStatus;
        }
        await this.connection.getRepository(ctx, DealerAgreement).save(agreement, { reload: false });
        return this.getOrThrow(ctx, agreement.id);
    }

    async delete(ctx: RequestContext, id: ID): Promise<DeletionResult> {
        const agreement = await this.getOrThrow(ctx, id);
        await this.connection.getRepository(ctx, DealerAgreement).remove(agreement);
        return DeletionResult.DELETED;
    }

    /**
     * Publishes `AgreementExpiringEvent` for each agreement ending within the warning window that has not been
     * warned about (and is not already renewed or ending by decision), and records the warning. The record is a
     * conditional UPDATE, so two workers running the check at once warn only once. `allChannels` (the
     * scheduled task) checks every channel; otherwise only the request's channel.
     */
    async runExpiryCheck(
        ctx: RequestContext,
        options: { allChannels?: boolean; now?: Date } = {},
    ): Promise<DealerAgreement[]> {
        const now = options.now ?? new Date();
        const horizon = new Date(now.getTime() + this.options.agreementExpiryWarningDays * DAY);
        const qb = this.connection
            .getRepository(ctx, DealerAgreement)
            .createQueryBuilder('agreement')
            .innerJoinAndSelect('agreement.company', 'company')
            // the event names the company's channels (a listener may act in each of them)
            .leftJoinAndSelect('company.channels', 'companyChannel')
            .where('agreement.expiryWarningSentAt IS NULL')
            .andWhere('agreement.endsAt > :now', { now })
            .andWhere('agreement.endsAt <= :horizon', { horizon })
            .andWhere('agreement.renewalStatus NOT IN (:...done)', {
                done: [AgreementRenewalStatus.Renewed, AgreementRenewalStatus.NotRenewing],
            });
        if (!options.allChannels) {
            qb.innerJoin('company.channels', 'channel', 'channel.id = :channelId', {
                channelId: ctx.channelId,
            });
        }
        const due = await qb.getMany();
        const warned: DealerAgreement[] = [];
        for (const agreement of due) {
            const result = await this.connection
                .getRepository(ctx, DealerAgreement)
                .update({ id: agreement.id, expiryWarningSentAt: IsNull() }, { expiryWarningSentAt: now });
            if (!result.affected) {
                continue;
            }
            agreement.expiryWarningSentAt = now;
            const daysUntilEnd = Math.floor((new Date(agreement.endsAt).getTime() - now.getTime()) / DAY);
            await this.eventBus.publish(
                new AgreementExpiringEvent(ctx, agreement, agreement.company, daysUntilEnd),
            );
            warned.push(agreement);
        }
        if (warned.length) {
            Logger.info(
                `Agreements ending within ${this.options.agreementExpiryWarningDays} days: ${warned
                    .map(a => `${a.company.code}/${a.number}`)
                    .join(', ')}`,
                loggerCtx,
            );
        }
        return warned;
    }

    private async getOrThrow(ctx: RequestContext, id: ID): Promise<DealerAgreement> {
        const agreement = await this.findOne(ctx, id);
        if (!agreement) {
            throw new EntityNotFoundError('DealerAgreement', id);
        }
        return agreement;
    }

    private async checkNumberFree(ctx: RequestContext, companyId: ID, number: string): Promise<void> {
        const existing = await this.connection
            .getRepository(ctx, DealerAgreement)
            .findOne({ where: { companyId, number } });
        if (existing) {
            throw new UserInputError(`This company already has an agreement numbered "${number}"`);
        }
    }

    private async getPriceListsByIds(ctx: RequestContext, ids: ID[]): Promise<PriceList[]> {
        if (!ids.length) {
            return [];
        }
        const lists = await this.connection
            .getRepository(ctx, PriceList)
            .createQueryBuilder('list')
            .innerJoin('list.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where({ id: In(ids) })
            .getMany();
        const missing = ids.find(id => !lists.some(l => String(l.id) === String(id)));
        if (missing != null) {
            throw new EntityNotFoundError('PriceList', missing);
        }
        return lists;
    }

    private requireNumber(number: string): string {
        return checkText(number, 'number', B2B_INPUT_LIMITS.code, { required: true });
    }

    private checkTermsText(terms: string | null | undefined): string {
        return checkText(terms, 'terms', B2B_INPUT_LIMITS.terms) ?? '';
    }

    private checkPeriod(startsAt: Date, endsAt: Date): void {
        if (new Date(startsAt).getTime() >= new Date(endsAt).getTime()) {
            throw new UserInputError('startsAt must be before endsAt');
        }
    }

    private checkTerms(days: number | null | undefined): number | null {
        if (days == null) {
            return null;
        }
        if (!Number.isInteger(days) || days < 0) {
            throw new UserInputError(`paymentTermsDays must be a whole number of days >= 0, got ${days}`);
        }
        return days;
    }

    private checkMoney(amount: number | null | undefined): number | null {
        if (amount == null) {
            return null;
        }
        return checkMoneyAmount(
            amount,
            'creditLimit',
            maxMoneyAmount(this.configService.entityOptions.moneyStrategy),
        );
    }
}
