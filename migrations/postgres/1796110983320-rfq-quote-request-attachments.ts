import {MigrationInterface, QueryRunner} from "typeorm";

export class RfqQuoteRequestAttachments1796110983320 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "rfq_quote_request_attachment" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "fileName" character varying(255) NOT NULL, "mimeType" character varying(127) NOT NULL, "fileSize" integer NOT NULL, "id" SERIAL NOT NULL, "requestId" integer NOT NULL, "assetId" integer NOT NULL, CONSTRAINT "PK_d32953517167ddf37e3ee7be07c" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_a318b5474e0402946c592df31c" ON "rfq_quote_request_attachment" ("requestId") `, undefined);
        await queryRunner.query(`ALTER TABLE "rfq_quote_request_attachment" ADD CONSTRAINT "FK_a318b5474e0402946c592df31cd" FOREIGN KEY ("requestId") REFERENCES "rfq_quote_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "rfq_quote_request_attachment" ADD CONSTRAINT "FK_66071e3a7efec3e33c6d1559ad7" FOREIGN KEY ("assetId") REFERENCES "asset"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "rfq_quote_request_attachment" DROP CONSTRAINT "FK_66071e3a7efec3e33c6d1559ad7"`, undefined);
        await queryRunner.query(`ALTER TABLE "rfq_quote_request_attachment" DROP CONSTRAINT "FK_a318b5474e0402946c592df31cd"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_a318b5474e0402946c592df31c"`, undefined);
        await queryRunner.query(`DROP TABLE "rfq_quote_request_attachment"`, undefined);
   }

}
