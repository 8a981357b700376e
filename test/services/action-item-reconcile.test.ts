import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../src/db/schema/index.js';
import { type ItemChanges, reconcileActionItems } from '../../src/services/action-item-reconcile.js';

const diagnostic = { id: 'd1', shopId: 's1', userResponses: {} };

function stored(
  id: string,
  templateKey: string,
  position: number,
  extra: Partial<ActionItem> = {},
): ActionItem {
  return {
    id,
    diagnosticId: 'd1',
    shopId: 's1',
    issueCode: 'cvr-below-min',
    templateKey,
    params: {},
    text: `text ${templateKey}`,
    position,
    status: 'pending',
    statusChangedAt: null,
    createdAt: new Date('2026-11-23T01:00:00Z'),
    updatedAt: new Date('2026-11-23T01:00:00Z'),
    ...extra,
  } as ActionItem;
}

function reconcile(
  existing: ActionItem[],
  items: Parameters<typeof reconcileActionItems>[2],
  userResponses = {},
): ItemChanges {
  const changes: ItemChanges = { inserts: [], carries: [], updates: [], deletes: [] };
  reconcileActionItems({ ...diagnostic, userResponses }, existing, items, changes);
  return changes;
}

describe('reconcileActionItems (a week diagnosed again)', () => {
  it('keeps an item of the same issue and template, answered or not, touching it only when its content moved', async () => {
    const accepted = stored('a', 'action-reply-leads-faster', 0, { status: 'accepted' });
    const same = reconcile(
      [accepted],
      [
        {
          issueCode: 'cvr-below-min',
          templateKey: 'action-reply-leads-faster',
          text: 'text action-reply-leads-faster',
        },
      ],
    );
    expect(same).toEqual({ inserts: [], carries: [], updates: [], deletes: [] });
    const moved = reconcile(
      [accepted],
      [
        { issueCode: 'cvr-below-min', templateKey: 'action-new', text: 'new' },
        { issueCode: 'cvr-below-min', templateKey: 'action-reply-leads-faster', text: 'reworded' },
      ],
    );
    // The status is not part of an update: the answer stays.
    expect(moved.updates).toEqual([{ id: 'a', shopId: 's1', params: {}, text: 'reworded', position: 1 }]);
    expect(moved.inserts.map((i) => [i.templateKey, i.position, i.status])).toEqual([
      ['action-new', 0, undefined],
    ]);
    expect(moved.deletes).toEqual([]);
  });

  // The batch's own copy of this rule compared only text and position and kept an item's old numbers
  // when they changed without changing its text (a CVR of 8,884 % and of 8,886 % both read "8,89 %").
  it('rewrites an item whose numbers changed though its text reads the same', async () => {
    const item = stored('a', 'action-raise-cvr', 0, { params: { cvr: 0.08884 }, text: 'CVR 8,89 %' });
    const changes = reconcile(
      [item],
      [
        {
          issueCode: 'cvr-below-min',
          templateKey: 'action-raise-cvr',
          params: { cvr: 0.08886 },
          text: 'CVR 8,89 %',
        },
      ],
    );
    expect(changes.updates).toEqual([
      { id: 'a', shopId: 's1', params: { cvr: 0.08886 }, text: 'CVR 8,89 %', position: 0 },
    ]);
  });

  it('gives a new item the answer recorded for its key, and deletes the items no longer produced', async () => {
    const gone = stored('g', 'action-review-costs', 0);
    const changes = reconcile(
      [gone],
      [{ issueCode: 'cvr-below-min', templateKey: 'action-fix', text: 'fix' }],
      { 'cvr-below-min:action-fix': { status: 'done', at: '2026-11-24T02:00:00.000Z' } },
    );
    expect(changes.inserts).toEqual([
      {
        diagnosticId: 'd1',
        shopId: 's1',
        issueCode: 'cvr-below-min',
        templateKey: 'action-fix',
        params: {},
        text: 'fix',
        position: 0,
        status: 'done',
        statusChangedAt: new Date('2026-11-24T02:00:00.000Z'),
      },
    ]);
    expect(changes.deletes).toEqual(['g']);
  });

  it('takes an open item of an older week asking the same into this week instead of a second one', async () => {
    const changes = reconcile(
      [],
      [
        {
          issueCode: 'cvr-below-min',
          templateKey: 'action-reply-leads-faster',
          text: 'reply',
          carriedId: 'old',
        },
        { issueCode: 'cvr-below-min', templateKey: 'action-follow-up-leads', text: 'follow up' },
      ],
    );
    expect(changes.carries).toEqual([{ id: 'old', shopId: 's1', params: {}, text: 'reply', position: 0 }]);
    expect(changes.inserts.map((i) => [i.templateKey, i.position])).toEqual([['action-follow-up-leads', 1]]);
  });
});
