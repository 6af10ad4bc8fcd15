import {MigrationInterface, QueryRunner} from "typeorm";

export class AlertsPlugin1796026987599 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "alert_comment" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "body" text NOT NULL, "id" SERIAL NOT NULL, "alertId" integer NOT NULL, "authorAdministratorId" integer, CONSTRAINT "PK_3f8662004bfc1f19bb7d4a62dab" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE TABLE "webhook_endpoint" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "name" character varying NOT NULL, "url" character varying NOT NULL, "secret" character varying NOT NULL, "signing" character varying NOT NULL DEFAULT 'hmac', "enabled" boolean NOT NULL DEFAULT true, "id" SERIAL NOT NULL, "channelId" integer NOT NULL, CONSTRAINT "PK_6c98112122b2b8a4f3984d2efa8" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_1b1de49a0acbc51275acf0033c" ON "webhook_endpoint" ("channelId") `, undefined);
        await queryRunner.query(`CREATE TABLE "alert_rule" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "name" character varying NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "conditionCode" character varying NOT NULL, "condition" text NOT NULL, "severity" character varying NOT NULL DEFAULT 'warning', "dueInHours" integer, "recipientRoleIds" text NOT NULL, "recipientEmails" text NOT NULL, "renotifyIntervalMinutes" integer, "quietHoursStart" character varying, "quietHoursEnd" character varying, "id" SERIAL NOT NULL, "channelId" integer NOT NULL, "assigneeAdministratorId" integer, "assigneeRoleId" integer, CONSTRAINT "PK_e9bf555f33872d7b50eb2421a17" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_6aea495e65efba9eaf0e8fc14f" ON "alert_rule" ("channelId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_e92180cd02e07f027bf1295ff8" ON "alert_rule" ("conditionCode") `, undefined);
        await queryRunner.query(`CREATE TABLE "alert" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "activeKey" character varying, "dedupeToken" character varying(36) NOT NULL, "subjectType" character varying NOT NULL, "subjectId" character varying NOT NULL, "subjectLabel" character varying NOT NULL, "subjectLink" character varying NOT NULL, "messageEn" text NOT NULL, "messageZh" text NOT NULL, "triggerData" text, "severity" character varying NOT NULL, "status" character varying NOT NULL DEFAULT 'open', "snoozedUntil" TIMESTAMP, "dueAt" TIMESTAMP, "firstSeenAt" TIMESTAMP NOT NULL, "lastSeenAt" TIMESTAMP NOT NULL, "occurrences" integer NOT NULL DEFAULT '1', "actedAt" TIMESTAMP, "resolvedAt" TIMESTAMP, "lastNotifiedAt" TIMESTAMP, "id" SERIAL NOT NULL, "ruleId" integer NOT NULL, "channelId" integer NOT NULL, "assigneeAdministratorId" integer, "assigneeRoleId" integer, "actedByAdministratorId" integer, CONSTRAINT "PK_ad91cad659a3536465d564a4b2f" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_dc2a2abcaacf26415f9d536b01" ON "alert" ("ruleId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_62fc333ef2cbc64dbd82a9164b" ON "alert" ("activeKey") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_0eaee3b3fe61eb74723fe719ce" ON "alert" ("status") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_79be344d79ddff53f60b00d257" ON "alert" ("subjectType", "subjectId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_f88c723daae3121ef62bcdf638" ON "alert" ("channelId", "status") `, undefined);
        await queryRunner.query(`CREATE TABLE "webhook_delivery" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "attempt" integer NOT NULL, "success" boolean NOT NULL DEFAULT false, "statusCode" integer, "attemptedAt" TIMESTAMP NOT NULL, "durationMs" integer NOT NULL, "error" character varying(1000), "id" SERIAL NOT NULL, "endpointId" integer NOT NULL, "alertId" integer NOT NULL, CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_cc356c32dbfd426999cf85a796" ON "webhook_delivery" ("endpointId", "alertId") `, undefined);
        await queryRunner.query(`CREATE TABLE "alert_rule_webhook_endpoints_webhook_endpoint" ("alertRuleId" integer NOT NULL, "webhookEndpointId" integer NOT NULL, CONSTRAINT "PK_3970bccb268676efe416c93dad1" PRIMARY KEY ("alertRuleId", "webhookEndpointId"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_fc2acb332c64d0cecbcca4a4ba" ON "alert_rule_webhook_endpoints_webhook_endpoint" ("alertRuleId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_653bfcf5cdef9ce04c4aa861b3" ON "alert_rule_webhook_endpoints_webhook_endpoint" ("webhookEndpointId") `, undefined);
        await queryRunner.query(`ALTER TABLE "alert_comment" ADD CONSTRAINT "FK_c62d6268419f02c232b7a9eabfa" FOREIGN KEY ("alertId") REFERENCES "alert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "alert" ADD CONSTRAINT "FK_dc2a2abcaacf26415f9d536b014" FOREIGN KEY ("ruleId") REFERENCES "alert_rule"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "alert_rule_webhook_endpoints_webhook_endpoint" ADD CONSTRAINT "FK_fc2acb332c64d0cecbcca4a4baa" FOREIGN KEY ("alertRuleId") REFERENCES "alert_rule"("id") ON DELETE CASCADE ON UPDATE CASCADE`, undefined);
        await queryRunner.query(`ALTER TABLE "alert_rule_webhook_endpoints_webhook_endpoint" ADD CONSTRAINT "FK_653bfcf5cdef9ce04c4aa861b3e" FOREIGN KEY ("webhookEndpointId") REFERENCES "webhook_endpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE`, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "alert_rule_webhook_endpoints_webhook_endpoint" DROP CONSTRAINT "FK_653bfcf5cdef9ce04c4aa861b3e"`, undefined);
        await queryRunner.query(`ALTER TABLE "alert_rule_webhook_endpoints_webhook_endpoint" DROP CONSTRAINT "FK_fc2acb332c64d0cecbcca4a4baa"`, undefined);
        await queryRunner.query(`ALTER TABLE "alert" DROP CONSTRAINT "FK_dc2a2abcaacf26415f9d536b014"`, undefined);
        await queryRunner.query(`ALTER TABLE "alert_comment" DROP CONSTRAINT "FK_c62d6268419f02c232b7a9eabfa"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_653bfcf5cdef9ce04c4aa861b3"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_fc2acb332c64d0cecbcca4a4ba"`, undefined);
        await queryRunner.query(`DROP TABLE "alert_rule_webhook_endpoints_webhook_endpoint"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_cc356c32dbfd426999cf85a796"`, undefined);
        await queryRunner.query(`DROP TABLE "webhook_delivery"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_f88c723daae3121ef62bcdf638"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_79be344d79ddff53f60b00d257"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_0eaee3b3fe61eb74723fe719ce"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_62fc333ef2cbc64dbd82a9164b"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_dc2a2abcaacf26415f9d536b01"`, undefined);
        await queryRunner.query(`DROP TABLE "alert"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_e92180cd02e07f027bf1295ff8"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_6aea495e65efba9eaf0e8fc14f"`, undefined);
        await queryRunner.query(`DROP TABLE "alert_rule"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_1b1de49a0acbc51275acf0033c"`, undefined);
        await queryRunner.query(`DROP TABLE "webhook_endpoint"`, undefined);
        await queryRunner.query(`DROP TABLE "alert_comment"`, undefined);
   }

}
