/**
 * Where the demo's media are served from. Each is served as a file, never inlined as a `data:`
 * URL, which `isSafeMediaSrc` refuses. In Node (the guide contract's check of the demo) these
 * URLs are `file:` URLs, which the validator refuses too: that check passes paths instead.
 */
export interface DemoMedia {
  /** The video course's poster image, shown in the low-touch training announcement. */
  readonly trainingPoster: string;
  /** The video course, shown in the guide center. */
  readonly trainingVideo: {
    readonly src: string;
    readonly poster: string;
    readonly captions: string;
  };
}

/** The demo's media as Storybook and Vite serve them. */
export const SERVED_DEMO_MEDIA: DemoMedia = {
  trainingPoster: new URL(
    '../announcement/assets/export-walkthrough-poster.svg?no-inline',
    import.meta.url,
  ).href,
  trainingVideo: {
    src: new URL('../announcement/assets/export-walkthrough.webm?no-inline', import.meta.url).href,
    poster: new URL(
      '../announcement/assets/export-walkthrough-poster.svg?no-inline',
      import.meta.url,
    ).href,
    captions: new URL('../announcement/assets/export-walkthrough.en.vtt?no-inline', import.meta.url)
      .href,
  },
};
