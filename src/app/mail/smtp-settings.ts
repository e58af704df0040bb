import { z } from 'zod';
import { ConfigError } from '../../core/config-error.js';

/** How to reach the school's mail server, from `.env` (see `.env.example`). */
export interface SmtpSettings {
  readonly host: string;
  readonly port: number;
  /** `tls`: TLS from the start (port 465); `starttls`: upgrade required (587); `none`: a local relay only. */
  readonly security: 'tls' | 'starttls' | 'none';
  readonly user?: string;
  readonly password?: string;
  /** `klaswacht <klaswacht@school.nl>`: what parents see as the sender. */
  readonly from: string;
}

const envSchema = z
  .object({
    KLASWACHT_SMTP_HOST: z.string().trim().min(1),
    KLASWACHT_SMTP_PORT: z.coerce.number().int().min(1).max(65_535).default(587),
    KLASWACHT_SMTP_SECURITY: z.enum(['tls', 'starttls', 'none']).default('starttls'),
    KLASWACHT_SMTP_USER: z.string().trim().min(1).optional(),
    KLASWACHT_SMTP_PASSWORD: z.string().min(1).optional(),
    KLASWACHT_MAIL_FROM: z.string().trim().min(3).max(300),
  })
  .refine((e) => (e.KLASWACHT_SMTP_USER === undefined) === (e.KLASWACHT_SMTP_PASSWORD === undefined), {
    message: 'set both KLASWACHT_SMTP_USER and KLASWACHT_SMTP_PASSWORD, or neither',
    path: ['KLASWACHT_SMTP_PASSWORD'],
  });

/**
 * Mail settings from the environment; undefined when `KLASWACHT_SMTP_HOST` is not set
 * (then `/announce` says e-mail is not configured). A half-filled setting stops
 * start-up with the variable's name, never its value (it may be a password).
 */
export function smtpSettingsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): SmtpSettings | undefined {
  const present = Object.fromEntries(
    Object.entries(env).filter(([k, v]) =>
      k.startsWith('KLASWACHT_SMTP_') || k === 'KLASWACHT_MAIL_FROM'
        ? v !== undefined && v.trim() !== ''
        : false,
    ),
  );
  if (present.KLASWACHT_SMTP_HOST === undefined) {
    // Port and security have defaults in .env.example; a sender or login without a host is a mistake.
    const stray = ['KLASWACHT_MAIL_FROM', 'KLASWACHT_SMTP_USER', 'KLASWACHT_SMTP_PASSWORD'].find(
      (k) => k in present,
    );
    if (stray) throw new ConfigError(`${stray} is set but KLASWACHT_SMTP_HOST is not`, '.env');
    return undefined;
  }
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(problems, '.env');
  }
  const e = parsed.data;
  return {
    host: e.KLASWACHT_SMTP_HOST,
    port: e.KLASWACHT_SMTP_PORT,
    security: e.KLASWACHT_SMTP_SECURITY,
    ...(e.KLASWACHT_SMTP_USER ? { user: e.KLASWACHT_SMTP_USER } : {}),
    ...(e.KLASWACHT_SMTP_PASSWORD ? { password: e.KLASWACHT_SMTP_PASSWORD } : {}),
    from: e.KLASWACHT_MAIL_FROM,
  };
}
