// The landing page's cards come a page at a time: the overview carries the first page, and the page asks for the next.
// A module of its own, so that the page's first load takes this number and not the code that makes the cards.

/** How many cards the landing page shows at first, and adds at a time. */
export const CARDS_PER_PAGE = 20;
