import {MigrationInterface, QueryRunner} from "typeorm";

export class AlertsSigningKey1796111769610 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "alert_signing_key" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "slot" varchar(64) NOT NULL, "privateKeyPem" text NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL)`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_96e3fdcd9354f8a911c415d915" ON "alert_signing_key" ("slot") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_96e3fdcd9354f8a911c415d915"`, undefined);
        await queryRunner.query(`DROP TABLE "alert_signing_key"`, undefined);
   }

}
