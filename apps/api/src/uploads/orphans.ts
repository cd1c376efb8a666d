// Temporary upload files a crash or a kill left behind (`<store>/tmp/*`), removed when a server starts.
// Only files untouched for a while go: another instance sharing the directory may be receiving one now, and
// a live upload writes at least once per idle timeout (or is cut), then is committed within seconds.
import type { EvidenceStore } from '../evidence/evidence-store.js';
import type { Logger } from '../logger.js';

/** How long a temporary file must have been left alone to count as an orphan. */
export const orphanAgeMs = (idleTimeoutMs: number): number => Math.max(2 * idleTimeoutMs, 10 * 60_000);

export async function sweepUploadOrphans(
  stores: readonly EvidenceStore[],
  idleTimeoutMs: number,
  logger: Logger,
  now = new Date(),
): Promise<number> {
  const before = new Date(now.getTime() - orphanAgeMs(idleTimeoutMs));
  let removed = 0;
  for (const store of stores) {
    const count = await store.sweepTemp(before);
    if (count > 0) logger.info({ dir: store.root, removed: count }, 'orphaned upload files removed');
    removed += count;
  }
  return removed;
}
