import {MigrationInterface, QueryRunner} from "typeorm";

export class AlertsSigningKey1796111800123 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "alert_signing_key" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "slot" character varying(64) NOT NULL, "privateKeyPem" text NOT NULL, "id" SERIAL NOT NULL, CONSTRAINT "PK_066a41d692c24c0774379acdec0" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_96e3fdcd9354f8a911c415d915" ON "alert_signing_key" ("slot") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "public"."IDX_96e3fdcd9354f8a911c415d915"`, undefined);
        await queryRunner.query(`DROP TABLE "alert_signing_key"`, undefined);
   }

}
