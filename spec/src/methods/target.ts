import { defineMethod, use } from '../method.js';
import { params } from '../params.js';
import { apiMessages } from '../responses/index.js';
import { statsPaging, statsParams } from './stats-shared.js';

export const target = defineMethod({
  name: 'target',
  title: 'Statistics by Video, Live and Playlist',
  description:
    'Viewing time of one video, live stream or playlist, bucketed by day or hour. The same endpoint as `project`: `code` switches the source from the project to the media.',
  path: '/stats',
  params: {
    code: use(params.code, { required: true }),
    ...statsParams,
  },
  items: 'stats',
  paging: statsPaging,
  failedMessage: apiMessages.mediaNotFound,
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
