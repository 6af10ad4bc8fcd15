import { INestApplicationContext } from '@nestjs/common';
import {
    Customer,
    CustomerService,
    isGraphQlErrorResult,
    Logger,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';

import { loggerCtx } from '../constants';
import { Company, CompanyStatus } from '../entities/company.entity';
import { CompanyRole } from '../entities/company-member.entity';
import { PriceList } from '../entities/price-list.entity';
import { CompanyService } from '../services/company.service';
import { PriceListImportMode, PriceListService } from '../services/price-list.service';

/** Password of the demo dealer logins (shop API / storefront). */
export const DEMO_DEALER_PASSWORD = 'dealer-demo';

/** The demo's dealer logins. */
export const DEMO_DEALER_LOGINS = [
    { label: 'Dealer buyer (Gold distributor 华东分销, buyer)', email: 'dealer.buyer@triflow.demo' },
    {
        label: 'Dealer admin (Silver sub-dealer 苏州经销商, company admin)',
        email: 'suzhou.admin@triflow.demo',
    },
];

interface DemoCompany {
    code: string;
    name: string;
    tier: string;
    parent?: string;
    taxId: string;
    city: string;
}

const COMPANIES: DemoCompany[] = [
    {
        code: 'east-china-dist',
        name: '华东分销 East China Distribution',
        tier: 'gold',
        taxId: '91310000MA1FL0001X',
        city: 'Shanghai',
    },
    {
        code: 'dealer-suzhou',
        name: '苏州经销商 Suzhou Dealer',
        tier: 'silver',
        parent: 'east-china-dist',
        taxId: '91320500MA1FL0002Y',
        city: 'Suzhou',
    },
    {
        code: 'dealer-hangzhou',
        name: '杭州经销商 Hangzhou Dealer',
        tier: 'silver',
        parent: 'east-china-dist',
        taxId: '91330100MA1FL0003Z',
        city: 'Hangzhou',
    },
];

const MEMBERS = [
    {
        email: 'dealer.buyer@triflow.demo',
        firstName: 'Li',
        lastName: 'Wei 李伟',
        company: 'east-china-dist',
        role: CompanyRole.Buyer,
    },
    {
        email: 'suzhou.admin@triflow.demo',
        firstName: 'Zhang',
        lastName: 'Min 张敏',
        company: 'dealer-suzhou',
        role: CompanyRole.Admin,
    },
];

/** Price lists by name (the idempotency key), their targets and their entries as CSV. */
const PRICE_LISTS: Array<{
    name: string;
    priority: number;
    tiers?: string[];
    companies?: string[];
    csv: string;
}> = [
    {
        name: '金牌经销价 Gold dealer prices 2026',
        priority: 10,
        tiers: ['gold'],
        csv: [
            'sku,minQuantity,price,percent',
            'L2201308,1,,8',
            'L2201308,10,,12',
            'L2201308,50,,15',
            'L2201508,1,,8',
            'L2201508,10,,12',
            'L2201508,50,,15',
            'TBL200032,1,,10',
            'TBL200032,20,,14',
            'C24F390,1,129.00,',
            'C24F390,10,119.00,',
            'C24F390,100,109.00,',
        ].join('\n'),
    },
    {
        name: '银牌经销价 Silver dealer prices 2026',
        priority: 10,
        tiers: ['silver'],
        csv: [
            'sku,minQuantity,price,percent',
            'L2201308,1,,4',
            'L2201308,10,,7',
            'L2201308,50,,10',
            'TBL200032,1,,5',
            'TBL200032,20,,8',
        ].join('\n'),
    },
    {
        name: '华东网络合约价 East China network contract',
        priority: 0,
        companies: ['east-china-dist'],
        csv: [
            'sku,minQuantity,price,percent',
            '834444,1,14.99,',
            '834444,50,12.99,',
            'LU32J590UQUXEN,1,279.00,',
        ].join('\n'),
    },
];

/**
 * The dealer network of the demo: a Gold distributor with two Silver sub-dealers, tier and contract price lists
 * with quantity breaks on sample-catalog products, and two dealer logins. Idempotent by company code, customer
 * email and price list name.
 */
export async function seedCompanyDemo(app: INestApplicationContext, ctx: RequestContext): Promise<void> {
    const companyService = app.get(CompanyService);
    const priceListService = app.get(PriceListService);
    const connection = app.get(TransactionalConnection);
    const byCode = new Map<string, Company>();
    for (const c of COMPANIES) {
        let company = await companyService.findByCode(ctx, c.code);
        if (!company) {
            const created = await companyService.create(ctx, {
                name: c.name,
                code: c.code,
                tier: c.tier,
                status: CompanyStatus.Active,
                taxId: c.taxId,
                parentId: c.parent ? byCode.get(c.parent)?.id : undefined,
                defaultShippingAddress: { streetLine1: '1 Demo Road', city: c.city, countryCode: 'CN' },
                defaultBillingAddress: { streetLine1: '1 Demo Road', city: c.city, countryCode: 'CN' },
            });
            if (!(created instanceof Company)) {
                throw new Error(created.message);
            }
            company = created;
            Logger.info(`Demo company ${c.code} created`, loggerCtx);
        }
        byCode.set(c.code, company);
    }

    const customerService = app.get(CustomerService);
    for (const m of MEMBERS) {
        let customer = await connection
            .getRepository(ctx, Customer)
            .findOne({ where: { emailAddress: m.email }, relations: { user: true } });
        if (!customer) {
            const created = await customerService.create(
                ctx,
                { emailAddress: m.email, firstName: m.firstName, lastName: m.lastName },
                DEMO_DEALER_PASSWORD,
            );
            if (isGraphQlErrorResult(created)) {
                throw new Error(created.message);
            }
            customer = created;
        }
        if (!(await companyService.getMembership(ctx, customer.id))) {
            await companyService.addMember(ctx, byCode.get(m.company)!.id, customer.id, m.role);
        }
    }

    const currencyCode = ctx.channel.defaultCurrencyCode;
    for (const spec of PRICE_LISTS) {
        const existing = await connection
            .getRepository(ctx, PriceList)
            .findOne({ where: { name: spec.name, currencyCode } });
        if (existing) {
            continue;
        }
        const list = await priceListService.create(ctx, {
            name: spec.name,
            currencyCode,
            priority: spec.priority,
            tiers: spec.tiers,
            companyIds: (spec.companies ?? []).map(code => byCode.get(code)!.id),
        });
        const report = await priceListService.importCsv(ctx, list.id, spec.csv, PriceListImportMode.Replace);
        if ('errorCode' in report) {
            throw new Error(report.message);
        }
        if (report.rejected.length) {
            Logger.warn(
                `Demo price list "${spec.name}": ${report.rejected.map(r => `${r.sku}: ${r.reason}`).join('; ')}`,
                loggerCtx,
            );
        }
    }
}
