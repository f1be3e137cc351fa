import { use } from '../method.js';
import { FIRST_PAGE } from '../paging.js';
import { params } from '../params.js';

/** `page` as every paged method uses it: optional, the server starting at the first page. */
export const pageUse = use(params.page, {
  serverDefault: { text: `page=${FIRST_PAGE}`, value: FIRST_PAGE },
});
