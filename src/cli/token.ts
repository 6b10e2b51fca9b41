// npm run token -- create --role admin|editor|contributor --name NAME [--kind write|preview] [--expires ISO-TIME]
//   prints a new token alone on stdout; it belongs to the user of that name (made with that role
//   when there is none; a user of that name with another role is refused, not changed)
// npm run token -- list
// npm run token -- revoke ID
// Everything but the token goes to stderr, so `TOKEN=$(npm run token -- create …)` works.
// The database must exist (the server creates it on first start), unless --create is passed: a
// token written into a new, empty file next to the real one would be rejected by the server.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { AppError } from '../lib/errors.js';
import { type Role, roles, type TokenKind, tokenKinds } from '../modules/access/index.js';
import { createTokenForUserNamed, listTokens, revokeToken } from '../modules/tokens/index.js';
import { fail, openContext } from './common.js';

const usage =
  'usage: npm run token -- create --role admin|editor|contributor --name NAME [--kind write|preview] [--expires ISO-TIME] | list | revoke ID  [--create: make the database if it does not exist]';

try {
  const { positionals, values } = parseArgs({
    options: {
      role: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      expires: { type: 'string' },
      create: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const [command, argument] = positionals;
  const config = loadConfig();
  if (config.database.kind === 'sqlite') {
    const { path } = config.database;
    if (path === ':memory:')
      fail('DATABASE_URL is :memory:, a database no other process sees: a token there could never be used');
    if (!values.create && !existsSync(path))
      fail(
        `There is no database at ${path} (DATABASE_URL): point DATABASE_URL at the server's database, or pass --create to make a new one`,
      );
  }
  const { ctx, close } = await openContext(config);
  try {
    switch (command) {
      case 'create': {
        const role = values.role as Role | undefined;
        const name = values.name?.trim();
        if (!role || !roles.includes(role)) fail(`--role must be one of ${roles.join(', ')}\n${usage}`);
        if (!name) fail(`--name is required\n${usage}`);
        const kind = (values.kind ?? 'write') as TokenKind;
        if (!tokenKinds.includes(kind)) fail(`--kind must be one of ${tokenKinds.join(', ')}\n${usage}`);
        if (values.expires !== undefined && Number.isNaN(Date.parse(values.expires)))
          fail(`--expires must be an ISO 8601 time, such as 2026-12-31T00:00:00Z\n${usage}`);
        const token = await createTokenForUserNamed(ctx, { name, role, kind, expiresAt: values.expires ?? null });
        process.stderr.write(
          `Created a ${token.kind} token '${token.name}' (${token.id}) for ${token.user.role} '${token.user.name}' (${token.user.id})${token.expiresAt ? `, expiring ${token.expiresAt}` : ''}. It is shown once; store it now.\n`,
        );
        process.stdout.write(`${token.token}\n`);
        break;
      }
      case 'list':
        for (const token of await listTokens(ctx))
          process.stdout.write(
            `${token.id}\t${token.kind}\t${token.user.role}\t${token.user.name}\t${token.name}\t${token.createdAt}\t${token.revokedAt ? `revoked ${token.revokedAt}` : token.expiresAt && token.expiresAt <= ctx.now() ? `expired ${token.expiresAt}` : 'active'}\tlast used ${token.lastUsedAt ?? 'never'}\n`,
          );
        break;
      case 'revoke': {
        if (!argument) fail(`revoke needs a token id\n${usage}`);
        const token = await revokeToken(ctx, argument);
        process.stderr.write(`Revoked token '${token.name}' (${token.id}) at ${token.revokedAt}\n`);
        break;
      }
      default:
        fail(usage);
    }
  } finally {
    await close();
  }
} catch (error) {
  if (
    error instanceof ConfigError ||
    error instanceof AppError ||
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  )
    fail((error as Error).message);
  throw error;
}
