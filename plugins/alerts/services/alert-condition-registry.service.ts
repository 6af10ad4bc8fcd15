import { Injectable } from '@nestjs/common';
import { Logger, UserInputError } from '@vendure/core';
import { Observable, ReplaySubject } from 'rxjs';

import { AlertConditionDef } from '../config/alert-condition';
import { loggerCtx } from '../constants';

/**
 * Every alert condition the platform knows. The alerts plugin registers its built-in conditions (those of the
 * plugins that are installed) and `AlertsPlugin.init({ conditions })`; any other plugin registers its own from
 * its `onApplicationBootstrap`, without the alerts plugin knowing it:
 *
 * @example
 * ```ts
 * constructor(private alertConditions: AlertConditionRegistry) {}
 * onApplicationBootstrap() { this.alertConditions.register(myCondition); }
 * ```
 */
@Injectable()
export class AlertConditionRegistry {
    private readonly defs = new Map<string, AlertConditionDef>();
    private readonly registered = new ReplaySubject<AlertConditionDef>();

    /** Adds conditions; a second registration of the same code is refused (two plugins would fight over it). */
    register(...defs: AlertConditionDef[]): void {
        for (const def of defs) {
            const existing = this.defs.get(def.code);
            if (existing === def) {
                continue;
            }
            if (existing) {
                throw new Error(
                    `AlertConditionRegistry: an alert condition with code "${def.code}" is already registered`,
                );
            }
            this.defs.set(def.code, def);
            Logger.verbose(`Alert condition "${def.code}" registered`, loggerCtx);
            this.registered.next(def);
        }
    }

    /** All registered conditions, in registration order. */
    all(): AlertConditionDef[] {
        return [...this.defs.values()];
    }

    find(code: string): AlertConditionDef | undefined {
        return this.defs.get(code);
    }

    /** The condition with this code, or a UserInputError naming the known ones. */
    get(code: string): AlertConditionDef {
        const def = this.defs.get(code);
        if (!def) {
            throw new UserInputError(
                `Unknown alert condition "${code}"; known conditions: ${[...this.defs.keys()].join(', ')}`,
            );
        }
        return def;
    }

    /** Every condition, those registered before the subscription included. */
    get registrations(): Observable<AlertConditionDef> {
        return this.registered.asObservable();
    }
}
