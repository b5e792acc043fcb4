import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  Agent,
  ApiToken,
  CreateAgentInput,
  CreateApiTokenInput,
  CreatedApiToken,
  CreateTeamInput,
  Id,
  Team,
  UpdateAgentInput,
} from '@atiende/contracts';
import { createAgent } from '../../commands/agents/create-agent';
import { createTeam } from '../../commands/agents/create-team';
import { updateAgent } from '../../commands/agents/update-agent';
import { createApiToken, listApiTokens, revokeApiToken } from '../../commands/auth/api-tokens';
import { listAgents, listTeams } from '../../queries/agents';
import type { ApiDeps } from '../deps';
import { AGENT_ONLY, AGENT_OR_TOKEN, authOf } from '../plugins/auth-modes';

const params = z.object({ id: Id });

/** /api/agents, /api/teams and /api/api-tokens: the workspace's people and integrations. */
export function agentRoutes({ database: { db } }: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const config = { auth: AGENT_OR_TOKEN };
    const tags = ['agents'];

    app.get(
      '/agents',
      { config, schema: { tags, response: { 200: z.object({ items: z.array(Agent) }) } } },
      async (request) => ({
        items: await listAgents(db, authOf(request)),
      }),
    );
    app.post(
      '/agents',
      { config, schema: { tags, body: CreateAgentInput, response: { 201: Agent } } },
      async (request, reply) => reply.status(201).send(await createAgent(db, authOf(request), request.body)),
    );
    app.patch(
      '/agents/:id',
      { config, schema: { tags, params, body: UpdateAgentInput, response: { 200: Agent } } },
      (request) => updateAgent(db, authOf(request), request.params.id, request.body),
    );
    app.get(
      '/teams',
      { config, schema: { tags, response: { 200: z.object({ items: z.array(Team) }) } } },
      async (request) => ({
        items: await listTeams(db, authOf(request)),
      }),
    );
    app.post(
      '/teams',
      { config, schema: { tags, body: CreateTeamInput, response: { 201: Team } } },
      async (request, reply) => reply.status(201).send(await createTeam(db, authOf(request), request.body)),
    );

    // Tokens are managed by a signed-in admin, never by another token.
    const tokenConfig = { auth: AGENT_ONLY };
    const tokenTags = ['api-tokens'];
    app.get(
      '/api-tokens',
      {
        config: tokenConfig,
        schema: { tags: tokenTags, response: { 200: z.object({ items: z.array(ApiToken) }) } },
      },
      async (request) => ({ items: await listApiTokens(db, authOf(request)) }),
    );
    app.post(
      '/api-tokens',
      {
        config: tokenConfig,
        schema: { tags: tokenTags, body: CreateApiTokenInput, response: { 201: CreatedApiToken } },
      },
      async (request, reply) =>
        reply.status(201).send(await createApiToken(db, authOf(request), request.body)),
    );
    app.delete(
      '/api-tokens/:id',
      { config: tokenConfig, schema: { tags: tokenTags, params } },
      async (request, reply) => {
        await revokeApiToken(db, authOf(request), request.params.id);
        return reply.status(204).send();
      },
    );
  };
}
