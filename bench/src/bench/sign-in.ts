import { BENCH_PASSWORD } from '../gen/dataset-spec';
import { AgentHttp } from './http-client';

/** Signs every bench agent in (five at a time; each sign-in is an argon2id verification). */
export async function signInAll(baseUrl: string, emails: readonly string[]): Promise<AgentHttp[]> {
  const sessions: AgentHttp[] = [];
  for (let i = 0; i < emails.length; i += 5) {
    const batch = emails.slice(i, i + 5).map(async (email) => {
      const session = new AgentHttp(baseUrl);
      await session.login(email, BENCH_PASSWORD);
      return session;
    });
    sessions.push(...(await Promise.all(batch)));
  }
  return sessions;
}
