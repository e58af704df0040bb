import { type Json, memberJson, userJson } from './fake-payloads.js';
import type { FakeWorld } from './fake-world.js';

const USER = 6;

/**
 * The options of a slash command as Discord sends them, checked as Discord checks them:
 * only options the command registered, every required one present, a value among the
 * registered choices. A member picked in a server comes with its user and member in
 * `resolved`, which is where discord.js reads them.
 */
export function slashOptions(
  world: FakeWorld,
  registered: Json,
  values: Readonly<Record<string, string>>,
  inGuild: boolean,
): { options: Json[]; resolved?: Json } {
  const defined = (registered.options ?? []) as Json[];
  const fail = (why: string) => {
    throw new Error(`fake discord: /${registered.name} ${why}`);
  };
  for (const o of defined) if (o.required && !(String(o.name) in values)) fail(`needs option "${o.name}"`);
  const users: Json = {};
  const members: Json = {};
  const options = Object.entries(values).map(([name, value]) => {
    const o = defined.find((d) => d.name === name) ?? fail(`has no option "${name}"`);
    const choices = (o.choices ?? []) as Json[];
    if (choices.length > 0 && !choices.some((c) => c.value === value)) fail(`offers no choice "${value}"`);
    if (o.type === USER) {
      users[value] = userJson(world, value);
      if (inGuild) members[value] = { ...memberJson(world, value, false), permissions: '0' };
    }
    return { name, type: o.type, value };
  });
  const resolved = Object.keys(users).length > 0 ? { users, ...(inGuild ? { members } : {}) } : undefined;
  return resolved ? { options, resolved } : { options };
}
