import {MigrationInterface, QueryRunner} from "typeorm";

export class AlertsPlugin1796026910216 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "alert_comment" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "body" text NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "alertId" integer NOT NULL, "authorAdministratorId" integer)`, undefined);
        await queryRunner.query(`CREATE TABLE "webhook_endpoint" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "name" varchar NOT NULL, "url" varchar NOT NULL, "secret" varchar NOT NULL, "signing" varchar NOT NULL DEFAULT ('hmac'), "enabled" boolean NOT NULL DEFAULT (1), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL)`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_1b1de49a0acbc51275acf0033c" ON "webhook_endpoint" ("channelId") `, undefined);
        await queryRunner.query(`CREATE TABLE "alert_rule" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "name" varchar NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "conditionCode" varchar NOT NULL, "condition" text NOT NULL, "severity" varchar NOT NULL DEFAULT ('warning'), "dueInHours" integer, "recipientRoleIds" text NOT NULL, "recipientEmails" text NOT NULL, "renotifyIntervalMinutes" integer, "quietHoursStart" varchar, "quietHoursEnd" varchar, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "assigneeAdministratorId" integer, "assigneeRoleId" integer)`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_6aea495e65efba9eaf0e8fc14f" ON "alert_rule" ("channelId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_e92180cd02e07f027bf1295ff8" ON "alert_rule" ("conditionCode") `, undefined);
        await queryRunner.query(`CREATE TABLE "alert" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "activeKey" varchar, "dedupeToken" varchar(36) NOT NULL, "subjectType" varchar NOT NULL, "subjectId" varchar NOT NULL, "subjectLabel" varchar NOT NULL, "subjectLink" varchar NOT NULL, "messageEn" text NOT NULL, "messageZh" text NOT NULL, "triggerData" text, "severity" varchar NOT NULL, "status" varchar NOT NULL DEFAULT ('open'), "snoozedUntil" datetime, "dueAt" datetime, "firstSeenAt" datetime NOT NULL, "lastSeenAt" datetime NOT NULL, "occurrences" integer NOT NULL DEFAULT (1), "actedAt" datetime, "resolvedAt" datetime, "lastNotifiedAt" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "ruleId" integer NOT NULL, "channelId" integer NOT NULL, "assigneeAdministratorId" integer, "assigneeRoleId" integer, "actedByAdministratorId" integer)`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_dc2a2abcaacf26415f9d536b01" ON "alert" ("ruleId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_62fc333ef2cbc64dbd82a9164b" ON "alert" ("activeKey") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_0eaee3b3fe61eb74723fe719ce" ON "alert" ("status") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_79be344d79ddff53f60b00d257" ON "alert" ("subjectType", "subjectId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_f88c723daae3121ef62bcdf638" ON "alert" ("channelId", "status") `, undefined);
        await queryRunner.query(`CREATE TABLE "webhook_delivery" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "attempt" integer NOT NULL, "success" boolean NOT NULL DEFAULT (0), "statusCode" integer, "attemptedAt" datetime NOT NULL, "durationMs" integer NOT NULL, "error" varchar(1000), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "endpointId" integer NOT NULL, "alertId" integer NOT NULL)`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_cc356c32dbfd426999cf85a796" ON "webhook_delivery" ("endpointId", "alertId") `, undefined);
        await queryRunner.query(`CREATE TABLE "alert_rule_webhook_endpoints_webhook_endpoint" ("alertRuleId" integer NOT NULL, "webhookEndpointId" integer NOT NULL, PRIMARY KEY ("alertRuleId", "webhookEndpointId"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_fc2acb332c64d0cecbcca4a4ba" ON "alert_rule_webhook_endpoints_webhook_endpoint" ("alertRuleId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_653bfcf5cdef9ce04c4aa861b3" ON "alert_rule_webhook_endpoints_webhook_endpoint" ("webhookEndpointId") `, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_alert_comment" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "body" text NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "alertId" integer NOT NULL, "authorAdministratorId" integer, CONSTRAINT "FK_c62d6268419f02c232b7a9eabfa" FOREIGN KEY ("alertId") REFERENCES "alert" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_alert_comment"("createdAt", "updatedAt", "body", "id", "alertId", "authorAdministratorId") SELECT "createdAt", "updatedAt", "body", "id", "alertId", "authorAdministratorId" FROM "alert_comment"`, undefined);
        await queryRunner.query(`DROP TABLE "alert_comment"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_alert_comment" RENAME TO "alert_comment"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_dc2a2abcaacf26415f9d536b01"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_62fc333ef2cbc64dbd82a9164b"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_0eaee3b3fe61eb74723fe719ce"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_79be344d79ddff53f60b00d257"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_f88c723daae3121ef62bcdf638"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_alert" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "activeKey" varchar, "dedupeToken" varchar(36) NOT NULL, "subjectType" varchar NOT NULL, "subjectId" varchar NOT NULL, "subjectLabel" varchar NOT NULL, "subjectLink" varchar NOT NULL, "messageEn" text NOT NULL, "messageZh" text NOT NULL, "triggerData" text, "severity" varchar NOT NULL, "status" varchar NOT NULL DEFAULT ('open'), "snoozedUntil" datetime, "dueAt" datetime, "firstSeenAt" datetime NOT NULL, "lastSeenAt" datetime NOT NULL, "occurrences" integer NOT NULL DEFAULT (1), "actedAt" datetime, "resolvedAt" datetime, "lastNotifiedAt" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "ruleId" integer NOT NULL, "channelId" integer NOT NULL, "assigneeAdministratorId" integer, "assigneeRoleId" integer, "actedByAdministratorId" integer, CONSTRAINT "FK_dc2a2abcaacf26415f9d536b014" FOREIGN KEY ("ruleId") REFERENCES "alert_rule" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_alert"("createdAt", "updatedAt", "activeKey", "dedupeToken", "subjectType", "subjectId", "subjectLabel", "subjectLink", "messageEn", "messageZh", "triggerData", "severity", "status", "snoozedUntil", "dueAt", "firstSeenAt", "lastSeenAt", "occurrences", "actedAt", "resolvedAt", "lastNotifiedAt", "id", "ruleId", "channelId", "assigneeAdministratorId", "assigneeRoleId", "actedByAdministratorId") SELECT "createdAt", "updatedAt", "activeKey", "dedupeToken", "subjectType", "subjectId", "subjectLabel", "subjectLink", "messageEn", "messageZh", "triggerData", "severity", "status", "snoozedUntil", "dueAt", "firstSeenAt", "lastSeenAt", "occurrences", "actedAt", "resolvedAt", "lastNotifiedAt", "id", "ruleId", "channelId", "assigneeAdministratorId", "assigneeRoleId", "actedByAdministratorId" FROM "alert"`, undefined);
        await queryRunner.query(`DROP TABLE "alert"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_alert" RENAME TO "alert"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_dc2a2abcaacf26415f9d536b01" ON "alert" ("ruleId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_62fc333ef2cbc64dbd82a9164b" ON "alert" ("activeKey") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_0eaee3b3fe61eb74723fe719ce" ON "alert" ("status") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_79be344d79ddff53f60b00d257" ON "alert" ("subjectType", "subjectId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_f88c723daae3121ef62bcdf638" ON "alert" ("channelId", "status") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_fc2acb332c64d0cecbcca4a4ba"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_653bfcf5cdef9ce04c4aa861b3"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_alert_rule_webhook_endpoints_webhook_endpoint" ("alertRuleId" integer NOT NULL, "webhookEndpointId" integer NOT NULL, CONSTRAINT "FK_fc2acb332c64d0cecbcca4a4baa" FOREIGN KEY ("alertRuleId") REFERENCES "alert_rule" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_653bfcf5cdef9ce04c4aa861b3e" FOREIGN KEY ("webhookEndpointId") REFERENCES "webhook_endpoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("alertRuleId", "webhookEndpointId"))`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_alert_rule_webhook_endpoints_webhook_endpoint"("alertRuleId", "webhookEndpointId") SELECT "alertRuleId", "webhookEndpointId" FROM "alert_rule_webhook_endpoints_webhook_endpoint"`, undefined);
        await queryRunner.query(`DROP TABLE "alert_rule_webhook_endpoints_webhook_endpoint"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_alert_rule_webhook_endpoints_webhook_endpoint" RENAME TO "alert_rule_webhook_endpoints_webhook_endpoint"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_fc2acb332c64d0cecbcca4a4ba" ON "alert_rule_webhook_endpoints_webhook_endpoint" ("alertRuleId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_653bfcf5cdef9ce04c4aa861b3" ON "alert_rule_webhook_endpoints_webhook_endpoint" ("webhookEndpointId") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_653bfcf5cdef9ce04c4aa861b3"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_fc2acb332c64d0cecbcca4a4ba"`, undefined);
        await queryRunner.query(`ALTER TABLE "alert_rule_webhook_endpoints_webhook_endpoint" RENAME TO "temporary_alert_rule_webhook_endpoints_webhook_endpoint"`, undefined);
        await queryRunner.query(`CREATE TABLE "alert_rule_webhook_endpoints_webhook_endpoint" ("alertRuleId" integer NOT NULL, "webhookEndpointId" integer NOT NULL, PRIMARY KEY ("alertRuleId", "webhookEndpointId"))`, undefined);
        await queryRunner.query(`INSERT INTO "alert_rule_webhook_endpoints_webhook_endpoint"("alertRuleId", "webhookEndpointId") SELECT "alertRuleId", "webhookEndpointId" FROM "temporary_alert_rule_webhook_endpoints_webhook_endpoint"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_alert_rule_webhook_endpoints_webhook_endpoint"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_653bfcf5cdef9ce04c4aa861b3" ON "alert_rule_webhook_endpoints_webhook_endpoint" ("webhookEndpointId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_fc2acb332c64d0cecbcca4a4ba" ON "alert_rule_webhook_endpoints_webhook_endpoint" ("alertRuleId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_f88c723daae3121ef62bcdf638"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_79be344d79ddff53f60b00d257"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_0eaee3b3fe61eb74723fe719ce"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_62fc333ef2cbc64dbd82a9164b"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_dc2a2abcaacf26415f9d536b01"`, undefined);
        await queryRunner.query(`ALTER TABLE "alert" RENAME TO "temporary_alert"`, undefined);
        await queryRunner.query(`CREATE TABLE "alert" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "activeKey" varchar, "dedupeToken" varchar(36) NOT NULL, "subjectType" varchar NOT NULL, "subjectId" varchar NOT NULL, "subjectLabel" varchar NOT NULL, "subjectLink" varchar NOT NULL, "messageEn" text NOT NULL, "messageZh" text NOT NULL, "triggerData" text, "severity" varchar NOT NULL, "status" varchar NOT NULL DEFAULT ('open'), "snoozedUntil" datetime, "dueAt" datetime, "firstSeenAt" datetime NOT NULL, "lastSeenAt" datetime NOT NULL, "occurrences" integer NOT NULL DEFAULT (1), "actedAt" datetime, "resolvedAt" datetime, "lastNotifiedAt" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "ruleId" integer NOT NULL, "channelId" integer NOT NULL, "assigneeAdministratorId" integer, "assigneeRoleId" integer, "actedByAdministratorId" integer)`, undefined);
        await queryRunner.query(`INSERT INTO "alert"("createdAt", "updatedAt", "activeKey", "dedupeToken", "subjectType", "subjectId", "subjectLabel", "subjectLink", "messageEn", "messageZh", "triggerData", "severity", "status", "snoozedUntil", "dueAt", "firstSeenAt", "lastSeenAt", "occurrences", "actedAt", "resolvedAt", "lastNotifiedAt", "id", "ruleId", "channelId", "assigneeAdministratorId", "assigneeRoleId", "actedByAdministratorId") SELECT "createdAt", "updatedAt", "activeKey", "dedupeToken", "subjectType", "subjectId", "subjectLabel", "subjectLink", "messageEn", "messageZh", "triggerData", "severity", "status", "snoozedUntil", "dueAt", "firstSeenAt", "lastSeenAt", "occurrences", "actedAt", "resolvedAt", "lastNotifiedAt", "id", "ruleId", "channelId", "assigneeAdministratorId", "assigneeRoleId", "actedByAdministratorId" FROM "temporary_alert"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_alert"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_f88c723daae3121ef62bcdf638" ON "alert" ("channelId", "status") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_79be344d79ddff53f60b00d257" ON "alert" ("subjectType", "subjectId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_0eaee3b3fe61eb74723fe719ce" ON "alert" ("status") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_62fc333ef2cbc64dbd82a9164b" ON "alert" ("activeKey") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_dc2a2abcaacf26415f9d536b01" ON "alert" ("ruleId") `, undefined);
        await queryRunner.query(`ALTER TABLE "alert_comment" RENAME TO "temporary_alert_comment"`, undefined);
        await queryRunner.query(`CREATE TABLE "alert_comment" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "body" text NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "alertId" integer NOT NULL, "authorAdministratorId" integer)`, undefined);
        await queryRunner.query(`INSERT INTO "alert_comment"("createdAt", "updatedAt", "body", "id", "alertId", "authorAdministratorId") SELECT "createdAt", "updatedAt", "body", "id", "alertId", "authorAdministratorId" FROM "temporary_alert_comment"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_alert_comment"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_653bfcf5cdef9ce04c4aa861b3"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_fc2acb332c64d0cecbcca4a4ba"`, undefined);
        await queryRunner.query(`DROP TABLE "alert_rule_webhook_endpoints_webhook_endpoint"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_cc356c32dbfd426999cf85a796"`, undefined);
        await queryRunner.query(`DROP TABLE "webhook_delivery"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_f88c723daae3121ef62bcdf638"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_79be344d79ddff53f60b00d257"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_0eaee3b3fe61eb74723fe719ce"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_62fc333ef2cbc64dbd82a9164b"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_dc2a2abcaacf26415f9d536b01"`, undefined);
        await queryRunner.query(`DROP TABLE "alert"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_e92180cd02e07f027bf1295ff8"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_6aea495e65efba9eaf0e8fc14f"`, undefined);
        await queryRunner.query(`DROP TABLE "alert_rule"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_1b1de49a0acbc51275acf0033c"`, undefined);
        await queryRunner.query(`DROP TABLE "webhook_endpoint"`, undefined);
        await queryRunner.query(`DROP TABLE "alert_comment"`, undefined);
   }

}
