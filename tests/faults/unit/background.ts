/** The background's message listener wired to the real repository, as far as the faults need. */
import { saveHighlight } from '../../../utils/db/annotations';
import { updateAnnotation } from '../../../utils/db/edits';
import { backgroundChecks } from '../../../utils/message-checks';
import { serve, type BackgroundProtocol, type Handlers } from '../../../utils/messages';

const handlers: Partial<Handlers<BackgroundProtocol>> = {
  saveHighlight: ({ article, highlight }) => saveHighlight(article, highlight),
  // The same refusal the background gives (entrypoints/background.ts).
  editAnnotation: async ({ id, expectedModified, patch }) => {
    const result = await updateAnnotation(id, expectedModified, patch);
    if (result.ok) return result.value;
    throw new Error(
      result.reason === 'stale' ? 'it was changed elsewhere; try again.' : 'it was deleted.',
    );
  },
};

const listener = serve(handlers as Handlers<BackgroundProtocol>, backgroundChecks, () => true);

/** Delivers `message` as if from one of the extension's own contexts; resolves to the reply. */
export function deliver(message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    if (!listener(message, { id: 'self' }, resolve)) resolve(undefined);
  });
}
