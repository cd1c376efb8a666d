import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// react-admin renders asynchronously (queries, permissions, i18n); on a busy 2-core machine an element can
// take more than Testing Library's default second to appear. Waiting longer changes no outcome.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});
