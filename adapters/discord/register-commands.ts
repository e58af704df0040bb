import type { Client, Guild } from 'discord.js';
import type { Logger } from '../../src/app/log.js';
import { refusalFrom } from './action-result.js';
import { directMessageCommands, guildCommands } from './slash-commands.js';

/**
 * Registers the slash commands in one server. A bulk overwrite: the set is replaced as
 * a whole, so a command dropped from the brain disappears too, and running it at every
 * start changes nothing when nothing changed. A server that refuses (the bot was
 * invited without the `applications.commands` scope) is logged with what to do; the
 * bot keeps running there for the servers that accepted.
 */
export async function registerGuildCommands(guild: Guild, log: Logger): Promise<boolean> {
  try {
    await guild.commands.set(guildCommands());
    return true;
  } catch (error) {
    log.warn('discord.commands.refused', {
      guild: guild.id,
      detail: refusalFrom(error, 'register commands').detail,
      fix: 'invite the bot again with the URL in the README (scopes bot and applications.commands)',
    });
    return false;
  }
}

/** The commands for the private chat with the bot (global, limited to that context). */
export async function registerDirectMessageCommands(client: Client<true>, log: Logger): Promise<boolean> {
  try {
    await client.application.commands.set(directMessageCommands());
    return true;
  } catch (error) {
    log.warn('discord.commands.refused', { scope: 'private', detail: refusalFrom(error, 'register').detail });
    return false;
  }
}
