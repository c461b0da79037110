import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const SOURCE = 'Where the price in force comes from: the AWS pricing page the list price was read from, or `admin` while an admin\'s price is in force';
const AS_OF = 'YYYY-MM-DD: when the list price was read, or when the admin\'s price was set';

export class InstancePriceResponse {
  @ApiProperty({ example: 'us-east-1' }) region!: string;
  @ApiProperty({ example: 'm5zn.metal' }) instanceType!: string;
  @ApiProperty({ example: 3.9641, description: 'On-demand Linux price in force now (USD/h), before the fleet discount: the admin\'s price, else the list price' }) usdPerHour!: number;
  @ApiProperty({ example: 3.9641, nullable: true, type: Number, description: 'The list price the product ships with (USD/h); null when it lists none' }) listUsdPerHour!: number | null;
  @ApiProperty({ example: 'https://aws.amazon.com/ec2/pricing/on-demand/', description: SOURCE }) source!: string;
  @ApiProperty({ example: '2026-12-02', description: AS_OF }) asOf!: string;
  @ApiProperty({ example: false, description: 'True while an admin\'s price is in force' }) overridden!: boolean;
  @ApiPropertyOptional({ example: 'ada', description: 'The admin who set the price in force (when overridden)' }) setBy?: string;
  @ApiPropertyOptional({ example: '2026-12-03T10:00:00.000Z', description: 'When it was set; it applies from then on' }) setAt?: string;
}

export class StoragePriceResponse {
  @ApiProperty({ example: 'us-east-1' }) region!: string;
  @ApiProperty({ example: 'gp3', description: 'EBS volume type: gp3, gp2, io1, io2, st1, sc1 or standard' }) volumeType!: string;
  @ApiProperty({ example: 0.08, description: 'Storage price in force now (USD per GiB-month of provisioned size); the discount does not apply to it' }) usdPerGibMonth!: number;
  @ApiProperty({ example: 0.08, nullable: true, type: Number, description: 'The list price the product ships with (USD per GiB-month); null when it lists none' }) listUsdPerGibMonth!: number | null;
  @ApiProperty({ example: 'https://aws.amazon.com/ebs/pricing/', description: SOURCE }) source!: string;
  @ApiProperty({ example: '2026-12-03', description: AS_OF }) asOf!: string;
  @ApiProperty({ example: false, description: 'True while an admin\'s price is in force' }) overridden!: boolean;
  @ApiPropertyOptional({ example: 'ada', description: 'The admin who set the price in force (when overridden)' }) setBy?: string;
  @ApiPropertyOptional({ example: '2026-12-03T10:00:00.000Z', description: 'When it was set; it applies from then on' }) setAt?: string;
}

export class PriceListResponse {
  @ApiProperty({ example: 0, description: 'Fleet discount on compute now, percent (0: none)' }) discountPercent!: number;
  @ApiPropertyOptional({ example: 'ada', description: 'The admin who last changed the discount' }) discountSetBy?: string;
  @ApiPropertyOptional({ example: '2026-12-03T10:00:00.000Z', description: 'When the discount was last changed' }) discountSetAt?: string;
  @ApiProperty({ type: [InstancePriceResponse], description: 'Every instance price known: the list prices and the admins\', by region and type' }) instances!: InstancePriceResponse[];
  @ApiProperty({ type: [StoragePriceResponse], description: 'Every EBS storage price known, by region and volume type' }) storage!: StoragePriceResponse[];
}

export class DiscountResponse {
  @ApiProperty({ example: 28, description: 'Fleet discount on compute now, percent' }) discountPercent!: number;
}
