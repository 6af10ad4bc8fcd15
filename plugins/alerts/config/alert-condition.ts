import { ConfigArg } from '@vendure/common/lib/generated-types';
import { ID, Type } from '@vendure/common/lib/shared-types';
import { Injector, RequestContext, VendureEvent } from '@vendure/core';
// Vendure does not re-export its configurable operation base from the package root.
import {
    ConfigArgs,
    ConfigArgValues,
    ConfigurableOperationDef,
    ConfigurableOperationDefOptions,
} from '@vendure/core/dist/common/configurable-operation';

/** A message in both languages the platform speaks. */
export interface AlertMessage {
    en: string;
    zh_Hans: string;
}

/** What an alert is about: named, linked and explained. */
export interface AlertSubject {
    /** Data kept on the alert and handed back to `stillHolds` (defaults to the triggering event's data). */
    data?: AlertTriggerData;
    /** Entity type, e.g. `Order`, `Company`, `PurchaseOrder`. */
    type: string;
    id: ID;
    /** How people recognise it, e.g. the order code. */
    label: string;
    /** Dashboard path, e.g. `/orders/12`. */
    link: string;
    message: AlertMessage;
}

/** What a condition's hooks receive: the channel's context, Vendure's injector, the rule's args and "now". */
export interface AlertConditionContext<T extends ConfigArgs> {
    ctx: RequestContext;
    injector: Injector;
    args: ConfigArgValues<T>;
    now: Date;
    /**
     * A value shared by the rules one evaluation runs: in a scan, `load` runs once for every rule that asks for the
     * same `key` (one candidate query for all the rules of a condition, each narrowing it by its own arguments,
     * instead of one per rule); outside a scan, once per check. Key it by everything the value depends on except
     * the rule (its channel: `ctx.channelId`). Rules run in transactions of their own, so a shared value may be a
     * moment old for a later rule: share candidates that each rule checks again (`checkMany`), not answers.
     */
    shared<V>(key: string, load: () => Promise<V>): Promise<V>;
}

/** Data an event hands to the check (JSON: it travels through the job queue). */
export type AlertTriggerData = Record<string, string | number | boolean | null>;

/**
 * The subject an event is about, with data the check needs. `channelIds`: the channels the subject belongs to, where
 * the event is checked against the rules (default: the event's own channel). Give it when the publisher may run in
 * another channel than the subject's, e.g. a scheduled task (Vendure's scheduled context is the default channel).
 */
export interface AlertEventSubject {
    id: ID;
    data?: AlertTriggerData;
    channelIds?: ID[];
    /**
     * What the event tells about the subject, for the condition's `admits` (e.g. a placed order's total): read when
     * the event is heard, never stored or handed to the check.
     */
    facts?: AlertTriggerData;
}

/** One event a condition listens to, and which subject an occurrence is about. */
export interface AlertEventTrigger {
    event: Type<VendureEvent>;
    /** The subject an event is about; undefined: not relevant. */
    subject(event: VendureEvent): AlertEventSubject | undefined;
}

/**
 * Declares an event a condition listens to, typed by the event class.
 *
 * @example
 * ```ts
 * events: [onEvent(OrderPlacedEvent, e => ({ id: e.order.id }))]
 * ```
 */
export function onEvent<E extends VendureEvent>(
    event: Type<E>,
    subject: (event: E) => AlertEventSubject | undefined,
): AlertEventTrigger {
    return { event, subject: e => subject(e as E) };
}

/** Options of an {@link AlertConditionDef}: a configurable operation plus how it is triggered and checked. */
export interface AlertConditionConfig<T extends ConfigArgs> extends ConfigurableOperationDefOptions<T> {
    /** Events that may make the condition hold for a subject; each is checked through the job queue. */
    events?: AlertEventTrigger[];
    /**
     * Whether a rule with these args could hold for an event's subject, judged from what the event tells
     * (`AlertEventSubject.facts`) without a query: when no enabled rule of the channel could (e.g. a placed
     * order's total is below every rule's amount), the event queues no check. Without it (or without facts), an
     * event queues a check wherever the channel has an enabled rule of the condition. Must never say no to a
     * subject `check` would raise an alert for.
     */
    admits?(args: ConfigArgValues<T>, facts: AlertTriggerData): boolean;
    /** Subjects that may hold now, found by an indexed query; run by the scheduled alert scan on the worker. */
    scan?(c: AlertConditionContext<T>): Promise<ID[]>;
    /**
     * Whether the condition holds for the subject; if it does, how to name, link and explain it. `data` is what
     * the triggering event handed over (none in scans and auto-resolve checks).
     */
    check(
        c: AlertConditionContext<T>,
        subjectId: ID,
        data?: AlertTriggerData,
    ): Promise<AlertSubject | undefined>;
    /**
     * Whether an active alert's condition still holds (`data`: what the event that raised it handed over); when it
     * returns false the alert is resolved automatically by the next alert scan. Omit it for conditions that hold until someone acts (they resolve by hand).
     */
    stillHolds?(c: AlertConditionContext<T>, subjectId: ID, data?: AlertTriggerData): Promise<boolean>;
    /**
     * `check` for many subjects at once (the alert scan hands over up to a few hundred of the scanned ids): the ones
     * for which the condition holds, by `String(id)`, each as `check` names it. Optional: without it, the scan calls
     * `check` once per subject. A scan over 100,000 orders needs it (one query per batch instead of per subject).
     */
    checkMany?(c: AlertConditionContext<T>, subjectIds: ID[]): Promise<Map<string, AlertSubject>>;
    /**
     * `stillHolds` for many active alerts' subjects at once, answered in the same order. Optional: without it, the
     * scan calls `stillHolds` once per alert.
     */
    stillHoldsMany?(
        c: AlertConditionContext<T>,
        subjects: Array<{ id: ID; data?: AlertTriggerData }>,
    ): Promise<boolean[]>;
}

/**
 * An alert condition: a `ConfigurableOperationDef` (code, bilingual description, typed args; listed by the
 * `alertConditions` query and edited with the Dashboard's generated forms) plus the events it listens to and/or a
 * scheduled scan, how it names its subject and whether it still holds.
 *
 * Register one through `AlertsPlugin.init({ conditions })` or, from another plugin, with
 * `AlertConditionRegistry.register()` in its `onApplicationBootstrap`.
 */
export class AlertConditionDef<T extends ConfigArgs = ConfigArgs> extends ConfigurableOperationDef<T> {
    constructor(protected config: AlertConditionConfig<T>) {
        super(config);
    }

    get events(): AlertEventTrigger[] {
        return this.config.events ?? [];
    }

    get hasScan(): boolean {
        return !!this.config.scan;
    }

    get canAutoResolve(): boolean {
        return !!this.config.stillHolds;
    }

    /** Whether a rule with the stored `args` could hold for a subject an event tells `facts` about. */
    admits(args: ConfigArg[], facts?: AlertTriggerData): boolean {
        return !this.config.admits || !facts || this.config.admits(this.argValues(args), facts);
    }

    /** The rule's stored args as typed values. */
    argValues(args: ConfigArg[]): ConfigArgValues<T> {
        return this.argsArrayToHash(args);
    }

    scan(c: AlertConditionContext<T>): Promise<ID[]> {
        return this.config.scan ? this.config.scan(c) : Promise.resolve([]);
    }

    check(
        c: AlertConditionContext<T>,
        subjectId: ID,
        data?: AlertTriggerData,
    ): Promise<AlertSubject | undefined> {
        return this.config.check(c, subjectId, data);
    }

    stillHolds(c: AlertConditionContext<T>, subjectId: ID, data?: AlertTriggerData): Promise<boolean> {
        return this.config.stillHolds ? this.config.stillHolds(c, subjectId, data) : Promise.resolve(true);
    }

    /** `check` (without event data) for each subject: the ones that hold, by `String(id)`. */
    async checkMany(c: AlertConditionContext<T>, subjectIds: ID[]): Promise<Map<string, AlertSubject>> {
        if (this.config.checkMany) {
            return this.config.checkMany(c, subjectIds);
        }
        const holding = new Map<string, AlertSubject>();
        for (const id of subjectIds) {
            const subject = await this.config.check(c, id);
            if (subject) {
                holding.set(String(id), subject);
            }
        }
        return holding;
    }

    /** `stillHolds` for each subject, in order. */
    async stillHoldsMany(
        c: AlertConditionContext<T>,
        subjects: Array<{ id: ID; data?: AlertTriggerData }>,
    ): Promise<boolean[]> {
        if (!this.config.stillHolds) {
            return subjects.map(() => true);
        }
        if (this.config.stillHoldsMany) {
            return this.config.stillHoldsMany(c, subjects);
        }
        const holds: boolean[] = [];
        for (const s of subjects) {
            holds.push(await this.config.stillHolds(c, s.id, s.data));
        }
        return holds;
    }
}
