import { methods, type MethodName } from '@boomstream/spec';
import { beforeAll, describe, expect, it } from 'vitest';

import { answerChecker, type AnswerCheck } from '../test/answers.js';
import { OPERATION_IDS, readDocument } from '../test/document.js';
import { readFixtures } from '../test/fixtures.js';
import { SLOW_TEST_MS } from '../test/slow.js';

let check: (operationId: string, xml: string) => AnswerCheck;
beforeAll(async () => {
  check = await answerChecker();
}, SLOW_TEST_MS);

const valid = { matches: 1 };

describe('the response schemas', () => {
  it('accept every example of the document, each as exactly one of success or Failed', async () => {
    const document = await readDocument();
    const examples = Object.values(document.paths).flatMap(({ get }) =>
      Object.entries(get.responses['200']!.content['application/xml']!.examples).map(
        ([name, { value }]) => ({ operationId: get.operationId, name, value }),
      ),
    );
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const { operationId, name, value } of examples) {
      expect(check(operationId, value), `${operationId} ${name}`).toMatchObject(valid);
    }
  });

  it('accept every fixture of the mocks', async () => {
    const fixtures = await readFixtures();
    expect(fixtures.length).toBeGreaterThanOrEqual(Object.keys(methods).length);
    for (const { method, file, xml } of fixtures) {
      expect(check(OPERATION_IDS[method as MethodName], xml), file).toMatchObject(valid);
    }
  });

  it('accept an empty <Items/>, a Failed answer without Message and unknown API notes', () => {
    const empty = methods.project.example.response.replace(/<Items>[^]*<\/Items>/, '<Items/>');
    expect(check(OPERATION_IDS.project, empty)).toMatchObject(valid);
    expect(
      check(OPERATION_IDS.target, '<Response><Status>Failed</Status></Response>'),
    ).toMatchObject(valid);
    const versioned = methods.session.example.response.replace(
      '</Response>',
      '<Version>2</Version><Versions><Item>notes</Item></Versions></Response>',
    );
    expect(check(OPERATION_IDS.session, versioned)).toMatchObject(valid);
  });

  it.each([
    ['an element named otherwise than on the wire', 'project', /time>965600</g, 'Time>965600<'],
    ['entries of <Items> that are not <Item>', 'project', /<(\/?)Item>/g, '<$1Entry>'],
    ['a wire date in ISO form', 'target', '<Start>01.01.2019', '<Start>2019-01-01'],
    ['an unknown source type', 'target', '>media<', '>playlist<'],
    ['a negative time', 'project', '965600', '-965600'],
    ['a session without its creation time', 'session', '<Start>2020-09-09 11:35:28</Start>', ''],
    ['another root element', 'session', /Response>/g, 'Answer>'],
  ] as const)('reject %s', (_case, method, from, to) => {
    const xml = methods[method].example.response.replace(from, to);
    expect(xml).not.toBe(methods[method].example.response);
    expect(check(OPERATION_IDS[method], xml).matches).toBe(0);
  });

  it('reject an answer that is both: Failed with a success Status cannot be', () => {
    const failedSuccess = '<Response><Status>Success</Status><Message>x</Message></Response>';
    expect(check(OPERATION_IDS.target, failedSuccess).matches).toBe(0);
  });
});
