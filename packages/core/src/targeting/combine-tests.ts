import type { CompiledRule } from './types';

const alwaysTrue: CompiledRule = () => true;
const alwaysFalse: CompiledRule = () => false;

/** A test that holds when every test holds; short lists get loop-free closures. */
export function allOf(tests: readonly CompiledRule[]): CompiledRule {
  const [first, second, third] = tests;
  if (first === undefined) return alwaysTrue;
  if (second === undefined) return first;
  if (third === undefined) return (context) => first(context) && second(context);
  if (tests.length === 3) return (context) => first(context) && second(context) && third(context);
  return (context) => {
    for (let index = 0; index < tests.length; index++) {
      if (!(tests[index] as CompiledRule)(context)) return false;
    }
    return true;
  };
}

/** A test that holds when any test holds; short lists get loop-free closures. */
export function anyOf(tests: readonly CompiledRule[]): CompiledRule {
  const [first, second, third] = tests;
  if (first === undefined) return alwaysFalse;
  if (second === undefined) return first;
  if (third === undefined) return (context) => first(context) || second(context);
  if (tests.length === 3) return (context) => first(context) || second(context) || third(context);
  return (context) => {
    for (let index = 0; index < tests.length; index++) {
      if ((tests[index] as CompiledRule)(context)) return true;
    }
    return false;
  };
}
