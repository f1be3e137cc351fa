import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';

import type { OpenApiDocument } from './document.js';
import { readDocument } from './document.js';
import { xmlInstance } from './xml-model.js';

type Schema = Record<string, unknown>;

/** How an XML answer fares against an operation's response schema. */
export interface AnswerCheck {
  /** How many `oneOf` branches (success, Failed) accept the answer: exactly 1 when it is valid. */
  readonly matches: number;
  readonly errors: readonly string[];
}

/**
 * Checks XML answers against the document's response schemas with ajv: the XML is
 * parsed, read as each `oneOf` branch's `xml` object describes it, and validated.
 */
export async function answerChecker(): Promise<(operationId: string, xml: string) => AnswerCheck> {
  const document = (await SwaggerParser.dereference(
    structuredClone(await readDocument()) as never,
  )) as unknown as OpenApiDocument;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  // OpenAPI keywords that annotate and do not validate.
  ajv.addKeyword('xml');
  ajv.addKeyword('example');
  const branchesOf = (operationId: string): Schema[] => {
    const operation = Object.values(document.paths).find(
      (item) => item.get.operationId === operationId,
    )?.get;
    const media = operation?.responses['200']?.content['application/xml'] as
      { schema: { oneOf: Schema[] } } | undefined;
    if (!media) throw new Error(`no XML answer documented for ${operationId}`);
    return media.schema.oneOf;
  };
  return (operationId, xml) => {
    const errors: string[] = [];
    let matches = 0;
    for (const branch of branchesOf(operationId)) {
      const read = xmlInstance(xml, branch);
      if ('error' in read) {
        errors.push(read.error);
        continue;
      }
      const validate = ajv.compile(branch);
      if (validate(read.instance)) matches += 1;
      else errors.push(ajv.errorsText(validate.errors));
    }
    return { matches, errors };
  };
}
