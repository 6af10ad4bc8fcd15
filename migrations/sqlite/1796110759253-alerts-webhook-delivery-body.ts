import {MigrationInterface, QueryRunner} from "typeorm";

export class AlertsWebhookDeliveryBody1796110759253 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_cc356c32dbfd426999cf85a796"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_webhook_delivery" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "attempt" integer NOT NULL, "success" boolean NOT NULL DEFAULT (0), "statusCode" integer, "attemptedAt" datetime NOT NULL, "durationMs" integer NOT NULL, "error" varchar(1000), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "endpointId" integer NOT NULL, "alertId" integer NOT NULL, "body" text)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_webhook_delivery"("createdAt", "updatedAt", "attempt", "success", "statusCode", "attemptedAt", "durationMs", "error", "id", "endpointId", "alertId") SELECT "createdAt", "updatedAt", "attempt", "success", "statusCode", "attemptedAt", "durationMs", "error", "id", "endpointId", "alertId" FROM "webhook_delivery"`, undefined);
        await queryRunner.query(`DROP TABLE "webhook_delivery"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_webhook_delivery" RENAME TO "webhook_delivery"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_cc356c32dbfd426999cf85a796" ON "webhook_delivery" ("endpointId", "alertId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_cc356c32dbfd426999cf85a796"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_webhook_delivery" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "attempt" integer NOT NULL, "success" boolean NOT NULL DEFAULT (0), "statusCode" integer, "attemptedAt" datetime NOT NULL, "durationMs" integer NOT NULL, "error" varchar(1000), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "endpointId" integer NOT NULL, "alertId" integer, "body" text)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_webhook_delivery"("createdAt", "updatedAt", "attempt", "success", "statusCode", "attemptedAt", "durationMs", "error", "id", "endpointId", "alertId", "body") SELECT "createdAt", "updatedAt", "attempt", "success", "statusCode", "attemptedAt", "durationMs", "error", "id", "endpointId", "alertId", "body" FROM "webhook_delivery"`, undefined);
        await queryRunner.query(`DROP TABLE "webhook_delivery"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_webhook_delivery" RENAME TO "webhook_delivery"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_b02f79b2752497be386e1bc722" ON "webhook_delivery" ("attemptedAt") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_cc356c32dbfd426999cf85a796" ON "webhook_delivery" ("endpointId", "alertId") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_cc356c32dbfd426999cf85a796"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_b02f79b2752497be386e1bc722"`, undefined);
        await queryRunner.query(`ALTER TABLE "webhook_delivery" RENAME TO "temporary_webhook_delivery"`, undefined);
        await queryRunner.query(`CREATE TABLE "webhook_delivery" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "attempt" integer NOT NULL, "success" boolean NOT NULL DEFAULT (0), "statusCode" integer, "attemptedAt" datetime NOT NULL, "durationMs" integer NOT NULL, "error" varchar(1000), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "endpointId" integer NOT NULL, "alertId" integer NOT NULL, "body" text)`, undefined);
        await queryRunner.query(`INSERT INTO "webhook_delivery"("createdAt", "updatedAt", "attempt", "success", "statusCode", "attemptedAt", "durationMs", "error", "id", "endpointId", "alertId", "body") SELECT "createdAt", "updatedAt", "attempt", "success", "statusCode", "attemptedAt", "durationMs", "error", "id", "endpointId", "alertId", "body" FROM "temporary_webhook_delivery"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_webhook_delivery"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_cc356c32dbfd426999cf85a796" ON "webhook_delivery" ("endpointId", "alertId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_cc356c32dbfd426999cf85a796"`, undefined);
        await queryRunner.query(`ALTER TABLE "webhook_delivery" RENAME TO "temporary_webhook_delivery"`, undefined);
        await queryRunner.query(`CREATE TABLE "webhook_delivery" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "attempt" integer NOT NULL, "success" boolean NOT NULL DEFAULT (0), "statusCode" integer, "attemptedAt" datetime NOT NULL, "durationMs" integer NOT NULL, "error" varchar(1000), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "endpointId" integer NOT NULL, "alertId" integer NOT NULL)`, undefined);
        await queryRunner.query(`INSERT INTO "webhook_delivery"("createdAt", "updatedAt", "attempt", "success", "statusCode", "attemptedAt", "durationMs", "error", "id", "endpointId", "alertId") SELECT "createdAt", "updatedAt", "attempt", "success", "statusCode", "attemptedAt", "durationMs", "error", "id", "endpointId", "alertId" FROM "temporary_webhook_delivery"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_webhook_delivery"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_cc356c32dbfd426999cf85a796" ON "webhook_delivery" ("endpointId", "alertId") `, undefined);
   }

}
