import { defineMethod, use } from '../method.js';
import { params } from '../params.js';
import { apiMessages } from '../responses/index.js';
import { pageUse } from './page.js';

export const session = defineMethod({
  name: 'session',
  title: 'Statistics by customer session',
  description: 'Sessions of one customer password on one media: where, when and from what device.',
  path: '/ppv/sessions',
  params: {
    code: use({ ...params.code, description: 'Media code' }, { required: true }),
    hash: use(params.hash, { required: true }),
    start: use(params.start, { serverDefault: { text: 'current day', todayPlusDays: 0 } }),
    end: use(params.end, { serverDefault: { text: 'day after today', todayPlusDays: 1 } }),
    order: use(params.order, { serverDefault: { text: 'asc', value: 'asc' } }),
    page: pageUse,
  },
  items: 'sessions',
  // **Assumption**: the reference shows no page size and no page count for sessions.
  paging: { kind: 'untilShortPage', pageSize: 100 },
  failedMessage: apiMessages.mediaNotFound,
  example: {
    request:
      'https://boomstream.com/api/ppv/sessions?apikey=[API_KEY]&code=[media_code]&hash=[customer_password]&start=2019-01-01&end=2020-05-01&order=desc',
    response: `<Response>
<Item>
<Place>Media name</Place>
<ip>192.168.0.1</ip>
<Country>Russia</Country>
<UserAgent>Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/84.0.4147.135 Safari/537.36</UserAgent>
<Start>2020-09-09 11:35:28</Start>
<LeftActivations>1</LeftActivations>
</Item>
</Response>
`,
  },
});
