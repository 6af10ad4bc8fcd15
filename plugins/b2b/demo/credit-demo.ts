import { INestApplicationContext } from '@nestjs/common';
import { LanguageCode } from '@vendure/common/lib/generated-types';
import { Logger, PaymentMethodService, RequestContext } from '@vendure/core';

import { PAY_ON_ACCOUNT_CHECKER_CODE, PAY_ON_ACCOUNT_HANDLER_CODE } from '../config/pay-on-account-constants';
import { loggerCtx } from '../constants';
import { Company } from '../entities/company.entity';
import { CreditHoldReason } from '../entities/credit-account.entity';
import { CreditLedgerEntryType } from '../entities/credit-ledger-entry.entity';
import { CompanyService } from '../services/company.service';
import { CreditAccountService } from '../services/credit-account.service';
import { CreditLedgerService } from '../services/credit-ledger.service';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How the demo sets up one company's credit. */
export interface CreditDemoAccount {
    companyCode: string;
    /** Minor units. */
    creditLimit: number;
    paymentTermsDays?: number;
    graceDays?: number;
    sharedWithSubsidiaries?: boolean;
    /** An opening balance (minor units), posted as an adjustment. */
    openingBalance?: number;
    /** Days ago the opening balance fell due (makes it overdue and puts the account on hold). */
    overdueByDays?: number;
}

/**
 * Credit accounts for the demo companies: the distributor shares a large line with its sub-dealers; one dealer
 * is near its limit (92 %) and one is on hold for an invoice 45 days overdue. Without a plan the companies are
 * chosen by shape: the companies with sub-companies get a shared line, the first two others the "near limit"
 * and "on hold" accounts. Idempotent: companies that already have an account are left alone.
 */
export async function seedCreditDemo(
    app: INestApplicationContext,
    ctx: RequestContext,
    plan?: CreditDemoAccount[],
): Promise<void> {
    await ensurePayOnAccountMethod(app, ctx);
    const companyService = app.get(CompanyService);
    const accounts = app.get(CreditAccountService);
    const ledger = app.get(CreditLedgerService);
    const { items: companies } = await companyService.findAll(ctx, { take: 1000 });
    for (const item of plan ?? defaultPlan(companies)) {
        const company = companies.find(c => c.code === item.companyCode);
        if (!company || (await accounts.findByCompany(ctx, company.id))) {
            continue;
        }
        const account = await accounts.create(ctx, {
            companyId: company.id,
            creditLimit: item.creditLimit,
            paymentTermsDays: item.paymentTermsDays ?? 30,
            graceDays: item.graceDays ?? 5,
            sharedWithSubsidiaries: item.sharedWithSubsidiaries ?? false,
        });
        if (item.openingBalance) {
            const dueDate = new Date(
                Date.now() - (item.overdueByDays ?? -(item.paymentTermsDays ?? 30)) * DAY_MS,
            );
            await ledger.post(ctx, account.id, {
                type: CreditLedgerEntryType.Adjustment,
                amount: item.openingBalance,
                companyId: company.id,
                reference: 'OPENING',
                note: 'Opening balance (demo data)',
                dueDate,
            });
        }
        if (item.overdueByDays) {
            await accounts.placeHold(ctx, account.id, CreditHoldReason.Overdue, item.openingBalance ?? 0);
        }
        Logger.info(`Demo credit account for ${company.code}`, loggerCtx);
    }
}

function defaultPlan(companies: Company[]): CreditDemoAccount[] {
    const parents = new Set(
        companies
            .map(c => c.parentId)
            .filter(id => id != null)
            .map(String),
    );
    const roots = companies.filter(c => parents.has(String(c.id)));
    const leaves = companies.filter(c => !parents.has(String(c.id)) && c.parentId == null);
    const plan: CreditDemoAccount[] = roots.map(c => ({
        companyCode: c.code,
        creditLimit: 5_000_000,
        sharedWithSubsidiaries: true,
        paymentTermsDays: 30,
    }));
    if (leaves[0]) {
        plan.push({ companyCode: leaves[0].code, creditLimit: 1_000_000, openingBalance: 920_000 });
    }
    if (leaves[1]) {
        plan.push({
            companyCode: leaves[1].code,
            creditLimit: 500_000,
            openingBalance: 300_000,
            overdueByDays: 45,
        });
    }
    return plan;
}

async function ensurePayOnAccountMethod(app: INestApplicationContext, ctx: RequestContext): Promise<void> {
    const paymentMethods = app.get(PaymentMethodService);
    const { items } = await paymentMethods.findAll(ctx, { filter: { code: { eq: 'pay-on-account' } } });
    if (items.length) {
        return;
    }
    await paymentMethods.create(ctx, {
        code: 'pay-on-account',
        enabled: true,
        handler: {
            code: PAY_ON_ACCOUNT_HANDLER_CODE,
            arguments: [{ name: 'automaticSettle', value: 'false' }],
        },
        checker: { code: PAY_ON_ACCOUNT_CHECKER_CODE, arguments: [] },
        translations: [
            {
                languageCode: LanguageCode.en,
                name: 'Pay on account',
                description: 'Charged to your company credit',
            },
            { languageCode: LanguageCode.zh_Hans, name: '账期支付', description: '计入贵公司的信用额度' },
        ],
    });
}
