import {MigrationInterface, QueryRunner} from "typeorm";

export class B2bPoOnLedger1795997389500 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "order" DROP COLUMN "customFieldsPurchaseordernumber"`, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "order" ADD "customFieldsPurchaseordernumber" character varying(64)`, undefined);
   }

}
