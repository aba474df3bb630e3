import { defineGuidepost } from '@guidepost/core';
import { describe, it } from 'vitest';
import { Tour } from './tour';

export const definition = defineGuidepost({
  guides: {
    welcome: { kind: 'tour', steps: [{ id: 'one', title: 'One' }] },
    news: { kind: 'announcement', title: 'New' },
  },
});

describe('Tour ids', () => {
  it('accepts the tours of the definition and rejects other ids', () => {
    void (<Tour<typeof definition> id="welcome" />);
    // @ts-expect-error: misspelt tour id
    void (<Tour<typeof definition> id="welcom" />);
    // @ts-expect-error: an announcement is not a tour
    void (<Tour<typeof definition> id="news" />);
    void (<Tour id="any-id-without-a-definition-type" />);
  });
});
