import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signed-in user, from a `session` cookie `<userId>.<role>.<signature>` signed with
 * SESSION_SECRET. Stands in for your app's own auth (NextAuth, Clerk, Lucia...): what matters
 * is that `authorize` asks it, never a header the browser could set.
 */
export interface Session {
  readonly userId: string;
  readonly role: 'user' | 'support' | 'editor' | 'publisher';
}

const ROLES = new Set<Session['role']>(['user', 'support', 'editor', 'publisher']);

function secret(): string {
  const value = process.env.SESSION_SECRET;
  if (!value) throw new Error('Set SESSION_SECRET.');
  return value;
}

function sign(payload: string): string {
  return createHmac('sha256', secret()).update(payload).digest('base64url');
}

/** The cookie value for a session (what your login route would set). */
export function sessionCookie(session: Session): string {
  const payload = `${session.userId}.${session.role}`;
  return `${payload}.${sign(payload)}`;
}

/** Reads and checks the `session` cookie; `undefined` when missing or forged. */
export function getSession(request: Request): Session | undefined {
  const cookie = request.headers.get('cookie') ?? '';
  const value = /(?:^|;\s*)session=([^;]+)/.exec(cookie)?.[1];
  const [userId, role, signature] = value?.split('.') ?? [];
  if (!userId || !role || !signature || !ROLES.has(role as Session['role'])) return undefined;
  const expected = Buffer.from(sign(`${userId}.${role}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  return { userId, role: role as Session['role'] };
}
