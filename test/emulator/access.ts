import type { EmulatorQueue, EmulatorUser } from './emulator-data.types.js';
import { hasPermission, hasPermissionIn } from './emulator.store.js';
import { missingAnyPermissions, missingDivisionPermission, missingPermissions } from './errors.js';
import type { PermissionRequirement } from './router.js';

/** Endpoint-level check: the permission must be held in at least one division. */
export function assertPermissions(user: EmulatorUser, req: PermissionRequirement): void {
  if ('anyOf' in req) {
    if (!req.anyOf.some((p) => hasPermission(user, p))) throw missingAnyPermissions(req.anyOf);
  } else {
    const missing = req.allOf.filter((p) => !hasPermission(user, p));
    if (missing.length > 0) throw missingPermissions(missing);
  }
}

export const QUEUE_VIEW = 'routing:queue:view';
export const QUEUE_MEMBER_PERMISSIONS = [
  'routing:queue:view',
  'routing:queue:edit',
  'routing:queue:readonly',
  'routing:queueMember:manage',
] as const;

/** Whether one of the permissions is granted in the queue's division. */
export function canSeeQueue(
  user: EmulatorUser,
  queue: EmulatorQueue,
  permissions: readonly string[] = [QUEUE_VIEW],
): boolean {
  return permissions.some((p) => hasPermissionIn(user, p, queue.divisionId));
}

/**
 * Decision: a queue in a division the caller holds no grant for is a 403
 * `missing.division.permission` (the queue exists and the caller is in its org; a queue of
 * another org is a 404 instead).
 */
export function assertCanSeeQueue(
  user: EmulatorUser,
  queue: EmulatorQueue,
  permissions: readonly string[] = [QUEUE_VIEW],
): void {
  if (!canSeeQueue(user, queue, permissions)) throw missingDivisionPermission(permissions[0], queue.divisionId);
}
