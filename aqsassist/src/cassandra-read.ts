/** Every AQS `data` table is partitioned first by this `"_domain"` (spec Appendix B). */
export const AQS_DOMAIN = 'analytics.wikimedia.org';
