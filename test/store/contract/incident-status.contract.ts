import { describe, expect, it } from 'vitest';
import { at, MINUTE, makeGroup, newIncident, type StoreUnderTest } from './fixtures.js';

export function incidentStatusContract(store: StoreUnderTest): void {
  describe('incidents: status', () => {
    const setUp = () => {
      const g = makeGroup(store());
      return store().incidents.record(newIncident(g)).incident;
    };

    it('records who handled it and when, and clears that again on reopen', () => {
      const i = setUp();
      const seen = store().incidents.setStatus(i.id, 'seen', 'juf', at(MINUTE));
      expect(seen).toMatchObject({
        ok: true,
        changed: true,
        incident: { status: 'seen', handledBy: 'juf', handledAt: at(MINUTE) },
      });
      const resolved = store().incidents.setStatus(i.id, 'resolved', 'meester', at(2 * MINUTE));
      expect(resolved).toMatchObject({ ok: true, incident: { status: 'resolved', handledBy: 'meester' } });
      expect(store().incidents.get(i.id)).toMatchObject({
        status: 'resolved',
        handledBy: 'meester',
        handledAt: at(2 * MINUTE),
      });
      const reopened = store().incidents.setStatus(i.id, 'open', 'juf', at(3 * MINUTE));
      expect(reopened.ok).toBe(true);
      const back = store().incidents.get(i.id);
      expect(back?.status).toBe('open');
      expect(back?.handledBy).toBeUndefined();
      expect(back?.handledAt).toBeUndefined();
      if (reopened.ok) expect(reopened.incident).toEqual(back);
    });

    it.each([
      ['open', 'seen', true],
      ['open', 'false_alarm', true],
      ['seen', 'open', true],
      ['resolved', 'false_alarm', true],
      ['false_alarm', 'resolved', true],
      ['resolved', 'seen', false],
      ['false_alarm', 'seen', false],
    ] as const)('%s -> %s allowed: %s', (from, to, allowed) => {
      const i = setUp();
      if (from !== 'open') store().incidents.setStatus(i.id, from, 'juf', at(MINUTE));
      const result = store().incidents.setStatus(i.id, to, 'juf', at(2 * MINUTE));
      if (allowed) {
        expect(result).toMatchObject({ ok: true, changed: true });
        expect(store().incidents.get(i.id)?.status).toBe(to);
      } else {
        expect(result).toEqual({ ok: false, reason: 'invalid_transition', from });
        expect(store().incidents.get(i.id)?.status).toBe(from);
      }
    });

    it('treats setting the current status again as a no-op, without an audit entry', () => {
      const i = setUp();
      store().incidents.setStatus(i.id, 'seen', 'juf', at(MINUTE));
      const again = store().incidents.setStatus(i.id, 'seen', 'meester', at(2 * MINUTE));
      expect(again).toMatchObject({ ok: true, changed: false, incident: { handledBy: 'juf' } });
      expect(store().audit.list({ action: 'incident.status_changed' })).toHaveLength(1);
    });

    it('answers not_found for an unknown incident', () => {
      expect(store().incidents.setStatus(999, 'seen', 'juf', at(0))).toEqual({
        ok: false,
        reason: 'not_found',
      });
    });

    it('audits every change with incident id and statuses only', () => {
      const i = setUp();
      store().incidents.setStatus(i.id, 'false_alarm', 'juf', at(MINUTE));
      const [entry] = store().audit.list({ action: 'incident.status_changed' });
      expect(entry).toMatchObject({ actor: 'juf', groupId: i.groupId, at: at(MINUTE) });
      expect(entry?.details).toEqual({ incident: i.id, from: 'open', to: 'false_alarm' });
    });

    it('marks an incident as forwarded to the supervisor once (B4)', () => {
      const i = setUp();
      expect(store().incidents.markForwarded(i.id, 'juf', at(MINUTE))?.forwardedToSupervisor).toBe(true);
      expect(store().incidents.get(i.id)?.forwardedToSupervisor).toBe(true);
      expect(store().incidents.markForwarded(i.id, 'juf', at(2 * MINUTE))?.forwardedToSupervisor).toBe(true);
      expect(store().audit.list({ action: 'incident.forwarded' })).toHaveLength(1);
      expect(store().incidents.markForwarded(999, 'juf', at(MINUTE))).toBeUndefined();
    });
  });
}
