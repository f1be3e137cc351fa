import { redactText } from '@boomstream/spec';
import { useRef } from 'react';

import { App, type AppProps } from './App.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';

/**
 * The app under its crash screen, which hides every secret: the API key and what
 * was typed into the form (a `project` key, a customer password).
 */
export function CrashSafeApp(props: AppProps) {
  const typedSecretsRef = useRef<readonly string[]>([]);
  return (
    <ErrorBoundary
      redact={(text) => redactText(text, [...props.source.secrets, ...typedSecretsRef.current])}
    >
      <App {...props} typedSecretsRef={typedSecretsRef} />
    </ErrorBoundary>
  );
}
