import '@testing-library/jest-dom';
import { toHaveNoViolations } from 'jest-axe';

expect.extend(toHaveNoViolations);

// The check runs for real in these tests; on a busy machine it takes more than testing-library's 1 s.
import { configure } from '@testing-library/react';
configure({ asyncUtilTimeout: 30_000 });
