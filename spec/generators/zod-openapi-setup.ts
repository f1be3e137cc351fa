/**
 * zod 4 gives each schema its methods when the schema is made, so `.openapi()`
 * exists only on schemas made after this runs: `main.ts` imports this module
 * first, before anything imports the spec.
 */
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);
