import {MigrationInterface, QueryRunner} from "typeorm";

export class AlertsNotificationOutbox1796138278043 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_f88c723daae3121ef62bcdf638"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_79be344d79ddff53f60b00d257"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_0eaee3b3fe61eb74723fe719ce"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_62fc333ef2cbc64dbd82a9164b"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_dc2a2abcaacf26415f9d536b01"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_alert" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "activeKey" varchar, "dedupeToken" varchar(36) NOT NULL, "subjectType" varchar NOT NULL, "subjectId" varchar NOT NULL, "subjectLabel" varchar NOT NULL, "subjectLink" varchar NOT NULL, "messageEn" text NOT NULL, "messageZh" text NOT NULL, "triggerData" text, "severity" varchar NOT NULL, "status" varchar NOT NULL DEFAULT ('open'), "snoozedUntil" datetime, "dueAt" datetime, "firstSeenAt" datetime NOT NULL, "lastSeenAt" datetime NOT NULL, "occurrences" integer NOT NULL DEFAULT (1), "actedAt" datetime, "resolvedAt" datetime, "lastNotifiedAt" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "ruleId" integer NOT NULL, "channelId" integer NOT NULL, "assigneeAdministratorId" integer, "assigneeRoleId" integer, "actedByAdministratorId" integer, "notificationPending" varchar(16), "notificationClaim" varchar(36), "notificationClaimedAt" datetime, CONSTRAINT "FK_dc2a2abcaacf26415f9d536b014" FOREIGN KEY ("ruleId") REFERENCES "alert_rule" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_alert"("createdAt", "updatedAt", "activeKey", "dedupeToken", "subjectType", "subjectId", "subjectLabel", "subjectLink", "messageEn", "messageZh", "triggerData", "severity", "status", "snoozedUntil", "dueAt", "firstSeenAt", "lastSeenAt", "occurrences", "actedAt", "resolvedAt", "lastNotifiedAt", "id", "ruleId", "channelId", "assigneeAdministratorId", "assigneeRoleId", "actedByAdministratorId") SELECT "createdAt", "updatedAt", "activeKey", "dedupeToken", "subjectType", "subjectId", "subjectLabel", "subjectLink", "messageEn", "messageZh", "triggerData", "severity", "status", "snoozedUntil", "dueAt", "firstSeenAt", "lastSeenAt", "occurrences", "actedAt", "resolvedAt", "lastNotifiedAt", "id", "ruleId", "channelId", "assigneeAdministratorId", "assigneeRoleId", "actedByAdministratorId" FROM "alert"`, undefined);
        await queryRunner.query(`DROP TABLE "alert"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_alert" RENAME TO "alert"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_f88c723daae3121ef62bcdf638" ON "alert" ("channelId", "status") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_79be344d79ddff53f60b00d257" ON "alert" ("subjectType", "subjectId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_0eaee3b3fe61eb74723fe719ce" ON "alert" ("status") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_62fc333ef2cbc64dbd82a9164b" ON "alert" ("activeKey") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_dc2a2abcaacf26415f9d536b01" ON "alert" ("ruleId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_694c4f55cabd7b546840c15444" ON "alert" ("notificationPending") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_694c4f55cabd7b546840c15444"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_dc2a2abcaacf26415f9d536b01"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_62fc333ef2cbc64dbd82a9164b"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_0eaee3b3fe61eb74723fe719ce"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_79be344d79ddff53f60b00d257"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_f88c723daae3121ef62bcdf638"`, undefined);
        await queryRunner.query(`ALTER TABLE "alert" RENAME TO "temporary_alert"`, undefined);
        await queryRunner.query(`CREATE TABLE "alert" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "activeKey" varchar, "dedupeToken" varchar(36) NOT NULL, "subjectType" varchar NOT NULL, "subjectId" varchar NOT NULL, "subjectLabel" varchar NOT NULL, "subjectLink" varchar NOT NULL, "messageEn" text NOT NULL, "messageZh" text NOT NULL, "triggerData" text, "severity" varchar NOT NULL, "status" varchar NOT NULL DEFAULT ('open'), "snoozedUntil" datetime, "dueAt" datetime, "firstSeenAt" datetime NOT NULL, "lastSeenAt" datetime NOT NULL, "occurrences" integer NOT NULL DEFAULT (1), "actedAt" datetime, "resolvedAt" datetime, "lastNotifiedAt" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "ruleId" integer NOT NULL, "channelId" integer NOT NULL, "assigneeAdministratorId" integer, "assigneeRoleId" integer, "actedByAdministratorId" integer, CONSTRAINT "FK_dc2a2abcaacf26415f9d536b014" FOREIGN KEY ("ruleId") REFERENCES "alert_rule" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "alert"("createdAt", "updatedAt", "activeKey", "dedupeToken", "subjectType", "subjectId", "subjectLabel", "subjectLink", "messageEn", "messageZh", "triggerData", "severity", "status", "snoozedUntil", "dueAt", "firstSeenAt", "lastSeenAt", "occurrences", "actedAt", "resolvedAt", "lastNotifiedAt", "id", "ruleId", "channelId", "assigneeAdministratorId", "assigneeRoleId", "actedByAdministratorId") SELECT "createdAt", "updatedAt", "activeKey", "dedupeToken", "subjectType", "subjectId", "subjectLabel", "subjectLink", "messageEn", "messageZh", "triggerData", "severity", "status", "snoozedUntil", "dueAt", "firstSeenAt", "lastSeenAt", "occurrences", "actedAt", "resolvedAt", "lastNotifiedAt", "id", "ruleId", "channelId", "assigneeAdministratorId", "assigneeRoleId", "actedByAdministratorId" FROM "temporary_alert"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_alert"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_dc2a2abcaacf26415f9d536b01" ON "alert" ("ruleId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_62fc333ef2cbc64dbd82a9164b" ON "alert" ("activeKey") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_0eaee3b3fe61eb74723fe719ce" ON "alert" ("status") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_79be344d79ddff53f60b00d257" ON "alert" ("subjectType", "subjectId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_f88c723daae3121ef62bcdf638" ON "alert" ("channelId", "status") `, undefined);
   }

}
