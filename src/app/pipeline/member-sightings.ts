import type { Role } from '../../core/message.js';
import type { Pseudonym } from '../../store/pseudonym.js';
import type { Store } from '../../store/store.js';

const REFRESH_MS = 60 * 60_000;
const MAX_REMEMBERED = 20_000;

/**
 * Decides when a member's sighting is worth a write. `lastSeen` drives retention in
 * days, so refreshing it once an hour is plenty; a new member, a new name or a new role
 * is written at once. Without this every chat message would be a write, and an unflagged
 * message otherwise leaves nothing in the file.
 */
export class MemberSightings {
  private readonly written = new Map<string, { at: number; name: string; role: Role }>();

  /** True when this sighting should be written now; remembers it as written. */
  shouldWrite(groupId: number, member: Pseudonym, name: string, role: Role, at: Date): boolean {
    const key = `${groupId} ${member}`;
    const last = this.written.get(key);
    const due = !last || last.name !== name || last.role !== role || at.getTime() - last.at >= REFRESH_MS;
    if (!due) return false;
    this.written.delete(key);
    this.written.set(key, { at: at.getTime(), name, role });
    if (this.written.size > MAX_REMEMBERED) {
      const oldest = this.written.keys().next().value;
      if (oldest !== undefined) this.written.delete(oldest);
    }
    return true;
  }

  /** A write failed (rolled back): write again next time. */
  forget(groupId: number, member: Pseudonym): void {
    this.written.delete(`${groupId} ${member}`);
  }

  /** After erasure or retention the store forgot members: so must this cache. */
  clear(): void {
    this.written.clear();
  }

  /** Records the sighting (creating the member) without deciding anything. */
  static write(store: Store, groupId: number, member: Pseudonym, name: string, role: Role, at: Date): void {
    store.members.seen({ groupId, pseudonym: member, displayName: name.slice(0, 100) || '?', role, at });
  }
}
