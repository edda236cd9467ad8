/**
 * A part of the pane fetched only when the user first opens it (webpack puts it in a chunk of its own), so
 * the pane's first load stays small. While it comes the user sees a spinner; when it cannot be fetched
 * (the connection dropped, the add-in was updated meanwhile) a message says so and offers to try again,
 * never a blank space.
 */
import { Spinner } from '@fluentui/react-components';
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useI18n } from '../i18n/context';
import { ErrorBar, errorText } from './ErrorBar';

/** webpack's error for a chunk it could not fetch; any other error came from the part itself. */
function isLoadFailure(err: unknown): boolean {
  return err instanceof Error && err.name === 'ChunkLoadError';
}

function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  return <ErrorBar message={isLoadFailure(error) ? t.partLoadFailed : errorText(error)} onRetry={onRetry} />;
}

function Loading() {
  const { t } = useI18n();
  return <Spinner size="tiny" label={t.partLoading} />;
}

interface CatchProps {
  readonly onRetry: () => void;
  readonly children: ReactNode;
}

/** Catches the failed download (React rethrows it where the part would render) and shows it in place. */
class CatchFailure extends Component<CatchProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error: error ?? new Error('?') };
  }

  override render(): ReactNode {
    const { error } = this.state;
    return error ? <LoadFailed error={error} onRetry={this.props.onRetry} /> : this.props.children;
  }
}

/**
 * The component `load` resolves to, fetched at its first render. React remembers a failed fetch, so
 * "Prøv igen" starts a new one (webpack forgets a chunk that failed and fetches it anew).
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  // A plain component to its caller: props pass through as they are, and no ref is handed on.
  const fresh = () => lazy(async () => ({ default: await load() })) as unknown as ComponentType<P>;
  let part = fresh();
  return function LazyPart(props: P) {
    const [attempt, setAttempt] = useState(0);
    const retry = () => {
      part = fresh();
      setAttempt((n) => n + 1);
    };
    const Part = part;
    return (
      <CatchFailure key={attempt} onRetry={retry}>
        <Suspense fallback={<Loading />}>
          <Part {...props} />
        </Suspense>
      </CatchFailure>
    );
  };
}
