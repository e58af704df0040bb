import { ChannelType, PermissionFlagsBits as P } from 'discord.js';
import { INVITE_PERMISSIONS } from '../../../adapters/discord/permissions.js';
import { type FakeUserRecord, FakeWorld } from './fake-world.js';

/** What everyone on the server may do: read, write and use commands, nothing more. */
export const MEMBER_PERMISSIONS =
  P.ViewChannel |
  P.SendMessages |
  P.SendMessagesInThreads |
  P.ReadMessageHistory |
  P.EmbedLinks |
  P.AttachFiles |
  P.AddReactions |
  P.UseApplicationCommands;

/** The people and places of the test school, by role. */
export interface SchoolServer {
  readonly world: FakeWorld;
  readonly bot: FakeUserRecord;
  readonly owner: FakeUserRecord;
  readonly teacher: FakeUserRecord;
  readonly supervisor: FakeUserRecord;
  readonly parent: FakeUserRecord;
  readonly pupilParent: FakeUserRecord;
  /** Class channel groep 7 (a text channel). */
  readonly classChannel: string;
  /** The school's general chat: not a class. */
  readonly generalChannel: string;
  /** Class groep 8 as a thread under the general channel. */
  readonly classThread: string;
  /** Private staff channel for alerts when DMs are closed. */
  readonly staffChannel: string;
  readonly teacherRole: string;
  readonly botRole: string;
}

/**
 * A primary school's Discord server: an owner (the school's IT person), teachers with a
 * "Leerkracht" role that may manage messages, parents with the default rights, and
 * klaswacht invited with exactly the rights of the README's invite link.
 */
export function schoolServer(): SchoolServer {
  const world = new FakeWorld();
  world.addRole('@everyone', MEMBER_PERMISSIONS, 0, world.guildId);
  const teacherRole = world.addRole('Leerkracht', P.ManageMessages | P.ModerateMembers | P.ManageThreads, 2);
  const botRole = world.addRole('klaswacht', INVITE_PERMISSIONS, 3);

  const bot = world.addUser('klaswacht', 'klaswacht', true);
  const owner = world.addUser('ict.delinde', 'ICT De Linde');
  const teacher = world.addUser('juf.anna', 'Juf Anna');
  const supervisor = world.addUser('meester.bram', 'Meester Bram');
  const parent = world.addUser('vader.daan', 'Vader van Daan');
  const pupilParent = world.addUser('moeder.lisa', 'Moeder van Lisa');
  world.botId = bot.id;
  world.ownerId = owner.id;
  world.addMember(bot.id, [botRole.id]);
  world.addMember(owner.id);
  world.addMember(teacher.id, [teacherRole.id], 'Juf Anna (groep 7)');
  world.addMember(supervisor.id, [teacherRole.id]);
  world.addMember(parent.id);
  world.addMember(pupilParent.id);

  const classChannel = world.addChannel('groep-7').id;
  const generalChannel = world.addChannel('algemeen').id;
  const classThread = world.addChannel('groep-8', [], ChannelType.PublicThread, generalChannel).id;
  const staffChannel = world.addChannel('klaswacht-staf', [
    { id: world.guildId, type: 0, allow: 0n, deny: P.ViewChannel },
    { id: teacherRole.id, type: 0, allow: P.ViewChannel, deny: 0n },
    { id: botRole.id, type: 0, allow: P.ViewChannel, deny: 0n },
  ]).id;

  return {
    world,
    bot,
    owner,
    teacher,
    supervisor,
    parent,
    pupilParent,
    classChannel,
    generalChannel,
    classThread,
    staffChannel,
    teacherRole: teacherRole.id,
    botRole: botRole.id,
  };
}
