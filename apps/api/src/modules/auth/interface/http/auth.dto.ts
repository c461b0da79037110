import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '../../domain/role.js';

export class MeResponse {
  @ApiProperty({ example: 'admin' }) username!: string;
  @ApiPropertyOptional({ example: 'Ada Admin' }) name?: string;
  @ApiPropertyOptional({ example: 'admin@example.test' }) email?: string;
  @ApiProperty({ enum: ROLES, isArray: true, example: ['admin'], description: 'Product roles; empty means no access beyond signing in' })
  roles!: string[];
  @ApiProperty({ enum: ['user', 'service'], description: 'A person, or an API client (service account)' }) kind!: string;
  @ApiProperty({ enum: ['session', 'bearer'], description: 'How this request authenticated' }) via!: string;
  @ApiProperty({ example: '2026-11-25T12:00:00.000Z', description: 'When the session (or the bearer token) stops being valid' })
  sessionExpiresAt!: string;
}

export class SessionStatusResponse {
  @ApiProperty({ example: '2026-11-25T12:00:00.000Z' }) sessionExpiresAt!: string;
  @ApiProperty({ example: 1740, description: 'Seconds until the session ends' }) expiresInSeconds!: number;
  @ApiProperty({ example: 30, description: 'Minutes of inactivity after which a session ends' }) idleTimeoutMinutes!: number;
}

export class LogoutResponse {
  @ApiPropertyOptional({ description: "The identity provider's end-session URL; open it to sign out there too" })
  logoutUrl?: string;
}
