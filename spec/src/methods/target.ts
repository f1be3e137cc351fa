import { defineMethod, use } from '../method.js';
import { params } from '../params.js';
import { statsResponse } from '../responses/index.js';
import { statsPaging, statsParams } from './stats-shared.js';

export const target = defineMethod({
  name: 'target',
  title: 'Statistics by Video, Live and Playlist',
  path: '/stats',
  params: {
    code: use(params.code, { required: true }),
    ...statsParams,
  },
  response: statsResponse,
  paging: statsPaging,
  example: {
    request:
      'https://boomstream.com/api/stats?apikey=[API_KEY]&start=2019-01-01&end=2020-05-01&code=XXXXXXXX&group=day',
    response: `<Response>
<Period>01.01.2019 - 10.05.2020</Period>
<Start>01.01.2019</Start>
<End>10.05.2020</End>
<GroupBy>day</GroupBy>
<SourceType>media</SourceType>
<Page>1</Page>
<PageLimit>1000</PageLimit>
<PageCount>1</PageCount>
<ItemCount>1</ItemCount>
<ItemFormat>
<date>Date</date>
<time>Time</time>
<time_dim>Time (hours)</time_dim>
</ItemFormat>
<Items>
<Item>
<date>23.12.2019</date>
<time>965600</time>
<time_dim>0.27 hours</time_dim>
</Item>
</Items>
<Status>Success</Status>
</Response>
`,
  },
});
