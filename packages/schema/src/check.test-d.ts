// Type tests (vitest --typecheck) of the check / messages split.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  Catalogue,
  CatalogueIssue,
  CatalogueProblem,
  CheckOptions,
  IssueCode,
  ParseOptions,
  Resource,
} from './index.js';
import { checkCatalogue, checkResources } from './index.js';
import { describeProblem, describeProblems } from './messages.js';

describe('checkCatalogue and describeProblems', () => {
  it('return what parseCatalogue does, problems standing for issues', () => {
    expectTypeOf(checkCatalogue).returns.toEqualTypeOf<{
      catalogue: Catalogue;
      problems: CatalogueProblem[];
    }>();
    expectTypeOf(checkResources).returns.toEqualTypeOf<{
      resources: Resource[];
      problems: CatalogueProblem[];
    }>();
    expectTypeOf(describeProblems).returns.toEqualTypeOf<CatalogueIssue[]>();
    expectTypeOf(describeProblem).parameter(0).toEqualTypeOf<CatalogueProblem>();
  });

  it('give problems a typed code and no message', () => {
    expectTypeOf<CatalogueProblem['code']>().toEqualTypeOf<IssueCode>();
    expectTypeOf<CatalogueProblem>().not.toHaveProperty('message');
  });

  it('take the parse options but strict', () => {
    expectTypeOf<ParseOptions>().toExtend<CheckOptions>();
    expectTypeOf<CheckOptions>().not.toHaveProperty('strict');
  });
});
