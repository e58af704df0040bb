import { ChannelType } from 'discord.js';
import type { FakeInteraction } from './fake-interactions.js';
import { channelJson, type Json, memberJson, userJson } from './fake-payloads.js';
import type { FakeWorld } from './fake-world.js';

/**
 * INTERACTION_CREATE as Discord sends it. In a server the member comes with their
 * permissions in that channel (roles and overwrites resolved by Discord); in the private
 * chat with the bot there is only a user.
 */
export function interactionJson(
  world: FakeWorld,
  interaction: FakeInteraction,
  type: 2 | 3,
  data: Json,
  extra: Json = {},
): Json {
  const channel = world.channel(interaction.channelId);
  const inGuild = channel.type !== ChannelType.DM;
  const who = inGuild
    ? {
        guild_id: world.guildId,
        member: {
          ...memberJson(world, interaction.userId),
          permissions: world.permissionsIn(interaction.userId, channel.id).toString(),
        },
        app_permissions: world.permissionsIn(world.botId, channel.id).toString(),
        guild_locale: 'nl',
        context: 0,
      }
    : { user: userJson(world, interaction.userId), app_permissions: '0', context: 1 };
  return {
    id: interaction.id,
    application_id: world.appId,
    type,
    token: interaction.token,
    version: 1,
    channel_id: channel.id,
    channel: channelJson(world, channel),
    locale: 'nl',
    entitlements: [],
    authorizing_integration_owners: { '0': world.guildId },
    attachment_size_limit: 10_485_760,
    ...who,
    data,
    ...extra,
  };
}
