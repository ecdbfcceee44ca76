// A path per image_suggestions route that answers rows on the sample (test-env's sample-image-suggestions).
export const SAMPLES = {
  suggestions: '/public/image_suggestions/suggestions/anwiki/3326',
  feedback: '/private/image_suggestions/feedback/enwiki/53848',
  title_cache: '/private/image_suggestions/title_cache/enwiki/Banana',
  instanceof_cache: '/private/image_suggestions/instanceof_cache/anwiki/3326',
} as const;
