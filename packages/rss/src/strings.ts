/**
 * The feeds' and feed page's own texts, in bokmål (`nb`) and English (`en`), in one table so a
 * translator edits one file; `strings.test.ts` checks that every key has both languages. Topic names
 * are in `catalog.ts`'s table of feed titles.
 */
export const RSS_STRINGS = {
  channelDescription: {
    en: "Sourced news and changes from IMPRESS-Norway (NCT04817956), Norway's national precision cancer medicine trial.",
    nb: 'Nyheter og endringer med kilder fra IMPRESS-Norway (NCT04817956), den nasjonale studien i presisjonsmedisin mot kreft.',
  },
  date: { en: 'Date', nb: 'Dato' },
  sources: { en: 'Sources', nb: 'Kilder' },
  otherLanguage: {
    en: '<a href="/?lang=nb" hreflang="nb">Norsk</a>',
    nb: '<a href="/?lang=en" hreflang="en">English</a>',
  },
  pageTitle: { en: 'IMPRESS-Norway feeds', nb: 'IMPRESS-Norway-strømmer' },
  pageHeading: { en: 'IMPRESS-Norway: news and feeds', nb: 'IMPRESS-Norway: nyheter og strømmer' },
  pageIntro: {
    en: "Sourced news about Norway's national precision cancer medicine trial (NCT04817956). This is not medical advice: talk to your treating doctor about your own treatment.",
    nb: 'Nyheter med kilder om den nasjonale studien i presisjonsmedisin mot kreft (NCT04817956). Dette er ikke medisinske råd: snakk med behandlende lege om din egen behandling.',
  },
  latestNews: { en: 'Latest news', nb: 'Siste nytt' },
  feeds: { en: 'Feeds', nb: 'Strømmer' },
  pageFile: { en: 'index.html', nb: 'index.nb.html' },
} as const;
