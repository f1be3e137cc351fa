import { defineMethod, use } from '../method.js';
import { params } from '../params.js';
import { apiMessages } from '../responses/index.js';
import { statsPaging, statsParams } from './stats-shared.js';

export const project = defineMethod({
  name: 'project',
  title: 'Statistics by project',
  description:
    'Viewing time of the project the API key belongs to (or of another project, or of all of them, with `project`), bucketed by day or hour.',
  path: '/stats',
  params: {
    project: use(params.project, { serverDefault: { text: 'current project from apikey' } }),
    ...statsParams,
  },
  items: 'stats',
  paging: statsPaging,
  failedMessage: apiMessages.invalidApiKey,
  example: {
    request:
      'https://boomstream.com/api/stats?apikey=[API_KEY]&start=2019-01-01&end=2020-05-01&group=day',
    response: `<Response>
<Period>01.01.2019 - 10.05.2020</Period>
<Start>01.01.2019</Start>
<End>10.05.2020</End>
<GroupBy>day</GroupBy>
<SourceType>project</SourceType>
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
