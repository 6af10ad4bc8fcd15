import {MigrationInterface, QueryRunner} from "typeorm";

export class AlertsSigningKeyRotation1796124910217 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_96e3fdcd9354f8a911c415d915"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_alert_signing_key" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "slot" varchar(64) NOT NULL, "privateKeyPem" text NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "retiredAt" datetime)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_alert_signing_key"("createdAt", "updatedAt", "slot", "privateKeyPem", "id") SELECT "createdAt", "updatedAt", "slot", "privateKeyPem", "id" FROM "alert_signing_key"`, undefined);
        await queryRunner.query(`DROP TABLE "alert_signing_key"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_alert_signing_key" RENAME TO "alert_signing_key"`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_96e3fdcd9354f8a911c415d915" ON "alert_signing_key" ("slot") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_96e3fdcd9354f8a911c415d915"`, undefined);
        await queryRunner.query(`ALTER TABLE "alert_signing_key" RENAME TO "temporary_alert_signing_key"`, undefined);
        await queryRunner.query(`CREATE TABLE "alert_signing_key" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "slot" varchar(64) NOT NULL, "privateKeyPem" text NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL)`, undefined);
        await queryRunner.query(`INSERT INTO "alert_signing_key"("createdAt", "updatedAt", "slot", "privateKeyPem", "id") SELECT "createdAt", "updatedAt", "slot", "privateKeyPem", "id" FROM "temporary_alert_signing_key"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_alert_signing_key"`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_96e3fdcd9354f8a911c415d915" ON "alert_signing_key" ("slot") `, undefined);
   }

}
