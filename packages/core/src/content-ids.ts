/**
 * The content entries the code names by id, in one place: a fact, disputed fact, gap, FAQ entry or
 * milestone that a reply, an intent or an export looks up. `content/integrity.test.ts` checks that
 * each one exists, so renaming or removing one in the content fails the tests instead of quietly
 * dropping a paragraph from the answers.
 */
export const CONTENT_IDS = {
  facts: {
    drugCounts: 'drug-counts',
    eligibilitySummary: 'eligibility-summary',
    referralPath: 'referral-path',
    offLabel: 'off-label',
    contactRoute: 'contact-route',
  },
  disputed: { siteCount: 'site-count', recruitmentStatus: 'recruitment-status' },
  gaps: { cohortList: 'cohort-list' },
  faq: { whoCanJoin: 'who-can-join', howReferred: 'how-referred' },
  funding: { industryContribution: 'industry-contribution' },
  milestones: { opened: 'opened' },
} as const;
